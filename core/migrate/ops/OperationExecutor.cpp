#include "core/migrate/ops/OperationExecutor.h"

#include "core/engine/DriverConnection.h"
#include "core/engine/ResultStream.h"
#include "core/engine/RowBatch.h"
#include "core/migrate/ops/BatchPlanner.h"
#include "core/schema/Inspector.h"

namespace stratum::migrate {

using schema::Dialect;

namespace {

Error plainError(const QString &message, const QString &code)
{
    Error e;
    e.message = message;
    e.code = code;
    return e;
}

Result<QList<QStringList>> queryRows(engine::DriverConnection &c, const QString &sql,
                                     const engine::Params &params = {})
{
    Result<std::unique_ptr<engine::ResultStream>> stream = c.stream(sql, params);
    if (!stream)
        return stream.error();
    QList<QStringList> rows;
    engine::RowBatch batch;
    for (;;) {
        Result<bool> more = (*stream)->next(batch, 256);
        if (!more)
            return more.error();
        if (!*more)
            break;
        for (int r = 0; r < batch.rowCount(); ++r) {
            QStringList row;
            for (int col = 0; col < batch.columnCount(); ++col)
                row << (batch.isNull(r, col) ? QString() : batch.text(r, col));
            rows << row;
        }
    }
    return rows;
}

class Executor
{
public:
    Executor(engine::DriverConnection &connection, Dialect dialect, const ExecuteContext &context,
             RenderState &state)
        : m_connection(connection)
        , m_dialect(dialect)
        , m_context(context)
        , m_planner(dialect, context.naming, state,
                    [this](const QString &schema, const QString &table) {
                        return reflectTable(schema, table);
                    })
    {}

    Status run(const QList<Operation> &operations)
    {
        for (int i = 0; i < operations.size(); ++i) {
            const Operation &op = operations[i];
            if (cancelled())
                return OperationPlanner::locate(
                    op, plainError(QStringLiteral("cancelled"), QStringLiteral("cancelled")));
            if (m_context.progress)
                m_context.progress(i, int(operations.size()), op);
            const BatchAlterTableOp *batch = op.as<BatchAlterTableOp>();
            Status s = batch && m_dialect == Dialect::SQLite &&
                               BatchPlanner::needsRecreate(*batch, m_dialect)
                           ? sqliteBatch(op, *batch)
                           : runPlanned(op);
            if (!s)
                return s;
        }
        return Ok{};
    }

private:
    bool cancelled() const { return m_context.cancel && m_context.cancel->load(); }

    Status runStatement(const Operation &op, const QString &sql)
    {
        if (cancelled())
            return OperationPlanner::locate(
                op, plainError(QStringLiteral("cancelled"), QStringLiteral("cancelled")));
        Result<engine::ExecResult> r = m_connection.execute(sql);
        if (r)
            return Ok{};
        Error e = r.error();
        // The server's message, where it points in the statement, and the statement.
        e.message += QStringLiteral("\n  in: ") + sql.simplified().left(400);
        e.source.clear();
        return OperationPlanner::locate(op, e);
    }

    Status runPlanned(const Operation &op)
    {
        Result<QStringList> sql = m_planner.plan(op);
        if (!sql)
            return sql.error();
        for (const QString &statement : *sql) {
            if (Status s = runStatement(op, statement); !s)
                return s;
        }
        return Ok{};
    }

    Result<TableDef> reflectTable(const QString &schema, const QString &table)
    {
        schema::Inspector inspector(m_connection, m_dialect);
        Result<schema::Reflection> reflected = inspector.reflect({schema});
        if (!reflected)
            return reflected.error();
        m_reflection = reflected->metadata;
        const schema::Table *t = m_reflection.table(schema, table);
        if (!t)
            return plainError(
                QStringLiteral("table %1 does not exist").arg(RenderState::key(schema, table)),
                QStringLiteral("batch"));
        // Keep each column's declared type exactly (the reflected kind would
        // respell e.g. INT as INTEGER, which changes SQLite's rowid rules).
        QHash<QString, QString> declared;
        const QString pragma = schema.isEmpty() ? QStringLiteral("main") : schema;
        Result<QList<QStringList>> cols = queryRows(
            m_connection, QStringLiteral("SELECT name, type FROM pragma_table_xinfo($1, $2)"),
            {table, pragma});
        if (!cols)
            return cols.error();
        for (const QStringList &row : *cols)
            declared.insert(row.value(0), row.value(1));
        return BatchPlanner::fromSchemaTable(*t, declared);
    }

    Result<QString> pragma(const QString &name)
    {
        Result<QList<QStringList>> rows = queryRows(m_connection, QStringLiteral("PRAGMA ") + name);
        if (!rows)
            return rows.error();
        return rows->isEmpty() ? QString() : rows->front().value(0);
    }

