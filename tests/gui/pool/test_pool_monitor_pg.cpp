// The pool monitor against the private PostgreSQL cluster: the eleventh
// request (gauges and a waiter lane), invalidation under load, the server
// view matching the pool's own view, the monitor's cost to the pool (the
// issue's 0.95x on its default workload) and leak warnings.
#include "tests/pg/pool/PgPoolSupport.h"
#include "ui/pool/LoadGeneratorPanel.h"
#include "ui/pool/PoolEventLog.h"
#include "ui/pool/PoolGauges.h"
#include "ui/pool/PoolMonitor.h"
#include "ui/pool/PoolServerView.h"
#include "ui/pool/PoolTimeline.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <thread>
#include <vector>

using namespace stratum;
using namespace stratum::engine;
using namespace stratum::engine::testing;
using namespace stratum::ui;
using namespace std::chrono_literals;

class TestPoolMonitorPg : public QObject
{
    Q_OBJECT

private:
    PgTestDatabase m_db;

    std::shared_ptr<Engine> makeEngine(const PoolOptions &o = {})
    {
        Result<std::unique_ptr<Engine>> e = Engine::create(m_db.url(), o);
        if (!e)
            qFatal("Engine::create: %s", qPrintable(e.error().message));
        return std::shared_ptr<Engine>(std::move(e).value());
    }

private slots:
    void initTestCase()
    {
        QString error;
        if (!m_db.setUp(&error))
            QFAIL(qPrintable(error));
    }

