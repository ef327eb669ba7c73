// Pool hygiene: pre-ping, recycle, invalidation generations, reset on return,
// dispose and leak reports, against a fake connector.
#include "FakeConnection.h"

#include "core/engine/Pool.h"

#include <QRegularExpression>
#include <QTest>

#include <vector>

using namespace stratum;
using namespace stratum::engine;
using namespace stratum::engine::testing;
using namespace std::chrono_literals;

namespace {

PoolOptions options(int size, int overflow = 0)
{
    PoolOptions o;
    o.poolSize = size;
    o.maxOverflow = overflow;
    o.timeout = 5s;
    return o;
}

ConnectionHandle mustCheckout(Pool &pool, const QString &label = {})
{
    Result<ConnectionHandle> r = pool.checkout(label);
    if (!r)
        qFatal("checkout failed: %s", qPrintable(r.error().message));
    return std::move(r).value();
}

// Records the kinds of events, with their connection ids and reasons.
struct Recorder
{
    explicit Recorder(Pool &pool)
        : events(pool.events())
    {
        token = events.subscribe([this](const PoolEvent &e) {
            std::lock_guard lock(mutex);
            seen.push_back({e.kind, e.connectionId, e.reason.toString(), e.holder.toString()});
        });
    }
    ~Recorder() { events.unsubscribe(token); }
    struct Seen
    {
        PoolEventKind kind;
        quint64 id;
        QString reason;
        QString holder;
    };
    int count(PoolEventKind kind) const
    {
        std::lock_guard lock(mutex);
        int n = 0;
        for (const auto &s : seen)
            n += s.kind == kind;
        return n;
    }
    PoolEvents &events;
    PoolEvents::Token token = 0;
    mutable std::mutex mutex;
    std::vector<Seen> seen;
};

}  // namespace

class TestPoolHygiene : public QObject
{
    Q_OBJECT

private slots:
    void prePingReplacesDeadConnection()
    {
        FakeServer server;
        PoolOptions o = options(2);
        o.prePing = true;
        auto pool = Pool::create(fakeConnector(server), o);
        int firstPid = 0;
        {
            ConnectionHandle h = mustCheckout(*pool);
            firstPid = h.backendPid();
        }
        server.kill(firstPid);
        Recorder rec(*pool);
        ConnectionHandle h = mustCheckout(*pool);
        QVERIFY(h.backendPid() != firstPid);
        QVERIFY(h.execute(QStringLiteral("SELECT 1")).ok());
        QVERIFY(server.pings.load() >= 1);
        const PoolStatistics s = pool->statistics();
        QCOMPARE(s.invalidations, 1u);
        QCOMPARE(s.size, 1);
        QCOMPARE(rec.count(PoolEventKind::Invalidate), 1);
        QCOMPARE(rec.seen.front().reason, QStringLiteral("pre-ping failed"));
    }

