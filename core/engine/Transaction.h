#pragma once

#include "core/config/Result.h"
#include "core/engine/DriverConnection.h"
#include "core/engine/TransactionOptions.h"

namespace stratum::engine {

// A transaction scope on one DriverConnection: begun by begin(), ended by
// commit() or rollback(); if neither happened, the destructor rolls back (errors
// there are ignored: a broken connection has no transaction left to end).
// Movable, not copyable; the connection must outlive it. Same thread rules as
// the connection.
class Transaction
{
public:
    static Result<Transaction> begin(DriverConnection &connection,
                                     const TransactionOptions &options = {});

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    bool isActive() const { return m_connection != nullptr; }
    Status commit();
    Status rollback();

    Status savepoint(const QString &name);
    Status releaseSavepoint(const QString &name);
    Status rollbackToSavepoint(const QString &name);

private:
    explicit Transaction(DriverConnection &connection)
        : m_connection(&connection)
    {}
    Status inactive() const;

    DriverConnection *m_connection;
};

}  // namespace stratum::engine
