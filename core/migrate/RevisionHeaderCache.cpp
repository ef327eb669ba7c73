#include "core/migrate/RevisionHeaderCache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace stratum::migrate {

namespace {

// Bump when Revision or the reader's interpretation changes.
constexpr quint32 kMagic = 0x53524843;  // "SRHC"
constexpr quint32 kFormat = 1;

QDataStream &operator<<(QDataStream &s, const SourcePosition &p)
{
    return s << qint32(p.line) << qint32(p.column);
}

QDataStream &operator>>(QDataStream &s, SourcePosition &p)
{
    qint32 line = 0, column = 0;
    s >> line >> column;
    p = {line, column};
    return s;
}

}  // namespace

RevisionHeaderCache::RevisionHeaderCache(const QString &file)
    : m_file(file)
{
    if (m_file.isEmpty())
        return;
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QDataStream in(&f);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, format = 0, count = 0;
    in >> magic >> format >> count;
    if (magic != kMagic || format != kFormat)
        return;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QByteArray key;
        Revision r;
        in >> key >> r.id >> r.downRevisions >> r.branchLabels >> r.dependsOn >> r.docstring >>
            r.docRevisionId >> r.docRevises >> r.createDate >> r.idPosition >>
            r.downRevisionPosition >> r.branchLabelsPosition >> r.dependsOnPosition;
        if (in.status() == QDataStream::Ok)
            m_entries.insert(key, r);
    }
    if (in.status() != QDataStream::Ok)
        m_entries.clear();  // corrupt: start over
}

QString RevisionHeaderCache::defaultFile(const QString &scriptDirectory)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty())
        return QString();
    const QByteArray dirKey =
        QCryptographicHash::hash(scriptDirectory.toUtf8(), QCryptographicHash::Sha1).toHex();
    return base + QStringLiteral("/stratum/revision-headers/") + QString::fromLatin1(dirKey) +
           QStringLiteral(".bin");
}

QByteArray RevisionHeaderCache::keyOf(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha1);
}

std::optional<Revision> RevisionHeaderCache::find(const QByteArray &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it.value();
}

void RevisionHeaderCache::insert(const QByteArray &key, const Revision &revision)
{
    Revision stored = revision;
    stored.path.clear();
    m_entries.insert(key, stored);
    m_used.insert(key, true);
    m_dirty = true;
}

void RevisionHeaderCache::touch(const QByteArray &key)
{
    m_used.insert(key, true);
}

void RevisionHeaderCache::save()
{
    if (m_file.isEmpty())
        return;
    // Entries of files that are gone (or changed) are dropped.
    if (m_used.size() != m_entries.size())
        m_dirty = true;
    if (!m_dirty)
        return;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return;  // a cache that cannot be written is just not used
    QDataStream out(&f);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormat << quint32(m_used.size());
    for (auto it = m_used.constBegin(); it != m_used.constEnd(); ++it) {
        const Revision &r = m_entries[it.key()];
        out << it.key() << r.id << r.downRevisions << r.branchLabels << r.dependsOn << r.docstring
            << r.docRevisionId << r.docRevises << r.createDate << r.idPosition
            << r.downRevisionPosition << r.branchLabelsPosition << r.dependsOnPosition;
    }
    if (f.commit())
        m_dirty = false;
}

}  // namespace stratum::migrate
