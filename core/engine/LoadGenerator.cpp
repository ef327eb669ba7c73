#include "core/engine/LoadGenerator.h"

#include "core/engine/Engine.h"

namespace stratum::engine {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

QString formatDuration(std::chrono::nanoseconds d)
{
    const double ns = double(d.count());
    if (ns < 1e3)
        return QStringLiteral("%1 ns").arg(ns, 0, 'f', 0);
    if (ns < 1e6)
        return QStringLiteral("%1 µs").arg(ns / 1e3, 0, 'f', 1);
    if (ns < 1e9)
        return QStringLiteral("%1 ms").arg(ns / 1e6, 0, 'f', 2);
    return QStringLiteral("%1 s").arg(ns / 1e9, 0, 'f', 2);
}

QString LoadReport::toText() const
{
    QString text;
    text += QStringLiteral("workers      %1: %2\n").arg(workers).arg(query);
    text += QStringLiteral("requests     %1 ok, %2 failed, %3 timeouts in %4 s\n")
                .arg(ok)
                .arg(failed)
                .arg(timeouts)
                .arg(seconds, 0, 'f', 1);
    text += QStringLiteral("throughput   %1 requests/s\n").arg(throughput(), 0, 'f', 1);
    text += QStringLiteral("wait         p50 %1  p95 %2  p99 %3  max %4 (successful checkouts)\n")
                .arg(formatDuration(wait.p50), formatDuration(wait.p95), formatDuration(wait.p99),
                     formatDuration(wait.max));
    if (!firstError.isEmpty())
        text += QStringLiteral("first error  %1\n").arg(firstError);
    return text;
}

LoadGenerator::LoadGenerator(Engine &engine, LoadSpec spec)
    : m_engine(engine)
    , m_spec(std::move(spec))
{}

LoadGenerator::~LoadGenerator()
{
    stop();
    wait();
}

void LoadGenerator::start()
{
    if (m_started.exchange(true))
        return;
    m_startNs = nowNs();
    const int n = std::max(1, m_spec.workers);
    m_running = n;
    m_threads.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        m_threads.emplace_back([this, i] { work(i); });
}

void LoadGenerator::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_sleep.notify_all();
}

bool LoadGenerator::isRunning() const
{
    return m_started && m_running.load() > 0;
}

bool LoadGenerator::isFinished() const
{
    return m_started && m_running.load() == 0;
}

void LoadGenerator::work(int index)
{
    const QString holder = QStringLiteral("%1 #%2").arg(m_spec.holderPrefix).arg(index + 1);
    const bool timed = m_spec.duration.count() > 0;
    const auto deadline =
        std::chrono::steady_clock::time_point(std::chrono::nanoseconds(m_startNs.load())) +
        m_spec.duration;
    while (!m_stop.load(std::memory_order_relaxed) &&
           (!timed || std::chrono::steady_clock::now() < deadline)) {
        const auto asked = std::chrono::steady_clock::now();
        Result<ConnectionHandle> h = m_engine.connect(holder);
        if (!h) {
            if (h.error().code == QLatin1String("pool_timeout")) {
                m_timeouts.fetch_add(1, std::memory_order_relaxed);
            } else {
                m_failed.fetch_add(1, std::memory_order_relaxed);
                noteError(h.error());
                // A server that is down: do not spin on failing connects.
                std::unique_lock lock(m_mutex);
                m_sleep.wait_for(lock, std::chrono::milliseconds(50),
                                 [this] { return m_stop.load(); });
            }
            continue;
        }
        m_wait.record(std::chrono::steady_clock::now() - asked);
        const Result<ExecResult> r = h.value().execute(m_spec.query);
        h.value().release();
        if (r) {
            m_ok.fetch_add(1, std::memory_order_relaxed);
        } else {
            m_failed.fetch_add(1, std::memory_order_relaxed);
            noteError(r.error());
        }
        if (m_spec.thinkTime.count() > 0) {
            std::unique_lock lock(m_mutex);
            m_sleep.wait_for(lock, m_spec.thinkTime, [this] { return m_stop.load(); });
        }
    }
    if (m_running.fetch_sub(1) == 1)
        m_endNs = nowNs();
}

void LoadGenerator::noteError(const Error &error)
{
    std::lock_guard lock(m_mutex);
    if (m_firstError.isEmpty())
        m_firstError = error.toString();
}

LoadReport LoadGenerator::progress() const
{
    LoadReport r;
    r.workers = std::max(1, m_spec.workers);
    r.query = m_spec.query;
    r.ok = m_ok.load(std::memory_order_relaxed);
    r.failed = m_failed.load(std::memory_order_relaxed);
    r.timeouts = m_timeouts.load(std::memory_order_relaxed);
    if (m_started) {
        const qint64 end = m_running.load() == 0 && m_endNs.load() ? m_endNs.load() : nowNs();
        r.seconds = double(end - m_startNs.load()) / 1e9;
    }
    r.wait = m_wait.snapshot();
    std::lock_guard lock(m_mutex);
    r.firstError = m_firstError;
    return r;
}

LoadReport LoadGenerator::wait()
{
    for (std::thread &t : m_threads) {
        if (t.joinable())
            t.join();
    }
    return progress();
}

LoadReport LoadGenerator::run(Engine &engine, const LoadSpec &spec)
{
    LoadGenerator generator(engine, spec);
    generator.start();
    return generator.wait();
}

}  // namespace stratum::engine
