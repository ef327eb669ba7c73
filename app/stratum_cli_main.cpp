// stratum-cli: the headless face of Stratum's core library. Wiring only; each
// verb lives in app/cli/<Verb>Command.cpp.
#include "StratumVersion.h"
#include "app/cli/CommandRegistry.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace stratum::cli;

static void printHelp(QTextStream &out)
{
    out << "Usage: stratum-cli <command> [options]\n\n"
        << "Stratum's command-line companion: database URLs, connections and\n"
        << "Alembic-compatible migrations without the desktop application.\n\n"
        << "Commands:\n";
    for (const Command &c : CommandRegistry::all())
        out << "  " << c.usage.leftJustified(44) << ' ' << c.summary << '\n';
    out << "\nOptions:\n"
        << "  --help       show this help (or: stratum-cli <command> --help)\n"
        << "  --version    show the version\n";
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stratum-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATUM_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err};

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printHelp(out);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "stratum-cli " << STRATUM_VERSION << '\n';
        return ExitOk;
    }
    const QString verb = args.takeFirst();
    const Command *command = CommandRegistry::find(verb);
    if (!command) {
        err << "stratum-cli: unknown command '" << verb
            << "'. Run 'stratum-cli --help' for the list.\n";
        return ExitUsage;
    }
    if (args.contains(QLatin1String("--help"))) {
        out << "Usage: stratum-cli " << command->usage << "\n\n" << command->summary << '\n';
        return ExitOk;
    }
    const int status = command->run(args, io);
    out.flush();
    err.flush();
    return status;
}
