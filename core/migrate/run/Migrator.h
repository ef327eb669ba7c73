#pragma once

#include "core/config/Result.h"
#include "core/migrate/RevisionGraph.h"
#include "core/migrate/run/MigrationLock.h"
#include "core/migrate/run/MigrationStep.h"
#include "core/migrate/run/StepOperations.h"
#include "core/migrate/run/VersionTable.h"
#include "core/schema/Dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate {

struct MigratorOptions
{
    QString versionTable = QString::fromLatin1(VersionTable::kDefaultName);
    QString versionTableSchema;
    // Alembic's transaction_per_migration: commit after every revision instead
    // of once at the end of the run.
    bool transactionPerMigration = false;
    // How long to wait for another migrator's lock (PostgreSQL); < 0: forever.
    int lockTimeoutMs = 60000;
};

// What the migrator reports while it runs (on the calling thread).
struct MigrationEvent
{
    enum class Kind {
        Info,         // one of Alembic's INFO lines (text)
        LockWaiting,  // another migrator holds the lock (text names it)
        StepStarted,
        StepFinished,
    };
    Kind kind = Kind::Info;
    QString text;
    int index = 0;  // 0-based step number
    int total = 0;
    MigrationStep step;
};

struct MigrationRun
{
    QList<MigrationStep> steps;  // the steps that were applied (and committed)
    QStringList headsBefore;
    QStringList headsAfter;
};

// Runs upgrade, downgrade and stamp on a live database, with Alembic's
// semantics (runtime/migration.py run_migrations and HeadMaintainer) and
// Stratum's guarantees:
// - PostgreSQL: a session-level advisory lock (MigrationLock) keeps a second
//   migrator waiting; the whole run is one transaction, or one per revision
//   with transactionPerMigration. A failing step rolls its transaction back,
//   schema and version table alike.
// - SQLite: each transaction starts with BEGIN IMMEDIATE, which takes the
//   database's write lock, so it is the mutual exclusion too. PRAGMA
//   foreign_keys is switched off around the run (it cannot change inside a
//   transaction, and batch mode's table copies need it off) and
//   PRAGMA foreign_key_check must pass before each COMMIT.
// - Every step is checked (StepOperations::check) before the first one runs,
//   so a revision Stratum cannot interpret is refused with nothing applied.
// The connection must be in autocommit mode (the default) and must not be in
// a transaction. Not thread-safe, except cancel(), which may be called from
// any thread: it stops between steps and interrupts the running statement,
// and the transaction in progress is rolled back.
class Migrator
{
public:
    using EventFn = std::function<void(const MigrationEvent &)>;

    Migrator(const RevisionGraph &graph, engine::DriverConnection &connection,
             schema::Dialect dialect, StepOperations &operations, MigratorOptions options = {});

    void setEventHandler(EventFn handler) { m_events = std::move(handler); }
    void cancel();

    const VersionTable &versionTable() const { return m_table; }

    // The heads stored in the version table (empty when it does not exist).
    // Reads only: creates nothing and takes no lock.
    Result<QStringList> currentHeads();

    Result<MigrationRun> upgrade(const QString &destination);
    Result<MigrationRun> downgrade(const QString &destination);
    // destinations: one or more revisions ("heads", "base", ids, labels).
    // purge: empty the version table first (Alembic's --purge).
    Result<MigrationRun> stamp(const QStringList &destinations, bool purge = false);

private:
    enum class Command { Upgrade, Downgrade, Stamp };
    Result<MigrationRun> run(Command command, const QStringList &destinations, bool purge);
    Result<MigrationRun> runLocked(Command command, const QStringList &destinations, bool purge);
    Result<QList<MigrationStep>> plan(Command command, const QStringList &heads,
                                      const QStringList &destinations) const;
    Status begin();
    Status commit();
    void rollback();
    Status checkForeignKeys();
    Status checkCancelled() const;
    void emitInfo(const QString &text);
    Result<qint64> exec(const QString &sql);

    const RevisionGraph &m_graph;
    engine::DriverConnection &m_connection;
    schema::Dialect m_dialect;
    StepOperations &m_operations;
    MigratorOptions m_options;
    VersionTable m_table;
    EventFn m_events;
    std::atomic<bool> m_cancelled{false};
    std::atomic<MigrationLock *> m_lock{nullptr};  // while run() holds or waits for it
};

}  // namespace stratum::migrate
