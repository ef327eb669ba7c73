#include "core/migrate/run/Migrator.h"

#include "core/engine/DriverConnection.h"
#include "core/migrate/run/HeadMaintainer.h"

namespace stratum::migrate {

namespace {

Error cancelledError()
{
    Error e;
    e.message = QStringLiteral("Cancelled; the transaction in progress was rolled back");
    e.code = QStringLiteral("cancelled");
    return e;
}

}  // namespace

Migrator::Migrator(const RevisionGraph &graph, engine::DriverConnection &connection,
                   schema::Dialect dialect, StepOperations &operations, MigratorOptions options)
    : m_graph(graph)
    , m_connection(connection)
    , m_dialect(dialect)
    , m_operations(operations)
    , m_options(std::move(options))
    , m_table(dialect, m_options.versionTable, m_options.versionTableSchema)
{
    m_operations.setCancelFlag(&m_cancelled);
}

void Migrator::cancel()
{
    m_cancelled = true;
    if (MigrationLock *lock = m_lock.load())
        lock->cancel();
    m_connection.cancel();
}

Status Migrator::checkCancelled() const
{
    if (m_cancelled)
        return cancelledError();
    return Ok{};
}

void Migrator::emitInfo(const QString &text)
{
    if (!m_events)
        return;
    MigrationEvent e;
    e.kind = MigrationEvent::Kind::Info;
    e.text = text;
    m_events(e);
}

Result<qint64> Migrator::exec(const QString &sql)
{
    Result<engine::ExecResult> r = m_connection.execute(sql);
    if (!r)
        return r.error();
    return r->rowsAffected;
}

Result<QStringList> Migrator::currentHeads()
{
    return m_table.heads(m_connection);
}

Result<MigrationRun> Migrator::upgrade(const QString &destination)
{
    return run(Command::Upgrade, {destination}, false);
}

Result<MigrationRun> Migrator::downgrade(const QString &destination)
{
    return run(Command::Downgrade, {destination}, false);
}

Result<MigrationRun> Migrator::stamp(const QStringList &destinations, bool purge)
{
    return run(Command::Stamp, destinations, purge);
}

Status Migrator::begin()
{
    if (m_dialect == schema::Dialect::SQLite) {
        // Takes the write lock now rather than at the first write, so two
        // migrators cannot both read the same heads.
        Result<engine::ExecResult> r = m_connection.execute(QStringLiteral("BEGIN IMMEDIATE"));
        if (!r)
            return r.error();
        return Ok{};
    }
    return m_connection.begin();
}

Status Migrator::commit()
{
    return m_connection.commit();
}

void Migrator::rollback()
{
    if (m_connection.transactionStatus() != engine::TransactionStatus::Idle)
        (void)m_connection.rollback();
}

Status Migrator::checkForeignKeys()
{
    if (m_dialect != schema::Dialect::SQLite)
        return Ok{};
    Result<QStringList> violations =
        queryColumn(m_connection, QStringLiteral("SELECT \"table\" || ' row ' || "
                                                 "coalesce(rowid, '?') || ' -> ' || parent "
                                                 "FROM pragma_foreign_key_check"));
    if (!violations)
        return violations.error();
    if (violations->isEmpty())
        return Ok{};
    Error e;
    e.message = QStringLiteral("Foreign key violations after the migration (rolled back): %1")
                    .arg(violations->mid(0, 10).join(QLatin1String("; ")));
    e.code = QStringLiteral("foreign-key");
    return e;
}

Result<QList<MigrationStep>> Migrator::plan(Command command, const QStringList &heads,
                                            const QStringList &destinations) const
{
    switch (command) {
    case Command::Upgrade:
        return planUpgrade(m_graph, heads, destinations.value(0));
    case Command::Downgrade:
        return planDowngrade(m_graph, heads, destinations.value(0));
    case Command::Stamp:
        break;
    }
    return planStamp(m_graph, heads, destinations);
}

Result<MigrationRun> Migrator::run(Command command, const QStringList &destinations, bool purge)
{
    if (m_connection.transactionStatus() != engine::TransactionStatus::Idle) {
        Error e;
        e.message = QStringLiteral("The connection is inside a transaction; migrations need a "
                                   "connection of their own");
        return e;
    }
    const bool pg = m_dialect == schema::Dialect::PostgreSQL;
    emitInfo(pg ? QStringLiteral("Context impl PostgresqlImpl.")
                : QStringLiteral("Context impl SQLiteImpl."));
    emitInfo(QStringLiteral("Will assume transactional DDL."));

    MigrationLock lock(m_connection);
    if (pg) {
        m_lock = &lock;
        Status locked = lock.acquire(m_options.lockTimeoutMs, [this](const LockHolder &holder) {
            if (!m_events)
                return;
            MigrationEvent e;
            e.kind = MigrationEvent::Kind::LockWaiting;
            e.text = QStringLiteral("Waiting for the migration lock held by %1")
                         .arg(holder.pid ? holder.describe() : QStringLiteral("another session"));
            m_events(e);
        });
        if (!locked) {
            m_lock = nullptr;
            return locked.error();
        }
    }

    // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched
    // off here, outside, and checked with foreign_key_check before COMMIT.
    bool restoreForeignKeys = false;
    if (!pg) {
        Result<QStringList> fk = queryColumn(m_connection, QStringLiteral("PRAGMA foreign_keys"));
        if (fk && fk->value(0) == QLatin1String("1")) {
            if (Result<qint64> off = exec(QStringLiteral("PRAGMA foreign_keys=OFF")); off)
                restoreForeignKeys = true;
        }
    }

    Result<MigrationRun> result = runLocked(command, destinations, purge);
    rollback();  // only does something after a failure
    if (restoreForeignKeys)
        (void)exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    if (pg) {
        (void)lock.release();
        m_lock = nullptr;
    }
    return result;
}

Result<MigrationRun> Migrator::runLocked(Command command, const QStringList &destinations,
                                         bool purge)
{
    const bool perMigration = m_options.transactionPerMigration;
    MigrationRun run;

    if (Status s = begin(); !s)
        return s.error();
    // Alembic's run_migrations: --purge empties the table; otherwise the
    // stored heads, creating the table when there are none.
    QStringList heads;
    if (purge) {
        if (Status s = m_table.ensure(m_connection); !s)
            return s.error();
        if (Result<qint64> r = exec(m_table.purgeSql()); !r)
            return r.error();
    } else {
        Result<QStringList> stored = m_table.heads(m_connection);
        if (!stored)
            return stored.error();
        heads = stored.value();
        if (heads.isEmpty())
            if (Status s = m_table.ensure(m_connection); !s)
                return s.error();
    }
    run.headsBefore = heads;

    Result<QList<MigrationStep>> steps = plan(command, heads, destinations);
    if (!steps)
        return steps.error();
    // Refuse before anything runs.
    for (const MigrationStep &step : steps.value())
        if (!step.isStamp())
            if (Status s = m_operations.check(step); !s)
                return s.error();
    if (perMigration) {
        if (Status s = commit(); !s)
            return s.error();
    }

    HeadMaintainer maintainer(
        m_graph, m_table, heads, [this](const QString &sql) { return exec(sql); }, false);
    const int total = int(steps->size());
    for (int i = 0; i < total; ++i) {
        const MigrationStep &step = steps.value()[i];
        if (Status s = checkCancelled(); !s)
            return s.error();
        if (perMigration)
            if (Status s = begin(); !s)
                return s.error();
        if (m_events) {
            MigrationEvent e;
            e.kind = MigrationEvent::Kind::StepStarted;
            e.index = i;
            e.total = total;
            e.step = step;
            e.text = QStringLiteral("Running ") + step.toString();
            m_events(e);
        }
        if (!step.isStamp()) {
            if (Status s = m_operations.execute(step, m_connection); !s) {
                Error e = s.error();
                if (m_cancelled)
                    return cancelledError();
                e.message = QStringLiteral("Running %1 failed: %2").arg(step.toString(), e.message);
                return e;
            }
        }
        if (Status s = maintainer.updateToStep(step); !s)
            return s.error();
        if (perMigration) {
            if (Status s = checkForeignKeys(); !s)
                return s.error();
            if (Status s = commit(); !s)
                return s.error();
            run.steps << step;
        }
        if (m_events) {
            MigrationEvent e;
            e.kind = MigrationEvent::Kind::StepFinished;
            e.index = i;
            e.total = total;
            e.step = step;
            m_events(e);
        }
    }
    if (!perMigration) {
        if (Status s = checkCancelled(); !s)
            return s.error();
        if (Status s = checkForeignKeys(); !s)
            return s.error();
        if (Status s = commit(); !s)
            return s.error();
        run.steps = steps.value();
    }
    run.headsAfter = maintainer.heads();
    return run;
}

}  // namespace stratum::migrate
