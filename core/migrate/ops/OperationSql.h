#pragma once

#include "core/config/Result.h"
#include "core/migrate/ops/DdlWriter.h"
#include "core/migrate/ops/Operation.h"
#include "core/schema/Dialect.h"
#include "core/schema/NamingConvention.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <map>

namespace stratum::migrate {

// What rendering remembers across operations and revisions of one run, as
// Alembic's migration context does: the PostgreSQL enum types already created
// by a create_table (SQLAlchemy's "_pg_enums" memo, so a second table using
// the same sa.Enum does not create it again), and, for offline SQLite batch
// mode, the definitions of the tables the operations so far have created and
// altered ("schema.table" keys). The migrator keeps one per run and passes it
// to every renderSql/execute call. Not thread-safe.
struct RenderState
{
    QSet<QString> createdEnums;
    std::map<QString, TableDef> tables;

    static QString key(const QString &schema, const QString &table)
    {
        return schema.isEmpty() ? table : schema + u'.' + table;
    }
};

// Options for renderSql(). naming is the target metadata's naming convention
// (SQLAlchemy's default: "ix_%(column_0_label)s"). state may be null: each
// call then starts from an empty RenderState.
struct RenderContext
{
    schema::NamingConvention naming;
    RenderState *state = nullptr;
};

// The exact SQL statements (without the trailing ';') that the operations run
// on the dialect, as Alembic 1.8 + SQLAlchemy 1.4 would emit them in offline
// (--sql) mode. SQLite batch blocks that need the move and copy render it from
// the table definition known from earlier operations of the run (create_table
// and the alterations after it, tracked in RenderState::tables); Alembic
// itself cannot render them offline at all. When the definition is unknown
// (the table predates the run, or was changed by op.execute), rendering fails
// with an error that names the table and the operation. Errors name the
// revision file and the operation's line and column.
Result<QStringList> renderSql(const QList<Operation> &operations, schema::Dialect dialect,
                              const RenderContext &context);

// Turns one operation at a time into statements; renderSql() and execute()
// share it. tableLookup supplies a table's current definition for SQLite
// batch mode (offline: the tracked model; online: reflection).
class OperationPlanner
{
public:
    using TableLookup =
        std::function<Result<TableDef>(const QString &schema, const QString &table)>;

    OperationPlanner(schema::Dialect dialect, const schema::NamingConvention &naming,
                     RenderState &state, TableLookup tableLookup);

    // The statements for op; updates the state (enum memo, tracked tables).
    Result<QStringList> plan(const Operation &op);
    const DdlWriter &writer() const { return m_writer; }

    // An Error for op: the message prefixed with the operation, located at its
    // line and column in its revision file.
    static Error locate(const Operation &op, Error error);

private:
    Result<QStringList> planCreateTable(const CreateTableOp &op);
    Result<QStringList> planAddColumn(const AddColumnOp &op);
    Result<QStringList> planAlterColumn(const AlterColumnOp &op);
    Result<QStringList> planBatch(const BatchAlterTableOp &op);
    Result<QStringList> planSimple(const Operation &op);
    void track(const Operation &op);

    schema::Dialect m_dialect;
    DdlWriter m_writer;
    RenderState &m_state;
    TableLookup m_lookup;
};

}  // namespace stratum::migrate
