#include "ui/migrations/MigrationHistory.h"

#include "core/engine/DriverConnection.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/migrate/run/VersionTable.h"
#include "core/pyread/Module.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stratum::ui {

using namespace stratum::migrate;

int lintBit(LintClass kind)
{
    switch (kind) {
    case LintClass::Destructive:
        return LintDestructive;
    case LintClass::DataDependent:
        return LintDataDependent;
    case LintClass::Locking:
        return LintLocking;
    case LintClass::Irreversible:
        return LintIrreversible;
    }
    return 0;
}

QString MigrationHistory::authorOf(const QString &docstring)
{
    static const QRegularExpression re(QStringLiteral("^\\s*Author:\\s*(.+?)\\s*$"),
                                       QRegularExpression::MultilineOption |
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(docstring);
    return m.hasMatch() ? m.captured(1) : QString();
}

namespace {

RevisionSummary summarize(const Revision &rev, schema::Dialect dialect)
{
    RevisionSummary s;
    s.shortId = rev.id.left(8);
    s.message = rev.message().section(QLatin1Char('\n'), 0, 0).trimmed();
    s.author = MigrationHistory::authorOf(rev.docstring);
    s.date = rev.createDate.left(16);
    if (rev.path.isEmpty())
        return s;
    Result<pyread::Module> module = pyread::Module::parseFile(rev.path);
    if (!module) {
        s.readError = module.error().toString();
        s.needsAlembic = true;
        return s;
    }
    Result<RevisionOperations> ops = interpretRevision(module.value(), rev.path);
    if (!ops) {
        s.readError = ops.error().toString();
        s.needsAlembic = true;
        return s;
    }
    s.needsAlembic = !ops->unsupportedUpgrade.isEmpty() || !ops->unsupportedDowngrade.isEmpty();
    s.findings = lintOperations(ops->upgrade, dialect);
    for (const LintFinding &f : s.findings)
        s.lint |= lintBit(f.kind);
    s.operations = std::move(ops.value());
    return s;
}

}  // namespace

Result<HistoryPtr> MigrationHistory::load(const MigrationSource &source,
                                          const std::atomic<bool> *cancel)
{
    MigrationEnvironment::Options options;
    options.iniPath = source.iniPath;
    options.url = source.url;
    Result<MigrationEnvironment> env = MigrationEnvironment::open(options);
    if (!env)
        return env.error();
    auto history = std::make_shared<MigrationHistory>();
    history->m_source = source;
    history->m_env = std::move(env.value());
    Result<schema::Dialect> dialect = history->m_env.dialect();
    if (!dialect)
        return dialect.error();
    history->m_dialect = dialect.value();
    Result<MigratorOptions> migratorOptions = history->m_env.migratorOptions();
    if (!migratorOptions)
        return migratorOptions.error();
    history->m_options = migratorOptions.value();

    const RevisionGraph &graph = history->m_env.graph();
    history->m_summaries.reserve(graph.size());
    for (int i = 0; i < graph.size(); ++i) {
        if (cancel && cancel->load()) {
            Error cancelled;
            cancelled.message = QCoreApplication::translate("MigrationHistory", "Cancelled");
            cancelled.code = QStringLiteral("cancelled");
            return cancelled;
        }
        history->m_summaries.push_back(summarize(graph.revision(i), history->m_dialect));
    }
    history->m_layout = GraphLayout::compute(graph);

    Result<std::unique_ptr<engine::DriverConnection>> connection = history->connect();
    if (!connection) {
        history->m_databaseError = connection.error().message;
    } else {
        const VersionTable table(history->m_dialect, history->m_options.versionTable,
                                 history->m_options.versionTableSchema);
        Result<QStringList> heads = table.heads(*connection.value());
        if (heads)
            history->m_heads = heads.value();
        else
            history->m_databaseError = heads.error().message;
    }
    return HistoryPtr(std::move(history));
}

QString MigrationHistory::databaseLabel() const
{
    if (m_source.profile)
        return m_source.profile->name;
    Result<config::Url> url = m_env.url();
    return url ? url->toString(true) : m_source.title;
}

Result<std::unique_ptr<engine::DriverConnection>> MigrationHistory::connect() const
{
    Result<std::unique_ptr<engine::DriverConnection>> connection = m_env.connect();
    if (!connection || !m_source.profile)
        return connection;
    for (const QString &statement : m_source.profile->connectStatements()) {
        if (Result<engine::ExecResult> r = connection.value()->execute(statement); !r)
            return r.error();
    }
    return connection;
}

QSet<int> MigrationHistory::appliedFor(const QStringList &heads) const
{
    const RevisionGraph &g = graph();
    QList<int> targets;
    for (const QString &id : heads) {
        const int i = g.indexOf(id);
        if (i >= 0)
            targets.push_back(i);
    }
    QSet<int> applied(targets.begin(), targets.end());
    for (int i : g.ancestors(targets, true))
        if (i >= 0)
            applied.insert(i);
    return applied;
}

}  // namespace stratum::ui
