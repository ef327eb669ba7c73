#include "core/migrate/demo/DemoWorkspace.h"

#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/demo/DemoBuilder.h"
#include "core/migrate/demo/DemoRevisions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace stratum::migrate {
namespace {

const QString kPartialMarker = QStringLiteral(".stratum-demo.partial");

enum class State {
    Absent,    // missing or an empty folder
    Complete,  // marker current, every file there, database readable
    Broken,    // ours (marker or partial marker) but incomplete or outdated
    Foreign,   // a non-empty folder that Stratum did not create
};

Error failure(const QString &message, const QString &source = {},
              const QString &code = QStringLiteral("demo"))
{
    Error e;
    e.message = message;
    e.source = source;
    e.code = code;
    return e;
}

Error cancelled()
{
    return failure(QStringLiteral("Creating the demo workspace was cancelled."), {},
                   QStringLiteral("cancelled"));
}

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

bool isOurs(const QDir &dir)
{
    return dir.exists(QString::fromLatin1(DemoWorkspace::kMarkerFile)) ||
           dir.exists(kPartialMarker) ||
           dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Removes a folder that Stratum created (or an empty one); anything else stays.
Status removeOwned(const QString &path)
{
    QDir dir(path);
    if (!dir.exists())
        return Ok{};
    if (!isOurs(dir))
        return failure(QStringLiteral("%1 exists and is not a Stratum demo workspace; it was "
                                      "left untouched.")
                           .arg(QDir::toNativeSeparators(path)),
                       {}, QStringLiteral("foreign"));
    if (!dir.removeRecursively())
        return failure(QStringLiteral("Could not remove %1.").arg(QDir::toNativeSeparators(path)),
                       path, QStringLiteral("io"));
    return Ok{};
}

DemoWorkspaceInfo paths(const QString &folder)
{
    DemoWorkspaceInfo info;
    const QDir dir(folder);
    info.folder = folder;
    info.alembicIni = dir.filePath(QStringLiteral("alembic.ini"));
    info.scriptDirectory = dir.filePath(DemoRevisions::scriptDirectory());
    info.versionsDirectory = dir.filePath(DemoRevisions::versionsDirectory());
    info.databaseFile = dir.filePath(DemoRevisions::databaseFile());
    info.modelFile = dir.filePath(DemoRevisions::modelFile());
    info.modelsPy = dir.filePath(DemoRevisions::modelsPy());
    info.url = DemoBuilder::sqliteUrl(info.databaseFile);
    return info;
}

// The rows of alembic_version, read through a read-only connection (so a
// missing file is not created). Fails when the file is not a database or has
// no version table: such a workspace is broken.
Result<QStringList> currentRevisions(const QString &databaseFile)
{
    if (!QFileInfo(databaseFile).isFile())
        return failure(QStringLiteral("The demo database is missing."), databaseFile);
    config::Url url = DemoBuilder::sqliteUrl(databaseFile);
    url.setQueryValue(QStringLiteral("mode"), QStringLiteral("ro"));
    engine::PoolOptions options;
    options.kind = engine::PoolKind::Null;
    Result<std::unique_ptr<engine::Engine>> engine = engine::Engine::create(url, options);
    if (!engine)
        return engine.error();
    Result<engine::ConnectionHandle> handle = engine.value()->connect(QStringLiteral("demo"));
    if (!handle)
        return handle.error();
    Result<std::unique_ptr<engine::ResultStream>> stream = handle.value().driver().stream(
        QStringLiteral("SELECT version_num FROM alembic_version ORDER BY version_num"));
    if (!stream)
        return stream.error();
    QStringList out;
    engine::RowBatch batch;
    for (;;) {
        Result<bool> more = stream.value()->next(batch, 64);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        for (int r = 0; r < batch.rowCount(); ++r)
            out << batch.text(r, 0);
    }
    return out;
}

State detect(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists() ||
        dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return State::Absent;
    QFile marker(dir.filePath(QString::fromLatin1(DemoWorkspace::kMarkerFile)));
    if (!marker.exists())
        return dir.exists(kPartialMarker) ? State::Broken : State::Foreign;
    if (dir.exists(kPartialMarker) || !marker.open(QIODevice::ReadOnly) ||
        marker.readAll() != DemoBuilder::markerContents())
        return State::Broken;
    // Existence only: the user may edit the scripts or migrate the database;
    // that is what the demo is for.
    for (const DemoFile &f : DemoRevisions::files()) {
        if (!QFileInfo(dir.filePath(f.relativePath)).isFile())
            return State::Broken;
    }
    if (!QFileInfo(dir.filePath(DemoRevisions::modelFile())).isFile())
        return State::Broken;
    if (!currentRevisions(dir.filePath(DemoRevisions::databaseFile())))
        return State::Broken;
    return State::Complete;
}

Result<DemoWorkspaceInfo> describe(const QString &folder, bool created)
{
    DemoWorkspaceInfo info = paths(folder);
    info.created = created;
    Result<QStringList> current = currentRevisions(info.databaseFile);
    if (!current)
        return current.error();
    info.currentRevisions = current.value();
    // Heads come from the scripts as they are now; when the user has broken a
    // script, the history viewer reports that, and the list stays empty here.
    if (Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(info.alembicIni)) {
        if (Result<RevisionGraph> graph = scripts->graph()) {
            for (int head : graph->heads())
                info.headRevisions << graph->id(head);
        }
    }
    return info;
}

// Holds "<folder>.lock" for the duration of a call; other processes wait.
Status lock(QLockFile &file, const std::atomic<bool> *cancel)
{
    file.setStaleLockTime(0);  // stale only when its process is gone: a build may take a while
    while (!file.tryLock(200)) {
        if (file.error() != QLockFile::LockFailedError)
            return failure(QStringLiteral("Could not create the lock file %1.")
                               .arg(QDir::toNativeSeparators(file.fileName())),
                           file.fileName(), QStringLiteral("io"));
        if (isCancelled(cancel))
            return cancelled();
    }
    return Ok{};
}

Result<DemoWorkspaceInfo> run(const QString &requested, bool force,
                              const DemoWorkspace::ProgressCallback &progress,
                              const std::atomic<bool> *cancel)
{
    if (requested.trimmed().isEmpty())
        return failure(QStringLiteral("No folder was given for the demo workspace."));
    const QString folder = QDir::cleanPath(QDir(requested).absolutePath());
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return failure(
            QStringLiteral("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(folder)), {},
            QStringLiteral("foreign"));
    const QString parent = QFileInfo(folder).absolutePath();
    if (!QDir().mkpath(parent))
        return failure(
            QStringLiteral("Could not create the folder %1.").arg(QDir::toNativeSeparators(parent)),
            parent, QStringLiteral("io"));
    QLockFile lockFile(folder + QStringLiteral(".lock"));
    if (Status s = lock(lockFile, cancel); !s)
        return s.error();

    const QString staging = folder + QStringLiteral(".partial");
    const QString old = folder + QStringLiteral(".old");
    // Leftovers of an interrupted run (this process or another one).
    if (Status s = removeOwned(staging); !s)
        return s.error();
    if (Status s = removeOwned(old); !s)
        return s.error();

    const State state = detect(folder);
    if (state == State::Foreign)
        return failure(QStringLiteral("%1 is not empty and is not a Stratum demo workspace; "
                                      "choose another folder.")
                           .arg(QDir::toNativeSeparators(folder)),
                       {}, QStringLiteral("foreign"));
    if (state == State::Complete && !force)
        return describe(folder, false);

    if (Status s = DemoBuilder::build(staging, progress, cancel); !s) {
        removeOwned(staging);
        return s.error();
    }
    if (isCancelled(cancel)) {
        removeOwned(staging);
        return cancelled();
    }
    // Swap: the old folder (broken, outdated, or being reset) moves aside
    // first, so that at every moment <folder> is either the old one or the
    // complete new one.
    if (QFileInfo::exists(folder) && !QDir().rename(folder, old)) {
        removeOwned(staging);
        return failure(QStringLiteral("Could not move the old demo workspace aside (%1)."
                                      " Is a file in it open in another program?")
                           .arg(QDir::toNativeSeparators(folder)),
                       folder, QStringLiteral("io"));
    }
    if (!QDir().rename(staging, folder)) {
        QDir().rename(old, folder);
        removeOwned(staging);
        return failure(QStringLiteral("Could not move the new demo workspace into place (%1).")
                           .arg(QDir::toNativeSeparators(folder)),
                       folder, QStringLiteral("io"));
    }
    removeOwned(old);
    return describe(folder, true);
}

}  // namespace

Result<DemoWorkspaceInfo> DemoWorkspace::ensure(const QString &folder, ProgressCallback progress,
                                                const std::atomic<bool> *cancel)
{
    return run(folder, false, progress, cancel);
}

Result<DemoWorkspaceInfo> DemoWorkspace::recreate(const QString &folder, ProgressCallback progress,
                                                  const std::atomic<bool> *cancel)
{
    return run(folder, true, progress, cancel);
}

Result<DemoWorkspaceInfo> DemoWorkspace::inspect(const QString &folder)
{
    const QString abs = QDir::cleanPath(QDir(folder).absolutePath());
    if (detect(abs) != State::Complete)
        return failure(QStringLiteral("%1 holds no complete Stratum demo workspace.")
                           .arg(QDir::toNativeSeparators(abs)),
                       {}, QStringLiteral("missing"));
    return describe(abs, false);
}

}  // namespace stratum::migrate
