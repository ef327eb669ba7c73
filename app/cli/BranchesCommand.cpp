// stratum-cli branches: Alembic's `branches [--verbose]`.
#include "app/cli/CommandRegistry.h"
#include "core/migrate/HistoryReport.h"
#include "core/migrate/ScriptDirectory.h"

namespace stratum::cli {
namespace {

using namespace stratum::migrate;

int runBranches(QStringList args, CliIo &io)
{
    QString ini = takeOption(args, QStringLiteral("-c"));
    ini = takeOption(args, QStringLiteral("--config"),
                     ini.isEmpty()
                         ? qEnvironmentVariable("ALEMBIC_CONFIG", QStringLiteral("alembic.ini"))
                         : ini);
    QString section = takeOption(args, QStringLiteral("-n"));
    section = takeOption(args, QStringLiteral("--name"),
                         section.isEmpty() ? QStringLiteral("alembic") : section);
    const bool verbose =
        takeFlag(args, QStringLiteral("-v")) | takeFlag(args, QStringLiteral("--verbose"));
    if (!args.isEmpty()) {
        io.err << "stratum-cli branches: unexpected argument '" << args.first() << "'\n";
        return ExitUsage;
    }
    Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(ini, section);
    Result<RevisionGraph> graph =
        scripts ? scripts->strictGraph() : Result<RevisionGraph>(scripts.error());
    Result<QString> text =
        graph ? HistoryReport::branches(graph.value(), verbose) : Result<QString>(graph.error());
    if (!text) {
        io.err << "FAILED: " << text.error().toString() << '\n';
        return ExitFailure;
    }
    io.out << text.value();
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("branches"), QStringLiteral("branches [-c INI] [--verbose]"),
     QStringLiteral("show branch points and the revisions they branch into"), runBranches});

}  // namespace
}  // namespace stratum::cli
