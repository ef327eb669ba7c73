#pragma once

#include "core/engine/PoolEvents.h"

#include <QString>

#include <memory>
#include <vector>

namespace stratum::engine {
class Pool;
class PoolEventRing;
struct PoolEventRecord;
}  // namespace stratum::engine

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

// Watches a pool's events through a PoolEventRing: the pool's threads only
// copy each event into the ring (no lock, call, allocation or formatting on
// their side); drain() turns the queued records into FeedEvents on the
// consumer's thread, sharing one QString per distinct holder. When the ring
// is full, new events are dropped and counted (dropped()), so a stalled UI
// never slows the pool or grows memory.
//
// Thread-safety: one thread (the UI's) uses the feed. The ring closes in the
// destructor.
class PoolEventFeed
{
public:
    explicit PoolEventFeed(std::shared_ptr<engine::Pool> pool, size_t capacity = 32768);
    ~PoolEventFeed();
    PoolEventFeed(const PoolEventFeed &) = delete;
    PoolEventFeed &operator=(const PoolEventFeed &) = delete;

    // Appends the queued events to out, oldest first, and empties the queue.
    void drain(std::vector<FeedEvent> &out);
    // Events lost because the ring was full since the feed opened.
    quint64 dropped() const;
    // False if the pool had no free ring (PoolEvents::MaxRings watchers).
    bool isOpen() const { return m_ring != nullptr; }

private:
    QString shared(QStringView text);

    std::shared_ptr<engine::Pool> m_pool;
    engine::PoolEventRing *m_ring = nullptr;
    quint64 m_droppedBefore = 0;  // the reused ring's count when opened
    std::vector<engine::PoolEventRecord> m_records;
    // Texts seen so far (holders, reasons) with their hashes: events share
    // these strings instead of allocating one each.
    std::vector<std::pair<size_t, QString>> m_texts;
};

}  // namespace stratum::ui
