// stratum-cli heads: Alembic's `heads [--verbose] [--resolve-dependencies]`.
#include "app/cli/CommandRegistry.h"
#include "core/migrate/HistoryReport.h"
#include "core/migrate/ScriptDirectory.h"

namespace stratum::cli {
namespace {

using namespace stratum::migrate;

int runHeads(QStringList args, CliIo &io)
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
    const bool resolve = takeFlag(args, QStringLiteral("--resolve-dependencies"));
    if (!args.isEmpty()) {
        io.err << "stratum-cli heads: unexpected argument '" << args.first() << "'\n";
        return ExitUsage;
    }
    Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(ini, section);
    Result<RevisionGraph> graph =
        scripts ? scripts->strictGraph() : Result<RevisionGraph>(scripts.error());
    Result<QString> text = graph ? HistoryReport::heads(graph.value(), verbose, resolve)
                                 : Result<QString>(graph.error());
    if (!text) {
        io.err << "FAILED: " << text.error().toString() << '\n';
        return ExitFailure;
    }
    io.out << text.value();
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("heads"), QStringLiteral("heads [-c INI] [--verbose] [--resolve-dependencies]"),
     QStringLiteral("show the head revisions of the script directory"), runHeads});

}  // namespace
}  // namespace stratum::cli