    void withoutPrePingTheCallerSeesTheDisconnect()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(2));
        int pid = 0;
        {
            ConnectionHandle h = mustCheckout(*pool);
            pid = h.backendPid();
        }
        server.kill(pid);
        {
            ConnectionHandle h = mustCheckout(*pool);
            QCOMPARE(h.backendPid(), pid);
            const Result<ExecResult> r = h.execute(QStringLiteral("SELECT 1"));
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(QStringLiteral("closed the connection")));
        }
        QCOMPARE(pool->statistics().size, 0);  // not returned to the pool
        ConnectionHandle h = mustCheckout(*pool);
        QVERIFY(h.backendPid() != pid);
        QCOMPARE(server.pings.load(), 0);
    }

    void recycleReplacesOldConnections()
    {
        FakeServer server;
        PoolOptions o = options(1);
        o.recycle = 50ms;
        auto pool = Pool::create(fakeConnector(server), o);
        quint64 first = 0;
        {
            ConnectionHandle h = mustCheckout(*pool);
            first = h.id();
        }
        {
            ConnectionHandle h = mustCheckout(*pool);
            QCOMPARE(h.id(), first);  // young enough
        }
        QThread::msleep(80);
        Recorder rec(*pool);
        ConnectionHandle h = mustCheckout(*pool);
        QVERIFY(h.id() != first);
        QCOMPARE(pool->statistics().recycles, 1u);
        QCOMPARE(server.closes.load(), 1);
        QCOMPARE(rec.count(PoolEventKind::Recycle), 1);
        QCOMPARE(rec.count(PoolEventKind::Connect), 1);
    }

    void disconnectDiscardsOlderIdleConnections()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(3));
        ConnectionHandle a = mustCheckout(*pool);
        ConnectionHandle b = mustCheckout(*pool);
        ConnectionHandle c = mustCheckout(*pool);
        a.release();
        b.release();
        QCOMPARE(pool->statistics().idle, 2);
        server.kill(c.backendPid());
        QVERIFY(!c.execute(QStringLiteral("SELECT 1")).ok());
        // The idle ones are gone at once, before c comes back.
        PoolStatistics s = pool->statistics();
        QCOMPARE(s.idle, 0);
        QCOMPARE(s.size, 1);
        QCOMPARE(server.closes.load(), 2);
        c.release();
        s = pool->statistics();
        QCOMPARE(s.size, 0);
        QCOMPARE(s.invalidations, 3u);
        QCOMPARE(server.closes.load(), 3);
        ConnectionHandle fresh = mustCheckout(*pool);
        QCOMPARE(fresh.id(), 4u);
    }

    void checkedOutOlderConnectionsRetireAtCheckin()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(3));
        ConnectionHandle x = mustCheckout(*pool);
        ConnectionHandle y = mustCheckout(*pool);
        server.kill(x.backendPid());
        QVERIFY(!x.execute(QStringLiteral("SELECT 1")).ok());
        x.release();
        // y was opened before the invalidation: it is closed when returned.
        QVERIFY(y.execute(QStringLiteral("SELECT 1")).ok());
        y.release();
        QCOMPARE(pool->statistics().size, 0);
        QCOMPARE(server.closes.load(), 2);
    }

    void staleDisconnectKeepsNewerGeneration()
    {
        // Pool._invalidate semantics: an error from a connection older than the
        // last invalidation does not invalidate again.
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(3));
        ConnectionHandle x = mustCheckout(*pool);
        ConnectionHandle y = mustCheckout(*pool);
        server.kill(x.backendPid());
        QVERIFY(!x.execute(QStringLiteral("SELECT 1")).ok());
        x.release();
        QThread::msleep(2);
        quint64 zid = 0;
        {
            ConnectionHandle z = mustCheckout(*pool);  // opened after the invalidation
            zid = z.id();
        }
        QCOMPARE(pool->statistics().idle, 1);
        server.kill(y.backendPid());
        QVERIFY(!y.execute(QStringLiteral("SELECT 1")).ok());
        QCOMPARE(pool->statistics().idle, 1);  // z survives
        y.release();
        ConnectionHandle again = mustCheckout(*pool);
        QCOMPARE(again.id(), zid);

        // A disconnect in the current generation discards every idle connection
        // opened before it was detected.
        ConnectionHandle w = mustCheckout(*pool);
        w.release();
        QThread::msleep(2);
        server.kill(again.backendPid());
        QVERIFY(!again.execute(QStringLiteral("SELECT 1")).ok());
        QCOMPARE(pool->statistics().idle, 0);
    }

    void resetOnReturn_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("statement");  // what the client ran
        QTest::addColumn<QString>("expected");   // what checkin sent, or empty
        QTest::newRow("rollback") << "rollback"
                                  << "BEGIN"
                                  << "ROLLBACK";
        QTest::newRow("rollback idle") << "rollback"
                                       << "SELECT 1"
                                       << "";
        QTest::newRow("commit") << "commit"
                                << "BEGIN"
                                << "COMMIT";
        QTest::newRow("commit after error") << "commit"
                                            << "FAIL"
                                            << "ROLLBACK";
        QTest::newRow("none") << "none"
                              << "BEGIN"
                              << "";
    }
    void resetOnReturn()
    {
        QFETCH(QString, mode);
        QFETCH(QString, statement);
        QFETCH(QString, expected);
        FakeServer server;
        PoolOptions o = options(1);
        o.resetOnReturn = PoolOptions::parseReset(mode).value();
        auto pool = Pool::create(fakeConnector(server), o);
        Recorder rec(*pool);
        int pid = 0;
        {
            ConnectionHandle h = mustCheckout(*pool);
            pid = h.backendPid();
            if (statement == QLatin1String("FAIL"))
                QVERIFY(h.execute(QStringLiteral("BEGIN")).ok());
            h.execute(statement);
            if (statement != QLatin1String("SELECT 1")) {
                const PoolStatistics s = pool->statistics();
                QCOMPARE(s.connections.at(0).state, ConnectionState::InTransaction);
            }
        }
        const QStringList log = server.log();
        const QString last = log.last().section(QLatin1Char(':'), 1);
        if (expected.isEmpty()) {
            QVERIFY(last != QLatin1String("ROLLBACK") && last != QLatin1String("COMMIT"));
            QCOMPARE(rec.count(PoolEventKind::Reset), 0);
        } else {
            QCOMPARE(log.last(), QString::number(pid) + QLatin1Char(':') + expected);
            QCOMPARE(rec.count(PoolEventKind::Reset), 1);
            QCOMPARE(pool->statistics().resets, 1u);
        }
        const PoolStatistics s = pool->statistics();
        QCOMPARE(s.idle, 1);  // kept
        QCOMPARE(s.connections.at(0).state, ConnectionState::Idle);
    }

    void failedResetDiscardsConnection()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(1));
        {
            ConnectionHandle h = mustCheckout(*pool);
            QVERIFY(h.execute(QStringLiteral("BEGIN")).ok());
            server.failReset = true;
        }
        QCOMPARE(pool->statistics().size, 0);
        QCOMPARE(server.closes.load(), 1);
        QCOMPARE(pool->statistics().invalidations, 1u);
    }

    void holderCanInvalidate()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(1));
        Recorder rec(*pool);
        {
            ConnectionHandle h = mustCheckout(*pool, QStringLiteral("job"));
            h.invalidate(QStringLiteral("session state unknown"));
        }
        QCOMPARE(pool->statistics().size, 0);
        QCOMPARE(rec.count(PoolEventKind::Invalidate), 1);
        QCOMPARE(rec.count(PoolEventKind::Close), 1);
        for (const auto &s : rec.seen) {
            if (s.kind == PoolEventKind::Invalidate)
                QCOMPARE(s.reason, QStringLiteral("session state unknown"));
        }
    }

    void disposeClosesIdleAndRetiresCheckedOut()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(3));
        ConnectionHandle a = mustCheckout(*pool);
        ConnectionHandle b = mustCheckout(*pool);
        ConnectionHandle c = mustCheckout(*pool);
        a.release();
        b.release();
        pool->dispose();
        QCOMPARE(server.closes.load(), 2);
        QCOMPARE(pool->statistics().size, 1);
        c.release();
        QCOMPARE(server.closes.load(), 3);
        const PoolStatistics s = pool->statistics();
        QCOMPARE(s.size, 0);
        QCOMPARE(s.invalidations, 0u);   // disposing is not invalidating
        QVERIFY(pool->checkout().ok());  // still usable, lazily
        QCOMPARE(server.connects.load(), 4);
    }

    void handleOutlivesPoolOwner()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(1));
        ConnectionHandle h = mustCheckout(*pool);
        pool.reset();  // the handle keeps the pool alive
        QVERIFY(h.execute(QStringLiteral("SELECT 1")).ok());
        h.release();
        QCOMPARE(server.closes.load(), 1);  // the last reference closed it
    }

    void leakIsReportedOnceWithHolder()
    {
        FakeServer server;
        PoolOptions o = options(2);
        o.leakThreshold = 50ms;
        auto pool = Pool::create(fakeConnector(server), o);
        Recorder rec(*pool);
        ConnectionHandle leaked = mustCheckout(*pool, QStringLiteral("nightly report"));
        ConnectionHandle fine = mustCheckout(*pool, QStringLiteral("short job"));
        fine.release();
        QCOMPARE(pool->checkLeaks(), 0);
        QThread::msleep(80);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("checked out by 'nightly report'")));
        const PoolStatistics s = pool->statistics();
        QCOMPARE(s.leaks, 1u);
        QCOMPARE(rec.count(PoolEventKind::Leak), 1);
        bool found = false;
        for (const auto &e : rec.seen) {
            if (e.kind == PoolEventKind::Leak) {
                QCOMPARE(e.holder, QStringLiteral("nightly report"));
                QCOMPARE(e.id, leaked.id());
                found = true;
            }
        }
        QVERIFY(found);
        bool flagged = false;
        for (const ConnectionRecord &r : s.connections)
            flagged |= r.id == leaked.id() && r.leakReported;
        QVERIFY(flagged);
        QCOMPARE(pool->checkLeaks(), 0);  // once only
        QCOMPARE(pool->statistics().leaks, 1u);
    }
};

QTEST_GUILESS_MAIN(TestPoolHygiene)
#include "test_pool_hygiene.moc"
