#include "core/migrate/demo/DemoMigrations.h"

#include "core/engine/DriverConnection.h"
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/ScriptOperations.h"

namespace stratum::migrate {
namespace {

Status migrate(engine::DriverConnection &connection, const QString &alembicIni,
               const QString &target, bool upgrade, const std::atomic<bool> *cancel)
{
    Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(alembicIni);
    if (!scripts)
        return scripts.error();
    Result<RevisionGraph> graph = scripts->strictGraph();
    if (!graph)
        return graph.error();
    ScriptOperations operations(graph.value(), schema::Dialect::SQLite);
    Migrator migrator(graph.value(), connection, schema::Dialect::SQLite, operations);
    // The migrator checks its own flag between steps; mirror the caller's.
    migrator.setEventHandler([&](const MigrationEvent &) {
        if (cancel && cancel->load())
            migrator.cancel();
    });
    Result<MigrationRun> run = upgrade ? migrator.upgrade(target) : migrator.downgrade(target);
    if (!run)
        return run.error();
    return Ok{};
}

}  // namespace

Status DemoMigrations::upgrade(engine::DriverConnection &connection, const QString &alembicIni,
                               const QString &target, const std::atomic<bool> *cancel)
{
    return migrate(connection, alembicIni, target, true, cancel);
}

Status DemoMigrations::downgrade(engine::DriverConnection &connection, const QString &alembicIni,
                                 const QString &target, const std::atomic<bool> *cancel)
{
    return migrate(connection, alembicIni, target, false, cancel);
}

}  // namespace stratum::migrate
