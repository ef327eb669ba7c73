#pragma once

#include "core/config/Result.h"

#include <QString>

#include <atomic>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate {

// Runs the demo's scripts with Stratum's own Migrator: upgrades (or
// downgrades) the SQLite database on connection to target ("heads" or a
// revision id), reading the script
// directory that alembicIni names. The demo is built the way a user would
// migrate, so building it also exercises the migrator. Runs on the calling
// thread; cancel is checked between migrations.
class DemoMigrations
{
public:
    static Status upgrade(engine::DriverConnection &connection, const QString &alembicIni,
                          const QString &target, const std::atomic<bool> *cancel);
    static Status downgrade(engine::DriverConnection &connection, const QString &alembicIni,
                            const QString &target, const std::atomic<bool> *cancel);
};

}  // namespace stratum::migrate
