#pragma once

// The body of upgrade, downgrade and stamp (online and --sql), shared by
// their *Command.cpp files. Header-only because only *Command.cpp files are
// globbed into stratum-cli.

#include "app/cli/MigrateCliSupport.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/OfflineScript.h"
#include "core/migrate/run/ScriptOperations.h"

namespace stratum::cli::migratecli {

enum class Verb { Upgrade, Downgrade, Stamp };

inline int runCommand(CliIo &io, const CommonOptions &common, Verb verb, const QStringList &targets,
                      bool sql, bool purge)
{
    using namespace stratum::migrate;
    Result<MigrationEnvironment> env = openEnvironment(common);
    if (!env)
        return failed(io, env.error());
    Result<MigratorOptions> options = migratorOptions(env.value(), common);
    if (!options)
        return failed(io, options.error());
    Result<schema::Dialect> dialect = env->dialect();
    if (!dialect)
        return failed(io, dialect.error());
    ScriptOperations operations(env->graph(), dialect.value());

    if (sql) {
        OfflineScript offline(env->graph(), dialect.value(), operations, options.value());
        offline.setInfo([&io](const QString &line) { info(io, line); });
        Result<QString> text = verb == Verb::Upgrade     ? offline.upgrade(targets.first())
                               : verb == Verb::Downgrade ? offline.downgrade(targets.first())
                                                         : offline.stamp(targets);
        if (!text)
            return failed(io, text.error());
        io.out << text.value();
        return ExitOk;
    }
    for (const QString &t : targets)
        if (t.contains(u':'))
            return failed(io, QStringLiteral("Range revision not allowed"));

    Result<config::Url> url = env->url();
    if (!url)
        return failed(io, url.error());
    info(io, QStringLiteral("Connecting to %1 (%2)").arg(url->toString(true), env->urlOrigin()),
         QStringLiteral("stratum.migrate"));
    Result<std::unique_ptr<engine::DriverConnection>> conn = env->connect();
    if (!conn)
        return failed(io, conn.error());
    Migrator migrator(env->graph(), *conn.value(), dialect.value(), operations, options.value());
    migrator.setEventHandler([&io](const MigrationEvent &e) {
        switch (e.kind) {
        case MigrationEvent::Kind::Info:
        case MigrationEvent::Kind::StepStarted:
            info(io, e.text);
            break;
        case MigrationEvent::Kind::LockWaiting:
            info(io, e.text, QStringLiteral("stratum.migrate"));
            break;
        case MigrationEvent::Kind::StepFinished:
            break;
        }
    });
    Result<MigrationRun> run = verb == Verb::Upgrade     ? migrator.upgrade(targets.first())
                               : verb == Verb::Downgrade ? migrator.downgrade(targets.first())
                                                         : migrator.stamp(targets, purge);
    if (!run)
        return failed(io, run.error());
    return ExitOk;
}

}  // namespace stratum::cli::migratecli
