// Pool's reporting side: events, leak detection and statistics snapshots
// (Pool.cpp keeps the checkout and checkin machinery).
#include "core/engine/Pool.h"

#include "core/engine/PooledConnection.h"

#include <QLoggingCategory>

#include <algorithm>

namespace stratum::engine {

Q_LOGGING_CATEGORY(lcPool, "stratum.pool")

void Pool::emitFor(PoolEventKind kind, const PooledConnection *conn, Clock::time_point at,
                   std::chrono::nanoseconds duration, QStringView reason) const
{
    if (!m_events.wants(kind))
        return;
    PoolEvent e;
    e.kind = kind;
    e.at = at;
    e.connectionId = conn->id;
    e.backendPid = conn->backendPid;
    e.duration = duration;
    e.holder = conn->holder;
    e.reason = reason;
    m_events.emitEvent(e);
}

void Pool::maybeCheckLeaks(Clock::time_point now) const
{
    if (m_options.leakThreshold.count() <= 0)
        return;
    qint64 due = m_nextLeakScan.load(std::memory_order_relaxed);
    if (steadyTicks(now) < due)
        return;
    // One thread wins the scan; the others go on.
    const auto interval = std::max<std::chrono::nanoseconds>(m_options.leakThreshold / 4,
                                                             std::chrono::milliseconds(10));
    if (m_nextLeakScan.compare_exchange_strong(due, steadyTicks(now) + interval.count(),
                                               std::memory_order_relaxed))
        checkLeaks();
}

int Pool::checkLeaks() const
{
    if (m_options.leakThreshold.count() <= 0)
        return 0;
    struct Found
    {
        quint64 id;
        int pid;
        QString holder;
        std::chrono::nanoseconds held;
    };
    std::vector<Found> found;
    const Clock::time_point now = Clock::now();
    {
        std::lock_guard lock(m_mutex);
        for (PooledConnection *conn : m_all) {
            if (conn->inUse && !conn->leakReported &&
                now - conn->checkedOutAt >= m_options.leakThreshold) {
                conn->leakReported = true;
                found.push_back(
                    {conn->id, conn->backendPid, conn->holder, now - conn->checkedOutAt});
            }
        }
    }
    for (const Found &f : found) {
        m_leaks.fetch_add(1, std::memory_order_relaxed);
        qCWarning(lcPool).noquote()
            << QStringLiteral("connection %1 (backend %2) checked out by '%3' has not been "
                              "returned after %4 s; leaked?")
                   .arg(f.id)
                   .arg(f.pid)
                   .arg(f.holder)
                   .arg(double(f.held.count()) / 1e9, 0, 'f', 1);
        if (m_events.wants(PoolEventKind::Leak)) {
            PoolEvent e;
            e.kind = PoolEventKind::Leak;
            e.at = now;
            e.connectionId = f.id;
            e.backendPid = f.pid;
            e.duration = f.held;
            e.holder = f.holder;
            e.reason = u"held longer than the leak threshold";
            m_events.emitEvent(e);
        }
    }
    return int(found.size());
}

PoolStatistics Pool::statistics() const
{
    const Clock::time_point now = Clock::now();
    maybeCheckLeaks(now);
    const auto wallNow = std::chrono::system_clock::now();
    const auto toWall = [&](Clock::time_point t) {
        return wallNow - std::chrono::duration_cast<std::chrono::system_clock::duration>(now - t);
    };

    PoolStatistics s;
    s.kind = PoolOptions::kindName(m_options.kind);
    {
        std::lock_guard lock(m_mutex);
        s.poolSize = effectivePoolSize();
        s.maxOverflow = m_options.kind == PoolKind::Queue ? m_options.maxOverflow : 0;
        s.timeout = m_options.timeout;
        s.size = int(m_all.size());
        s.idle = int(m_idle.size());
        s.checkedOut = m_checkedOut;
        s.connecting = m_connecting;
        s.overflow = m_options.kind == PoolKind::Queue ? std::max(0, m_slots - s.poolSize) : 0;
        s.waiters = m_waiterCount;
        if (m_waitHead)
            s.oldestWait = now - m_waitHead->since;
        s.waiting.reserve(size_t(m_waiterCount));
        for (const Waiter *w = m_waitHead; w; w = w->next)
            s.waiting.push_back({*w->holder, now - w->since});
        s.connections.reserve(m_all.size());
        for (const PooledConnection *conn : m_all) {
            ConnectionRecord r;
            r.id = conn->id;
            r.backendPid = conn->backendPid;
            r.created = toWall(conn->createdAt);
            if (conn->lastCheckoutAt != Clock::time_point())
                r.lastCheckout = toWall(conn->lastCheckoutAt);
            if (conn->inUse) {
                const TransactionStatus tx = conn->txState.load(std::memory_order_relaxed);
                r.state = tx == TransactionStatus::InTransaction || tx == TransactionStatus::InError
                              ? ConnectionState::InTransaction
                              : ConnectionState::InUse;
                r.holder = conn->holder;
                r.heldFor = now - conn->checkedOutAt;
                r.leakReported = conn->leakReported;
            }
            {
                std::lock_guard statementLock(conn->statementMutex);
                r.lastStatement = conn->lastStatement;
            }
            s.connections.push_back(std::move(r));
        }
    }
    std::sort(s.connections.begin(), s.connections.end(),
              [](const ConnectionRecord &a, const ConnectionRecord &b) { return a.id < b.id; });
    s.checkouts = m_checkouts.load(std::memory_order_relaxed);
    s.checkins = m_checkins.load(std::memory_order_relaxed);
    s.timeouts = m_timeouts.load(std::memory_order_relaxed);
    s.invalidations = m_invalidations.load(std::memory_order_relaxed);
    s.recycles = m_recycles.load(std::memory_order_relaxed);
    s.connects = m_connects.load(std::memory_order_relaxed);
    s.connectFailures = m_connectFailures.load(std::memory_order_relaxed);
    s.resets = m_resets.load(std::memory_order_relaxed);
    s.leaks = m_leaks.load(std::memory_order_relaxed);
    s.waitTime = m_waitHistogram.snapshot();
    s.holdTime = m_holdHistogram.snapshot();
    return s;
}

}  // namespace stratum::engine
