// stratum-cli downgrade TARGET: Alembic's `downgrade` (and `downgrade --sql A:B`).
#include "app/cli/CommandRegistry.h"
#include "app/cli/MigrateRunCli.h"

namespace stratum::cli {
namespace {

int runDowngrade(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    const bool sql = takeFlag(args, QStringLiteral("--sql"));
    (void)takeOption(args, QStringLiteral("--tag"));
    if (migratecli::unexpected(io, QStringLiteral("downgrade"), args))
        return ExitUsage;
    if (args.size() != 1) {
        io.err
            << "Usage: stratum-cli downgrade TARGET [--sql] (e.g. downgrade -1, downgrade base)\n";
        return ExitUsage;
    }
    return migratecli::runCommand(io, common, migratecli::Verb::Downgrade, args, sql, false);
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("downgrade"),
     QStringLiteral("downgrade TARGET [--sql] [-c INI] [--url URL] [--transaction-per-migration]"),
     QStringLiteral("downgrade the database to TARGET (-1, base, an id...)"), runDowngrade});

}  // namespace
}  // namespace stratum::cli
