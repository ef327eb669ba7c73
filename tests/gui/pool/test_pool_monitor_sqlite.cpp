// The pool monitor on SQLite: lanes and the events log from pool events,
// live settings with a marker, the 10-minute window, the server view being
// off outside PostgreSQL, and the event queue's bound.
#include "core/config/Url.h"
#include "core/engine/Engine.h"
#include "ui/pool/LoadGeneratorPanel.h"
#include "ui/pool/PoolEventFeed.h"
#include "ui/pool/PoolEventLog.h"
#include "ui/pool/PoolGauges.h"
#include "ui/pool/PoolMonitor.h"
#include "ui/pool/PoolSettingsEditor.h"
#include "ui/pool/PoolTimeline.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::engine;
using namespace stratum::ui;

class TestPoolMonitorSqlite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::shared_ptr<Engine> makeEngine(const QString &name, const PoolOptions &o = {})
    {
        Result<config::Url> url =
            config::Url::parse(QStringLiteral("sqlite:///") + m_dir.filePath(name));
        Result<std::unique_ptr<Engine>> e = Engine::create(url.value(), o);
        if (!e)
            qFatal("Engine::create: %s", qPrintable(e.error().message));
        return std::shared_ptr<Engine>(std::move(e).value());
    }

private slots:
    void lanesAndLogFollowTheEvents()
    {
        auto engine = makeEngine(QStringLiteral("lanes.db"));
        PoolMonitor monitor;
        monitor.show();
        monitor.setEngine(engine, QStringLiteral("demo"));
        QCOMPARE(monitor.gauges()->figure(QStringLiteral("size")), QStringLiteral("0"));
        {
            Result<ConnectionHandle> h = engine->connect(QStringLiteral("console tab 1"));
            QVERIFY(h.ok());
            QVERIFY(h.value().execute(QStringLiteral("SELECT 7")).ok());
            monitor.tick();
            QCOMPARE(monitor.gauges()->figure(QStringLiteral("checkedOut")), QStringLiteral("1"));
            const Lane *lane = monitor.model().connectionLane(h.value().id());
            QVERIFY(lane);
            QCOMPARE(lane->holder, QStringLiteral("console tab 1"));
            QCOMPARE(lane->lastStatement, QStringLiteral("SELECT 7"));
            QCOMPARE(lane->segments.front().state, LaneState::Connecting);
            QCOMPARE(lane->segments.back().state, LaneState::InUse);
        }
        monitor.tick();
        QCOMPARE(monitor.gauges()->figure(QStringLiteral("idle")), QStringLiteral("1"));
        QCOMPARE(monitor.model().lanes().front().segments.back().state, LaneState::Idle);
        QStringList kinds;
        for (const PoolLogEntry &e : monitor.model().log())
            kinds << poolEventName(e.kind);
        QCOMPARE(kinds, QStringList({QStringLiteral("connect"), QStringLiteral("checkout"),
                                     QStringLiteral("checkin")}));
        monitor.eventLog()->setTextFilter(QStringLiteral("tab 1"));
        QCOMPARE(monitor.eventLog()->visibleRows(), 3);
        QTemporaryDir out;
        const QString csvPath = out.filePath(QStringLiteral("events.csv"));
        QVERIFY(monitor.eventLog()->exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 4);
        QVERIFY(monitor.timeline()->laneCount() >= 1);
    }

    void liveSettingsShowATransition()
    {
        auto engine = makeEngine(QStringLiteral("settings.db"));
        PoolMonitor monitor;
        monitor.setEngine(engine, QStringLiteral("demo"));
        auto *size = monitor.findChild<QSpinBox *>(QStringLiteral("settingsPoolSize"));
        QVERIFY(size);
        QCOMPARE(size->value(), 5);
        size->setValue(7);
        QVERIFY(monitor.settingsEditor()->apply());
        QCOMPARE(engine->pool().options().poolSize, 7);
        QVERIFY(!monitor.model().markers().empty());
        QCOMPARE(monitor.model().markers().back().kind, PoolMarker::Settings);
        monitor.tick();
        QCOMPARE(monitor.gauges()->figure(QStringLiteral("limit")), QStringLiteral("17"));
        monitor.setWindowSeconds(600);
        // Server view and fault need PostgreSQL.
        auto *poll = monitor.findChild<QCheckBox *>(QStringLiteral("serverViewEnabled"));
        QVERIFY(poll && !poll->isEnabled());
    }

    void loadGeneratorRunsOnSqlite()
    {
        auto engine = makeEngine(QStringLiteral("load.db"));
        PoolMonitor monitor;
        monitor.show();
        monitor.setEngine(engine, QStringLiteral("demo"));
        LoadGeneratorPanel *load = monitor.loadGenerator();
        load->setWorkload(3, QStringLiteral("SELECT 1"), 0.5, 5);
        load->start();
        QTRY_VERIFY_WITH_TIMEOUT(!load->isRunning(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(load->resultText().contains(QLatin1String("requests/s")), 5000);
        QVERIFY(load->report().ok > 0);
        QCOMPARE(load->report().failed, quint64(0));
    }

    void feedIsBounded()
    {
        auto engine = makeEngine(QStringLiteral("feed.db"));
        PoolEventFeed feed(engine->pool().shared_from_this(), 16);
        for (int i = 0; i < 20; ++i) {
            Result<ConnectionHandle> h = engine->connect(QStringLiteral("x"));
            QVERIFY(h.ok());
        }
        std::vector<FeedEvent> events;
        feed.drain(events);
        // 1 connect + 20 checkouts + 20 checkins: the first 16 are kept, oldest
        // first, and every later one is counted as dropped.
        QCOMPARE(events.size(), size_t(16));
        QCOMPARE(feed.dropped(), quint64(41 - 16));
        QCOMPARE(events.front().kind, PoolEventKind::Connect);
        QCOMPARE(events[1].kind, PoolEventKind::Checkout);
        QCOMPARE(events[1].holder, QStringLiteral("x"));
        for (size_t i = 1; i < events.size(); ++i)
            QVERIFY(events[i].atNs >= events[i - 1].atNs);
        // Drained: room again, and the count stays.
        Result<ConnectionHandle> h = engine->connect(QStringLiteral("y"));
        QVERIFY(h.ok());
        events.clear();
        feed.drain(events);
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].holder, QStringLiteral("y"));
        QCOMPARE(feed.dropped(), quint64(41 - 16));
    }
};

QTEST_MAIN(TestPoolMonitorSqlite)
#include "test_pool_monitor_sqlite.moc"
