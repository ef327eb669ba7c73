#include "core/engine/Pool.h"

#include "core/engine/PooledConnection.h"

#include <algorithm>
#include <limits>

namespace stratum::engine {

namespace {

using Clock = Pool::Clock;

Error poolError(const QString &message, const QString &code = {})
{
    Error e;
    e.message = message;
    e.source = QStringLiteral("pool");
    e.code = code;
    return e;
}

}  // namespace

// What acquire() obtained: an idle connection (already marked checked out), a
// reserved slot to open a new connection in, or nothing because of a timeout.
struct Pool::Acquired
{
    PooledConnection *conn = nullptr;
    bool openNew = false;
    bool timedOut = false;
};

std::shared_ptr<Pool> Pool::create(Connector connector, PoolOptions options)
{
    return std::make_shared<Pool>(Passkey{}, std::move(connector), options);
}

Pool::Pool(Passkey, Connector connector, PoolOptions options)
    : m_connector(std::move(connector))
    , m_options(std::move(options))
{
    applyLimitsLocked();  // nobody else can see the pool yet
    // Reserve now so that checkin never allocates while under the limit.
    m_idle.reserve(std::min<size_t>(m_idleCapacity, 1024));
    m_all.reserve(m_limit > 0 ? size_t(std::min(m_limit, 1024)) : 16);
}

void Pool::applyLimitsLocked()
{
    switch (m_options.kind) {
    case PoolKind::Queue:
        m_idleCapacity = m_options.poolSize == 0 ? std::numeric_limits<size_t>::max()
                                                 : size_t(m_options.poolSize);
        m_limit = m_options.maxOverflow < 0 ? -1 : m_options.poolSize + m_options.maxOverflow;
        m_recycleMs.store(m_options.recycle.count(), std::memory_order_relaxed);
        break;
    case PoolKind::Null:
        m_idleCapacity = 0;
        m_limit = -1;
        m_recycleMs.store(-1, std::memory_order_relaxed);
        break;
    case PoolKind::Static:
        m_idleCapacity = 1;
        m_limit = 1;
        m_recycleMs.store(-1, std::memory_order_relaxed);
        break;
    }
    m_prePing.store(m_options.prePing, std::memory_order_relaxed);
}

PoolOptions Pool::options() const
{
    std::lock_guard lock(m_mutex);
    return m_options;
}

Status Pool::setOptions(const PoolOptions &options)
{
    PoolOptions next;
    {
        std::lock_guard lock(m_mutex);
        next = m_options;
    }
    next.copyLiveFrom(options);
    if (const Status valid = next.validate(); !valid)
        return valid;

    std::vector<PooledConnection *> surplus;
    {
        std::lock_guard lock(m_mutex);
        m_options.copyLiveFrom(options);
        applyLimitsLocked();
        // A higher limit: the oldest waiters get the new slots at once.
        while (m_waitHead && canGrowLocked()) {
            Waiter *w = popWaiter();
            w->conn = nullptr;
            w->granted = true;
            ++m_slots;
            ++m_connecting;
            w->cv.notify_one();
        }
        // A smaller pool: idle connections beyond it close now (oldest first).
        size_t excess = m_idle.size() > m_idleCapacity ? m_idle.size() - m_idleCapacity : 0;
        m_idle.removeIf([&excess](PooledConnection *) { return excess > 0 && excess-- > 0; },
                        [&](PooledConnection *c) {
                            unregisterConnection(c);
                            releaseSlotLocked();
                            surplus.push_back(c);
                        });
    }
    for (PooledConnection *conn : surplus)
        closeConnection(conn, false, u"pool size reduced");
    return Ok{};
}

Pool::~Pool()
{
    // Handles keep the pool alive, so everything registered is idle here.
    for (PooledConnection *conn : m_all) {
        conn->driver->close();
        delete conn;
    }
}

int Pool::effectivePoolSize() const
{
    switch (m_options.kind) {
    case PoolKind::Null:
        return 0;
    case PoolKind::Static:
        return 1;
    case PoolKind::Queue:
        break;
    }
    return m_options.poolSize;
}

bool Pool::canGrowLocked() const
{
    return m_limit < 0 || m_slots < m_limit;
}

Result<ConnectionHandle> Pool::checkout(const QString &holder)
{
    const Clock::time_point start = Clock::now();
    maybeCheckLeaks(start);

    const Acquired got = acquire(holder, start);
    if (got.timedOut) {
        const Clock::time_point now = Clock::now();
        const auto waited = now - start;
        m_timeouts.fetch_add(1, std::memory_order_relaxed);
        if (m_events.wants(PoolEventKind::Timeout)) {
            PoolEvent e;
            e.kind = PoolEventKind::Timeout;
            e.at = now;
            e.duration = waited;
            e.holder = holder;
            m_events.emitEvent(e);
        }
        return timeoutError();
    }

    PooledConnection *conn = got.conn;
    if (conn) {
        QStringView reason;
        PoolEventKind kind = PoolEventKind::Invalidate;
        if (shouldRetireAtCheckout(conn, start, &reason, &kind)) {
            dropKeepingSlot(conn, kind, reason);
            conn = nullptr;
        }
    }
    if (!conn) {
        Result<PooledConnection *> opened = openConnection(holder);
        if (!opened)
            return opened.error();
        conn = opened.value();
    }

    const Clock::time_point now = Clock::now();
    const auto waited = now - start;
    m_waitHistogram.record(waited);
    m_checkouts.fetch_add(1, std::memory_order_relaxed);
    emitFor(PoolEventKind::Checkout, conn, now, waited);
    return ConnectionHandle(shared_from_this(), conn);
}

Pool::Acquired Pool::acquire(const QString &holder, Clock::time_point start)
{
    std::unique_lock lock(m_mutex);
    // Nobody queued before us: take an idle connection or open a new one.
    if (!m_waitHead) {
        if (!m_idle.empty()) {
            PooledConnection *conn = m_options.useLifo ? m_idle.takeNewest() : m_idle.takeOldest();
            markCheckedOut(conn, holder, start);
            return {conn, false, false};
        }
        if (canGrowLocked()) {
            ++m_slots;
            ++m_connecting;
            return {nullptr, true, false};
        }
    }
    if (m_options.timeout.count() == 0)
        return {nullptr, false, true};

    Waiter w;
    w.holder = &holder;
    w.since = start;
    enqueueWaiter(&w);
    const bool waitForever = m_options.timeout.count() < 0;
    const Clock::time_point deadline = start + m_options.timeout;
    while (!w.granted) {
        if (waitForever) {
            w.cv.wait(lock);
        } else if (w.cv.wait_until(lock, deadline) == std::cv_status::timeout && !w.granted) {
            unlinkWaiter(&w);
            return {nullptr, false, true};
        }
    }
    return {w.conn, w.conn == nullptr, false};
}

bool Pool::shouldRetireAtCheckout(PooledConnection *conn, Clock::time_point now,
                                  QStringView *reason, PoolEventKind *kind)
{
    const qint64 recycleMs = m_recycleMs.load(std::memory_order_relaxed);
    if (recycleMs >= 0 && now - conn->createdAt > std::chrono::milliseconds(recycleMs)) {
        *kind = PoolEventKind::Recycle;
        *reason = u"older than the recycle time";
        return true;
    }
    if (steadyTicks(conn->createdAt) < m_invalidatedBefore.load(std::memory_order_acquire)) {
        *kind = PoolEventKind::Invalidate;
        *reason = u"opened before the pool was invalidated";
        return true;
    }
    if (steadyTicks(conn->createdAt) < m_disposedBefore.load(std::memory_order_acquire)) {
        *kind = PoolEventKind::Close;
        *reason = u"pool disposed";
        return true;
    }
    if (m_prePing.load(std::memory_order_relaxed) && !conn->driver->ping()) {
        noteDisconnect(conn);
        *kind = PoolEventKind::Invalidate;
        *reason = u"pre-ping failed";
        return true;
    }
    return false;
}

Status Pool::runConnectStatements(DriverConnection &driver) const
{
    for (const QString &sql : m_options.connectStatements) {
        const Result<ExecResult> done = driver.execute(sql);
        if (!done) {
            Error e = done.error();
            e.context = QStringLiteral("connect statement: %1").arg(sql);
            e.message = QStringLiteral("a new connection's start-up statement failed (%1): %2")
                            .arg(sql, done.error().message);
            e.source = QStringLiteral("pool");
            e.code = QStringLiteral("pool_connect_statement");
            return e;
        }
    }
    return Ok{};
}

Result<PooledConnection *> Pool::openConnection(const QString &holder)
{
    const Clock::time_point started = Clock::now();
    Result<std::unique_ptr<DriverConnection>> made = Error{};
    try {
        made = m_connector();
    } catch (const std::exception &ex) {
        made = poolError(QStringLiteral("opening a connection failed: %1")
                             .arg(QString::fromLocal8Bit(ex.what())));
    }
    if (made && made.value() && !m_options.connectStatements.isEmpty()) {
        if (Status ran = runConnectStatements(*made.value()); !ran) {
            made.value()->close();
            made = ran.error();
        }
    }
    if (!made || !made.value()) {
        m_connectFailures.fetch_add(1, std::memory_order_relaxed);
        {
            std::lock_guard lock(m_mutex);
            --m_connecting;
            releaseSlotLocked();
        }
        if (made)
            return poolError(QStringLiteral("the connector returned no connection"));
        return made.error();
    }

    auto *conn = new PooledConnection;
    conn->driver = std::move(made).value();
    conn->backendPid = conn->driver->backendPid();
    conn->createdAt = Clock::now();
    {
        std::lock_guard lock(m_mutex);
        conn->id = m_nextId++;
        registerConnection(conn);
        --m_connecting;
        markCheckedOut(conn, holder, conn->createdAt);
    }
    m_connects.fetch_add(1, std::memory_order_relaxed);
    emitFor(PoolEventKind::Connect, conn, conn->createdAt, conn->createdAt - started);
    return conn;
}

void Pool::checkin(PooledConnection *conn)
{
    const Clock::time_point now = Clock::now();
    const auto held = now - conn->checkedOutAt;
    DriverConnection &driver = *conn->driver;

    bool retire = false;
    QStringView reason;
    if (conn->invalidateRequested) {
        retire = true;
        reason = conn->invalidateReason.isEmpty() ? QStringView(u"invalidated by its holder")
                                                  : QStringView(conn->invalidateReason);
    } else if (driver.isBroken()) {
        noteDisconnect(conn);
        retire = true;
        reason = u"disconnect detected";
    } else if (m_options.kind != PoolKind::Null && m_options.resetOnReturn != ResetOnReturn::None) {
        if (!resetConnection(conn)) {
            retire = true;
            reason = u"reset on return failed";
        }
    }
    bool disposed = false;
    if (!retire &&
        steadyTicks(conn->createdAt) < m_invalidatedBefore.load(std::memory_order_acquire)) {
        retire = true;
        reason = u"opened before the pool was invalidated";
    } else if (!retire &&
               steadyTicks(conn->createdAt) < m_disposedBefore.load(std::memory_order_acquire)) {
        disposed = true;
        reason = u"pool disposed";
    }
    conn->txState.store(TransactionStatus::Idle, std::memory_order_relaxed);
    m_holdHistogram.record(held);
    m_checkins.fetch_add(1, std::memory_order_relaxed);
    emitFor(PoolEventKind::Checkin, conn, now, held);

    bool close = retire || disposed;
    {
        std::lock_guard lock(m_mutex);
        conn->inUse = false;
        conn->holder = QString();
        --m_checkedOut;
        if (close) {
            unregisterConnection(conn);
            releaseSlotLocked();
        } else if (m_waitHead) {
            // Direct hand-off keeps the queue strictly FIFO.
            Waiter *w = popWaiter();
            markCheckedOut(conn, *w->holder, now);
            w->conn = conn;
            w->granted = true;
            w->cv.notify_one();  // under the lock: w lives on a stack that may unwind
        } else if (m_idle.size() < m_idleCapacity) {
            m_idle.push(conn);
        } else {
            unregisterConnection(conn);
            --m_slots;
            close = true;
            reason = m_options.kind == PoolKind::Null ? QStringView(u"NullPool closes on checkin")
                                                      : QStringView(u"overflow returned");
        }
    }
    if (close)
        closeConnection(conn, retire, reason);
}

bool Pool::resetConnection(PooledConnection *conn)
{
    DriverConnection &driver = *conn->driver;
    const TransactionStatus status = driver.transactionStatus();
    if (status != TransactionStatus::Idle) {
        // Through the driver's own commit()/rollback(), which may keep state of
        // their own (SQLite's read-only transactions, for one).
        const bool commit = m_options.resetOnReturn == ResetOnReturn::Commit &&
                            status == TransactionStatus::InTransaction;
        const Status done = commit ? driver.commit() : driver.rollback();
        m_resets.fetch_add(1, std::memory_order_relaxed);
        emitFor(PoolEventKind::Reset, conn, Clock::now(), {}, commit ? u"commit" : u"rollback");
        if (!done || driver.isBroken() || driver.transactionStatus() != TransactionStatus::Idle) {
            if (driver.isBroken())
                noteDisconnect(conn);
            return false;
        }
    }
    // The next holder expects the default, DBAPI-style autocommit.
    if (!driver.autocommit() && !driver.setAutocommit(true))
        return false;
    return true;
}

void Pool::dropKeepingSlot(PooledConnection *conn, PoolEventKind why, QStringView reason)
{
    {
        std::lock_guard lock(m_mutex);
        conn->inUse = false;
        --m_checkedOut;
        unregisterConnection(conn);
        ++m_connecting;  // the slot now waits for its replacement
    }
    if (why == PoolEventKind::Recycle) {
        m_recycles.fetch_add(1, std::memory_order_relaxed);
        const Clock::time_point now = Clock::now();
        emitFor(PoolEventKind::Recycle, conn, now, now - conn->createdAt, reason);
    }
    closeConnection(conn, why == PoolEventKind::Invalidate, reason);
}

void Pool::closeConnection(PooledConnection *conn, bool invalidated, QStringView reason)
{
    if (invalidated) {
        m_invalidations.fetch_add(1, std::memory_order_relaxed);
        emitFor(PoolEventKind::Invalidate, conn, Clock::now(), {}, reason);
    }
    conn->driver->close();
    emitFor(PoolEventKind::Close, conn, Clock::now(), {}, reason);
    delete conn;
}

void Pool::noteDisconnect(PooledConnection *conn)
{
    if (conn->disconnectNoted)
        return;
    conn->disconnectNoted = true;
    // Pool._invalidate: only a connection younger than the last invalidation
    // moves the mark; stale errors from an older generation change nothing.
    const qint64 created = steadyTicks(conn->createdAt);
    const qint64 now = steadyTicks(Clock::now());
    qint64 mark = m_invalidatedBefore.load(std::memory_order_acquire);
    while (mark < created) {
        if (m_invalidatedBefore.compare_exchange_weak(mark, now, std::memory_order_acq_rel)) {
            purgeIdleBefore(now, u"opened before a disconnect invalidated the pool", true);
            return;
        }
    }
}

void Pool::dispose()
{
    const qint64 now = steadyTicks(Clock::now());
    qint64 mark = m_disposedBefore.load(std::memory_order_acquire);
    while (mark < now &&
           !m_disposedBefore.compare_exchange_weak(mark, now, std::memory_order_acq_rel)) {
    }
    purgeIdleBefore(now, u"pool disposed", false);
}

void Pool::purgeIdleBefore(qint64 cutoff, QStringView reason, bool invalidated)
{
    std::vector<PooledConnection *> doomed;
    {
        std::lock_guard lock(m_mutex);
        m_idle.removeIf(
            [cutoff](PooledConnection *c) { return steadyTicks(c->createdAt) < cutoff; },
            [&](PooledConnection *c) {
                unregisterConnection(c);
                releaseSlotLocked();
                doomed.push_back(c);
            });
    }
    for (PooledConnection *conn : doomed)
        closeConnection(conn, invalidated, reason);
}

void Pool::markCheckedOut(PooledConnection *conn, const QString &holder, Clock::time_point now)
{
    conn->inUse = true;
    conn->holder = holder;
    conn->checkedOutAt = now;
    conn->lastCheckoutAt = now;
    conn->leakReported = false;
    conn->invalidateRequested = false;
    ++m_checkedOut;
}

void Pool::registerConnection(PooledConnection *conn)
{
    conn->registryIndex = m_all.size();
    m_all.push_back(conn);
}

void Pool::unregisterConnection(PooledConnection *conn)
{
    PooledConnection *last = m_all.back();
    m_all[conn->registryIndex] = last;
    last->registryIndex = conn->registryIndex;
    m_all.pop_back();
}

void Pool::releaseSlotLocked()
{
    if (m_waitHead) {
        // The oldest waiter inherits the slot and opens its own connection.
        Waiter *w = popWaiter();
        w->conn = nullptr;
        w->granted = true;
        ++m_connecting;
        w->cv.notify_one();
    } else {
        --m_slots;
    }
}

void Pool::enqueueWaiter(Waiter *w)
{
    w->prev = m_waitTail;
    w->next = nullptr;
    if (m_waitTail)
        m_waitTail->next = w;
    else
        m_waitHead = w;
    m_waitTail = w;
    ++m_waiterCount;
}

void Pool::unlinkWaiter(Waiter *w)
{
    if (w->prev)
        w->prev->next = w->next;
    else
        m_waitHead = w->next;
    if (w->next)
        w->next->prev = w->prev;
    else
        m_waitTail = w->prev;
    w->prev = w->next = nullptr;
    --m_waiterCount;
}

Pool::Waiter *Pool::popWaiter()
{
    Waiter *w = m_waitHead;
    unlinkWaiter(w);
    return w;
}

Error Pool::timeoutError() const
{
    std::lock_guard lock(m_mutex);
    return poolError(
        QStringLiteral("%1 limit of size %2 overflow %3 reached, connection timed out, "
                       "timeout %4")
            .arg(PoolOptions::kindName(m_options.kind))
            .arg(effectivePoolSize())
            .arg(m_options.kind == PoolKind::Queue ? m_options.maxOverflow : 0)
            .arg(double(m_options.timeout.count()) / 1000.0, 0, 'f', 2),
        QStringLiteral("pool_timeout"));
}

}  // namespace stratum::engine
