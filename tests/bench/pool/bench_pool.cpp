// Pool benchmarks, with every ratio measured in the same run:
//  1. uncontended checkout + checkin: median ns, without and with an event subscriber;
//  2. 32 threads running SELECT 1 through a pool of 10, against 10 threads
//     with 10 dedicated persistent connections (target: at least 0.9x);
//  3. the pool's throughput as a multiple of connecting per request.
// Usage: bench_pool [URL] [--seconds S]  (URL defaults to STRATUM_TEST_PG_URL)
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/Engine.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace stratum;
using namespace stratum::engine;
using Clock = std::chrono::steady_clock;

namespace {

std::unique_ptr<Engine> makeEngine(const config::Url &url, PoolOptions o)
{
    Result<std::unique_ptr<Engine>> e = Engine::create(url, o);
    if (!e)
        qFatal("Engine::create: %s", qPrintable(e.error().message));
    return std::move(e).value();
}

// Median over batches of the mean time of one checkout + checkin.
double uncontendedNs(Engine &engine)
{
    const QString label = QStringLiteral("bench");
    engine.connect(label).value().release();  // the connection exists from here on
    constexpr int batches = 400;
    constexpr int perBatch = 500;
    std::vector<double> means;
    means.reserve(batches);
    for (int b = 0; b < batches; ++b) {
        const auto start = Clock::now();
        for (int i = 0; i < perBatch; ++i) {
            Result<ConnectionHandle> h = engine.connect(label);
            if (!h)
                qFatal("checkout: %s", qPrintable(h.error().message));
        }
        const auto ns = std::chrono::duration<double, std::nano>(Clock::now() - start).count();
        means.push_back(ns / perBatch);
    }
    std::nth_element(means.begin(), means.begin() + batches / 2, means.end());
    return means[batches / 2];
}

// Runs body(threadIndex) on n threads for the given time; returns operations/s.
template <typename Body> double throughput(int n, double seconds, Body body)
{
    std::atomic<bool> stop{false};
    std::atomic<quint64> ops{0};
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    for (int t = 0; t < n; ++t) {
        threads.emplace_back([&, t] {
            quint64 mine = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                if (!body(t))
                    qFatal("benchmark operation failed");
                ++mine;
            }
            ops += mine;
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto &t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    return double(ops.load()) / elapsed;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double seconds = 5;
    if (const qsizetype i = args.indexOf(QStringLiteral("--seconds"));
        i >= 0 && i + 1 < args.size()) {
        seconds = args[i + 1].toDouble();
        args.remove(i, 2);
    }
    const QString text =
        args.isEmpty() ? qEnvironmentVariable("STRATUM_TEST_PG_URL") : args.first();
    if (text.isEmpty()) {
        std::fprintf(stderr,
                     "usage: bench_pool [URL] [--seconds S] (or set STRATUM_TEST_PG_URL)\n");
        return 2;
    }
    const Result<config::Url> url = config::Url::parse(text);
    if (!url)
        qFatal("URL: %s", qPrintable(url.error().message));
    std::printf("bench_pool %s\n", qPrintable(url.value().toString()));

    // 1. Uncontended checkout + checkin.
    {
        auto engine = makeEngine(url.value(), PoolOptions{});
        const double plain = uncontendedNs(*engine);
        std::atomic<quint64> events{0};
        engine->pool().events().subscribe(
            [&](const PoolEvent &) { events.fetch_add(1, std::memory_order_relaxed); });
        const double subscribed = uncontendedNs(*engine);
        std::printf("uncontended checkout+checkin: median %.0f ns (target < 2000 ns)\n", plain);
        std::printf("  with an event subscriber:   median %.0f ns (%.2fx, %llu events)\n",
                    subscribed, subscribed / plain, static_cast<unsigned long long>(events.load()));
    }

    const QString select1 = QStringLiteral("SELECT 1");
    Result<std::unique_ptr<Driver>> driver = Driver::create(url.value());
    if (!driver)
        qFatal("driver: %s", qPrintable(driver.error().message));
    // Reference: 10 threads, each with its own persistent connection.
    std::vector<std::unique_ptr<DriverConnection>> dedicated;
    for (int i = 0; i < 10; ++i) {
        Result<std::unique_ptr<DriverConnection>> c = driver.value()->connect();
        if (!c)
            qFatal("connect: %s", qPrintable(c.error().message));
        dedicated.push_back(std::move(c).value());
    }
    // Against it: 32 threads through a pool of 10.
    PoolOptions ten;
    ten.poolSize = 10;
    ten.maxOverflow = 0;
    auto engine = makeEngine(url.value(), ten);
    const QString label = QStringLiteral("bench");
    // The two alternate in short rounds so that a change in the machine's load
    // affects both alike; the figures are medians over the rounds.
    constexpr int rounds = 5;
    const double roundSeconds = seconds / rounds;
    std::vector<double> directs, pooleds, ratios;
    for (int r = 0; r < rounds; ++r) {
        const double direct = throughput(
            10, roundSeconds, [&](int t) { return dedicated[size_t(t)]->execute(select1).ok(); });
        const double pooled = throughput(32, roundSeconds, [&](int) {
            Result<ConnectionHandle> h = engine->connect(label);
            return h && h.value().execute(select1).ok();
        });
        directs.push_back(direct);
        pooleds.push_back(pooled);
        ratios.push_back(pooled / direct);
    }
    for (auto &c : dedicated)
        c->close();
    dedicated.clear();
    const PoolStatistics s = engine->statistics();
    engine.reset();
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };

    // Connect per request (what NullPool does), 32 threads.
    const double perRequest = throughput(32, seconds / 2, [&](int) {
        Result<std::unique_ptr<DriverConnection>> c = driver.value()->connect();
        if (!c)
            return false;
        const bool ok = c.value()->execute(select1).ok();
        c.value()->close();
        return ok;
    });

    std::printf("SELECT 1, %d alternating rounds of %.1f s:\n", rounds, roundSeconds);
    std::printf("  10 dedicated connections, 10 threads: %9.0f /s (median)\n", median(directs));
    std::printf("  pool of 10, 32 threads:               %9.0f /s (median)\n", median(pooleds));
    std::printf("  pool / dedicated: median %.2fx (rounds:", median(ratios));
    for (double r : ratios)
        std::printf(" %.2f", r);
    std::printf("; target >= 0.90)\n");
    std::printf("    checkout wait p50 %.1f us, p99 %.1f us; %llu timeouts\n",
                double(s.waitTime.p50.count()) / 1e3, double(s.waitTime.p99.count()) / 1e3,
                static_cast<unsigned long long>(s.timeouts));
    std::printf("  connect per request, 32 threads:     %9.0f /s; the pool is %.0fx faster\n",
                perRequest, median(pooleds) / perRequest);
    return 0;
}
