// stratum-cli demo [--reset] [DIR]: creates (or verifies) the demo workspace
// and prints what it contains.
#include "app/cli/CommandRegistry.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/demo/DemoWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace stratum::cli {
namespace {

using namespace stratum::migrate;

// The desktop application's demo folder (its AppDataLocation + "/demo"), so
// that the CLI and the GUI share one workspace.
QString defaultFolder()
{
    const QString org = QCoreApplication::organizationName();
    const QString app = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("Stratum"));
    QCoreApplication::setApplicationName(QStringLiteral("Stratum"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(org);
    QCoreApplication::setApplicationName(app);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/demo");
}

// "table rows" lines for every table of the database, read-only.
Result<QStringList> tableCounts(const config::Url &databaseUrl)
{
    config::Url url = databaseUrl;
    url.setQueryValue(QStringLiteral("mode"), QStringLiteral("ro"));
    engine::PoolOptions options;
    options.kind = engine::PoolKind::Null;
    Result<std::unique_ptr<engine::Engine>> engine = engine::Engine::create(url, options);
    if (!engine)
        return engine.error();
    Result<engine::ConnectionHandle> handle = engine.value()->connect(QStringLiteral("cli demo"));
    if (!handle)
        return handle.error();
    const auto rows = [&](const QString &sql) -> Result<std::vector<QStringList>> {
        Result<std::unique_ptr<engine::ResultStream>> stream = handle.value().driver().stream(sql);
        if (!stream)
            return stream.error();
        std::vector<QStringList> out;
        engine::RowBatch batch;
        for (;;) {
            Result<bool> more = stream.value()->next(batch, 256);
            if (!more)
                return more.error();
            if (!more.value())
                return out;
            for (int r = 0; r < batch.rowCount(); ++r) {
                QStringList row;
                for (int c = 0; c < batch.columnCount(); ++c)
                    row << batch.text(r, c);
                out.push_back(row);
            }
        }
    };
    Result<std::vector<QStringList>> objects =
        rows(QStringLiteral("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') "
                            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"));
    if (!objects)
        return objects.error();
    QStringList lines;
    for (const QStringList &o : objects.value()) {
        if (o[0] == QLatin1String("view")) {
            lines << QStringLiteral("%1 (view)").arg(o[1]);
            continue;
        }
        QString quoted = o[1];
        quoted.replace(u'"', QStringLiteral("\"\""));
        Result<std::vector<QStringList>> count =
            rows(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(quoted));
        if (!count)
            return count.error();
        lines << QStringLiteral("%1 %2").arg(o[1], -16).arg(count.value().at(0).at(0), 7);
    }
    return lines;
}

int runDemo(QStringList args, CliIo &io)
{
    const bool reset = takeFlag(args, QStringLiteral("--reset"));
    const bool quiet =
        takeFlag(args, QStringLiteral("-q")) | takeFlag(args, QStringLiteral("--quiet"));
    if (args.size() > 1 || (!args.isEmpty() && args.first().startsWith(u'-'))) {
        io.err << "stratum-cli demo: unexpected argument '" << args.last() << "'\n"
               << "usage: stratum-cli demo [--reset] [DIR]\n";
        return ExitUsage;
    }
    const QString folder = args.isEmpty() ? defaultFolder() : args.first();
    if (folder.isEmpty()) {
        io.err << "stratum-cli demo: no data folder is known for this user; give DIR\n";
        return ExitUsage;
    }
    const auto progress = [&](int step, int steps, const QString &what) {
        if (!quiet)
            io.err << "[" << step << "/" << steps << "] " << what << '\n' << Qt::flush;
    };
    Result<DemoWorkspaceInfo> info =
        reset ? DemoWorkspace::recreate(folder, progress) : DemoWorkspace::ensure(folder, progress);
    if (!info) {
        io.err << "FAILED: " << info.error().toString() << '\n';
        return ExitFailure;
    }
    const DemoWorkspaceInfo &w = info.value();
    const auto native = [](const QString &p) { return QDir::toNativeSeparators(p); };
    io.out << "Demo workspace " << native(w.folder)
           << (w.created ? " (created)" : " (already there, verified)") << '\n'
           << "  alembic.ini   " << native(w.alembicIni) << '\n'
           << "  scripts       " << native(w.versionsDirectory) << '\n'
           << "  database      " << native(w.databaseFile) << '\n'
           << "  url           " << w.url.toString(true) << '\n'
           << "  model         " << native(w.modelFile) << '\n'
           << "  models.py     " << native(w.modelsPy) << '\n';

    Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(w.alembicIni);
    Result<RevisionGraph> graph =
        scripts ? scripts->graph() : Result<RevisionGraph>(scripts.error());
    if (graph) {
        QList<int> current;
        for (const QString &id : w.currentRevisions) {
            if (const int i = graph->indexOf(id); i >= 0)
                current << i;
        }
        const int applied = current.isEmpty() ? 0 : int(graph->ancestors(current).size());
        io.out << "  revisions     " << graph->size() << " (" << graph->size() - applied
               << " not applied)\n";
    } else {
        io.out << "  revisions     unreadable: " << graph.error().toString() << '\n';
    }
    io.out << "  current       "
           << (w.currentRevisions.isEmpty() ? QStringLiteral("(base)")
                                            : w.currentRevisions.join(QStringLiteral(", ")))
           << '\n'
           << "  heads         " << w.headRevisions.join(QStringLiteral(", ")) << '\n';

    Result<QStringList> counts = tableCounts(w.url);
    if (!counts) {
        io.err << "FAILED: " << counts.error().toString() << '\n';
        return ExitFailure;
    }
    io.out << "  tables and rows\n";
    for (const QString &line : counts.value())
        io.out << "    " << line << '\n';
    return ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("demo"), QStringLiteral("demo [--reset] [-q] [DIR]"),
     QStringLiteral("create (or verify) the demo workspace in DIR and print what it contains"),
     runDemo});

}  // namespace
}  // namespace stratum::cli
