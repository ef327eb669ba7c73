// stratum-cli show: Alembic's `show REV`.
#include "app/cli/CommandRegistry.h"
#include "core/migrate/HistoryReport.h"
#include "core/migrate/ScriptDirectory.h"

namespace stratum::cli {
namespace {

using namespace stratum::migrate;

int runShow(QStringList args, CliIo &io)
{
    QString ini = takeOption(args, QStringLiteral("-c"));
    ini = takeOption(args, QStringLiteral("--config"),
                     ini.isEmpty()
                         ? qEnvironmentVariable("ALEMBIC_CONFIG", QStringLiteral("alembic.ini"))
                         : ini);
    QString section = takeOption(args, QStringLiteral("-n"));
    section = takeOption(args, QStringLiteral("--name"),
                         section.isEmpty() ? QStringLiteral("alembic") : section);
    if (args.size() != 1) {
        io.err << "stratum-cli show: expects exactly one revision (e.g. head, ae10, base+2)\n";
        return ExitUsage;
    }
    Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(ini, section);
    Result<RevisionGraph> graph =
        scripts ? scripts->strictGraph() : Result<RevisionGraph>(scripts.error());
    Result<QString> text =
        graph ? HistoryReport::show(graph.value(), args.first()) : Result<QString>(graph.error());
    if (!text) {
        io.err << "FAILED: " << text.error().toString() << '\n';
        return ExitFailure;
    }
    io.out << text.value();
    return ExitOk;
}

const bool registered =
    CommandRegistry::add({QStringLiteral("show"), QStringLiteral("show [-c INI] REV"),
                          QStringLiteral("show the revision(s) a symbol or id denotes"), runShow});

}  // namespace
}  // namespace stratum::cli
