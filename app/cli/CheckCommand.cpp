// stratum-cli check: exits 1 when the database differs from the target
// models, as `alembic check` (Alembic 1.9+) does, and prints the differences.
#include "app/cli/AutogenCliSupport.h"
#include "app/cli/CommandRegistry.h"

namespace stratum::cli {
namespace {

int runCheck(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    const autogencli::Options options = autogencli::takeOptions(args);
    if (migratecli::unexpected(io, QStringLiteral("check"), args))
        return ExitUsage;
    if (!args.isEmpty()) {
        io.err << "stratum-cli check: unexpected argument '" << args.first() << "'\n";
        return ExitUsage;
    }
    int exit = ExitOk;
    const std::optional<autogencli::Outcome> outcome = autogencli::run(common, options, io, exit);
    if (!outcome)
        return exit;
    const QStringList differences = outcome->result.differences();
    if (differences.isEmpty()) {
        io.out << "No new upgrade operations detected.\n";
        return ExitOk;
    }
    io.out << "New upgrade operations detected:\n";
    for (const QString &d : differences)
        io.out << "  " << d << '\n';
    io.out.flush();
    return migratecli::failed(
        io, QStringLiteral("New upgrade operations detected (%1).").arg(differences.size()));
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("check"),
     QStringLiteral("check [-c INI] [--url URL] [--models PATH] [--rename OLD:NEW]"),
     QStringLiteral("exit 1 when the database differs from the models (autogenerate finds "
                    "operations)"),
     runCheck});

}  // namespace
}  // namespace stratum::cli
