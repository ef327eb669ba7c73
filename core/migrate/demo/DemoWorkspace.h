#pragma once

#include "core/config/Result.h"
#include "core/config/Url.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace stratum::migrate {

// Where the pieces of a demo workspace are, and the state of its database.
struct DemoWorkspaceInfo
{
    QString folder;                // absolute
    QString alembicIni;            // <folder>/alembic.ini
    QString scriptDirectory;       // <folder>/migrations (env.py, script.py.mako)
    QString versionsDirectory;     // <folder>/migrations/versions
    QString databaseFile;          // <folder>/demo.db
    QString modelFile;             // <folder>/model.stratum.json (schema::MetaDataJson at head)
    QString modelsPy;              // <folder>/models.py (SQLAlchemy 2.0 declarative, at head)
    config::Url url;               // sqlite:////<folder>/demo.db
    QStringList currentRevisions;  // rows of demo.db's alembic_version
    QStringList headRevisions;     // heads of the script directory
    bool created = false;          // true when this call (re)built the workspace
};

// The demo workspace: a folder with an Alembic project (8 revisions with a
// branch and a merge), a SQLite database with thousands of rows that stands
// between the branch point and the merge, the head schema as a Stratum model
// file and as SQLAlchemy models. It is built by Stratum's own migrator and is
// the same on every machine (fixed ids, dates and a fixed-seed generator).
//
// Building happens in a sibling folder "<folder>.partial" that is renamed into
// place only when complete, so an interrupted run never leaves a half-built
// workspace in <folder>; a leftover partial folder is removed by the next call.
// A workspace is recognised by its marker file (.stratum-demo.json); a folder
// whose marker is missing or outdated, or whose files or database are gone, is
// rebuilt. A non-empty folder without the marker is never touched.
//
// Every call does its I/O on the calling thread (run it on a worker in the
// GUI). Concurrent calls for the same folder, also from other processes, are
// serialised by a lock file "<folder>.lock". progress(step, steps, what) is
// called on the calling thread; cancel may be set from any thread and makes
// the call fail with code "cancelled", leaving any existing workspace as it was.
class DemoWorkspace
{
public:
    using ProgressCallback = std::function<void(int step, int steps, const QString &what)>;

    static constexpr const char *kMarkerFile = ".stratum-demo.json";

    // Creates the workspace in folder unless a complete one is there already;
    // then reports on it. Idempotent: a second call changes nothing.
    static Result<DemoWorkspaceInfo> ensure(const QString &folder, ProgressCallback progress = {},
                                            const std::atomic<bool> *cancel = nullptr);
    // Rebuilds the workspace from scratch (File > Reset demo), discarding
    // changes made to it; refuses a non-empty folder that is not a demo workspace.
    static Result<DemoWorkspaceInfo> recreate(const QString &folder, ProgressCallback progress = {},
                                              const std::atomic<bool> *cancel = nullptr);
    // Reports on an existing workspace without changing anything; fails when
    // folder holds no complete demo workspace.
    static Result<DemoWorkspaceInfo> inspect(const QString &folder);
};

}  // namespace stratum::migrate
