#include "core/engine/PoolEvents.h"

#include "core/engine/PoolEventRing.h"

#include <bit>

namespace stratum::engine {

PoolEvents::PoolEvents()
    : m_list(std::make_shared<const List>())
{}

PoolEvents::~PoolEvents()
{
    for (auto &ring : m_rings)
        delete ring.load();
}

void PoolEvents::updateMaskLocked(const List &list)
{
    quint32 listeners = 0;
    for (const auto &e : list)
        listeners |= e->mask;
    m_listenerMask.store(listeners, std::memory_order_release);
    m_mask.store(m_openRings.load(std::memory_order_relaxed) ? AllPoolEvents : listeners,
                 std::memory_order_release);
}

PoolEvents::Token PoolEvents::subscribe(Listener listener, quint32 mask)
{
    std::lock_guard guard(m_writeMutex);
    auto entry = std::make_shared<Entry>();
    entry->token = m_nextToken++;
    entry->mask = mask & AllPoolEvents;
    entry->listener = std::move(listener);
    // Copy-on-write: readers keep whatever list they loaded.
    auto next = std::make_shared<List>(*m_list.load());
    next->push_back(entry);
    updateMaskLocked(*next);
    m_list.store(std::move(next));
    return entry->token;
}

void PoolEvents::unsubscribe(Token token)
{
    std::lock_guard guard(m_writeMutex);
    auto current = m_list.load();
    auto next = std::make_shared<List>();
    for (const auto &e : *current) {
        if (e->token == token) {
            e->active.store(false, std::memory_order_release);
            continue;
        }
        next->push_back(e);
    }
    updateMaskLocked(*next);
    m_list.store(std::move(next));
}

PoolEventRing *PoolEvents::openRing(size_t capacity)
{
    std::lock_guard guard(m_writeMutex);
    const quint32 open = m_openRings.load(std::memory_order_relaxed);
    const size_t wanted = std::bit_ceil(std::max<size_t>(capacity, 16));
    int slot = -1;
    // A closed ring of the same size first, else an empty slot.
    for (int i = 0; i < MaxRings && slot < 0; ++i) {
        PoolEventRing *ring = m_rings[i].load(std::memory_order_relaxed);
        if (!(open & (1u << i)) && ring && ring->capacity() == wanted)
            slot = i;
    }
    for (int i = 0; i < MaxRings && slot < 0; ++i) {
        if (!(open & (1u << i)) && !m_rings[i].load(std::memory_order_relaxed)) {
            m_rings[i].store(new PoolEventRing(wanted), std::memory_order_release);
            slot = i;
        }
    }
    if (slot < 0)
        return nullptr;
    PoolEventRing *ring = m_rings[slot].load(std::memory_order_relaxed);
    // Whatever a previous watcher left behind is not this watcher's business.
    std::vector<PoolEventRecord> stale;
    ring->drain(stale);
    m_openRings.store(open | (1u << slot), std::memory_order_release);
    m_mask.store(AllPoolEvents, std::memory_order_release);
    return ring;
}

void PoolEvents::closeRing(PoolEventRing *ring)
{
    std::lock_guard guard(m_writeMutex);
    quint32 open = m_openRings.load(std::memory_order_relaxed);
    for (int i = 0; i < MaxRings; ++i) {
        if (m_rings[i].load(std::memory_order_relaxed) == ring)
            open &= ~(1u << i);
    }
    m_openRings.store(open, std::memory_order_release);
    updateMaskLocked(*m_list.load());
}

void PoolEvents::emitEvent(const PoolEvent &event) const
{
    const quint32 bit = poolEventBit(event.kind);
    for (quint32 rings = m_openRings.load(std::memory_order_acquire); rings; rings &= rings - 1) {
        const int i = std::countr_zero(rings);
        m_rings[i].load(std::memory_order_acquire)->push(event);
    }
    if ((m_listenerMask.load(std::memory_order_relaxed) & bit) == 0)
        return;
    const auto list = m_list.load();
    for (const auto &e : *list) {
        if ((e->mask & bit) && e->active.load(std::memory_order_acquire))
            e->listener(event);
    }
}

}  // namespace stratum::engine
