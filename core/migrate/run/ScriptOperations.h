#pragma once

#include "core/migrate/RevisionGraph.h"
#include "core/migrate/ops/Operation.h"
#include "core/migrate/ops/OperationSql.h"
#include "core/migrate/run/StepOperations.h"

#include <QHash>

namespace stratum::migrate {

// StepOperations over the revision scripts themselves: each revision file is
// parsed (core/pyread) and interpreted (interpretRevision) once, on first
// use, and its upgrade() or downgrade() operations are executed (ops'
// execute(), batch mode included) or rendered (renderSql()) for the
// dialect, with one RenderState for the whole run. check() refuses a direction that holds
// statements outside the subset Stratum interprets, naming the file, line and column and saying
// Alembic is needed. Not thread-safe (a cache per migration run).
class ScriptOperations : public StepOperations
{
public:
    ScriptOperations(const RevisionGraph &graph, schema::Dialect dialect);

    void setCancelFlag(std::atomic<bool> *cancel) override { m_cancel = cancel; }
    Status check(const MigrationStep &step) override;
    Status execute(const MigrationStep &step, engine::DriverConnection &connection) override;
    Result<QStringList> render(const MigrationStep &step) override;

    // The interpreted operations of a revision (cached).
    Result<const RevisionOperations *> operations(int revision);

private:
    Result<const QList<Operation> *> checked(const MigrationStep &step);

    const RevisionGraph &m_graph;
    schema::Dialect m_dialect;
    QHash<int, RevisionOperations> m_cache;
    // One per run, as Alembic's migration context: enums created so far and,
    // offline, the tables the operations have defined.
    RenderState m_state;
    std::atomic<bool> *m_cancel = nullptr;
};

}  // namespace stratum::migrate