    Status sqliteBatch(const Operation &op, const BatchAlterTableOp &batch)
    {
        const bool inTransaction =
            m_connection.transactionStatus() != engine::TransactionStatus::Idle;
        Result<QString> fk = pragma(QStringLiteral("foreign_keys"));
        Result<QString> legacy = pragma(QStringLiteral("legacy_alter_table"));
        if (!fk)
            return OperationPlanner::locate(op, fk.error());
        if (!legacy)
            return OperationPlanner::locate(op, legacy.error());
        const bool fkOn = *fk == QLatin1String("1");

        Result<QStringList> sql = m_planner.plan(op);  // reflects the live table
        if (!sql)
            return sql.error();
        const QString tableKey = RenderState::key(batch.schema, batch.table);
        if (fkOn && inTransaction) {
            QStringList referrers;
            for (const schema::Table &t : m_reflection.tables) {
                for (const schema::ForeignKey &k : t.foreignKeys) {
                    if (k.referredTable == batch.table && !referrers.contains(t.name))
                        referrers << t.name;
                }
            }
            if (!referrers.isEmpty())
                return OperationPlanner::locate(
                    op,
                    plainError(QStringLiteral("SQLite cannot recreate table %1 inside a "
                                              "transaction while PRAGMA foreign_keys is ON: "
                                              "foreign keys of %2 refer to it, and dropping the "
                                              "old table would run their ON DELETE actions or "
                                              "fail. Run this migration with foreign keys off "
                                              "(PRAGMA foreign_keys=OFF before the transaction "
                                              "begins, as Alembic's SQLite connections have it).")
                                   .arg(tableKey, referrers.join(QStringLiteral(", "))),
                               QStringLiteral("foreign-keys")));
        }
        const bool switchFkOff = fkOn && !inTransaction;
        if (switchFkOff) {
            if (Status s = runStatement(op, QStringLiteral("PRAGMA foreign_keys=OFF")); !s)
                return s;
        }
        Status result = copyInSavepoint(op, batch, *sql, fkOn, *legacy != QLatin1String("1"));
        if (switchFkOff) {
            Status restore = runStatement(op, QStringLiteral("PRAGMA foreign_keys=ON"));
            if (result && !restore)
                return restore;
        }
        return result;
    }

    Status copyInSavepoint(const Operation &op, const BatchAlterTableOp &batch,
                           const QStringList &sql, bool checkForeignKeys, bool setLegacy)
    {
        const QString savepoint = QStringLiteral("stratum_batch");
        if (Status s = runStatement(op, QStringLiteral("SAVEPOINT ") + savepoint); !s)
            return s;
        auto rollback = [&](Status failure) {
            (void)m_connection.execute(QStringLiteral("ROLLBACK TO ") + savepoint);
            (void)m_connection.execute(QStringLiteral("RELEASE ") + savepoint);
            if (setLegacy)
                (void)m_connection.execute(QStringLiteral("PRAGMA legacy_alter_table=OFF"));
            return failure;
        };
        if (setLegacy) {
            if (Status s = runStatement(op, QStringLiteral("PRAGMA legacy_alter_table=ON")); !s)
                return rollback(s);
        }
        for (const QString &statement : sql) {
            if (Status s = runStatement(op, statement); !s)
                return rollback(s);
        }
        if (checkForeignKeys) {
            const QString table = m_planner.writer().table(batch.schema, batch.table);
            Result<QList<QStringList>> bad =
                queryRows(m_connection, QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table));
            if (!bad)
                return rollback(OperationPlanner::locate(op, bad.error()));
            if (!bad->isEmpty()) {
                const QStringList &first = bad->front();
                return rollback(OperationPlanner::locate(
                    op,
                    plainError(QStringLiteral("after recreating %1, %2 row(s) violate its foreign "
                                              "keys (first: rowid %3 refers to a missing row of "
                                              "%4); the batch was rolled back")
                                   .arg(RenderState::key(batch.schema, batch.table))
                                   .arg(bad->size())
                                   .arg(first.value(1), first.value(2)),
                               QStringLiteral("foreign-keys"))));
            }
        }
        if (setLegacy) {
            if (Status s = runStatement(op, QStringLiteral("PRAGMA legacy_alter_table=OFF")); !s)
                return rollback(s);
        }
        return runStatement(op, QStringLiteral("RELEASE ") + savepoint);
    }

    engine::DriverConnection &m_connection;
    Dialect m_dialect;
    const ExecuteContext &m_context;
    OperationPlanner m_planner;
    schema::MetaData m_reflection;  // the last reflection, for the foreign-key check
};

}  // namespace

Status execute(const QList<Operation> &operations, engine::DriverConnection &connection,
               Dialect dialect, const ExecuteContext &context)
{
    RenderState local;
    RenderState &state = context.state ? *context.state : local;
    Executor executor(connection, dialect, context, state);
    return executor.run(operations);
}

}  // namespace stratum::migrate
