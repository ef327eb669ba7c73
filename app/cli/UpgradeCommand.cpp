// stratum-cli upgrade TARGET: Alembic's `upgrade` (and `upgrade --sql`).
#include "app/cli/CommandRegistry.h"
#include "app/cli/MigrateRunCli.h"

namespace stratum::cli {
namespace {

int runUpgrade(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    const bool sql = takeFlag(args, QStringLiteral("--sql"));
    (void)takeOption(args, QStringLiteral("--tag"));  // only env.py reads it
    if (migratecli::unexpected(io, QStringLiteral("upgrade"), args))
        return ExitUsage;
    if (args.size() != 1) {
        io.err << "Usage: stratum-cli upgrade TARGET [--sql] (e.g. upgrade head)\n";
        return ExitUsage;
    }
    return migratecli::runCommand(io, common, migratecli::Verb::Upgrade, args, sql, false);
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("upgrade"),
     QStringLiteral("upgrade TARGET [--sql] [-c INI] [--url URL] [--transaction-per-migration]"),
     QStringLiteral("upgrade the database to TARGET (head, +1, an id, label@head...)"),
     runUpgrade});

}  // namespace
}  // namespace stratum::cli
