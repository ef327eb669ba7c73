#pragma once

#include "core/config/Result.h"

#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace stratum::engine {

class ResultStream;

// Transaction state as libpq reports it; SQLite maps onto Idle/InTransaction.
enum class TransactionStatus { Idle, Active, InTransaction, InError, Unknown };

// One value bound to a server-side parameter ($1..$n on PostgreSQL, ? on SQLite).
// A null QVariant binds SQL NULL.
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

    // Runs sql to completion, discarding any rows.
    virtual Result<ExecResult> execute(const QString &sql, const Params &params = {}) = 0;
    // Starts sql and returns a forward-only stream of row batches. The connection
    // is busy until the stream is finished or destroyed.
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
};

}  // namespace stratum::engine
