#pragma once

#include "core/config/Result.h"
#include "core/migrate/RevisionGraph.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/StepOperations.h"
#include "core/migrate/run/VersionTable.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace stratum::migrate {

// Offline mode (`--sql`): the SQL an upgrade, downgrade or stamp would run,
// printed instead of executed, in the layout of `alembic upgrade --sql`:
// BEGIN; (PostgreSQL, transactional DDL), CREATE TABLE alembic_version when
// starting from no heads, "-- Running upgrade a -> b" before each step, the
// step's statements and version-table INSERT/UPDATE/DELETE each followed by
// ";" and a blank line, DROP TABLE alembic_version when ending at base, and
// COMMIT;. SQLite gets no BEGIN/COMMIT, as Alembic treats its DDL as
// non-transactional. With transactionPerMigration every step is wrapped in
// its own BEGIN/COMMIT. Alembic's INFO lines go to the info callback. No
// database is touched. Not thread-safe (one run at a time).
class OfflineScript
{
public:
    using InfoFn = std::function<void(const QString &line)>;

    OfflineScript(const RevisionGraph &graph, schema::Dialect dialect, StepOperations &operations,
                  MigratorOptions options = {});
    void setInfo(InfoFn info) { m_info = std::move(info); }

    // revision: "[start:]end" as given on the command line (start defaults to
    // the empty version table). Downgrade requires the start.
    Result<QString> upgrade(const QString &revision);
    Result<QString> downgrade(const QString &revision);
    // Each destination may be "start:end"; all starts must agree.
    Result<QString> stamp(const QStringList &revisions);

private:
    enum class Command { Upgrade, Downgrade, Stamp };
    Result<QString> run(Command command, const QString &start, const QStringList &destinations);
    Result<QStringList> startingHeads(const QString &start) const;

    const RevisionGraph &m_graph;
    schema::Dialect m_dialect;
    StepOperations &m_operations;
    MigratorOptions m_options;
    VersionTable m_table;
    InfoFn m_info;
};

}  // namespace stratum::migrate
