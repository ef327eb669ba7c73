// Pool events, statistics, histograms, NullPool/StaticPool and the
// allocation-free fast path, against a fake connector.
#include "FakeConnection.h"

#include "core/engine/Pool.h"
#include "core/engine/PoolEventRing.h"

#include <QTest>

#include <atomic>
#include <cstdlib>
#include <new>
#include <thread>
#include <vector>

using namespace stratum;
using namespace stratum::engine;
using namespace stratum::engine::testing;
using namespace std::chrono_literals;

// Counts every allocation in this test program, to prove the fast path makes none.
static std::atomic<long> g_allocations{0};

void *operator new(std::size_t size)
{
    ++g_allocations;
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

namespace {

PoolOptions options(int size, int overflow = 0, std::chrono::milliseconds timeout = 5s)
{
    PoolOptions o;
    o.poolSize = size;
    o.maxOverflow = overflow;
    o.timeout = timeout;
    return o;
}

ConnectionHandle mustCheckout(Pool &pool, const QString &label = {})
{
    Result<ConnectionHandle> r = pool.checkout(label);
    if (!r)
        qFatal("checkout failed: %s", qPrintable(r.error().message));
    return std::move(r).value();
}

const char *kindName(PoolEventKind k)
{
    static const char *names[] = {"connect", "checkout", "checkin", "reset", "invalidate",
                                  "recycle", "timeout",  "close",   "leak"};
    return names[int(k)];
}

}  // namespace

class TestPoolEvents : public QObject
{
    Q_OBJECT

private slots:
    void eventsArriveInOrder()
    {
        FakeServer server;
        PoolOptions o = options(1, 0, 50ms);
        auto pool = Pool::create(fakeConnector(server), o);
        QStringList seen;
        pool->events().subscribe([&](const PoolEvent &e) {
            seen << QString::fromLatin1(kindName(e.kind)) + QLatin1Char(' ') +
                        QString::number(e.connectionId) + QLatin1Char(' ') + e.holder.toString();
        });
        {
            ConnectionHandle h = mustCheckout(*pool, QStringLiteral("a"));
            QVERIFY(h.execute(QStringLiteral("BEGIN")).ok());
            QVERIFY(!pool->checkout(QStringLiteral("b")).ok());  // times out
        }
        {
            ConnectionHandle h = mustCheckout(*pool, QStringLiteral("c"));
            h.invalidate();
        }
        QCOMPARE(seen, (QStringList{
                           QStringLiteral("connect 1 a"),
                           QStringLiteral("checkout 1 a"),
                           QStringLiteral("timeout 0 b"),
                           QStringLiteral("reset 1 a"),
                           QStringLiteral("checkin 1 a"),
                           QStringLiteral("checkout 1 c"),
                           QStringLiteral("checkin 1 c"),
                           QStringLiteral("invalidate 1 "),
                           QStringLiteral("close 1 "),
                       }));
    }

    void eventCarriesDurations()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(1));
        std::chrono::nanoseconds hold{0};
        pool->events().subscribe([&](const PoolEvent &e) { hold = e.duration; },
                                 poolEventBit(PoolEventKind::Checkin));
        {
            ConnectionHandle h = mustCheckout(*pool);
            QThread::msleep(20);
        }
        QVERIFY(hold >= 19ms);
        QVERIFY(hold < 2s);
    }

    void unsubscribeAndMasks()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(2));
        int all = 0;
        int checkins = 0;
        const auto tAll = pool->events().subscribe([&](const PoolEvent &) { ++all; });
        pool->events().subscribe([&](const PoolEvent &) { ++checkins; },
                                 poolEventBit(PoolEventKind::Checkin));
        QVERIFY(pool->events().wants(PoolEventKind::Checkout));
        mustCheckout(*pool).release();  // connect, checkout, checkin
        QCOMPARE(all, 3);
        QCOMPARE(checkins, 1);
        pool->events().unsubscribe(tAll);
        QVERIFY(!pool->events().wants(PoolEventKind::Checkout));
        QVERIFY(pool->events().wants(PoolEventKind::Checkin));
        mustCheckout(*pool).release();
        QCOMPARE(all, 3);
        QCOMPARE(checkins, 2);
        pool->events().unsubscribe(12345);  // unknown: ignored
    }

    void listenerMayUnsubscribeItself()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(1));
        int calls = 0;
        PoolEvents::Token token = 0;
        token = pool->events().subscribe([&](const PoolEvent &) {
            ++calls;
            pool->events().unsubscribe(token);
        });
        mustCheckout(*pool).release();
        QCOMPARE(calls, 1);
    }

    void statisticsSnapshot()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(5, 10));
        ConnectionHandle a = mustCheckout(*pool, QStringLiteral("grid loader"));
        ConnectionHandle b = mustCheckout(*pool, QStringLiteral("migration"));
        ConnectionHandle c = mustCheckout(*pool);
        QVERIFY(b.execute(QStringLiteral("BEGIN")).ok());
        c.release();
        const PoolStatistics s = pool->statistics();
        QCOMPARE(s.kind, QStringLiteral("QueuePool"));
        QCOMPARE(s.size, 3);
        QCOMPARE(s.idle, 1);
        QCOMPARE(s.checkedOut, 2);
        QCOMPARE(s.overflow, 0);
        QCOMPARE(s.checkouts, 3u);
        QCOMPARE(s.checkins, 1u);
        QCOMPARE(s.connects, 3u);
        QCOMPARE(s.waitTime.count, 3u);
        QCOMPARE(s.holdTime.count, 1u);
        QCOMPARE(s.connections.size(), size_t(3));
        const ConnectionRecord &ra = s.connections[0];
        QCOMPARE(ra.id, a.id());
        QCOMPARE(ra.backendPid, a.backendPid());
        QCOMPARE(ra.state, ConnectionState::InUse);
        QCOMPARE(ra.holder, QStringLiteral("grid loader"));
        QVERIFY(ra.created <= std::chrono::system_clock::now());
        QVERIFY(ra.created > std::chrono::system_clock::now() - 1min);
        QVERIFY(ra.lastCheckout >= ra.created - 1ms);
        QCOMPARE(s.connections[1].state, ConnectionState::InTransaction);
        QCOMPARE(s.connections[1].holder, QStringLiteral("migration"));
        QCOMPARE(s.connections[2].state, ConnectionState::Idle);
        QVERIFY(s.connections[2].holder.isEmpty());
        QCOMPARE(connectionStateName(ConnectionState::InTransaction),
                 QStringLiteral("in transaction"));
        QCOMPARE(s.status(), QStringLiteral("Pool size: 5  Connections in pool: 1 Current "
                                            "Overflow: 0 Current Checked out connections: 2 "
                                            "Waiting: 0"));
    }

    void histogramBucketsAndPercentiles()
    {
        // Buckets are contiguous, increasing and cover their values.
        quint64 previousUpper = 0;
        for (int i = 1; i < LatencyHistogram::BucketCount; ++i) {
            const quint64 upper = LatencyHistogram::bucketUpperBound(i);
            QVERIFY(upper > previousUpper);
            QCOMPARE(LatencyHistogram::bucketOf(upper), i);
            QCOMPARE(LatencyHistogram::bucketOf(previousUpper + 1), i);
            previousUpper = upper;
        }
        QCOMPARE(LatencyHistogram::bucketOf(~quint64(0)), LatencyHistogram::BucketCount - 1);

        LatencyHistogram h;
        for (int us = 1; us <= 1000; ++us)
            h.record(std::chrono::microseconds(us));
        const HistogramSnapshot s = h.snapshot();
        QCOMPARE(s.count, 1000u);
        QCOMPARE(s.min, std::chrono::nanoseconds(1us));
        QCOMPARE(s.max, std::chrono::nanoseconds(1000us));
        auto near = [](std::chrono::nanoseconds got, std::chrono::microseconds want) {
            const double ratio = double(got.count()) / double(want.count() * 1000);
            return ratio >= 0.99 && ratio <= 1.13;  // one bucket of resolution
        };
        QVERIFY2(near(s.p50, 500us), qPrintable(QString::number(s.p50.count())));
        QVERIFY2(near(s.p95, 950us), qPrintable(QString::number(s.p95.count())));
        QVERIFY2(near(s.p99, 990us), qPrintable(QString::number(s.p99.count())));
        QVERIFY(near(s.mean, 500us));
        h.clear();
        QCOMPARE(h.snapshot().count, 0u);
        QCOMPARE(h.snapshot().p99, 0ns);
    }

    void nullPoolConnectsPerCheckout()
    {
        FakeServer server;
        PoolOptions o;
        o.kind = PoolKind::Null;
        auto pool = Pool::create(fakeConnector(server), o);
        std::vector<ConnectionHandle> many;
        for (int i = 0; i < 20; ++i)  // no limit
            many.push_back(mustCheckout(*pool));
        QCOMPARE(server.connects.load(), 20);
        QCOMPARE(pool->statistics().checkedOut, 20);
        QCOMPARE(pool->statistics().overflow, 0);
        many.clear();
        QCOMPARE(server.closes.load(), 20);
        const PoolStatistics s = pool->statistics();
        QCOMPARE(s.size, 0);
        QCOMPARE(s.kind, QStringLiteral("NullPool"));
        QCOMPARE(s.status(), QStringLiteral("NullPool  Current Checked out connections: 0"));
        mustCheckout(*pool).release();
        QCOMPARE(server.connects.load(), 21);
    }

    void staticPoolKeepsOneConnection()
    {
        FakeServer server;
        PoolOptions o;
        o.kind = PoolKind::Static;
        o.timeout = 100ms;
        o.poolSize = 7;   // ignored: a StaticPool has exactly one connection
        o.recycle = 1ms;  // ignored as well
        auto pool = Pool::create(fakeConnector(server), o);
        quint64 id = 0;
        {
            ConnectionHandle h = mustCheckout(*pool);
            id = h.id();
            const Result<ConnectionHandle> second = pool->checkout();
            QVERIFY(!second.ok());
            QCOMPARE(second.error().message,
                     QStringLiteral("StaticPool limit of size 1 overflow 0 reached, connection "
                                    "timed out, timeout 0.10"));
        }
        QThread::msleep(5);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(mustCheckout(*pool).id(), id);
        QCOMPARE(server.connects.load(), 1);
        const PoolStatistics s = pool->statistics();
        QCOMPARE(s.size, 1);
        QCOMPARE(s.poolSize, 1);
    }

    void fastPathDoesNotAllocate_data()
    {
        QTest::addColumn<bool>("subscribed");
        QTest::addColumn<bool>("ring");
        QTest::newRow("no subscriber") << false << false;
        QTest::newRow("subscriber") << true << false;
        QTest::newRow("ring") << false << true;
    }
    void fastPathDoesNotAllocate()
    {
        QFETCH(bool, subscribed);
        QFETCH(bool, ring);
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), options(2));
        std::atomic<int> events{0};
        if (subscribed)
            pool->events().subscribe([&](const PoolEvent &) { ++events; });
        PoolEventRing *watch = ring ? pool->events().openRing(32768) : nullptr;
        const QString label = QStringLiteral("bench");
        mustCheckout(*pool, label).release();  // warm up: the connection exists
        const long before = g_allocations.load();
        for (int i = 0; i < 10000; ++i) {
            Result<ConnectionHandle> r = pool->checkout(label);
            if (!r)
                QFAIL("checkout failed");
        }
        const long after = g_allocations.load();
        QCOMPARE(after - before, 0L);
        if (subscribed)
            QCOMPARE(events.load(), 3 + 20000);
        if (watch) {
            std::vector<PoolEventRecord> out;
            out.reserve(32768);
            QCOMPARE(watch->drain(out), size_t(3 + 20000));
            QCOMPARE(watch->dropped(), quint64(0));
            QCOMPARE(watch->holder(out.back()).toString(), label);
        }
    }
};

QTEST_GUILESS_MAIN(TestPoolEvents)
#include "test_pool_events.moc"
