#pragma once

#include <cstddef>
#include <vector>

namespace stratum::engine {

struct PooledConnection;

// The idle connections of a pool: a ring buffer that allocates only when it has
// to grow beyond its reserved capacity, so that checkout and checkin do not
// allocate. FIFO (takeOldest) or LIFO (takeNewest) removal. Not thread-safe;
// the pool guards it with its lock.
class PoolIdleQueue
{
public:
    void reserve(size_t capacity)
    {
        if (capacity > m_slots.size())
            regrow(capacity);
    }
    size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }

    void push(PooledConnection *conn)
    {
        if (m_count == m_slots.size())
            regrow(m_slots.empty() ? 4 : m_slots.size() * 2);
        m_slots[(m_head + m_count) % m_slots.size()] = conn;
        ++m_count;
    }
    PooledConnection *takeOldest()
    {
        PooledConnection *conn = m_slots[m_head];
        m_head = (m_head + 1) % m_slots.size();
        --m_count;
        return conn;
    }
    PooledConnection *takeNewest()
    {
        --m_count;
        return m_slots[(m_head + m_count) % m_slots.size()];
    }
    // Removes every connection for which pred is true, keeping the order of
    // the rest, and passes each removed one to sink.
    template <typename Pred, typename Sink> void removeIf(Pred pred, Sink sink)
    {
        size_t kept = 0;
        const size_t n = m_count;
        for (size_t i = 0; i < n; ++i) {
            PooledConnection *conn = m_slots[(m_head + i) % m_slots.size()];
            if (pred(conn))
                sink(conn);
            else
                m_slots[(m_head + kept++) % m_slots.size()] = conn;
        }
        m_count = kept;
    }

private:
    void regrow(size_t capacity)
    {
        std::vector<PooledConnection *> next(capacity, nullptr);
        for (size_t i = 0; i < m_count; ++i)
            next[i] = m_slots[(m_head + i) % m_slots.size()];
        m_slots.swap(next);
        m_head = 0;
    }

    std::vector<PooledConnection *> m_slots;
    size_t m_head = 0;
    size_t m_count = 0;
};

}  // namespace stratum::engine
