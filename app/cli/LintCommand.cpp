// stratum-cli lint [TARGET]: the operations an upgrade to TARGET would run,
// in plain words, with what a reviewer must not miss (lintOperations).
#include "app/cli/CommandRegistry.h"
#include "app/cli/MigrateCliSupport.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/lint/MigrationLint.h"
#include "core/migrate/run/MigrationStep.h"
#include "core/migrate/run/ScriptOperations.h"
#include "core/migrate/state/SchemaReplay.h"

#include <QSet>

namespace stratum::cli {
namespace {

using namespace stratum::migrate;

int runLint(QStringList args, CliIo &io)
{
    const migratecli::CommonOptions common = migratecli::takeCommon(args);
    const bool offline = takeFlag(args, QStringLiteral("--offline"));
    const bool strict = takeFlag(args, QStringLiteral("--strict"));
    if (migratecli::unexpected(io, QStringLiteral("lint"), args))
        return ExitUsage;
    if (args.size() > 1) {
        io.err << "Usage: stratum-cli lint [TARGET] [--offline] [--strict]\n";
        return ExitUsage;
    }
    const QString target = args.value(0, QStringLiteral("heads"));
    Result<MigrationEnvironment> env = migratecli::openEnvironment(common);
    if (!env)
        return migratecli::failed(io, env.error());
    Result<schema::Dialect> dialect = env->dialect();
    if (!dialect)
        return migratecli::failed(io, dialect.error());
    Result<MigratorOptions> options = migratecli::migratorOptions(env.value(), common);
    if (!options)
        return migratecli::failed(io, options.error());

    // Online: the revisions an upgrade would apply, with the live data;
    // offline: every revision from base to TARGET, without.
    std::unique_ptr<engine::DriverConnection> connection;
    QStringList heads;
    if (!offline) {
        Result<std::unique_ptr<engine::DriverConnection>> conn = env->connect();
        if (!conn)
            return migratecli::failed(io, conn.error());
        connection = std::move(conn).value();
        Result<QStringList> stored =
            VersionTable(*dialect, options->versionTable, options->versionTableSchema)
                .heads(*connection);
        if (!stored)
            return migratecli::failed(io, stored.error());
        heads = *stored;
    }
    Result<QList<MigrationStep>> pending = planUpgrade(env->graph(), heads, target);
    if (!pending)
        return migratecli::failed(io, pending.error());
    Result<QList<MigrationStep>> all = planUpgrade(env->graph(), {}, target);
    if (!all)
        return migratecli::failed(io, all.error());
    QSet<int> toLint;
    for (const MigrationStep &s : *pending)
        toLint.insert(s.revision);

    std::optional<ConnectionLintData> data;
    if (connection)
        data.emplace(*connection, *dialect);
    ScriptOperations operations(env->graph(), *dialect);
    // The schema before each revision, for old types and table sizes.
    SchemaReplayer replayer(*dialect);
    int findingsTotal = 0;
    for (const MigrationStep &step : *all) {
        if (step.isStamp())
            continue;
        Result<const RevisionOperations *> ops = operations.operations(step.revision);
        if (!ops)
            return migratecli::failed(io, ops.error());
        if (toLint.contains(step.revision)) {
            const schema::MetaData before = replayer.metadata();
            LintContext context;
            context.before = &before;
            context.data = data ? &*data : nullptr;
            const QList<Operation> &upgrade = ops.value()->upgrade;
            const QList<LintFinding> findings = lintOperations(upgrade, *dialect, context);
            io.out << "Revision " << step.revisionId
                   << (step.doc.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(step.doc))
                   << '\n';
            for (int i = 0; i < upgrade.size(); ++i) {
                io.out << "  " << (i + 1) << ". " << describeOperation(upgrade[i], *dialect)
                       << '\n';
                for (const LintFinding &f : findings) {
                    if (f.operationIndex != i)
                        continue;
                    io.out << "     " << lintClassName(f.kind) << ": " << f.explanation << '\n';
                    if (!f.saferAlternative.isEmpty())
                        io.out << "       safer: " << f.saferAlternative << '\n';
                }
            }
            for (const Unsupported &u : ops.value()->unsupportedUpgrade)
                io.out << "  line " << u.line << ": not interpreted (needs Alembic): " << u.message
                       << '\n';
            findingsTotal += int(findings.size());
        }
        replayer.applyUpgrade(step.revisionId, *ops.value());
    }
    if (pending->isEmpty())
        io.out << "Nothing to upgrade.\n";
    io.out << findingsTotal << " finding(s)"
           << (data ? QString() : QStringLiteral(" (without a database: data not checked)"))
           << '\n';
    return strict && findingsTotal > 0 ? ExitFailure : ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("lint"),
     QStringLiteral("lint [TARGET] [--offline] [--strict] [-c INI] [--url URL]"),
     QStringLiteral("review the operations an upgrade to TARGET (default heads) would run: "
                    "destructive, data-dependent, locking and irreversible steps"),
     runLint});

}  // namespace
}  // namespace stratum::cli
