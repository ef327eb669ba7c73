// Pool throughput with the pool monitor open (10 Hz) against the same load
// without it, in one process: 32 workers through a pool of 10, for the issue's
// default workload (SELECT pg_sleep(0.2)) and the stress workload (SELECT 1).
// Each workload runs `trials` pairs of trials, interleaved in ABBA order so
// that warm-up and drift hit both sides alike; every trial uses a fresh
// engine. Prints each trial, the medians, the ratio of the medians (the
// issue's target is >= 0.95) and the CPU time the monitor's (GUI) thread used.
// First, the pool's hot path alone: 32 threads checking out and returning
// connections (no statement) with no watcher, with the previous design's
// watcher (a listener appending to a mutex-guarded queue) and with the
// PoolEventRing the monitor now drains, each drained at 10 Hz.
#include "core/config/Url.h"
#include "core/engine/Engine.h"
#include "core/engine/LoadGenerator.h"
#include "core/engine/PoolEventRing.h"
#include "ui/pool/PoolEventFeed.h"
#include "ui/pool/PoolMonitor.h"

#include <QApplication>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <thread>
#include <vector>

using namespace stratum;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return 0;
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Trial
{
    double throughput = 0;
    double guiCpu = 0;  // GUI thread CPU seconds per wall second
    quint64 failed = 0;
};

// The previous PoolEventFeed's listener, kept here as the baseline: per
// event a weak_ptr lock, a clock read, a mutex, a holder lookup and a
// QString copy into a vector.
struct LegacyFeed
{
    std::mutex mutex;
    std::vector<ui::FeedEvent> ring;
    std::vector<QString> holders;
    size_t capacity = 65536, head = 0;
    quint64 dropped = 0;

    void push(const engine::PoolEvent &e)
    {
        ui::FeedEvent f;
        f.kind = e.kind;
        f.connectionId = e.connectionId;
        f.backendPid = e.backendPid;
        f.durationNs = e.duration.count();
        f.atNs = ui::steadyNowNs();
        if (!e.reason.isEmpty())
            f.reason = e.reason.toString();
        std::lock_guard lock(mutex);
        QString holder;
        for (const QString &h : holders)
            if (h.size() == e.holder.size() && h == e.holder)
                holder = h;
        if (holder.isNull() && !e.holder.isEmpty()) {
            holders.push_back(e.holder.toString());
            holder = holders.back();
        }
        f.holder = holder;
        if (ring.size() < capacity) {
            ring.push_back(std::move(f));
        } else {
            ring[head] = std::move(f);
            head = (head + 1) % capacity;
            ++dropped;
        }
    }
    size_t drain()
    {
        std::vector<ui::FeedEvent> taken;
        {
            std::lock_guard lock(mutex);
            taken.swap(ring);
            head = 0;
            ring.reserve(4096);
        }
        return taken.size();
    }
};

