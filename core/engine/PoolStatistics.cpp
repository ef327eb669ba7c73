#include "core/engine/PoolStatistics.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace stratum::engine {

int LatencyHistogram::bucketOf(quint64 ns)
{
    if (ns < quint64(SubBuckets))
        return int(ns);
    const int exponent = std::bit_width(ns) - 1;  // >= SubBits
    const int sub = int((ns >> (exponent - SubBits)) & (SubBuckets - 1));
    const int index = SubBuckets + (exponent - SubBits) * SubBuckets + sub;
    return std::min(index, BucketCount - 1);
}

quint64 LatencyHistogram::bucketUpperBound(int index)
{
    if (index < SubBuckets)
        return quint64(index);
    const int exponent = (index - SubBuckets) / SubBuckets + SubBits;
    const int sub = (index - SubBuckets) % SubBuckets;
    const int shift = exponent - SubBits;
    return ((quint64(SubBuckets + sub + 1)) << shift) - 1;
}

void LatencyHistogram::record(std::chrono::nanoseconds value)
{
    const quint64 ns = value.count() > 0 ? quint64(value.count()) : 0;
    m_counts[size_t(bucketOf(ns))].fetch_add(1, std::memory_order_relaxed);
    m_total.fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(ns, std::memory_order_relaxed);
    // Plain loads first: the CAS loops only run when a new extreme is seen.
    quint64 seen = m_max.load(std::memory_order_relaxed);
    while (ns > seen && !m_max.compare_exchange_weak(seen, ns, std::memory_order_relaxed)) {
    }
    seen = m_min.load(std::memory_order_relaxed);
    while (ns < seen && !m_min.compare_exchange_weak(seen, ns, std::memory_order_relaxed)) {
    }
}

void LatencyHistogram::clear()
{
    for (auto &c : m_counts)
        c.store(0, std::memory_order_relaxed);
    m_total.store(0, std::memory_order_relaxed);
    m_sum.store(0, std::memory_order_relaxed);
    m_min.store(~quint64(0), std::memory_order_relaxed);
    m_max.store(0, std::memory_order_relaxed);
}

HistogramSnapshot LatencyHistogram::snapshot() const
{
    HistogramSnapshot s;
    s.buckets.resize(size_t(BucketCount));
    quint64 total = 0;
    for (int i = 0; i < BucketCount; ++i) {
        s.buckets[size_t(i)] = m_counts[size_t(i)].load(std::memory_order_relaxed);
        total += s.buckets[size_t(i)];
    }
    s.count = total;
    if (total == 0)
        return s;
    const quint64 minValue = m_min.load(std::memory_order_relaxed);
    s.min = std::chrono::nanoseconds(minValue == ~quint64(0) ? 0 : qint64(minValue));
    s.max = std::chrono::nanoseconds(qint64(m_max.load(std::memory_order_relaxed)));
    s.mean = std::chrono::nanoseconds(qint64(m_sum.load(std::memory_order_relaxed) / total));
    s.p50 = s.percentile(0.50);
    s.p95 = s.percentile(0.95);
    s.p99 = s.percentile(0.99);
    return s;
}

std::chrono::nanoseconds HistogramSnapshot::percentile(double q) const
{
    if (count == 0 || buckets.empty())
        return std::chrono::nanoseconds(0);
    q = std::clamp(q, 0.0, 1.0);
    // The rank of the sample at quantile q, 1-based (nearest-rank method).
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(q * double(count))));
    quint64 seen = 0;
    for (size_t i = 0; i < buckets.size(); ++i) {
        seen += buckets[i];
        if (seen >= rank) {
            // Report the bucket's upper bound, clamped into the observed range.
            const qint64 upper = qint64(LatencyHistogram::bucketUpperBound(int(i)));
            return std::clamp(std::chrono::nanoseconds(upper), min, std::max(min, max));
        }
    }
    return max;
}

QString PoolStatistics::status() const
{
    if (kind == QLatin1String("NullPool"))
        return QStringLiteral("NullPool  Current Checked out connections: %1").arg(checkedOut);
    return QStringLiteral("Pool size: %1  Connections in pool: %2 Current Overflow: %3 Current "
                          "Checked out connections: %4 Waiting: %5")
        .arg(poolSize)
        .arg(idle)
        .arg(overflow)
        .arg(checkedOut)
        .arg(waiters);
}

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle:
        return QStringLiteral("idle");
    case ConnectionState::InUse:
        return QStringLiteral("in use");
    case ConnectionState::InTransaction:
        return QStringLiteral("in transaction");
    }
    return QStringLiteral("idle");
}

}  // namespace stratum::engine
