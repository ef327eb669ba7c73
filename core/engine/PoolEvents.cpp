#include "core/engine/PoolEvents.h"

namespace stratum::engine {

PoolEvents::PoolEvents()
    : m_list(std::make_shared<const List>())
{}

PoolEvents::~PoolEvents() = default;

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
    quint32 combined = 0;
    for (const auto &e : *next)
        combined |= e->mask;
    m_list.store(std::move(next));
    m_mask.store(combined, std::memory_order_release);
    return entry->token;
}

void PoolEvents::unsubscribe(Token token)
{
    std::lock_guard guard(m_writeMutex);
    auto current = m_list.load();
    auto next = std::make_shared<List>();
    quint32 combined = 0;
    for (const auto &e : *current) {
        if (e->token == token) {
            e->active.store(false, std::memory_order_release);
            continue;
        }
        next->push_back(e);
        combined |= e->mask;
    }
    m_list.store(std::move(next));
    m_mask.store(combined, std::memory_order_release);
}

void PoolEvents::emitEvent(const PoolEvent &event) const
{
    const quint32 bit = poolEventBit(event.kind);
    if ((m_mask.load(std::memory_order_relaxed) & bit) == 0)
        return;
    const auto list = m_list.load();
    for (const auto &e : *list) {
        if ((e->mask & bit) && e->active.load(std::memory_order_acquire))
            e->listener(event);
    }
}

}  // namespace stratum::engine
