// stratum-cli upgrade TARGET: Alembic's `upgrade` (and `upgrade --sql`), plus
// `upgrade --rehearse TARGET` (run in a transaction, report, roll back).
#include "app/cli/CommandRegistry.h"
#include "app/cli/MigrateRunCli.h"
#include "core/migrate/run/Rehearsal.h"

namespace stratum::cli {
namespace {

int runRehearsal(CliIo &io, const migratecli::CommonOptions &common, const QString &target)
{
    using namespace stratum::migrate;
    Result<MigrationEnvironment> env = migratecli::openEnvironment(common);
    if (!env)
        return migratecli::failed(io, env.error());
    Result<MigratorOptions> options = migratecli::migratorOptions(env.value(), common);
    if (!options)
        return migratecli::failed(io, options.error());
    Result<schema::Dialect> dialect = env->dialect();
    if (!dialect)
        return migratecli::failed(io, dialect.error());
    Result<config::Url> url = env->url();
    if (!url)
        return migratecli::failed(io, url.error());
    migratecli::info(
        io, QStringLiteral("Connecting to %1 (%2)").arg(url->toString(true), env->urlOrigin()),
        QStringLiteral("stratum.migrate"));
    Result<std::unique_ptr<engine::DriverConnection>> conn = env->connect();
    if (!conn)
        return migratecli::failed(io, conn.error());
    ScriptOperations operations(env->graph(), dialect.value());
    Rehearsal rehearsal(
        env->graph(), *conn.value(), operations,
        VersionTable(dialect.value(), options->versionTable, options->versionTableSchema));
    Result<RehearsalReport> report = rehearsal.upgrade(target);
    if (!report)
        return migratecli::failed(io, report.error());
    io.out << report->toText();
    return report->succeeded() ? ExitOk : ExitFailure;
}

int runUpgrade(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    const bool sql = takeFlag(args, QStringLiteral("--sql"));
    const bool rehearse = takeFlag(args, QStringLiteral("--rehearse"));
    (void)takeOption(args, QStringLiteral("--tag"));  // only env.py reads it
    if (migratecli::unexpected(io, QStringLiteral("upgrade"), args))
        return ExitUsage;
    if (args.size() != 1 || (sql && rehearse)) {
        io.err << "Usage: stratum-cli upgrade TARGET [--sql | --rehearse] (e.g. upgrade head)\n";
        return ExitUsage;
    }
    if (rehearse)
        return runRehearsal(io, common, args.first());
    return migratecli::runCommand(io, common, migratecli::Verb::Upgrade, args, sql, false);
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("upgrade"),
     QStringLiteral("upgrade TARGET [--sql | --rehearse] [-c INI] [--url URL] "
                    "[--transaction-per-migration]"),
     QStringLiteral("upgrade the database to TARGET (head, +1, an id, label@head...); "
                    "--rehearse runs it in a transaction on PostgreSQL, reports time and "
                    "locks per revision, and rolls back"),
     runUpgrade});

}  // namespace
}  // namespace stratum::cli
