#include "core/engine/Transaction.h"

#include <utility>

namespace stratum::engine {

Result<Transaction> Transaction::begin(DriverConnection &connection,
                                       const TransactionOptions &options)
{
    const Status s = connection.begin(options);
    if (!s)
        return s.error();
    return Transaction(connection);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
{}

Transaction::~Transaction()
{
    if (m_connection && !m_connection->isBroken())
        (void)m_connection->rollback();
}

Status Transaction::inactive() const
{
    Error e;
    e.message = QStringLiteral("The transaction has already been committed or rolled back.");
    e.code = QStringLiteral("transaction");
    return e;
}

Status Transaction::commit()
{
    if (!m_connection)
        return inactive();
    DriverConnection *c = std::exchange(m_connection, nullptr);
    return c->commit();
}

Status Transaction::rollback()
{
    if (!m_connection)
        return inactive();
    DriverConnection *c = std::exchange(m_connection, nullptr);
    return c->rollback();
}

Status Transaction::savepoint(const QString &name)
{
    return m_connection ? m_connection->savepoint(name) : inactive();
}

Status Transaction::releaseSavepoint(const QString &name)
{
    return m_connection ? m_connection->releaseSavepoint(name) : inactive();
}

Status Transaction::rollbackToSavepoint(const QString &name)
{
    return m_connection ? m_connection->rollbackToSavepoint(name) : inactive();
}

}  // namespace stratum::engine
