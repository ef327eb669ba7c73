#pragma once

#include "core/config/Result.h"
#include "core/engine/DriverConnection.h"

#include <memory>

namespace stratum::engine {

class Pool;
struct PooledConnection;

// A checked-out connection: the RAII half of SQLAlchemy's _ConnectionFairy.
// Move-only; destroying it (or calling release()) returns the connection to its
// pool, which resets any open transaction first. The handle keeps its pool
// alive, so it may outlive the Engine that produced it.
//
// Thread-safety: a handle belongs to one thread at a time, like the connection
// it wraps; only driver().cancel() may be called from another thread.
class ConnectionHandle
{
public:
    ConnectionHandle() = default;
    ConnectionHandle(ConnectionHandle &&other) noexcept;
    ConnectionHandle &operator=(ConnectionHandle &&other) noexcept;
    ConnectionHandle(const ConnectionHandle &) = delete;
    ConnectionHandle &operator=(const ConnectionHandle &) = delete;
    ~ConnectionHandle();

    bool isValid() const { return m_conn != nullptr; }
    explicit operator bool() const { return isValid(); }

    // The driver connection, for everything the wrappers below do not cover.
    // Prefer execute(): it keeps the pool's view (transaction state,
    // disconnects) current.
    DriverConnection &driver() const;
    DriverConnection *operator->() const { return &driver(); }

    // Runs sql on the connection. A failure that leaves the connection broken
    // (a disconnect) invalidates the pool at once, as SQLAlchemy does, so
    // that older idle connections are not handed out again.
    Result<ExecResult> execute(const QString &sql, const Params &params = {});

    // Records sql as the connection's last statement (statistics, the pool
    // monitor). execute() does this itself; call it before driver().stream().
    void noteStatement(const QString &sql);

    quint64 id() const;      // the pool's connection id
    int backendPid() const;  // the server process, 0 where none
    const QString &holder() const;

    // Marks the connection as unusable: it is closed instead of being pooled
    // when released. reason appears in the Invalidate event.
    void invalidate(const QString &reason = {});
    // Returns the connection to the pool now; the handle becomes invalid.
    void release();

private:
    friend class Pool;
    ConnectionHandle(std::shared_ptr<Pool> pool, PooledConnection *conn);

    std::shared_ptr<Pool> m_pool;
    PooledConnection *m_conn = nullptr;
};

}  // namespace stratum::engine
