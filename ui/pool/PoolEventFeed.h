#pragma once

#include "core/engine/PoolEvents.h"

#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace stratum::engine {
class Pool;
}

namespace stratum::ui {

// A pool event copied off the pool's thread: the string views become strings
// and the time of the event (steady clock, ns) is recorded.
struct FeedEvent
{
    engine::PoolEventKind kind = engine::PoolEventKind::Connect;
    quint64 connectionId = 0;
    int backendPid = 0;
    qint64 durationNs = 0;
    qint64 atNs = 0;  // steady_clock nanoseconds
    QString holder;
    QString reason;
};

qint64 steadyNowNs();

// Subscribes to a pool's events and queues them for the UI thread. The
// listener (on pool threads) takes a mutex only long enough to append to a
// bounded ring; the UI drains it from a timer. When the ring is full the
// oldest events are dropped and counted, so a stalled UI never slows the pool
// or grows memory.
//
// Thread-safety: drain() and dropped() from any one thread; the listener from
// any. The subscription ends in the destructor.
class PoolEventFeed
{
public:
    explicit PoolEventFeed(std::shared_ptr<engine::Pool> pool, size_t capacity = 65536);
    ~PoolEventFeed();
    PoolEventFeed(const PoolEventFeed &) = delete;
    PoolEventFeed &operator=(const PoolEventFeed &) = delete;

    // Appends the queued events to out, oldest first, and empties the queue.
    void drain(std::vector<FeedEvent> &out);
    quint64 dropped() const;

private:
    struct Shared;
    std::shared_ptr<engine::Pool> m_pool;
    std::shared_ptr<Shared> m_shared;
    quint64 m_token = 0;
};

}  // namespace stratum::ui
