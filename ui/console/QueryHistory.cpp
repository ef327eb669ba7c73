#include "ui/console/QueryHistory.h"

#include "core/config/Url.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThreadPool>

namespace stratum::ui {

namespace {

QByteArray toLine(const HistoryEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("sql"), e.sql);
    o.insert(QStringLiteral("ms"), e.durationMs);
    o.insert(QStringLiteral("rows"), e.rows);
    o.insert(QStringLiteral("ok"), e.ok);
    if (!e.error.isEmpty())
        o.insert(QStringLiteral("error"), e.error);
    o.insert(QStringLiteral("connection"), qint64(e.connectionId));
    o.insert(QStringLiteral("pid"), e.backendPid);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<HistoryEntry> fromLine(const QByteArray &line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    HistoryEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.sql = o.value(QStringLiteral("sql")).toString();
    e.durationMs = o.value(QStringLiteral("ms")).toInteger();
    e.rows = o.value(QStringLiteral("rows")).toInteger(-1);
    e.ok = o.value(QStringLiteral("ok")).toBool(true);
    e.error = o.value(QStringLiteral("error")).toString();
    e.connectionId = quint64(o.value(QStringLiteral("connection")).toInteger());
    e.backendPid = o.value(QStringLiteral("pid")).toInt();
    if (e.sql.isEmpty())
        return std::nullopt;
    return e;
}

}  // namespace

QueryHistory::QueryHistory(QString filePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(filePath))
    , m_io(std::make_unique<QThreadPool>())
{
    m_io->setMaxThreadCount(1);  // appends stay in order
}

QueryHistory::~QueryHistory()
{
    m_io->waitForDone();
}

QString QueryHistory::defaultPath(const config::Url &url)
{
    config::Url withoutSecret = url;
    withoutSecret.setPassword(std::nullopt);
    const QByteArray hash =
        QCryptographicHash::hash(withoutSecret.toString(false).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/history/") + QString::fromLatin1(hash) + QStringLiteral(".jsonl");
}

void QueryHistory::load()
{
    const QString path = m_path;
    // The result comes back through a queued call on this object; the pool is
    // drained in the destructor, so `this` outlives the task.
    m_io->start([this, path] {
        QList<HistoryEntry> read;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                if (const auto e = fromLine(file.readLine()))
                    read << *e;
            }
        }
        if (read.size() > kMaxEntries)
            read = read.mid(read.size() - kMaxEntries);
        QMetaObject::invokeMethod(
            this,
            [this, read] {
                // Entries added before the file was read are newer.
                m_entries = read + m_entries;
                emit loaded();
                emit changed();
            },
            Qt::QueuedConnection);
    });
}

void QueryHistory::add(const HistoryEntry &entry)
{
    m_entries << entry;
    if (m_entries.size() > kMaxEntries)
        m_entries.removeFirst();
    const QByteArray line = toLine(entry);
    const QString path = m_path;
    m_io->start([line, path] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::Append | QIODevice::WriteOnly))
            file.write(line);
    });
    emit changed();
}

QList<HistoryEntry> QueryHistory::search(const QString &text) const
{
    QList<HistoryEntry> out;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (text.isEmpty() || it->sql.contains(text, Qt::CaseInsensitive))
            out << *it;
    }
    return out;
}

void QueryHistory::flush()
{
    m_io->waitForDone();
}

}  // namespace stratum::ui
