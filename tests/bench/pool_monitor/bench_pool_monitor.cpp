// Pool throughput with the pool monitor open (10 Hz, events queued to the UI
// thread) against the same load without it, in one process: 32 workers run
// SELECT 1 through a pool of 10 for a few seconds, alternating the two
// configurations over several rounds. Prints each round and the ratio of the
// medians; the target is >= 0.95.
#include "core/config/Url.h"
#include "core/engine/Engine.h"
#include "core/engine/LoadGenerator.h"
#include "ui/pool/PoolMonitor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace stratum;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString urlText = args.size() > 1 ? args.at(1) : QString();
    if (urlText.isEmpty())
        urlText = qEnvironmentVariable("STRATUM_TEST_PG_URL");
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 3;
    const double seconds = args.size() > 3 ? args.at(3).toDouble() : 3.0;
    const Result<config::Url> url = config::Url::parse(urlText);
    if (urlText.isEmpty() || !url) {
        std::fprintf(stderr, "usage: bench_pool_monitor URL [rounds] [seconds] "
                             "(or set STRATUM_TEST_PG_URL)\n");
        return 2;
    }
    engine::PoolOptions options;
    options.poolSize = 10;
    options.maxOverflow = 0;

    auto runOnce = [&](bool withMonitor) {
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
        spec.query = QStringLiteral("SELECT 1");
        spec.duration = std::chrono::milliseconds(qint64(seconds * 1000));
        engine::LoadGenerator generator(*engine, spec);
        generator.start();
        while (!generator.isFinished()) {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
        const engine::LoadReport report = generator.wait();
        if (report.failed > 0)
            std::fprintf(stderr, "first error: %s\n", qPrintable(report.firstError));
        return report.throughput();
    };

    std::vector<double> without, with;
    for (int r = 0; r < rounds; ++r) {
        // Alternate the order so that warm-up and drift hit both sides.
        const bool monitorFirst = r % 2 == 1;
        const double a = runOnce(monitorFirst);
        const double b = runOnce(!monitorFirst);
        (monitorFirst ? with : without).push_back(a);
        (monitorFirst ? without : with).push_back(b);
        std::printf("round %d: without %.0f/s, with monitor %.0f/s\n", r + 1, without.back(),
                    with.back());
        std::fflush(stdout);
    }
    const double ratio = median(with) / std::max(1.0, median(without));
    std::printf("median throughput: without %.0f/s, with monitor %.0f/s, ratio %.3f (target >= "
                "0.95)\n",
                median(without), median(with), ratio);
    return 0;
}
