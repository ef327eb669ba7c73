// Console benchmark: 1,000,000 rows of the fetch benchmark's query
// (tests/bench/fetch) streamed, in the same run and interleaved round by round,
//   engine   DriverConnection::stream() into a reused RowBatch, touching every
//            value (the Engine's raw fetch)
//   console  a QueryRunner on its worker thread with the size guard off,
//            every batch appended to a ResultModel on this (GUI) thread, as
//            the console does, with the event loop running
// and prints median wall times, the time ratio console/engine (target <=
// 1.25x) and the console's peak memory growth (VmHWM over the RSS before the
// run, freed memory trimmed first) against the text bytes of the values
// (target <= 1.6x).
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"
#include "ui/console/QueryRunner.h"
#include "ui/console/ResultModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace stratum;

namespace {

const char *const kQuery =
    "SELECT g::bigint AS id, 'customer-' || lpad(g::text, 11, '0') AS label, "
    "((g % 1000000) / 100.0)::numeric(12,2) AS amount, "
    "timestamptz '2024-01-01 00:00:00+00' + g * interval '1 second' AS created, "
    "g % 2 = 0 AS active, CASE WHEN g % 3 = 0 THEN NULL ELSE 'note ' || g END AS note "
    "FROM (SELECT generate_series(1, 1000000) AS g) s";

struct Sample
{
    double wallMs = 0;
    double growthMb = 0;  // peak RSS minus RSS before
    qint64 rows = 0;
    qint64 bytes = 0;  // text bytes of the values
};

double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() /
                   1024.0;
    }
    return 0;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

std::optional<Sample> runEngine(const config::Url &url)
{
    auto driver = engine::Driver::create(url);
    auto conn = driver ? driver.value()->connect()
                       : Result<std::unique_ptr<engine::DriverConnection>>(driver.error());
    if (!conn) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(conn.error().message));
        return std::nullopt;
    }
    malloc_trim(0);  // hand freed memory back, so that RSS is a fair baseline
    const double before = statusMb("VmRSS:");
    resetPeak();
    Sample s;
    QElapsedTimer t;
    t.start();
    auto stream = conn.value()->stream(QString::fromLatin1(kQuery));
    if (!stream) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(stream.error().message));
        return std::nullopt;
    }
    engine::RowBatch batch;
    qint64 checksum = 0;
    while (true) {
        const auto more = stream.value()->next(batch, 1000);
        if (!more) {
            std::fprintf(stderr, "engine: %s\n", qPrintable(more.error().message));
            return std::nullopt;
        }
        if (!*more)
            break;
        for (int r = 0; r < batch.rowCount(); ++r)
            for (int c = 0; c < batch.columnCount(); ++c) {
                if (batch.isNull(r, c))
                    continue;
                const std::string_view v = batch.view(r, c);
                checksum += qint64(v.size()) + v[0];
                s.bytes += qint64(v.size());
            }
        s.rows += batch.rowCount();
    }
    s.wallMs = double(t.nsecsElapsed()) / 1e6;
    s.growthMb = statusMb("VmHWM:") - before;
    if (checksum == 42)
        std::puts("");
    return s;
}

std::optional<Sample> runConsole(const std::shared_ptr<engine::Engine> &engine)
{
    Sample s;
    std::optional<Error> failed;
    double before = 0;
    QElapsedTimer t;
    {
        ui::ResultModel model;
        ui::QueryRunner runner(engine);
        runner.setRowLimit(0);
        runner.setByteLimit(0);
        QEventLoop loop;
        QObject::connect(&runner, &ui::QueryRunner::columnsReady, &model,
                         [&](int, const ui::ColumnList &columns) { model.setColumns(columns); });
        QObject::connect(&runner, &ui::QueryRunner::rowsReady, &model,
                         [&](int, const ui::SharedRowBatch &b) { model.appendBatch(b); });
        QObject::connect(&runner, &ui::QueryRunner::statementFailed, &model,
                         [&](int, const Error &e, const ui::StatementSummary &) { failed = e; });
        QObject::connect(&runner, &ui::QueryRunner::finished, &loop, &QEventLoop::quit);
        malloc_trim(0);  // the previous round's batches are gone: RSS is the baseline
        before = statusMb("VmRSS:");
        resetPeak();
        t.start();
        runner.run({ui::QueryRequest{QString::fromLatin1(kQuery), {}}});
        loop.exec();
        s.wallMs = double(t.nsecsElapsed()) / 1e6;
        s.growthMb = statusMb("VmHWM:") - before;
        s.rows = model.totalRows();
        s.bytes = qint64(model.valueBytes());
    }
    if (failed) {
        std::fprintf(stderr, "console: %s\n", qPrintable(failed->message));
        return std::nullopt;
    }
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int rounds = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(1, args[i + 1].toInt());
    }
    const auto url = config::Url::parse(qEnvironmentVariable("STRATUM_TEST_PG_URL"));
    if (!url) {
        std::fputs("bench_console: set STRATUM_TEST_PG_URL (scripts/dev-cluster.sh start)\n",
                   stderr);
        return 2;
    }
    auto created = engine::Engine::create(url.value());
    if (!created) {
        std::fprintf(stderr, "bench_console: %s\n", qPrintable(created.error().message));
        return 2;
    }
    std::shared_ptr<engine::Engine> engine(std::move(created).value());

    std::vector<double> eWall, cWall, cGrowth, eGrowth;
    qint64 bytes = 0;
    qint64 rows = 0;
    for (int round = 0; round <= rounds; ++round) {  // round 0 warms up
        const auto e = runEngine(url.value());
        const auto c = runConsole(engine);
        if (!e || !c)
            return 1;
        if (c->rows != e->rows) {
            std::fprintf(stderr, "row counts differ: console %lld, engine %lld\n", c->rows,
                         e->rows);
            return 1;
        }
        std::printf("round %d: engine %.0f ms (+%.1f MiB) | console %.0f ms (+%.1f MiB)%s\n", round,
                    e->wallMs, e->growthMb, c->wallMs, c->growthMb,
                    round == 0 ? "  (warm-up)" : "");
        std::fflush(stdout);
        if (round == 0)
            continue;
        eWall.push_back(e->wallMs);
        cWall.push_back(c->wallMs);
        eGrowth.push_back(e->growthMb);
        cGrowth.push_back(c->growthMb);
        bytes = e->bytes;
        rows = e->rows;
    }
    const double textMb = double(bytes) / (1024.0 * 1024.0);
    const double timeRatio = median(cWall) / median(eWall);
    const double memRatio = median(cGrowth) / textMb;
    std::printf("\n%lld rows, %.1f MiB of value text; median of %d rounds\n", rows, textMb, rounds);
    std::printf("  engine raw fetch  %8.0f ms  peak +%.1f MiB\n", median(eWall), median(eGrowth));
    std::printf("  console model     %8.0f ms  peak +%.1f MiB\n", median(cWall), median(cGrowth));
    std::printf("  time   %.2fx the engine's raw fetch (target <= 1.25x) %s\n", timeRatio,
                timeRatio <= 1.25 ? "met" : "NOT met");
    std::printf("  memory %.2fx the text bytes (target <= 1.6x) %s\n", memRatio,
                memRatio <= 1.6 ? "met" : "NOT met");
    return 0;
}
