#pragma once

#include <QString>

#include <QtGlobal>

#include <array>
#include <atomic>
#include <chrono>
#include <vector>

namespace stratum::engine {

// A summary of one LatencyHistogram at one moment.
struct HistogramSnapshot
{
    quint64 count = 0;
    std::chrono::nanoseconds min{0};
    std::chrono::nanoseconds max{0};
    std::chrono::nanoseconds mean{0};
    std::chrono::nanoseconds p50{0};
    std::chrono::nanoseconds p95{0};
    std::chrono::nanoseconds p99{0};

    // The value at quantile q (0..1) of the recorded distribution.
    std::chrono::nanoseconds percentile(double q) const;
    // The raw bucket counts, for percentile() and the pool monitor.
    std::vector<quint64> buckets;
};

// A fixed log-scale histogram of durations: 8 sub-buckets per power of two
// (about 9 % resolution) from 1 ns to about 18 minutes; larger values land in
// the last bucket. record() is lock-free (relaxed atomic increments) and
// allocation-free; snapshot() may run concurrently with record() and sees a
// consistent-enough view (each counter is read once).
class LatencyHistogram
{
public:
    static constexpr int SubBits = 3;
    static constexpr int SubBuckets = 1 << SubBits;
    static constexpr int BucketCount = SubBuckets + (40 - SubBits + 1) * SubBuckets;

    void record(std::chrono::nanoseconds value);
    HistogramSnapshot snapshot() const;
    void clear();

    static int bucketOf(quint64 ns);
    // The largest value that falls into bucket index.
    static quint64 bucketUpperBound(int index);

private:
    std::array<std::atomic<quint64>, BucketCount> m_counts{};
    std::atomic<quint64> m_total{0};
    std::atomic<quint64> m_sum{0};
    std::atomic<quint64> m_min{~quint64(0)};
    std::atomic<quint64> m_max{0};
};

// What one pooled connection is doing.
enum class ConnectionState { Idle, InUse, InTransaction };

// One row of the per-connection table in a statistics snapshot.
struct ConnectionRecord
{
    quint64 id = 0;  // unique within the pool, never reused
    int backendPid = 0;
    std::chrono::system_clock::time_point created;
    std::chrono::system_clock::time_point lastCheckout;  // epoch when never checked out
    ConnectionState state = ConnectionState::Idle;
    QString holder;                       // label given at checkout; empty when idle
    std::chrono::nanoseconds heldFor{0};  // time since checkout when in use
    bool leakReported = false;
    QString lastStatement;  // the most recent statement run through the pool's handle
};

// One checkout waiting for a connection, oldest first in a snapshot.
struct WaiterRecord
{
    QString holder;
    std::chrono::nanoseconds waited{0};
};

// A snapshot of a pool's counts, counters, histograms and connections.
struct PoolStatistics
{
    QString kind;  // "QueuePool", "NullPool", "StaticPool"
    int poolSize = 0;
    int maxOverflow = 0;
    std::chrono::milliseconds timeout{0};

    int size = 0;        // open connections (idle + checked out)
    int idle = 0;        // connections waiting in the pool
    int checkedOut = 0;  // connections held by callers
    int connecting = 0;  // connections being opened right now
    int overflow = 0;    // connections beyond poolSize, never negative
    int waiters = 0;     // checkouts waiting for a connection
    std::chrono::nanoseconds oldestWait{0};

    quint64 checkouts = 0;
    quint64 checkins = 0;
    quint64 timeouts = 0;
    quint64 invalidations = 0;
    quint64 recycles = 0;
    quint64 connects = 0;
    quint64 connectFailures = 0;
    quint64 resets = 0;
    quint64 leaks = 0;

    // Time spent inside successful checkouts (queueing, connecting, pre-ping);
    // timed-out checkouts are counted in timeouts instead.
    HistogramSnapshot waitTime;
    HistogramSnapshot holdTime;  // time between checkout and checkin
    std::vector<ConnectionRecord> connections;
    std::vector<WaiterRecord> waiting;  // queued checkouts, oldest first

    // One line like SQLAlchemy's Pool.status(), with overflow never negative:
    // "Pool size: 5  Connections in pool: 1 Current Overflow: 0 Current Checked out
    // connections: 2 Waiting: 0"
    QString status() const;
};

QString connectionStateName(ConnectionState state);  // "idle", "in use", "in transaction"

}  // namespace stratum::engine
