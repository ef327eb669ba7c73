#pragma once

#include <QStringView>

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace stratum::engine {

class PoolEventRing;

// What happened in a pool, after SQLAlchemy's PoolEvents (plus Timeout and Leak).
enum class PoolEventKind : quint8 {
    Connect,     // a new connection was opened
    Checkout,    // a connection was handed to a caller
    Checkin,     // a caller returned a connection (before it is reused)
    Reset,       // checkin rolled back (or committed) an open transaction
    Invalidate,  // a connection was discarded after a disconnect or on request
    Recycle,     // a connection was replaced at checkout because of its age
    Timeout,     // a checkout gave up waiting
    Close,       // a connection was closed
    Leak,        // a checkout was held longer than the leak threshold
};
inline constexpr int PoolEventKindCount = 9;

constexpr quint32 poolEventBit(PoolEventKind kind)
{
    return quint32(1) << static_cast<int>(kind);
}
inline constexpr quint32 AllPoolEvents = (quint32(1) << PoolEventKindCount) - 1;

// One event: a small trivially copyable struct. The string views point into the
// pool's own data and are valid only for the duration of the listener call;
// copy them (toString()) to keep them.
struct PoolEvent
{
    PoolEventKind kind = PoolEventKind::Connect;
    std::chrono::steady_clock::time_point at;  // when it happened
    quint64 connectionId = 0;                  // 0 for Timeout
    int backendPid = 0;
    // Checkout: time spent in checkout. Checkin and Leak: time held.
    // Recycle: the connection's age. Timeout: time waited. Connect: time spent
    // opening it (incl. connect statements). Otherwise 0.
    std::chrono::nanoseconds duration{0};
    QStringView holder;  // the label given at checkout, where one applies
    QStringView reason;  // Invalidate/Close/Reset: why, in words
};

// The subscription list of one pool.
//
// Threading: listeners run synchronously on the thread that performs the pool
// operation (any thread that checks out or returns a connection), never while
// the pool's lock is held. They may call Pool::statistics() but must not check
// out from the same pool (that may wait for themselves), and should be quick:
// checkout is waiting for them. subscribe() and unsubscribe() are thread-safe;
// after unsubscribe() returns no new call starts, but a call that already
// started on another thread may still be running.
//
// Rings (openRing) are the cheap way to watch a pool from another thread:
// emitting into one is a compare-and-swap and a copy, with no call, lock or
// allocation; the watcher drains it at its own pace. The pool monitor uses one.
//
// Cost: with no subscriber or ring, emitting is one relaxed atomic load. With
// rings only, a push per open ring. With listeners, one atomic shared_ptr load
// (a short spin lock in libstdc++) plus the calls.
class PoolEvents
{
public:
    using Listener = std::function<void(const PoolEvent &)>;
    using Token = quint64;

    PoolEvents();
    ~PoolEvents();
    PoolEvents(const PoolEvents &) = delete;
    PoolEvents &operator=(const PoolEvents &) = delete;

    // Calls listener for every event whose kind is in mask (poolEventBit()s).
    Token subscribe(Listener listener, quint32 mask = AllPoolEvents);
    // Unknown or already removed tokens are ignored.
    void unsubscribe(Token token);

    // Opens a ring that receives every event from now on (capacity rounded up
    // to a power of two), or returns nullptr when MaxRings are open already.
    // The ring belongs to this object and stays allocated until it is
    // destroyed: closeRing() stops the pushes and lets a later openRing() of
    // the same capacity reuse it, so that a push racing with closeRing() never
    // touches freed memory. Thread-safe.
    PoolEventRing *openRing(size_t capacity);
    void closeRing(PoolEventRing *ring);
    static constexpr int MaxRings = 4;

    bool wants(PoolEventKind kind) const
    {
        return (m_mask.load(std::memory_order_relaxed) & poolEventBit(kind)) != 0;
    }
    // Delivers event to the open rings and to the listeners that asked for its
    // kind. Check wants() first to skip building the event.
    void emitEvent(const PoolEvent &event) const;

private:
    struct Entry
    {
        Token token = 0;
        quint32 mask = 0;
        Listener listener;
        std::atomic<bool> active{true};
    };
    using List = std::vector<std::shared_ptr<Entry>>;

    void updateMaskLocked(const List &list);

    // Kinds anyone wants: the listeners' masks, or every kind while a ring is open.
    std::atomic<quint32> m_mask{0};
    std::atomic<quint32> m_listenerMask{0};
    std::atomic<quint32> m_openRings{0};  // bit i: m_rings[i] is open
    std::atomic<PoolEventRing *> m_rings[MaxRings] = {};
    std::atomic<std::shared_ptr<const List>> m_list;
    std::mutex m_writeMutex;  // serialises subscribe/unsubscribe/openRing/closeRing
    Token m_nextToken = 1;
};

}  // namespace stratum::engine
