// stratum-cli config [DIR]: shows the workspace Stratum resolves in DIR
// (default: the current folder) and where every value came from.
#include "app/cli/CommandRegistry.h"
#include "core/config/WorkspaceDiscovery.h"

#include <QDir>

namespace stratum::cli {
namespace {

using config::SourcedValue;
using config::Workspace;

void row(QTextStream &out, const QString &label, const QString &value, const QString &origin = {})
{
    out << label.leftJustified(20) << ' ' << value;
    if (!origin.isEmpty())
        out << "  <- " << origin;
    out << '\n';
}

void sourced(QTextStream &out, const QString &label, const std::optional<SourcedValue> &v)
{
    if (v)
        row(out, label, v->value, v->origin.toString());
}

void print(const Workspace &ws, QTextStream &out)
{
    row(out, QStringLiteral("folder"), ws.folder);
    if (ws.alembicIni.isEmpty()) {
        row(out, QStringLiteral("alembic.ini"), QStringLiteral("(none)"));
    } else {
        row(out, QStringLiteral("alembic.ini"), ws.alembicIni, ws.alembicIniFoundBy);
        if (!ws.section.isEmpty())
            row(out, QStringLiteral("  section"), QLatin1Char('[') + ws.section + QLatin1Char(']'));
        sourced(out, QStringLiteral("  script_location"), ws.scriptLocation);
        if (!ws.scriptDirectory.isEmpty() &&
            (!ws.scriptLocation || ws.scriptLocation->value != ws.scriptDirectory))
            row(out, QStringLiteral("  scripts folder"), ws.scriptDirectory);
        sourced(out, QStringLiteral("  version_locations"), ws.versionLocations);
        for (const QString &d : ws.versionDirectories)
            row(out, QStringLiteral("  versions folder"), d);
        sourced(out, QStringLiteral("  file_template"), ws.fileTemplate);
        sourced(out, QStringLiteral("  timezone"), ws.timezone);
    }
    row(out, QStringLiteral(".env"), ws.dotEnv.isEmpty() ? QStringLiteral("(none)") : ws.dotEnv);
    if (ws.urlText) {
        // Only the parsed URL is printed: it can hide the password.
        const QString shown = ws.url ? ws.url->toString(true) : QStringLiteral("(invalid)");
        row(out, QStringLiteral("url"), shown, ws.urlText->origin.toString());
        if (ws.url)
            row(out, QStringLiteral("  driver"), ws.url->drivername());
    } else {
        row(out, QStringLiteral("url"), QStringLiteral("(none)"));
    }
    for (const config::ValueOrigin &o : ws.otherUrls)
        row(out, QStringLiteral("  also set"), o.toString() + QStringLiteral(" (lower priority)"));
    for (const QString &note : ws.notes)
        out << "note: " << note << '\n';
}

int runConfig(QStringList args, CliIo &io)
{
    for (const QString &a : std::as_const(args)) {
        if (a.startsWith(QLatin1Char('-'))) {
            io.err << "stratum-cli config: unknown option '" << a << "'\n"
                   << "usage: stratum-cli config [DIR]\n";
            return ExitUsage;
        }
    }
    if (args.size() > 1) {
        io.err << "stratum-cli config: expects at most one folder\n"
               << "usage: stratum-cli config [DIR]\n";
        return ExitUsage;
    }
    const QString folder = args.isEmpty() ? QDir::currentPath() : args.first();
    const Workspace ws = config::WorkspaceDiscovery().discover(folder);
    print(ws, io.out);
    io.out.flush();
    for (const Error &e : ws.errors)
        io.err << "stratum-cli config: " << e.toString() << '\n';
    return ws.ok() ? ExitOk : ExitUsage;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("config"), QStringLiteral("config [DIR]"),
     QStringLiteral("show alembic.ini, scripts, .env and URL found in DIR, with their sources"),
     runConfig});

}  // namespace
}  // namespace stratum::cli
