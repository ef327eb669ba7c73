// stratum-cli current: the database's revision(s), as `alembic current`.
#include "app/cli/CommandRegistry.h"
#include "app/cli/MigrateCliSupport.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/RevisionFormatter.h"
#include "core/migrate/run/MigrationStep.h"
#include "core/migrate/run/VersionTable.h"

namespace stratum::cli {
namespace {

using namespace stratum::migrate;

int runCurrent(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    const bool verbose =
        takeFlag(args, QStringLiteral("-v")) | takeFlag(args, QStringLiteral("--verbose"));
    if (migratecli::unexpected(io, QStringLiteral("current"), args))
        return ExitUsage;
    if (!args.isEmpty()) {
        io.err << "stratum-cli current: unexpected argument '" << args.first() << "'\n";
        return ExitUsage;
    }
    Result<MigrationEnvironment> env = migratecli::openEnvironment(common);
    if (!env)
        return migratecli::failed(io, env.error());
    Result<config::Url> url = env->url();
    if (!url)
        return migratecli::failed(io, url.error());
    Result<schema::Dialect> dialect = env->dialect();
    if (!dialect)
        return migratecli::failed(io, dialect.error());
    Result<MigratorOptions> options = migratecli::migratorOptions(env.value(), common);
    if (!options)
        return migratecli::failed(io, options.error());
    Result<std::unique_ptr<engine::DriverConnection>> conn = env->connect();
    if (!conn)
        return migratecli::failed(io, conn.error());
    const bool pg = dialect.value() == schema::Dialect::PostgreSQL;
    migratecli::info(io, pg ? QStringLiteral("Context impl PostgresqlImpl.")
                            : QStringLiteral("Context impl SQLiteImpl."));
    migratecli::info(io, QStringLiteral("Will assume transactional DDL."));

    const VersionTable table(dialect.value(), options->versionTable, options->versionTableSchema);
    Result<QStringList> heads = table.heads(*conn.value());
    if (!heads)
        return migratecli::failed(io, heads.error());
    Result<QList<int>> current = allCurrent(env->graph(), heads.value());
    if (!current)
        return migratecli::failed(io, current.error());
    if (verbose)
        io.out << "Current revision(s) for " << url->toString(true) << ":\n";
    for (int rev : current.value())
        io.out << RevisionFormatter::cmdFormat(env->graph(), rev, verbose, {}) << '\n';
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("current"), QStringLiteral("current [-c INI] [--url URL] [--verbose]"),
     QStringLiteral("show the database's current revision(s)"), runCurrent});

}  // namespace
}  // namespace stratum::cli
