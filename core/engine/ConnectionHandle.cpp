#include "core/engine/ConnectionHandle.h"

#include "core/engine/Pool.h"
#include "core/engine/PooledConnection.h"

#include <utility>

namespace stratum::engine {

ConnectionHandle::ConnectionHandle(std::shared_ptr<Pool> pool, PooledConnection *conn)
    : m_pool(std::move(pool))
    , m_conn(conn)
{}

ConnectionHandle::ConnectionHandle(ConnectionHandle &&other) noexcept
    : m_pool(std::move(other.m_pool))
    , m_conn(std::exchange(other.m_conn, nullptr))
{}

ConnectionHandle &ConnectionHandle::operator=(ConnectionHandle &&other) noexcept
{
    if (this != &other) {
        release();
        m_pool = std::move(other.m_pool);
        m_conn = std::exchange(other.m_conn, nullptr);
    }
    return *this;
}

ConnectionHandle::~ConnectionHandle()
{
    release();
}

DriverConnection &ConnectionHandle::driver() const
{
    Q_ASSERT(m_conn);
    return *m_conn->driver;
}

Result<ExecResult> ConnectionHandle::execute(const QString &sql, const Params &params)
{
    if (!m_conn) {
        Error e;
        e.message = QStringLiteral("the connection was already returned to the pool");
        e.source = QStringLiteral("pool");
        return e;
    }
    noteStatement(sql);
    DriverConnection &d = *m_conn->driver;
    Result<ExecResult> result = d.execute(sql, params);
    m_conn->txState.store(d.transactionStatus(), std::memory_order_relaxed);
    if (!result && d.isBroken())
        m_pool->noteDisconnect(m_conn);
    return result;
}

void ConnectionHandle::noteStatement(const QString &sql)
{
    if (!m_conn)
        return;
    std::lock_guard lock(m_conn->statementMutex);
    m_conn->lastStatement = sql;  // implicitly shared: no copy of the text
}

quint64 ConnectionHandle::id() const
{
    return m_conn ? m_conn->id : 0;
}

int ConnectionHandle::backendPid() const
{
    return m_conn ? m_conn->backendPid : 0;
}

const QString &ConnectionHandle::holder() const
{
    static const QString none;
    return m_conn ? m_conn->holder : none;
}

void ConnectionHandle::invalidate(const QString &reason)
{
    if (!m_conn)
        return;
    m_conn->invalidateRequested = true;
    m_conn->invalidateReason = reason;
}

void ConnectionHandle::release()
{
    if (!m_conn)
        return;
    PooledConnection *conn = std::exchange(m_conn, nullptr);
    m_pool->checkin(conn);
    m_pool.reset();
}

}  // namespace stratum::engine
