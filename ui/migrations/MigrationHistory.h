#pragma once

#include "core/config/Result.h"
#include "core/migrate/lint/MigrationLint.h"
#include "core/migrate/ops/Operation.h"
#include "core/migrate/run/MigrationEnvironment.h"
#include "ui/connect/ConnectionProfile.h"
#include "ui/migrations/GraphLayout.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <memory>
#include <optional>

namespace stratum::ui {

// What the history viewer works on: an Alembic project (alembic.ini) and the
// database to compare it with. url overrides the project's own URL (a saved
// connection's, password included: it is never shown or stored); profile,
// when set, names the connection and gives its environment colour.
struct MigrationSource
{
    QString title;    // "Demo migrations", the project folder's name...
    QString iniPath;  // absolute path of alembic.ini
    QString url;      // empty: the project's URL (DATABASE_URL, sqlalchemy.url)
    std::optional<ConnectionProfile> profile;
};

// Bit flags of the lint classes present in a revision's upgrade.
enum LintBits : int {
    LintDestructive = 1,
    LintDataDependent = 2,
    LintLocking = 4,
    LintIrreversible = 8,
};
int lintBit(migrate::LintClass kind);

// Per-revision facts the graph paints, computed once at load.
struct RevisionSummary
{
    QString shortId;
    QString message;
    QString author;             // an "Author:" line of the docstring, if any
    QString date;               // Create Date, shortened to minutes
    int lint = 0;               // LintBits of the upgrade
    bool needsAlembic = false;  // statements Stratum cannot interpret
    QString readError;          // the script could not be read or interpreted
    std::optional<migrate::RevisionOperations> operations;
    QList<migrate::LintFinding> findings;  // of the upgrade
};

// An immutable snapshot of a migration history: the environment (ini,
// scripts, graph), each revision's operations and lint, the commit-graph
// layout, and the heads stored in the database when it was loaded. Built on a
// worker by load(); shared read-only with the UI afterwards (thread-safe as
// const). The database position changes while migrations run; the model
// keeps that, not this snapshot.
class MigrationHistory
{
public:
    // Reads the project, interprets and lints every revision, lays out the
    // graph and asks the database for its heads. A database that cannot be
    // reached is not an error: databaseError() says why, heads stay empty.
    static Result<std::shared_ptr<const MigrationHistory>>
    load(const MigrationSource &source, const std::atomic<bool> *cancel = nullptr);

    const MigrationSource &source() const { return m_source; }
    const migrate::MigrationEnvironment &environment() const { return m_env; }
    const migrate::RevisionGraph &graph() const { return m_env.graph(); }
    schema::Dialect dialect() const { return m_dialect; }
    const migrate::MigratorOptions &migratorOptions() const { return m_options; }
    const GraphLayout &layout() const { return m_layout; }
    const RevisionSummary &summary(int revision) const { return m_summaries[revision]; }
    QStringList databaseHeads() const { return m_heads; }
    QString databaseError() const { return m_databaseError; }
    bool hasDatabase() const { return m_databaseError.isEmpty(); }
    // The database's description for dialogs: the connection's name or the URL
    // without password.
    QString databaseLabel() const;
    // A new connection to the database (call on a worker).
    Result<std::unique_ptr<engine::DriverConnection>> connect() const;

    // Revisions applied when the database stands at heads: the heads and
    // all their ancestors, dependencies included.
    QSet<int> appliedFor(const QStringList &heads) const;

    static QString authorOf(const QString &docstring);

private:
    MigrationSource m_source;
    migrate::MigrationEnvironment m_env;
    schema::Dialect m_dialect = schema::Dialect::SQLite;
    migrate::MigratorOptions m_options;
    GraphLayout m_layout;
    QVector<RevisionSummary> m_summaries;
    QStringList m_heads;
    QString m_databaseError;
};

using HistoryPtr = std::shared_ptr<const MigrationHistory>;

}  // namespace stratum::ui
