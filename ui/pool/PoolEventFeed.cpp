#include "ui/pool/PoolEventFeed.h"

#include "core/engine/Pool.h"

#include <chrono>

namespace stratum::ui {

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Shared with the listener, which may outlive the feed for one call.
struct PoolEventFeed::Shared
{
    std::mutex mutex;
    std::vector<FeedEvent> ring;  // circular once full
    size_t capacity = 0;
    size_t head = 0;  // index of the oldest event when full
    quint64 dropped = 0;
    // Holder labels seen so far: events reuse these implicitly shared strings
    // instead of allocating a copy per event (a few dozen labels at most).
    std::vector<QString> holders;

    QString intern(QStringView holder)
    {
        if (holder.isEmpty())
            return {};
        for (const QString &h : holders)
            if (h.size() == holder.size() && h == holder)
                return h;
        if (holders.size() >= 256)
            holders.erase(holders.begin());
        holders.push_back(holder.toString());
        return holders.back();
    }
};

PoolEventFeed::PoolEventFeed(std::shared_ptr<engine::Pool> pool, size_t capacity)
    : m_pool(std::move(pool))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->capacity = std::max<size_t>(capacity, 16);
    m_shared->ring.reserve(std::min<size_t>(m_shared->capacity, 4096));
    std::weak_ptr<Shared> weak = m_shared;
    m_token = m_pool->events().subscribe([weak](const engine::PoolEvent &e) {
        const std::shared_ptr<Shared> shared = weak.lock();
        if (!shared)
            return;
        FeedEvent f;
        f.kind = e.kind;
        f.connectionId = e.connectionId;
        f.backendPid = e.backendPid;
        f.durationNs = e.duration.count();
        f.atNs = steadyNowNs();
        if (!e.reason.isEmpty())
            f.reason = e.reason.toString();
        std::lock_guard lock(shared->mutex);
        f.holder = shared->intern(e.holder);
        if (shared->ring.size() < shared->capacity) {
            shared->ring.push_back(std::move(f));
        } else {
            shared->ring[shared->head] = std::move(f);
            shared->head = (shared->head + 1) % shared->capacity;
            ++shared->dropped;
        }
    });
}

PoolEventFeed::~PoolEventFeed()
{
    m_pool->events().unsubscribe(m_token);
}

void PoolEventFeed::drain(std::vector<FeedEvent> &out)
{
    std::vector<FeedEvent> taken;
    size_t head = 0;
    {
        std::lock_guard lock(m_shared->mutex);
        taken.swap(m_shared->ring);
        head = m_shared->head;
        m_shared->head = 0;
        m_shared->ring.reserve(std::min<size_t>(m_shared->capacity, 4096));
    }
    out.reserve(out.size() + taken.size());
    for (size_t i = 0; i < taken.size(); ++i)
        out.push_back(std::move(taken[(head + i) % taken.size()]));
}

quint64 PoolEventFeed::dropped() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->dropped;
}

}  // namespace stratum::ui
