#include "core/migrate/run/Rehearsal.h"

#include "core/engine/DriverConnection.h"
#include "core/engine/ResultStream.h"
#include "core/engine/RowBatch.h"
#include "core/migrate/run/HeadMaintainer.h"
#include "core/migrate/run/MigrationLock.h"

#include <QElapsedTimer>

namespace stratum::migrate {
namespace {

Error rehearsalError(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("rehearsal");
    return e;
}

// Relation locks of this backend, except those on the catalogue (every
// query takes some, the lock query too) and on relations already dropped
// again (a rewrite's old storage): those have no name left to show.
const char *kLocksSql =
    "SELECT l.locktype, l.mode, l.granted, "
    "coalesce(n.nspname || '.' || c.relname, l.relation::text) "
    "FROM pg_catalog.pg_locks l "
    "LEFT JOIN pg_catalog.pg_class c ON c.oid = l.relation "
    "LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' "
    "AND c.oid IS NOT NULL "
    "AND coalesce(n.nspname, '') NOT IN ('pg_catalog', 'information_schema', 'pg_toast') "
    "ORDER BY 4, 2";

}  // namespace

bool RehearsalReport::succeeded() const
{
    for (const RehearsalStep &s : steps) {
        if (s.error)
            return false;
    }
    return true;
}

QString RehearsalReport::toText() const
{
    QString out = QStringLiteral("Rehearsal of upgrade %1 -> %2 in one transaction, rolled back\n")
                      .arg(headsBefore.isEmpty() ? QStringLiteral("base")
                                                 : headsBefore.join(QStringLiteral(", ")),
                           destination);
    if (steps.isEmpty())
        out += QStringLiteral("  nothing to upgrade\n");
    for (const RehearsalStep &s : steps) {
        out += QStringLiteral("  %1  (%2 ms)\n").arg(s.step.toString()).arg(s.elapsedMs);
        for (const RehearsalLock &l : s.newLocks)
            out += QStringLiteral("      lock %1 on %2%3\n")
                       .arg(l.mode, l.object, l.granted ? QString() : QStringLiteral(" (waiting)"));
        if (s.error)
            out += QStringLiteral("      FAILED: %1\n").arg(s.error->toString());
    }
    out += QStringLiteral("%1 in %2 ms; the database was left as it was\n")
               .arg(succeeded() ? QStringLiteral("Succeeded") : QStringLiteral("Failed"))
               .arg(totalMs);
    return out;
}

Rehearsal::Rehearsal(const RevisionGraph &graph, engine::DriverConnection &connection,
                     StepOperations &operations, const VersionTable &table)
    : m_graph(graph)
    , m_connection(connection)
    , m_operations(operations)
    , m_table(table)
{}

Result<qint64> Rehearsal::exec(const QString &sql)
{
    Result<engine::ExecResult> r = m_connection.execute(sql);
    if (!r)
        return r.error();
    return r->rowsAffected;
}

Result<QList<RehearsalLock>> Rehearsal::heldLocks()
{
    Result<std::unique_ptr<engine::ResultStream>> stream =
        m_connection.stream(QString::fromLatin1(kLocksSql));
    if (!stream)
        return stream.error();
    QList<RehearsalLock> locks;
    engine::RowBatch batch;
    for (;;) {
        Result<bool> more = stream.value()->next(batch, 256);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        for (int row = 0; row < batch.rowCount(); ++row)
            locks.append({batch.text(row, 0), batch.text(row, 1), batch.text(row, 3),
                          batch.toBool(row, 2).value_or(true)});
    }
    return locks;
}

Result<RehearsalReport> Rehearsal::upgrade(const QString &destination)
{
    if (m_table.dialect() != schema::Dialect::PostgreSQL)
        return rehearsalError(QStringLiteral(
            "a rehearsal needs PostgreSQL: SQLite cannot roll back every DDL statement "
            "a migration runs in batch mode"));
    if (m_connection.transactionStatus() != engine::TransactionStatus::Idle)
        return rehearsalError(QStringLiteral("the connection is already in a transaction"));

    MigrationLock lock(m_connection);
    if (Status s = lock.acquire(60000); !s)
        return s.error();
    RehearsalReport report;
    report.destination = destination;
    Result<QStringList> heads = m_table.heads(m_connection);
    if (!heads)
        return heads.error();
    report.headsBefore = *heads;
    Result<QList<MigrationStep>> steps = planUpgrade(m_graph, *heads, destination);
    if (!steps)
        return steps.error();
    for (const MigrationStep &step : *steps) {
        if (!step.isStamp())
            if (Status s = m_operations.check(step); !s)
                return s.error();
    }

    if (Status s = m_connection.begin(); !s)
        return s.error();
    QElapsedTimer total;
    total.start();
    // From here on, every path rolls back.
    auto finish = [&](std::optional<Error> error) -> Result<RehearsalReport> {
        const Status rolledBack = m_connection.rollback();
        report.totalMs = total.elapsed();
        lock.release();
        if (error)
            return *error;
        if (!rolledBack)
            return rolledBack.error();
        return report;
    };
    if (heads->isEmpty())
        if (Status s = m_table.ensure(m_connection); !s)
            return finish(s.error());
    HeadMaintainer maintainer(
        m_graph, m_table, *heads, [this](const QString &sql) { return exec(sql); }, false);
    Result<QList<RehearsalLock>> baseline = heldLocks();
    if (!baseline)
        return finish(baseline.error());
    QList<RehearsalLock> seen = *baseline;
    for (const MigrationStep &step : *steps) {
        RehearsalStep result;
        result.step = step;
        QElapsedTimer timer;
        timer.start();
        Status s = step.isStamp() ? Status(Ok{}) : m_operations.execute(step, m_connection);
        if (s)
            s = maintainer.updateToStep(step);
        result.elapsedMs = timer.elapsed();
        if (!s) {
            result.error = s.error();
            report.steps << result;
            break;  // the transaction is aborted: nothing more can run
        }
        Result<QList<RehearsalLock>> locks = heldLocks();
        if (!locks)
            return finish(locks.error());
        for (const RehearsalLock &l : *locks) {
            if (!seen.contains(l)) {
                result.newLocks << l;
                seen << l;
            }
        }
        report.steps << result;
    }
    return finish(std::nullopt);
}

}  // namespace stratum::migrate
