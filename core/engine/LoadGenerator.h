#pragma once

#include "core/config/Result.h"
#include "core/engine/PoolStatistics.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace stratum::engine {

class Engine;

// What a load run does: `workers` threads, each checking out a connection
// from the engine's pool, running `query`, returning it and pausing
// `thinkTime`, until `duration` has passed or stop() is called.
struct LoadSpec
{
    int workers = 16;
    QString query = QStringLiteral("SELECT 1");
    std::chrono::milliseconds duration{10000};  // zero or negative: until stop()
    std::chrono::milliseconds thinkTime{0};
    // Each worker checks out as "<holderPrefix> #<n>" (n from 1), so the pool's
    // statistics, events and leak reports name the worker.
    QString holderPrefix = QStringLiteral("load generator");
};

// The outcome of a run (or its progress so far).
struct LoadReport
{
    int workers = 0;
    QString query;
    quint64 ok = 0;        // statements that succeeded
    quint64 failed = 0;    // checkouts or statements that failed otherwise
    quint64 timeouts = 0;  // checkouts that gave up waiting (pool_timeout)
    double seconds = 0;    // wall time of the run so far
    // Checkout wait of this run's successful checkouts, measured by the workers.
    HistogramSnapshot wait;
    QString firstError;

    double throughput() const { return seconds > 0 ? double(ok) / seconds : 0.0; }
    // A few lines of plain text: requests, throughput, wait percentiles, timeouts.
    QString toText() const;
};

QString formatDuration(std::chrono::nanoseconds d);  // "850 µs", "12.40 ms", "1.20 s"

// The pool-bench workload, shared by `stratum-cli pool-bench` and the pool
// monitor's load generator panel.
//
// Thread-safety: start(), stop(), isFinished(), progress() and wait() may be
// called from any thread; wait() blocks until the workers have finished (a
// worker inside a checkout finishes when that checkout does, at most after
// the pool's timeout). The destructor stops and waits. The engine must
// outlive the generator.
class LoadGenerator
{
public:
    LoadGenerator(Engine &engine, LoadSpec spec);
    ~LoadGenerator();
    LoadGenerator(const LoadGenerator &) = delete;
    LoadGenerator &operator=(const LoadGenerator &) = delete;

    // Starts the workers; a second call does nothing.
    void start();
    // Asks the workers to finish after their current request.
    void stop();
    bool isRunning() const;   // started and not all workers finished
    bool isFinished() const;  // started and every worker has finished
    LoadReport progress() const;
    // Waits for the workers and returns the final report.
    LoadReport wait();

    // Starts, waits for the duration (spec.duration must be positive) and
    // returns the report: the CLI's blocking form.
    static LoadReport run(Engine &engine, const LoadSpec &spec);

    const LoadSpec &spec() const { return m_spec; }

private:
    void work(int index);
    void noteError(const Error &error);

    Engine &m_engine;
    const LoadSpec m_spec;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_started{false};
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_running{0};
    std::atomic<quint64> m_ok{0};
    std::atomic<quint64> m_failed{0};
    std::atomic<quint64> m_timeouts{0};
    std::atomic<qint64> m_startNs{0};
    std::atomic<qint64> m_endNs{0};
    LatencyHistogram m_wait;
    mutable std::mutex m_mutex;  // m_firstError, m_sleep
    std::condition_variable m_sleep;
    QString m_firstError;
};

}  // namespace stratum::engine