// Checkouts + checkins per second on the pool alone, `threads` threads (32:
// contended, 1: the per-event cost alone), pool of 10.
double hotPath(const config::Url &url, int watcher, double seconds, int threadCount = 32)
{
    engine::PoolOptions o;
    o.poolSize = 10;
    o.maxOverflow = 0;
    Result<std::unique_ptr<engine::Engine>> made = engine::Engine::create(url, o);
    if (!made)
        std::exit(1);
    std::shared_ptr<engine::Engine> engine(std::move(made).value());
    engine::Pool &pool = engine->pool();
    auto legacy = std::make_shared<LegacyFeed>();
    std::unique_ptr<ui::PoolEventFeed> feed;
    if (watcher == 1) {
        std::weak_ptr<LegacyFeed> weak = legacy;
        pool.events().subscribe([weak](const engine::PoolEvent &e) {
            if (const auto l = weak.lock())
                l->push(e);
        });
    } else if (watcher == 2) {
        feed = std::make_unique<ui::PoolEventFeed>(pool.shared_from_this());
    }
    std::atomic<bool> stop{false};
    std::atomic<quint64> ops{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < threadCount; ++i) {
        threads.emplace_back([&, i] {
            const QString holder = QStringLiteral("load generator #%1").arg(i + 1);
            quint64 n = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                Result<engine::ConnectionHandle> h = pool.checkout(holder);
                if (h)
                    ++n;
            }
            ops += n;
        });
    }
    const auto start = std::chrono::steady_clock::now();
    std::vector<ui::FeedEvent> out;
    while (std::chrono::steady_clock::now() - start < std::chrono::duration<double>(seconds)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the monitor's 10 Hz
        if (watcher == 1)
            legacy->drain();
        else if (feed) {
            out.clear();
            feed->drain(out);
        }
    }
    stop = true;
    for (std::thread &t : threads)
        t.join();
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return double(ops.load()) / elapsed;
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString urlText = args.size() > 1 ? args.at(1) : QString();
    if (urlText.isEmpty())
        urlText = qEnvironmentVariable("STRATUM_TEST_PG_URL");
    const int trials = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 6;
    const double seconds = args.size() > 3 ? args.at(3).toDouble() : 3.0;
    const QString only = args.size() > 4 ? args.at(4) : QString();  // "hot", "sleep" or "select1"
    const Result<config::Url> url = config::Url::parse(urlText);
    if (urlText.isEmpty() || !url) {
        std::fprintf(stderr, "usage: bench_pool_monitor URL [trials] [seconds] [hot|sleep|select1] "
                             "(or set STRATUM_TEST_PG_URL)\n");
        return 2;
    }
    engine::PoolOptions options;
    options.poolSize = 10;
    options.maxOverflow = 0;

    auto runOnce = [&](const QString &query, bool withMonitor) {
        Result<std::unique_ptr<engine::Engine>> made = engine::Engine::create(url.value(), options);
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
            std::exit(1);
        }
        std::shared_ptr<engine::Engine> engine(std::move(made).value());
        std::unique_ptr<ui::PoolMonitor> monitor;
        if (withMonitor) {
            monitor = std::make_unique<ui::PoolMonitor>();
            monitor->resize(1400, 900);
            monitor->show();
            monitor->setEngine(engine, QStringLiteral("bench"));
        }
        engine::LoadSpec spec;
        spec.workers = 32;
        spec.query = query;
        spec.duration = std::chrono::milliseconds(qint64(seconds * 1000));
        engine::LoadGenerator generator(*engine, spec);
        const double cpu0 = threadCpuSeconds();
        generator.start();
        while (!generator.isFinished()) {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
        const engine::LoadReport report = generator.wait();
        Trial t;
        t.throughput = report.throughput();
        t.guiCpu = (threadCpuSeconds() - cpu0) / std::max(0.001, report.seconds);
        t.failed = report.failed;
        if (report.failed > 0)
            std::fprintf(stderr, "first error: %s\n", qPrintable(report.firstError));
        return t;
    };

    if (only.isEmpty() || only == QLatin1String("hot")) {
        std::printf("pool hot path, 32 threads, pool 10, checkout + checkin only, %d x %.1f s:\n",
                    trials, seconds);
        std::vector<double> none, legacy, ring;
        for (int r = 0; r < trials; ++r) {
            none.push_back(hotPath(url.value(), 0, seconds));
            legacy.push_back(hotPath(url.value(), 1, seconds));
            ring.push_back(hotPath(url.value(), 2, seconds));
            std::printf("  round %d: no watcher %.0f/s, previous listener %.0f/s, ring %.0f/s\n",
                        r + 1, none.back(), legacy.back(), ring.back());
            std::fflush(stdout);
        }
        std::printf("  median: no watcher %.0f/s, previous listener %.0f/s (%.3f), ring %.0f/s "
                    "(%.3f)\n",
                    median(none), median(legacy), median(legacy) / median(none), median(ring),
                    median(ring) / median(none));
        // One thread: no contention, so the difference is the per-event work.
        std::vector<double> ns[3];
        for (int r = 0; r < trials; ++r)
            for (int w = 0; w < 3; ++w)
                ns[w].push_back(1e9 / hotPath(url.value(), w, seconds / 2, 1));
        std::printf("  one thread, ns per checkout + checkin (2 events): no watcher %.0f, previous "
                    "listener %.0f (+%.0f), ring %.0f (+%.0f)\n",
                    median(ns[0]), median(ns[1]), median(ns[1]) - median(ns[0]), median(ns[2]),
                    median(ns[2]) - median(ns[0]));
        if (only == QLatin1String("hot"))
            return 0;
    }

    struct Workload
    {
        const char *name;
        QString query;
    };
    std::vector<Workload> workloads;
    if (only.isEmpty() || only == QLatin1String("sleep"))
        workloads.push_back({"default", QStringLiteral("SELECT pg_sleep(0.2)")});
    if (only.isEmpty() || only == QLatin1String("select1"))
        workloads.push_back({"stress", QStringLiteral("SELECT 1")});

    for (const Workload &w : workloads) {
        std::printf("%s workload, 32 workers, pool 10, %s, %d x %.1f s per side:\n", w.name,
                    qPrintable(w.query), trials, seconds);
        std::vector<double> without, with, guiCpu;
        for (int r = 0; r < trials; ++r) {
            // ABBA: without, with, with, without, ...
            const bool monitorFirst = r % 2 == 1;
            const Trial a = runOnce(w.query, monitorFirst);
            const Trial b = runOnce(w.query, !monitorFirst);
            const Trial &on = monitorFirst ? a : b;
            const Trial &off = monitorFirst ? b : a;
            without.push_back(off.throughput);
            with.push_back(on.throughput);
            guiCpu.push_back(on.guiCpu);
            std::printf("  pair %d: without %.1f/s, with monitor %.1f/s (%.3f), monitor thread "
                        "%.1f%% of a core\n",
                        r + 1, off.throughput, on.throughput, on.throughput / off.throughput,
                        100 * on.guiCpu);
            std::fflush(stdout);
        }
        const double ratio = median(with) / std::max(1e-9, median(without));
        std::printf("  median: without %.1f/s, with monitor %.1f/s, ratio %.3f (target >= 0.95); "
                    "monitor thread %.1f%% of a core\n",
                    median(without), median(with), ratio, 100 * median(guiCpu));
        std::fflush(stdout);
    }
    return 0;
}
