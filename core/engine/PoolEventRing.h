#pragma once

#include "core/engine/PoolEvents.h"

#include <QString>
#include <QStringView>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace stratum::engine {

// A pool event as a ring holds it: trivially copyable, texts stored inline
// (UTF-16) when they fit, else as an index into the ring's table of long
// texts. Read the texts through PoolEventRing::holder() / reason().
struct PoolEventRecord
{
    static constexpr int InlineText = 48;  // UTF-16 code units shared by holder and reason
    static constexpr quint8 LongText = 0xff;

    qint64 atNs = 0;  // steady_clock nanoseconds
    qint64 durationNs = 0;
    quint64 connectionId = 0;
    qint32 backendPid = 0;
    PoolEventKind kind = PoolEventKind::Connect;
    // Lengths of the inline texts (holder first, then reason), or LongText:
    // then the first (holder) or second (reason) quint32 of text is an index
    // into the ring's long-text table.
    quint8 holderLength = 0;
    quint8 reasonLength = 0;
    char16_t text[InlineText];
};

// A bounded multi-producer, single-consumer queue of pool events: the cheap
// way to watch a pool. Producers (the pool's threads, inside Pool operations)
// claim a cell with one compare-and-swap and copy the event into it: no lock,
// no allocation, no listener call, no string formatting. A consumer (the pool
// monitor's timer) drains it at its own pace. When the ring is full the newest
// events are dropped and counted (dropped()), so a stalled consumer never slows
// the pool or grows memory.
//
// Thread-safety: push() from any number of threads; drain(), holder(),
// reason() and reset-free reuse from one consumer thread at a time. Rings are
// owned by PoolEvents and live as long as the pool (see PoolEvents::openRing),
// so a producer that read the ring pointer just before closeRing() still
// writes into valid memory.
class PoolEventRing
{
public:
    // capacity is rounded up to a power of two (at least 16).
    explicit PoolEventRing(size_t capacity);
    ~PoolEventRing();
    PoolEventRing(const PoolEventRing &) = delete;
    PoolEventRing &operator=(const PoolEventRing &) = delete;

    size_t capacity() const { return m_mask + 1; }

    // Records e (e.at must be set). Returns false if the ring was full.
    bool push(const PoolEvent &e);

    // Appends the queued events to out, oldest first, and frees their cells.
    // Returns how many were appended.
    size_t drain(std::vector<PoolEventRecord> &out);
    // Events lost because the ring was full, since it was created.
    quint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }

    // The texts of a record drained from this ring. They stay valid as long as
    // the ring (the long-text table only grows).
    QStringView holder(const PoolEventRecord &r) const;
    QStringView reason(const PoolEventRecord &r) const;

private:
    struct Cell;

    // Stores text inline at text[*used] when it fits, else in the long table;
    // returns the length byte for the record.
    quint8 store(PoolEventRecord &r, QStringView text, int *used, int slot);
    quint32 intern(QStringView text);
    QStringView text(const PoolEventRecord &r, quint8 length, int offset) const;

    std::unique_ptr<Cell[]> m_cells;
    size_t m_mask = 0;
    // Producers share m_tail; the consumer owns m_head. Separate cache lines
    // so that draining does not slow down pushing.
    alignas(64) std::atomic<quint64> m_tail{0};
    alignas(64) quint64 m_head = 0;
    std::atomic<quint64> m_dropped{0};

    // Texts too long to store inline (rare: long holder labels or reasons),
    // deduplicated. Entries are never removed, so views stay valid.
    mutable std::mutex m_longMutex;
    std::vector<std::unique_ptr<QString>> m_long;
};

}  // namespace stratum::engine
