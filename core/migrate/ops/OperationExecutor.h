#pragma once

#include "core/config/Result.h"
#include "core/migrate/ops/Operation.h"
#include "core/migrate/ops/OperationSql.h"
#include "core/schema/Dialect.h"

#include <QList>

#include <atomic>
#include <functional>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate {

// Options for execute(). progress is called before each operation (index
// counts from 0). cancel is read between statements; to stop a statement in
// progress, the caller also calls DriverConnection::cancel() from its thread.
// state carries the enum memo across the operations and revisions of a run.
struct ExecuteContext
{
    schema::NamingConvention naming;
    RenderState *state = nullptr;
    std::function<void(int index, int count, const Operation &op)> progress;
    std::atomic<bool> *cancel = nullptr;
};

// Runs operations on a live connection, statement by statement, with the SQL
// renderSql() would print. It begins and commits nothing: the migrator owns
// the transaction. An error names the revision file, the operation's line and
// column and the server's message (its position into the statement is kept in
// Error::position, and the statement is quoted).
//
// SQLite batch mode (move and copy) reflects the live table (schema::Inspector,
// plus the declared type text of each column), applies the batch to it,
// creates _alembic_tmp_<table>, copies the rows with INSERT ... SELECT, drops
// the old table, renames the new one and recreates its indexes, all inside a
// SAVEPOINT so that a failure leaves the table as it was. PRAGMA
// legacy_alter_table is switched on for the rename (so that views naming the
// table do not block it) and restored. PRAGMA foreign_keys cannot change
// inside a transaction, so:
//   - foreign_keys OFF: the copy runs as is;
//   - ON, outside a transaction: foreign_keys is switched OFF for the copy,
//     PRAGMA foreign_key_check(<table>) runs before the savepoint is released
//     (violations fail the batch and roll it back), and it is switched back ON;
//   - ON, inside a transaction: when any table's foreign key refers to the
//     batched table (including itself), dropping the old table would run their
//     ON DELETE actions or fail, so the batch is refused with a message that
//     says to run it with foreign keys off; otherwise the copy runs with the
//     table's own foreign keys enforced, and foreign_key_check runs afterwards.
// Same thread rules as the connection.
Status execute(const QList<Operation> &operations, engine::DriverConnection &connection,
               schema::Dialect dialect, const ExecuteContext &context);

}  // namespace stratum::migrate
