#pragma once

#include "core/config/Result.h"
#include "core/engine/ConnectionHandle.h"
#include "core/engine/DriverConnection.h"
#include "core/engine/PoolEvents.h"
#include "core/engine/PoolIdleQueue.h"
#include "core/engine/PoolOptions.h"
#include "core/engine/PoolStatistics.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

namespace stratum::engine {

struct PooledConnection;

// A connection pool with SQLAlchemy's QueuePool semantics, plus the NullPool
// and StaticPool variants (PoolOptions::kind).
//
// - Lazy: creating a pool opens nothing; checkouts open connections on demand,
//   always outside the pool's lock, so a slow connect never blocks other
//   checkouts and checkins.
// - At most poolSize + maxOverflow connections exist. When all are out,
//   checkout queues in strict FIFO order: a returned connection (or a freed
//   slot) is handed directly to the oldest waiter, so late arrivals cannot
//   overtake it. After `timeout` it fails with SQLAlchemy's message.
// - Checkin resets a connection left inside a transaction (resetOnReturn),
//   keeps up to poolSize idle and closes overflow connections.
// - A disconnect (the connection reports isBroken() after use, or pre-ping
//   fails) invalidates the pool as SQLAlchemy's Pool._invalidate does: every
//   connection opened before that moment is retired - idle ones at once,
//   checked-out ones when they come back.
// - StaticPool keeps exactly one connection; unlike SQLAlchemy's, which shares
//   one DBAPI connection between concurrent users, Stratum's hands it to one
//   holder at a time (the others wait in FIFO order), because a
//   DriverConnection belongs to one thread at a time.
// - NullPool opens a connection per checkout and closes it at checkin.
//
// Thread-safety: every public function may be called from any thread. One
// mutex guards the pool's state; it is never held during I/O or while event
// listeners run. The uncontended checkout/checkin path does not allocate and
// makes no system calls.
class Pool : public std::enable_shared_from_this<Pool>
{
    struct Passkey
    {};

public:
    using Clock = std::chrono::steady_clock;
    using Connector = std::function<Result<std::unique_ptr<DriverConnection>>()>;

    // The pool does no I/O until the first checkout. connector is called from
    // whichever thread checks out, possibly from several at once.
    static std::shared_ptr<Pool> create(Connector connector, PoolOptions options = {});
    Pool(Passkey, Connector connector, PoolOptions options);
    ~Pool();
    Pool(const Pool &) = delete;
    Pool &operator=(const Pool &) = delete;

    // Hands out a connection, labelled with holder (shown in statistics and
    // leak reports). Fails with the connector's error, or with
    // "QueuePool limit of size 5 overflow 10 reached, connection timed out,
    // timeout 30.00" (code "pool_timeout").
    Result<ConnectionHandle> checkout(const QString &holder = {});

    // Closes every idle connection and retires the checked-out ones when they
    // come back. The pool stays usable and opens new connections on demand.
    void dispose();

    PoolStatistics statistics() const;
    QString status() const { return statistics().status(); }
    // A copy of the current options (they may change through setOptions()).
    PoolOptions options() const;
    // Changes, on the live pool, what is safe to change: poolSize,
    // maxOverflow, timeout, recycle, prePing and useLifo (the other fields of
    // options are ignored). Checkouts already waiting keep their deadline;
    // new checkouts follow the new values. A larger limit serves waiters at
    // once; a smaller pool size closes surplus idle connections, and surplus
    // checked-out ones close when returned. Fails on invalid values.
    Status setOptions(const PoolOptions &options);
    PoolEvents &events() { return m_events; }

    // Reports checkouts held longer than the leak threshold that were not yet
    // reported (Leak event and a warning). Also runs by itself during
    // checkouts and statistics(). Returns how many were newly reported.
    int checkLeaks() const;

private:
    friend class ConnectionHandle;
    struct Waiter;
    struct Acquired;

    void checkin(PooledConnection *conn);
    void noteDisconnect(PooledConnection *conn);

    Acquired acquire(const QString &holder, Clock::time_point start);
    Result<PooledConnection *> openConnection(const QString &holder);
    bool shouldRetireAtCheckout(PooledConnection *conn, Clock::time_point now, QStringView *reason,
                                PoolEventKind *kind);
    bool resetConnection(PooledConnection *conn);
    void dropKeepingSlot(PooledConnection *conn, PoolEventKind why, QStringView reason);
    void closeConnection(PooledConnection *conn, bool invalidated, QStringView reason);
    void purgeIdleBefore(qint64 cutoff, QStringView reason, bool invalidated);
    void markCheckedOut(PooledConnection *conn, const QString &holder, Clock::time_point now);
    void registerConnection(PooledConnection *conn);
    void unregisterConnection(PooledConnection *conn);
    void releaseSlotLocked();
    void enqueueWaiter(Waiter *w);
    void unlinkWaiter(Waiter *w);
    Waiter *popWaiter();
    void maybeCheckLeaks(Clock::time_point now) const;
    Error timeoutError() const;
    void emitFor(PoolEventKind kind, const PooledConnection *conn, Clock::time_point at,
                 std::chrono::nanoseconds duration = {}, QStringView reason = {}) const;
    bool canGrowLocked() const;
    int effectivePoolSize() const;

    void applyLimitsLocked();
    Status runConnectStatements(DriverConnection &driver) const;

    const Connector m_connector;
    // kind, resetOnReturn, leakThreshold and connectStatements never change
    // after construction and are read without the lock; the live fields
    // (see setOptions) are read and written under m_mutex.
    PoolOptions m_options;
    size_t m_idleCapacity = 0;  // idle connections kept; SIZE_MAX for no limit
    int m_limit = 0;            // connections allowed at once; -1 for no limit
    // Read at checkout without the lock, hence atomic copies of the options.
    std::atomic<qint64> m_recycleMs{-1};  // negative: never
    std::atomic<bool> m_prePing{false};

    mutable std::mutex m_mutex;
    PoolIdleQueue m_idle;
    std::vector<PooledConnection *> m_all;  // every registered connection
    int m_slots = 0;       // registered + being opened, i.e. SQLAlchemy's overflow + size
    int m_connecting = 0;  // slots whose connection is being opened
    int m_checkedOut = 0;
    Waiter *m_waitHead = nullptr;
    Waiter *m_waitTail = nullptr;
    int m_waiterCount = 0;
    quint64 m_nextId = 1;

    // Steady-clock nanoseconds; connections created before it are retired.
    std::atomic<qint64> m_invalidatedBefore{std::numeric_limits<qint64>::min()};
    // Likewise for dispose(), which retires without counting invalidations.
    std::atomic<qint64> m_disposedBefore{std::numeric_limits<qint64>::min()};
    mutable std::atomic<qint64> m_nextLeakScan{0};

    mutable PoolEvents m_events;
    LatencyHistogram m_waitHistogram;
    LatencyHistogram m_holdHistogram;
    std::atomic<quint64> m_checkouts{0};
    std::atomic<quint64> m_checkins{0};
    std::atomic<quint64> m_timeouts{0};
    std::atomic<quint64> m_invalidations{0};
    std::atomic<quint64> m_recycles{0};
    std::atomic<quint64> m_connects{0};
    std::atomic<quint64> m_connectFailures{0};
    std::atomic<quint64> m_resets{0};
    mutable std::atomic<quint64> m_leaks{0};
};

}  // namespace stratum::engine
