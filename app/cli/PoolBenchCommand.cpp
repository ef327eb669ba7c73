// stratum-cli pool-bench: a load generator for the connection pool (the
// engine's LoadGenerator, which the pool monitor embeds too). N threads run one
// statement through an Engine's pool for a while; it prints throughput,
// checkout wait percentiles and timeouts.
#include "app/cli/CommandRegistry.h"

#include "core/config/Url.h"
#include "core/engine/Engine.h"
#include "core/engine/LoadGenerator.h"

#include <cmath>

namespace stratum::cli {
namespace {

QString formatHistogram(const engine::HistogramSnapshot &h)
{
    using engine::formatDuration;
    return QStringLiteral("p50 %1  p95 %2  p99 %3  max %4")
        .arg(formatDuration(h.p50), formatDuration(h.p95), formatDuration(h.p99),
             formatDuration(h.max));
}

// Reads "--name N" as a number in [min, max]; reports a usage error otherwise.
bool numberOption(QStringList &args, const QString &name, double defaultValue, double min,
                  double max, double *out, CliIo &io)
{
    const QString text = takeOption(args, name);
    if (text.isEmpty()) {
        *out = defaultValue;
        return true;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        io.err << "stratum-cli pool-bench: " << name << " expects a number from " << min << " to "
               << max << ", not '" << text << "'\n";
        return false;
    }
    *out = v;
    return true;
}

int runPoolBench(QStringList args, CliIo &io)
{
    double threads = 0, poolSize = 0, maxOverflow = 0, timeout = 0, duration = 0;
    if (!numberOption(args, QStringLiteral("--threads"), 16, 1, 1024, &threads, io) ||
        !numberOption(args, QStringLiteral("--pool-size"), 5, 0, 10000, &poolSize, io) ||
        !numberOption(args, QStringLiteral("--max-overflow"), 10, -1, 10000, &maxOverflow, io) ||
        !numberOption(args, QStringLiteral("--timeout"), 30, 0, 86400, &timeout, io) ||
        !numberOption(args, QStringLiteral("--duration"), 10, 0.1, 86400, &duration, io))
        return ExitUsage;
    const QString query = takeOption(args, QStringLiteral("--query"), QStringLiteral("SELECT 1"));
    const QString kindText = takeOption(args, QStringLiteral("--kind"), QStringLiteral("queue"));
    const bool prePing = takeFlag(args, QStringLiteral("--pre-ping"));
    const bool lifo = takeFlag(args, QStringLiteral("--lifo"));
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--"))) {
        io.err << "usage: stratum-cli pool-bench URL [--threads N] [--pool-size P] "
                  "[--max-overflow O] [--timeout SECONDS] [--duration SECONDS] [--query SQL] "
                  "[--kind queue|null|static] [--pre-ping] [--lifo]\n";
        return ExitUsage;
    }

    const Result<config::Url> url = config::Url::parse(args.first());
    if (!url) {
        io.err << "stratum-cli pool-bench: " << url.error().toString() << '\n';
        return ExitUsage;
    }
    engine::PoolOptions options;
    const Result<engine::PoolKind> kind = engine::PoolOptions::parseKind(kindText);
    if (!kind) {
        io.err << "stratum-cli pool-bench: " << kind.error().message << '\n';
        return ExitUsage;
    }
    options.kind = kind.value();
    options.poolSize = int(poolSize);
    options.maxOverflow = int(maxOverflow);
    options.timeout = std::chrono::milliseconds(qint64(timeout * 1000));
    options.prePing = prePing;
    options.useLifo = lifo;
    Result<std::unique_ptr<engine::Engine>> made = engine::Engine::create(url.value(), options);
    if (!made) {
        io.err << "stratum-cli pool-bench: " << made.error().toString() << '\n';
        return ExitUsage;
    }
    engine::Engine &engine = *made.value();

    io.out << "pool-bench " << url.value().toString() << '\n'
           << int(threads) << " threads, "
           << engine::PoolOptions::kindName(engine.pool().options().kind) << " size "
           << engine.statistics().poolSize << " overflow " << engine.statistics().maxOverflow
           << " timeout " << QString::number(timeout, 'f', 2) << " s, for "
           << QString::number(duration, 'f', 1) << " s: " << query << '\n';
    io.out.flush();

    engine::LoadSpec spec;
    spec.workers = int(threads);
    spec.query = query;
    spec.duration = std::chrono::milliseconds(qint64(duration * 1000));
    spec.holderPrefix = QStringLiteral("pool-bench");
    const engine::LoadReport report = engine::LoadGenerator::run(engine, spec);

    const engine::PoolStatistics s = engine.statistics();
    io.out << "requests     " << report.ok << " ok, " << report.failed << " failed, "
           << report.timeouts << " timeouts\n"
           << "throughput   " << QString::number(report.throughput(), 'f', 1) << " requests/s\n"
           << "wait         " << formatHistogram(s.waitTime) << " (successful checkouts)\n"
           << "hold         " << formatHistogram(s.holdTime) << '\n'
           << "connections  " << s.connects << " opened, " << s.connectFailures
           << " failed to open, " << s.invalidations << " invalidated, " << s.recycles
           << " recycled\n"
           << s.status() << '\n';
    if (!report.firstError.isEmpty())
        io.err << "first error: " << report.firstError << '\n';
    engine.dispose();
    return report.failed > 0 || report.ok == 0 ? ExitFailure : ExitOk;
}

const bool registered = CommandRegistry::add(
    {QStringLiteral("pool-bench"), QStringLiteral("pool-bench URL [--threads N] [...]"),
     QStringLiteral("load a pool from N threads (--pool-size P --max-overflow O --timeout T "
                    "--duration S --query SQL --kind K --pre-ping --lifo); print throughput, "
                    "checkout waits and timeouts"),
     runPoolBench});

}  // namespace
}  // namespace stratum::cli
