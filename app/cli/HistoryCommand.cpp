// stratum-cli history: Alembic's `history [-r RANGE] [--verbose]`, same output.
#include "app/cli/CommandRegistry.h"
#include "core/migrate/HistoryReport.h"
#include "core/migrate/ScriptDirectory.h"

namespace stratum::cli {
namespace {

using namespace stratum::migrate;

int runHistory(QStringList args, CliIo &io)
{
    QString ini = takeOption(args, QStringLiteral("-c"));
    ini = takeOption(args, QStringLiteral("--config"),
                     ini.isEmpty()
                         ? qEnvironmentVariable("ALEMBIC_CONFIG", QStringLiteral("alembic.ini"))
                         : ini);
    QString section = takeOption(args, QStringLiteral("-n"));
    section = takeOption(args, QStringLiteral("--name"),
                         section.isEmpty() ? QStringLiteral("alembic") : section);
    QString range = takeOption(args, QStringLiteral("-r"));
    range = takeOption(args, QStringLiteral("--rev-range"), range);
    const bool verbose =
        takeFlag(args, QStringLiteral("-v")) | takeFlag(args, QStringLiteral("--verbose"));
    const bool indicate =
        takeFlag(args, QStringLiteral("-i")) | takeFlag(args, QStringLiteral("--indicate-current"));
    if (!args.isEmpty()) {
        io.err << "stratum-cli history: unexpected argument '" << args.first() << "'\n";
        return ExitUsage;
    }
    if (indicate) {
        io.err << "FAILED: --indicate-current needs the database's current revision; connecting "
                  "is not supported by this command yet\n";
        return ExitFailure;
    }
    Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(ini, section);
    Result<RevisionGraph> graph =
        scripts ? scripts->strictGraph() : Result<RevisionGraph>(scripts.error());
    Result<QString> text = graph ? HistoryReport::history(graph.value(), range, verbose)
                                 : Result<QString>(graph.error());
    if (!text) {
        io.err << "FAILED: " << text.error().toString() << '\n';
        return ExitFailure;
    }
    io.out << text.value();
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("history"), QStringLiteral("history [-c INI] [-r START:END] [--verbose]"),
     QStringLiteral("list revisions in Alembic's history order (newest first)"), runHistory});

}  // namespace
}  // namespace stratum::cli
