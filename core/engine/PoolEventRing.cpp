#include "core/engine/PoolEventRing.h"

#include <bit>
#include <cstring>

namespace stratum::engine {

// Dmitry Vyukov's bounded queue: each cell's sequence number says whose turn
// it is. seq == position: free for the producer claiming that position;
// seq == position + 1: holds an event for the consumer; the consumer then
// sets it to position + capacity, freeing it for the next lap.
struct PoolEventRing::Cell
{
    std::atomic<quint64> seq{0};
    PoolEventRecord record;
};

PoolEventRing::PoolEventRing(size_t capacity)
{
    const size_t size = std::bit_ceil(std::max<size_t>(capacity, 16));
    m_cells = std::make_unique<Cell[]>(size);
    for (size_t i = 0; i < size; ++i)
        m_cells[i].seq.store(i, std::memory_order_relaxed);
    m_mask = size - 1;
}

PoolEventRing::~PoolEventRing() = default;

bool PoolEventRing::push(const PoolEvent &e)
{
    quint64 pos = m_tail.load(std::memory_order_relaxed);
    Cell *cell = nullptr;
    for (;;) {
        cell = &m_cells[pos & m_mask];
        const quint64 seq = cell->seq.load(std::memory_order_acquire);
        const qint64 diff = qint64(seq) - qint64(pos);
        if (diff == 0) {
            if (m_tail.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed))
                break;
        } else if (diff < 0) {
            // The consumer has not freed this cell yet: the ring is full.
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return false;
        } else {
            pos = m_tail.load(std::memory_order_relaxed);
        }
    }
    PoolEventRecord &r = cell->record;
    r.atNs = std::chrono::duration_cast<std::chrono::nanoseconds>(e.at.time_since_epoch()).count();
    r.durationNs = e.duration.count();
    r.connectionId = e.connectionId;
    r.backendPid = e.backendPid;
    r.kind = e.kind;
    int used = 0;
    r.holderLength = store(r, e.holder, &used, 0);
    r.reasonLength = store(r, e.reason, &used, 1);
    cell->seq.store(pos + 1, std::memory_order_release);
    return true;
}

quint8 PoolEventRing::store(PoolEventRecord &r, QStringView text, int *used, int slot)
{
    // The holder leaves room for the reason's long-text index.
    const int room = PoolEventRecord::InlineText - *used - (slot == 0 ? 2 : 0);
    if (text.size() <= room) {
        if (!text.isEmpty())
            std::memcpy(r.text + *used, text.utf16(), size_t(text.size()) * sizeof(char16_t));
        *used += int(text.size());
        return quint8(text.size());
    }
    const quint32 index = intern(text);
    std::memcpy(r.text + *used, &index, sizeof index);
    *used += 2;
    return PoolEventRecord::LongText;
}

quint32 PoolEventRing::intern(QStringView text)
{
    std::lock_guard lock(m_longMutex);
    for (size_t i = 0; i < m_long.size(); ++i)
        if (*m_long[i] == text)
            return quint32(i);
    m_long.push_back(std::make_unique<QString>(text.toString()));
    return quint32(m_long.size() - 1);
}

size_t PoolEventRing::drain(std::vector<PoolEventRecord> &out)
{
    size_t n = 0;
    for (;;) {
        Cell &cell = m_cells[m_head & m_mask];
        if (cell.seq.load(std::memory_order_acquire) != m_head + 1)
            break;
        out.push_back(cell.record);
        cell.seq.store(m_head + m_mask + 1, std::memory_order_release);
        ++m_head;
        ++n;
    }
    return n;
}

QStringView PoolEventRing::text(const PoolEventRecord &r, quint8 length, int offset) const
{
    if (length != PoolEventRecord::LongText)
        return QStringView(r.text + offset, length);
    quint32 index = 0;
    std::memcpy(&index, r.text + offset, sizeof index);
    std::lock_guard lock(m_longMutex);
    return index < m_long.size() ? QStringView(*m_long[index]) : QStringView();
}

QStringView PoolEventRing::holder(const PoolEventRecord &r) const
{
    return text(r, r.holderLength, 0);
}

QStringView PoolEventRing::reason(const PoolEventRecord &r) const
{
    const int offset = r.holderLength == PoolEventRecord::LongText ? 2 : r.holderLength;
    return text(r, r.reasonLength, offset);
}

}  // namespace stratum::engine
