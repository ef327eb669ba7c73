#include "ui/pool/PoolEventFeed.h"

#include "core/engine/Pool.h"
#include "core/engine/PoolEventRing.h"

#include <QHash>

#include <chrono>

namespace stratum::ui {

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

PoolEventFeed::PoolEventFeed(std::shared_ptr<engine::Pool> pool, size_t capacity)
    : m_pool(std::move(pool))
{
    m_ring = m_pool->events().openRing(capacity);
    if (m_ring) {
        m_droppedBefore = m_ring->dropped();
        m_records.reserve(std::min<size_t>(m_ring->capacity(), 4096));
    }
}

PoolEventFeed::~PoolEventFeed()
{
    if (m_ring)
        m_pool->events().closeRing(m_ring);
}

QString PoolEventFeed::shared(QStringView text)
{
    if (text.isEmpty())
        return {};
    const size_t hash = qHash(text);
    for (const auto &[h, s] : m_texts)
        if (h == hash && s == text)
            return s;
    if (m_texts.size() >= 512)
        m_texts.erase(m_texts.begin());
    m_texts.emplace_back(hash, text.toString());
    return m_texts.back().second;
}

void PoolEventFeed::drain(std::vector<FeedEvent> &out)
{
    if (!m_ring)
        return;
    m_records.clear();
    m_ring->drain(m_records);
    out.reserve(out.size() + m_records.size());
    for (const engine::PoolEventRecord &r : m_records) {
        FeedEvent f;
        f.kind = r.kind;
        f.connectionId = r.connectionId;
        f.backendPid = r.backendPid;
        f.durationNs = r.durationNs;
        f.atNs = r.atNs;
        f.holder = shared(m_ring->holder(r));
        f.reason = shared(m_ring->reason(r));
        out.push_back(std::move(f));
    }
}

quint64 PoolEventFeed::dropped() const
{
    return m_ring ? m_ring->dropped() - m_droppedBefore : 0;
}

}  // namespace stratum::ui
