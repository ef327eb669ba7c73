#pragma once

#include "core/config/Result.h"
#include "core/migrate/RevisionGraph.h"
#include "core/migrate/run/MigrationStep.h"
#include "core/migrate/run/StepOperations.h"
#include "core/migrate/run/VersionTable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate {

// A lock the rehearsal's transaction held after a step (a row of pg_locks).
struct RehearsalLock
{
    QString lockType;  // "relation", "object", ...
    QString mode;      // "AccessExclusiveLock", "ShareLock", ...
    QString object;    // "public.users" for relations; otherwise what pg_locks names
    bool granted = true;

    bool operator==(const RehearsalLock &) const = default;
};

// One revision of the rehearsal: how long it ran, the locks it took that
// earlier steps did not hold already, and its error if it failed.
struct RehearsalStep
{
    MigrationStep step;
    qint64 elapsedMs = 0;
    QList<RehearsalLock> newLocks;
    std::optional<Error> error;
};

struct RehearsalReport
{
    QStringList headsBefore;
    QString destination;
    QList<RehearsalStep> steps;  // up to and including a failing one
    qint64 totalMs = 0;
    bool succeeded() const;
    // Human-readable, one line per step and lock, for the CLI.
    QString toText() const;
};

// `upgrade --rehearse`: runs the upgrade on PostgreSQL inside one
// transaction, as the migrator would (the same steps, operations and version
// table updates), reads pg_locks on the same connection after each step, and
// always rolls back, so the database is left exactly as before. A failing
// step is reported, not returned as an error: the error is what the rehearsal
// is for. Errors are returned only when the rehearsal cannot run (not
// PostgreSQL, already in a transaction, a revision Stratum cannot interpret,
// a bad target). Uses a session-level advisory lock like the migrator so that
// it does not rehearse while a real migration runs. Not thread-safe.
class Rehearsal
{
public:
    Rehearsal(const RevisionGraph &graph, engine::DriverConnection &connection,
              StepOperations &operations,
              const VersionTable &table = VersionTable(schema::Dialect::PostgreSQL));

    Result<RehearsalReport> upgrade(const QString &destination);

private:
    Result<QList<RehearsalLock>> heldLocks();
    Result<qint64> exec(const QString &sql);

    const RevisionGraph &m_graph;
    engine::DriverConnection &m_connection;
    StepOperations &m_operations;
    VersionTable m_table;
};

}  // namespace stratum::migrate
