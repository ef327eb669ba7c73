#pragma once

#include "core/config/Result.h"
#include "core/migrate/RevisionGraph.h"
#include "core/migrate/run/MigrationStep.h"
#include "core/migrate/run/VersionTable.h"

#include <QStringList>

#include <functional>

namespace stratum::migrate {

// Keeps the version table's rows in step with the revisions applied: Alembic's
// HeadMaintainer (runtime/migration.py), including the INSERT / UPDATE /
// DELETE choices at branch points, merges and unmerges. The statements go to
// a sink: online it executes them (and returns the affected row count, which
// is checked like Alembic does); offline it prints them. Heads are kept in
// order (Alembic uses a set) so the output is deterministic. Not thread-safe.
class HeadMaintainer
{
public:
    // Runs one statement; returns the affected rows, or -1 when unknown.
    using Sink = std::function<Result<qint64>(const QString &sql)>;

    HeadMaintainer(const RevisionGraph &graph, const VersionTable &table, QStringList heads,
                   Sink sink, bool offline);

    const QStringList &heads() const { return m_heads; }
    Status updateToStep(const MigrationStep &step);

private:
    Status insertVersion(const QString &version);
    Status deleteVersion(const QString &version);
    Status updateVersion(const QString &from, const QString &to);

    bool shouldDeleteBranch(const MigrationStep &step) const;
    bool shouldCreateBranch(const MigrationStep &step) const;
    bool shouldMergeBranches(const MigrationStep &step) const;
    bool shouldUnmergeBranches(const MigrationStep &step) const;
    QStringList unmergeToRevisions(const MigrationStep &step) const;
    QStringList ancestorsOfOtherHeads(const QStringList &exclude) const;

    const RevisionGraph &m_graph;
    VersionTable m_table;
    QStringList m_heads;
    Sink m_sink;
    bool m_offline;
};

}  // namespace stratum::migrate
