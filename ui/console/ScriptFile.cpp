#include "ui/console/ScriptFile.h"

#include "ui/console/SqlEditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace stratum::ui {

namespace {

constexpr int kAutosaveDelayMs = 1500;

// Autosave copies owned by scripts open in this process.
QSet<QString> &ownedCopies()
{
    static QSet<QString> owned;
    return owned;
}

Error scriptError(const QString &message, const QString &path)
{
    Error e;
    e.message = message;
    e.source = path;
    return e;
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return scriptError(QObject::tr("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()),
                           path);
    }
    return Ok{};
}

}  // namespace

ScriptFile::ScriptFile(SqlEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kAutosaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { autosaveNow(); });
    connect(m_editor, &QsciScintilla::textChanged, this, &ScriptFile::onModified);
    connect(m_editor, &QsciScintilla::modificationChanged, this,
            [this] { emit titleChanged(title()); });
}

ScriptFile::~ScriptFile()
{
    // A pending change is written now rather than lost with the timer.
    if (m_timer->isActive())
        autosaveNow();
    if (!m_autosavePath.isEmpty())
        ownedCopies().remove(m_autosavePath);
}

QString ScriptFile::title() const
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    return isModified() ? name + QLatin1Char('*') : name;
}

bool ScriptFile::isModified() const
{
    return m_editor->isModified();
}

Status ScriptFile::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return scriptError(
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), path);
    }
    const QString text = QString::fromUtf8(file.readAll());
    m_path = QFileInfo(path).absoluteFilePath();
    m_editor->setText(text);
    m_editor->setModified(false);
    m_timer->stop();
    removeAutosave();
    emit titleChanged(title());
    return Ok{};
}

Status ScriptFile::saveAs(const QString &path)
{
    if (path.isEmpty())
        return scriptError(tr("The script has no file yet: choose one with Save As."), QString());
    if (Status s = writeAtomically(path, m_editor->text().toUtf8()); !s)
        return s;
    m_path = QFileInfo(path).absoluteFilePath();
    m_editor->setModified(false);
    m_timer->stop();
    removeAutosave();
    emit titleChanged(title());
    return Ok{};
}

void ScriptFile::onModified()
{
    if (m_editor->isModified())
        m_timer->start();
}

QString ScriptFile::autosaveNow()
{
    m_timer->stop();
    const QString text = m_editor->text();
    if (!isModified() || (m_path.isEmpty() && text.trimmed().isEmpty())) {
        removeAutosave();
        return {};
    }
    if (m_autosavePath.isEmpty()) {
        QDir().mkpath(autosaveDirectory());
        m_autosavePath = QDir(autosaveDirectory())
                             .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                       QStringLiteral(".json"));
        ownedCopies().insert(m_autosavePath);
    }
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("file"), m_path);
    o.insert(QStringLiteral("connection"), m_connection);
    o.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QStringLiteral("text"), text);
    // A failed autosave must not interrupt typing; the next change retries.
    if (!writeAtomically(m_autosavePath, QJsonDocument(o).toJson(QJsonDocument::Indented)))
        return {};
    return m_autosavePath;
}

void ScriptFile::removeAutosave()
{
    if (m_autosavePath.isEmpty())
        return;
    QFile::remove(m_autosavePath);
    ownedCopies().remove(m_autosavePath);
    m_autosavePath.clear();
}

void ScriptFile::adopt(const Recovered &recovered)
{
    m_path = recovered.filePath;
    m_connection = recovered.connection;
    m_editor->setText(recovered.text);
    m_editor->setModified(true);
    if (!m_autosavePath.isEmpty() && m_autosavePath != recovered.autosavePath)
        removeAutosave();
    m_autosavePath = recovered.autosavePath;
    ownedCopies().insert(m_autosavePath);
    emit titleChanged(title());
}

QString ScriptFile::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

QList<ScriptFile::Recovered> ScriptFile::recoverable()
{
    QList<Recovered> out;
    const QDir dir(autosaveDirectory());
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable)) {
        if (ownedCopies().contains(info.absoluteFilePath()))
            continue;
        QFile f(info.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.value(QStringLiteral("version")).toInt() != 1)
            continue;
        Recovered r;
        r.autosavePath = info.absoluteFilePath();
        r.filePath = o.value(QStringLiteral("file")).toString();
        r.connection = o.value(QStringLiteral("connection")).toString();
        r.text = o.value(QStringLiteral("text")).toString();
        r.saved = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        out << r;
    }
    std::sort(out.begin(), out.end(),
              [](const Recovered &a, const Recovered &b) { return a.saved > b.saved; });
    return out;
}

void ScriptFile::discard(const Recovered &recovered)
{
    QFile::remove(recovered.autosavePath);
}

}  // namespace stratum::ui