    void elevenRequests()
    {
        auto engine = makeEngine();
        PoolMonitor monitor;
        monitor.resize(1200, 900);
        monitor.show();
        monitor.setEngine(engine, QStringLiteral("test"));
        LoadGeneratorPanel *load = monitor.loadGenerator();
        load->applyPreset(LoadGeneratorPanel::Preset::TenConnectionsElevenRequests);
        QCOMPARE(engine->pool().options().poolSize, 10);
        QCOMPARE(engine->pool().options().maxOverflow, 0);
        load->setWorkload(11, QStringLiteral("SELECT pg_sleep(0.2)"), 4, 0);
        load->start();
        // The gauges show a full pool and one waiter (sampled at 10 Hz).
        QTRY_VERIFY_WITH_TIMEOUT(
            monitor.gauges()->figure(QStringLiteral("checkedOut")) == QLatin1String("10") &&
                monitor.gauges()->figure(QStringLiteral("waiters")) == QLatin1String("1"),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(!load->isRunning(), 60000);
        monitor.tick();
        QCOMPARE(monitor.model().peakCheckedOut(), 10);
        QCOMPARE(monitor.model().peakWaiters(), 1);
        const LoadReport report = load->report();
        QVERIFY2(report.ok > 20 && report.failed == 0, qPrintable(report.toText()));
        QVERIFY(load->resultText().contains(QLatin1String("throughput")));

        // A worker's lane shows a wait that ends when another worker returns
        // its connection (the hand-off): a checkin by someone else just before.
        int matched = 0;
        for (const Lane &lane : monitor.model().lanes()) {
            if (!lane.waiterLane)
                continue;
            QVERIFY(lane.holder.startsWith(QLatin1String("load worker #")));
            for (const LaneSegment &s : lane.segments) {
                if (s.state != LaneState::Waiting || s.toNs < 0 || s.toNs - s.fromNs < 50000000)
                    continue;
                for (const PoolLogEntry &e : monitor.model().log()) {
                    if (e.kind == PoolEventKind::Checkin && e.holder != lane.holder &&
                        e.atNs <= s.toNs && s.toNs - e.atNs < 300000000LL) {
                        ++matched;
                        break;
                    }
                }
            }
        }
        QVERIFY2(matched > 0, "no wait that ended with another worker's checkin");
        // Ten connection lanes, each with a PID and a tooltip naming it.
        int connectionLanes = 0;
        for (const Lane &lane : monitor.model().lanes())
            connectionLanes += lane.waiterLane ? 0 : 1;
        QCOMPARE(connectionLanes, 10);
        const QString tip = monitor.timeline()->toolTipAt(QPoint(400, 18 + 5));
        QVERIFY2(tip.contains(QLatin1String("Backend PID")) &&
                     tip.contains(QLatin1String("pg_sleep")),
                 qPrintable(tip));
    }

    void invalidationUnderLoad()
    {
        PoolOptions o;
        o.prePing = true;
        auto engine = makeEngine(o);
        PoolMonitor monitor;
        monitor.show();
        monitor.setEngine(engine, QStringLiteral("test"));
        LoadGeneratorPanel *load = monitor.loadGenerator();
        load->setWorkload(6, QStringLiteral("SELECT pg_sleep(0.1)"), 8, 0);
        load->start();
        QTRY_VERIFY_WITH_TIMEOUT(engine->statistics().checkedOut >= 4, 20000);
        QSignalSpy fault(load, &LoadGeneratorPanel::faultDone);
        load->injectFault();
        QTRY_COMPARE_WITH_TIMEOUT(fault.count(), 1, 20000);
        const int pid = fault.at(0).at(0).toInt();
        QVERIFY2(pid > 0 && fault.at(0).at(1).toString().isEmpty(),
                 qPrintable(fault.at(0).at(1).toString()));
        const quint64 okAtFault = load->report().ok;
        // The invalidate event appears and the terminated backend's lane is marked.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(monitor.model().log().begin(), monitor.model().log().end(),
                        [](const PoolLogEntry &e) { return e.kind == PoolEventKind::Invalidate; }),
            20000);
        bool marked = false;
        for (const Lane &lane : monitor.model().lanes())
            marked = marked || (lane.backendPid == pid && lane.invalidated);
        QVERIFY(marked);
        // The load carries on.
        QTRY_VERIFY_WITH_TIMEOUT(load->report().ok >= okAtFault + 12, 30000);
        load->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!load->isRunning(), 30000);
        // The events log filters and exports the invalidation.
        monitor.tick();
        monitor.eventLog()->setKindFilter(QStringLiteral("invalidate"));
        QVERIFY(monitor.eventLog()->visibleRows() >= 1);
        const QString csv = monitor.eventLog()->toCsv();
        QVERIFY(csv.startsWith(QLatin1String("Time,Event,Connection,PID,Holder,Duration,Detail")));
        QVERIFY(csv.contains(QStringLiteral(",invalidate,")));
        QVERIFY(!csv.contains(QStringLiteral(",checkout,")));
    }

    void serverViewMatchesThePool()
    {
        auto engine = makeEngine();
        PoolMonitor monitor;
        monitor.show();
        monitor.setEngine(engine, QStringLiteral("test"));
        // Three pooled connections: one running a statement, two idle in the pool.
        Result<ConnectionHandle> a = engine->connect(QStringLiteral("busy"));
        Result<ConnectionHandle> b = engine->connect(QStringLiteral("b"));
        Result<ConnectionHandle> c = engine->connect(QStringLiteral("c"));
        QVERIFY(a && b && c);
        const int busyPid = a.value().backendPid();
        b.value().release();
        c.value().release();
        std::thread sleeper([&] { a.value().execute(QStringLiteral("SELECT pg_sleep(3)")); });
        QTRY_COMPARE_WITH_TIMEOUT(m_db.backendCount(), 3, 10000);
        QTest::qWait(300);  // let the sleeper's statement start
        monitor.tick();

        PoolServerView *server = monitor.serverView();
        QSignalSpy polled(server, &PoolServerView::polled);
        server->setInterval(0.5);
        server->setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 1, 20000);
        QVERIFY2(server->activity().error.isEmpty(), qPrintable(server->activity().error));
        QVERIFY(server->activity().maxConnections > 0);
        for (const ConnectionRecord &r : monitor.model().latest().connections) {
            const QString expected = r.state == ConnectionState::Idle ? QStringLiteral("idle")
                                                                      : QStringLiteral("active");
            QCOMPARE(server->poolBackendState(r.backendPid), expected);
        }
        QCOMPARE(server->poolBackendState(busyPid), QStringLiteral("active"));
        // The admin connection of this test is another client, listed apart.
        auto *others = monitor.findChild<QTreeWidget *>(QStringLiteral("serverOtherBackends"));
        auto *ours = monitor.findChild<QTreeWidget *>(QStringLiteral("serverPoolBackends"));
        QVERIFY(others && ours);
        QCOMPARE(ours->topLevelItemCount(), 3);
        QVERIFY(others->topLevelItemCount() >= 1);
        server->setEnabled(false);
        const int polls = server->pollCount();
        QTest::qWait(1200);
        QCOMPARE(server->pollCount(), polls);  // switched off: no more polls
        sleeper.join();
    }

    void costToThePool()
    {
        // The issue's acceptance: the monitor open at 10 Hz, the load
        // generator's default workload (SELECT pg_sleep(0.2)) at 32 workers on
        // a pool of 10, throughput at least 0.95x of the same load without the
        // monitor, in one run. Trials alternate in ABBA order (drift and
        // warm-up hit both sides) and the medians are compared. This load is
        // bounded by the pool (10 connections / 0.2 s = 50 requests/s), so a
        // busy 2-core CI machine barely moves it; the monitor's own cost is
        // what would. The stress workload (SELECT 1, CPU-bound) is printed
        // only: on a shared machine its ratio swings with the neighbours'
        // load (tests/bench/pool_monitor measures it properly).
        PoolOptions o;
        o.poolSize = 10;
        o.maxOverflow = 0;
        auto runOnce = [&](const QString &query, std::chrono::milliseconds duration,
                           bool withMonitor) {
            auto engine = makeEngine(o);
            std::unique_ptr<PoolMonitor> monitor;
            if (withMonitor) {
                monitor = std::make_unique<PoolMonitor>();
                monitor->resize(1200, 900);
                monitor->show();
                monitor->setEngine(engine, QStringLiteral("cost"));
            }
            LoadSpec spec;
            spec.workers = 32;
            spec.query = query;
            spec.duration = duration;
            LoadGenerator generator(*engine, spec);
            generator.start();
            while (!generator.isFinished())
                QTest::qWait(20);  // the monitor's 10 Hz timer runs meanwhile
            const LoadReport report = generator.wait();
            if (withMonitor) {
                monitor->tick();
                // The monitor saw the load: every checkout, none dropped.
                if (monitor->model().latest().checkouts < report.ok)
                    qWarning("monitor saw %llu checkouts of %llu",
                             monitor->model().latest().checkouts, report.ok);
            }
            if (report.failed > 0)
                qWarning("%s", qPrintable(report.toText()));
            return report.throughput();
        };
        auto measure = [&](const QString &query, std::chrono::milliseconds duration, int pairs) {
            std::vector<double> without, with;
            for (int r = 0; r < pairs; ++r) {
                const bool monitorFirst = r % 2 == 1;
                const double a = runOnce(query, duration, monitorFirst);
                const double b = runOnce(query, duration, !monitorFirst);
                with.push_back(monitorFirst ? a : b);
                without.push_back(monitorFirst ? b : a);
            }
            std::sort(without.begin(), without.end());
            std::sort(with.begin(), with.end());
            return std::pair{without[without.size() / 2], with[with.size() / 2]};
        };

        const auto [sleepWithout, sleepWith] =
            measure(QStringLiteral("SELECT pg_sleep(0.2)"), 4s, 3);
        qInfo("SELECT pg_sleep(0.2), 32 workers: without monitor %.1f/s, with %.1f/s, ratio %.3f",
              sleepWithout, sleepWith, sleepWith / sleepWithout);
        QVERIFY(sleepWithout > 30 && sleepWith > 0);  // about 50/s: bounded by the pool
        QVERIFY2(sleepWith >= 0.95 * sleepWithout,
                 qPrintable(QStringLiteral("monitor cost: %1x of the throughput without it")
                                .arg(sleepWith / sleepWithout, 0, 'f', 3)));

        const auto [selectWithout, selectWith] = measure(QStringLiteral("SELECT 1"), 2s, 1);
        qInfo("SELECT 1, 32 workers: without monitor %.0f/s, with %.0f/s, ratio %.3f "
              "(printed, not asserted)",
              selectWithout, selectWith, selectWith / selectWithout);
        QVERIFY(selectWithout > 0 && selectWith > 0);
    }

    void leakWarningNamesTheHolder()
    {
        PoolOptions o;
        o.leakThreshold = 300ms;
        auto engine = makeEngine(o);
        PoolMonitor monitor;
        monitor.show();
        monitor.setEngine(engine, QStringLiteral("test"));
        Result<ConnectionHandle> held = engine->connect(QStringLiteral("console tab 3"));
        QVERIFY(held.ok());
        QVERIFY(monitor.warningText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(monitor.warningText().contains(QLatin1String("console tab 3")),
                                 10000);
        QVERIFY(monitor.warningText().contains(QString::number(held.value().backendPid())));
    }
};

QTEST_MAIN(TestPoolMonitorPg)
#include "test_pool_monitor_pg.moc"
