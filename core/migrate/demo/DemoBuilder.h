#pragma once

#include "core/config/Result.h"
#include "core/migrate/demo/DemoWorkspace.h"

#include <QString>

#include <atomic>

namespace stratum::migrate {

// Builds a complete demo workspace in an empty folder: writes the files,
// upgrades a new demo.db with Stratum's Migrator to the demo's database
// revision, inserts the rows, and writes the head model (a scratch in-memory
// database upgraded to heads and reflected). The marker file is written last,
// so a folder without it was not finished. Used by DemoWorkspace, which builds
// into a staging folder and renames it into place. Stateless; runs on the
// calling thread.
class DemoBuilder
{
public:
    static constexpr int kSteps = 5;

    static Status build(const QString &folder, const DemoWorkspace::ProgressCallback &progress,
                        const std::atomic<bool> *cancel);

    // The marker's exact contents for this version of Stratum.
    static QByteArray markerContents();
    // The sqlite URL of a database file (absolute path).
    static config::Url sqliteUrl(const QString &databaseFile);
};

}  // namespace stratum::migrate
