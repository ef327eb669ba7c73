#include "core/migrate/run/ScriptOperations.h"

#include "core/migrate/ops/OperationExecutor.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/pyread/Module.h"

namespace stratum::migrate {

ScriptOperations::ScriptOperations(const RevisionGraph &graph, schema::Dialect dialect)
    : m_graph(graph)
    , m_dialect(dialect)
{}

Result<const RevisionOperations *> ScriptOperations::operations(int revision)
{
    if (auto it = m_cache.constFind(revision); it != m_cache.constEnd())
        return &it.value();
    const QString path = m_graph.revision(revision).path;
    if (path.isEmpty()) {
        Error e;
        e.message = QStringLiteral("Revision %1 has no script file").arg(m_graph.id(revision));
        return e;
    }
    Result<pyread::Module> module = pyread::Module::parseFile(path);
    if (!module)
        return module.error();
    Result<RevisionOperations> ops = interpretRevision(module.value(), path);
    if (!ops)
        return ops.error();
    return &m_cache.insert(revision, ops.value()).value();
}

Result<const QList<Operation> *> ScriptOperations::checked(const MigrationStep &step)
{
    Result<const RevisionOperations *> ops = operations(step.revision);
    if (!ops)
        return ops.error();
    const QList<Unsupported> &unsupported =
        step.upgrade ? ops.value()->unsupportedUpgrade : ops.value()->unsupportedDowngrade;
    if (!unsupported.isEmpty()) {
        const Unsupported &first = unsupported.first();
        Error e;
        e.source = m_graph.revision(step.revision).path;
        e.line = first.line;
        e.column = first.column;
        e.code = QStringLiteral("needs-alembic");
        e.message = QStringLiteral("%1 (`%2`): revision %3's %4() needs Alembic to run "
                                   "(%5 statement(s) Stratum does not interpret); nothing was run")
                        .arg(first.message, first.sourceText.simplified(), step.revisionId,
                             step.upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade"))
                        .arg(unsupported.size());
        return e;
    }
    return step.upgrade ? &ops.value()->upgrade : &ops.value()->downgrade;
}

Status ScriptOperations::check(const MigrationStep &step)
{
    if (step.isStamp())
        return Ok{};
    Result<const QList<Operation> *> ops = checked(step);
    if (!ops)
        return ops.error();
    return Ok{};
}

Status ScriptOperations::execute(const MigrationStep &step, engine::DriverConnection &connection)
{
    if (step.isStamp())
        return Ok{};
    Result<const QList<Operation> *> ops = checked(step);
    if (!ops)
        return ops.error();
    ExecuteContext context;
    context.state = &m_state;
    context.cancel = m_cancel;
    return migrate::execute(*ops.value(), connection, m_dialect, context);
}

Result<QStringList> ScriptOperations::render(const MigrationStep &step)
{
    if (step.isStamp())
        return QStringList();
    Result<const QList<Operation> *> ops = checked(step);
    if (!ops)
        return ops.error();
    RenderContext context;
    context.state = &m_state;
    return renderSql(*ops.value(), m_dialect, context);
}

}  // namespace stratum::migrate
