// stratum-cli stamp REVISIONS...: Alembic's `stamp` (with --purge and --sql).
#include "app/cli/CommandRegistry.h"
#include "app/cli/MigrateRunCli.h"

namespace stratum::cli {
namespace {

int runStamp(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    const bool sql = takeFlag(args, QStringLiteral("--sql"));
    const bool purge = takeFlag(args, QStringLiteral("--purge"));
    (void)takeOption(args, QStringLiteral("--tag"));
    if (migratecli::unexpected(io, QStringLiteral("stamp"), args))
        return ExitUsage;
    if (args.isEmpty()) {
        io.err << "Usage: stratum-cli stamp REVISIONS... [--purge] [--sql]\n";
        return ExitUsage;
    }
    if (sql && purge)
        return migratecli::failed(io, QStringLiteral("Can't use --purge with --sql mode"));
    return migratecli::runCommand(io, common, migratecli::Verb::Stamp, args, sql, purge);
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("stamp"),
     QStringLiteral("stamp REVISIONS... [--purge] [--sql] [-c INI] [--url URL]"),
     QStringLiteral("set the version table to REVISIONS without running migrations"), runStamp});

}  // namespace
}  // namespace stratum::cli
