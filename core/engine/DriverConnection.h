#pragma once

#include "core/config/Result.h"
#include "core/engine/TransactionOptions.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace stratum::engine {

class ResultStream;

// Maps a 1-based character (code point) position in sql, as servers report
// error positions, to a 1-based line and column.
void sqlPositionToLineColumn(const QString &sql, int position, int *line, int *column);

// Transaction state as libpq reports it; SQLite maps onto Idle/InTransaction.
enum class TransactionStatus { Idle, Active, InTransaction, InError, Unknown };

// One value bound to a server-side parameter ($1..$n on PostgreSQL; on SQLite
// $1..$n, ?NNN or plain ? positions). A null QVariant binds SQL NULL; a
// QByteArray binds bytes; everything else binds as text or a number.
using Params = std::vector<QVariant>;

// What a statement that is run to completion returns.
struct ExecResult
{
    QString commandTag;  // e.g. "INSERT 0 3"; empty on SQLite
    qint64 rowsAffected = -1;
    QStringList notices;  // server notices raised while it ran
};

// One open DBAPI-level connection, owned by exactly one thread at a time (the
// pool guarantees that). Only cancel() may be called from another thread.
// Nothing above this interface sees PGresult* or QSqlQuery.
class DriverConnection
{
public:
    virtual ~DriverConnection() = default;

    // Runs sql to completion, discarding any rows. Without params, sql may hold
    // several statements separated by semicolons (a script); with params it is
    // one statement.
    virtual Result<ExecResult> execute(const QString &sql, const Params &params = {}) = 0;
    // Starts one statement and returns a forward-only stream of row batches. The
    // connection is busy until the stream is finished or destroyed. Errors the
    // server reports before the first row come back from here.
    virtual Result<std::unique_ptr<ResultStream>> stream(const QString &sql,
                                                         const Params &params = {}) = 0;

    // Asks the server to stop the statement in progress. Thread-safe.
    virtual void cancel() = 0;

    // True once a disconnect was detected; the pool then invalidates it.
    virtual bool isBroken() const = 0;
    // A cheap liveness check for pre_ping (SELECT 1 or the driver's own).
    virtual bool ping() = 0;
    virtual void close() = 0;

    virtual TransactionStatus transactionStatus() const = 0;
    virtual QString serverVersion() const = 0;  // e.g. "15.18"; SQLite's library version
    virtual int backendPid() const = 0;         // 0 where the notion does not exist
    // True when the connection is encrypted (PostgreSQL TLS).
    virtual bool sslInUse() const { return false; }
    // Notices raised by the most recent statement, also when it failed.
    virtual QStringList lastNotices() const { return {}; }

    // --- Transactions. The defaults send standard SQL through execute();
    // drivers override begin() for their dialect's options. Savepoint names are
    // quoted as identifiers. See also Transaction (RAII).
    virtual Status begin(const TransactionOptions &options = {});
    virtual Status commit();
    virtual Status rollback();
    virtual Status savepoint(const QString &name);
    virtual Status releaseSavepoint(const QString &name);
    virtual Status rollbackToSavepoint(const QString &name);

    // DBAPI autocommit, on by default. When off, the driver begins a transaction
    // by itself before a statement that would run outside one (psycopg2's
    // behaviour), and the caller ends it with commit() or rollback().
    virtual Status setAutocommit(bool on);
    virtual bool autocommit() const { return true; }

protected:
    // Runs a transaction-control statement (never preceded by an implicit BEGIN).
    virtual Status control(const QString &sql);
};

}  // namespace stratum::engine
