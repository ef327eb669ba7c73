// QueuePool sizing, laziness, FIFO waiting and timeouts, against a fake connector.
#include "FakeConnection.h"

#include "core/engine/Pool.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace stratum;
using namespace stratum::engine;
using namespace stratum::engine::testing;
using namespace std::chrono_literals;

namespace {

PoolOptions queueOptions(int size, int overflow, std::chrono::milliseconds timeout = 10s)
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

// Polls cond for up to two seconds.
template <typename F> bool waitFor(F cond)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > 2000)
            return false;
        QThread::msleep(1);
    }
    return true;
}

}  // namespace

class TestPoolQueue : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreSqlAlchemys()
    {
        const PoolOptions o;
        QCOMPARE(o.kind, PoolKind::Queue);
        QCOMPARE(o.poolSize, 5);
        QCOMPARE(o.maxOverflow, 10);
        QCOMPARE(o.timeout, 30s);
        QCOMPARE(o.recycle.count(), -1);
        QCOMPARE(o.prePing, false);
        QCOMPARE(o.useLifo, false);
        QCOMPARE(o.resetOnReturn, ResetOnReturn::Rollback);
        QVERIFY(o.validate().ok());
        PoolOptions bad;
        bad.poolSize = -1;
        QVERIFY(!bad.validate().ok());
        QCOMPARE(PoolOptions::parseReset(QStringLiteral("commit")).value(), ResetOnReturn::Commit);
        QCOMPARE(PoolOptions::parseReset(QStringLiteral("None")).value(), ResetOnReturn::None);
        QVERIFY(!PoolOptions::parseReset(QStringLiteral("sometimes")).ok());
        QCOMPARE(PoolOptions::parseKind(QStringLiteral("NullPool")).value(), PoolKind::Null);
        QCOMPARE(PoolOptions::parseKind(QStringLiteral("static")).value(), PoolKind::Static);
    }

    void creatingConnectsNothing()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server));
        PoolStatistics s = pool->statistics();
        QCOMPARE(server.connects.load(), 0);
        QCOMPARE(s.size, 0);
        QCOMPARE(s.connects, 0u);
        QCOMPARE(pool->status(), QStringLiteral("Pool size: 5  Connections in pool: 0 Current "
                                                "Overflow: 0 Current Checked out connections: 0 "
                                                "Waiting: 0"));
        {
            ConnectionHandle h = mustCheckout(*pool);
            QCOMPARE(server.connects.load(), 1);
            QVERIFY(h.execute(QStringLiteral("SELECT 1")).ok());
        }
        s = pool->statistics();
        QCOMPARE(s.size, 1);
        QCOMPARE(s.idle, 1);
        QCOMPARE(s.checkedOut, 0);
    }

    void reusesIdleConnection()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server));
        quint64 first = 0;
        {
            ConnectionHandle h = mustCheckout(*pool);
            first = h.id();
        }
        ConnectionHandle h = mustCheckout(*pool);
        QCOMPARE(h.id(), first);
        QCOMPARE(server.connects.load(), 1);
    }

    void fifoAndLifoIdleOrder_data()
    {
        QTest::addColumn<bool>("lifo");
        QTest::newRow("fifo") << false;
        QTest::newRow("lifo") << true;
    }
    void fifoAndLifoIdleOrder()
    {
        QFETCH(bool, lifo);
        FakeServer server;
        PoolOptions o = queueOptions(3, 0);
        o.useLifo = lifo;
        auto pool = Pool::create(fakeConnector(server), o);
        std::vector<ConnectionHandle> held;
        for (int i = 0; i < 3; ++i)
            held.push_back(mustCheckout(*pool));
        const quint64 firstReturned = held[0].id();
        const quint64 lastReturned = held[2].id();
        for (auto &h : held)
            h.release();
        ConnectionHandle next = mustCheckout(*pool);
        QCOMPARE(next.id(), lifo ? lastReturned : firstReturned);
    }

    void overflowIsNeverNegative()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), queueOptions(2, 2, 0ms));
        auto check = [&](int size, int idle, int out, int overflow) {
            const PoolStatistics s = pool->statistics();
            QCOMPARE(s.size, size);
            QCOMPARE(s.idle, idle);
            QCOMPARE(s.checkedOut, out);
            QCOMPARE(s.overflow, overflow);
            QVERIFY(s.overflow >= 0);
            QCOMPARE(s.size, s.idle + s.checkedOut);
        };
        check(0, 0, 0, 0);
        std::vector<ConnectionHandle> held;
        held.push_back(mustCheckout(*pool));
        check(1, 0, 1, 0);
        held.push_back(mustCheckout(*pool));
        check(2, 0, 2, 0);
        held.push_back(mustCheckout(*pool));
        check(3, 0, 3, 1);
        held.push_back(mustCheckout(*pool));
        check(4, 0, 4, 2);
        // Limit reached: timeout 0 fails at once.
        Result<ConnectionHandle> fifth = pool->checkout();
        QVERIFY(!fifth.ok());
        QCOMPARE(fifth.error().code, QStringLiteral("pool_timeout"));
        // As in SQLAlchemy, a returned connection is kept while fewer than
        // pool_size are idle, and closed once the pool is full.
        held.pop_back();
        check(4, 1, 3, 2);
        held.pop_back();
        check(4, 2, 2, 2);
        QCOMPARE(server.closes.load(), 0);
        held.pop_back();
        check(3, 2, 1, 1);
        QCOMPARE(server.closes.load(), 1);
        held.clear();
        check(2, 2, 0, 0);
        QCOMPARE(server.closes.load(), 2);
        QCOMPARE(pool->statistics().timeouts, 1u);
    }

    void timeoutNamesSizeOverflowAndTimeout()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), queueOptions(1, 0, 250ms));
        ConnectionHandle h = mustCheckout(*pool);
        QElapsedTimer t;
        t.start();
        Result<ConnectionHandle> r = pool->checkout(QStringLiteral("late"));
        const qint64 elapsed = t.elapsed();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("QueuePool limit of size 1 overflow 0 reached, "
                                                   "connection timed out, timeout 0.25"));
        QCOMPARE(r.error().code, QStringLiteral("pool_timeout"));
        QVERIFY2(elapsed >= 240 && elapsed < 2000, qPrintable(QString::number(elapsed)));
        QCOMPARE(pool->statistics().waiters, 0);

        auto defaults = Pool::create(fakeConnector(server), queueOptions(5, 10, 0ms));
        std::vector<ConnectionHandle> all;
        for (int i = 0; i < 15; ++i)
            all.push_back(mustCheckout(*defaults));
        const QString message = defaults->checkout().error().message;
        QCOMPARE(message, QStringLiteral("QueuePool limit of size 5 overflow 10 reached, "
                                         "connection timed out, timeout 0.00"));
    }

    void waitersAreServedInFifoOrder()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), queueOptions(1, 0, 10s));
        ConnectionHandle held = mustCheckout(*pool);
        constexpr int waiters = 5;
        std::mutex orderMutex;
        std::vector<int> order;
        std::vector<std::thread> threads;
        for (int i = 0; i < waiters; ++i) {
            threads.emplace_back([&, i] {
                Result<ConnectionHandle> r = pool->checkout(QStringLiteral("waiter %1").arg(i));
                if (r) {
                    std::lock_guard lock(orderMutex);
                    order.push_back(i);
                }
                QThread::msleep(2);
            });
            // The next thread starts only once this one is queued.
            QVERIFY(waitFor([&] { return pool->statistics().waiters == i + 1; }));
        }
        QVERIFY(pool->statistics().oldestWait > 0ns);
        held.release();
        for (auto &t : threads)
            t.join();
        QCOMPARE(order, (std::vector<int>{0, 1, 2, 3, 4}));
        const PoolStatistics s = pool->statistics();
        QCOMPARE(s.checkedOut, 0);
        QCOMPARE(s.connects, 1u);
        QCOMPARE(s.waiters, 0);
    }

    void lateArrivalDoesNotOvertakeWaiter()
    {
        // A checkin hands the connection to the queued waiter, not to whoever
        // asks next.
        FakeServer server;
        PoolOptions waiting = queueOptions(1, 0, 5s);
        auto fair = Pool::create(fakeConnector(server), waiting);
        ConnectionHandle held = mustCheckout(*fair);
        std::atomic<bool> got{false};
        std::thread waiter([&] {
            Result<ConnectionHandle> r = fair->checkout(QStringLiteral("queued"));
            got = r.ok();
            QThread::msleep(50);
        });
        QVERIFY(waitFor([&] { return fair->statistics().waiters == 1; }));
        held.release();
        // Immediately after the release, the connection already belongs to the waiter.
        const PoolStatistics s = fair->statistics();
        QCOMPARE(s.idle, 0);
        QCOMPARE(s.checkedOut, 1);
        waiter.join();
        QVERIFY(got.load());
    }

    void waiterGetsConnectionAsSoonAsOneReturns()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), queueOptions(2, 0, 10s));
        ConnectionHandle a = mustCheckout(*pool);
        ConnectionHandle b = mustCheckout(*pool);
        std::atomic<qint64> gotAt{-1};
        QElapsedTimer clock;
        clock.start();
        std::thread third([&] {
            Result<ConnectionHandle> r = pool->checkout(QStringLiteral("third"));
            if (r)
                gotAt = clock.nsecsElapsed();
        });
        QVERIFY(waitFor([&] { return pool->statistics().waiters == 1; }));
        QThread::msleep(100);
        QCOMPARE(gotAt.load(), qint64(-1));
        const qint64 releasedAt = clock.nsecsElapsed();
        b.release();
        third.join();
        QVERIFY(gotAt.load() >= releasedAt);
        QVERIFY2(gotAt.load() - releasedAt < 50'000'000,
                 qPrintable(QString::number(gotAt.load() - releasedAt)));
    }

    void connectingDoesNotBlockOthers()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), queueOptions(2, 0, 10s));
        ConnectionHandle first = mustCheckout(*pool);
        first.release();  // one idle connection
        ConnectionHandle busy = mustCheckout(*pool);
        server.connectDelayMs = 400;
        std::thread slow([&] { ConnectionHandle h = mustCheckout(*pool, QStringLiteral("slow")); });
        QVERIFY(waitFor([&] { return pool->statistics().connecting == 1; }));
        // While that connect is under way, checkin and checkout proceed at once.
        QElapsedTimer t;
        t.start();
        busy.release();
        ConnectionHandle again = mustCheckout(*pool);
        QVERIFY2(t.elapsed() < 200, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(pool->statistics().connecting, 1);
        slow.join();
        QCOMPARE(pool->statistics().connecting, 0);
    }

    void failedConnectReleasesItsSlot()
    {
        FakeServer server;
        server.down = true;
        auto pool = Pool::create(fakeConnector(server), queueOptions(1, 0, 1s));
        Result<ConnectionHandle> r = pool->checkout();
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("could not connect")));
        PoolStatistics s = pool->statistics();
        QCOMPARE(s.size, 0);
        QCOMPARE(s.connecting, 0);
        QCOMPARE(s.connectFailures, 1u);
        server.down = false;
        QVERIFY(pool->checkout().ok());  // the slot is free again
    }

    void waiterInheritsSlotOfDiscardedConnection()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), queueOptions(1, 0, 10s));
        ConnectionHandle held = mustCheckout(*pool);
        const quint64 oldId = held.id();
        std::atomic<quint64> gotId{0};
        std::thread waiter([&] {
            ConnectionHandle h = mustCheckout(*pool, QStringLiteral("waiter"));
            gotId = h.id();
        });
        QVERIFY(waitFor([&] { return pool->statistics().waiters == 1; }));
        held.invalidate(QStringLiteral("test discards it"));
        held.release();
        waiter.join();
        QVERIFY(gotId.load() != 0);
        QVERIFY(gotId.load() != oldId);
        QCOMPARE(server.connects.load(), 2);

        // With the server down, the waiter gets the connect error, not a timeout.
        ConnectionHandle again = mustCheckout(*pool);
        std::atomic<bool> sawConnectError{false};
        std::thread failing([&] {
            Result<ConnectionHandle> r = pool->checkout();
            sawConnectError = !r.ok() && r.error().code == QStringLiteral("08001");
        });
        QVERIFY(waitFor([&] { return pool->statistics().waiters == 1; }));
        server.down = true;
        again.invalidate();
        again.release();
        failing.join();
        QVERIFY(sawConnectError.load());
        QCOMPARE(pool->statistics().size, 0);
    }

    void concurrentUseKeepsCountsConsistent()
    {
        FakeServer server;
        auto pool = Pool::create(fakeConnector(server), queueOptions(3, 2, 20s));
        constexpr int threads = 8;
        constexpr int rounds = 2000;
        std::atomic<int> inUse{0};
        std::atomic<int> maxInUse{0};
        std::atomic<int> failures{0};
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&] {
                for (int i = 0; i < rounds; ++i) {
                    Result<ConnectionHandle> r = pool->checkout(QStringLiteral("worker"));
                    if (!r) {
                        ++failures;
                        continue;
                    }
                    const int now = ++inUse;
                    int seen = maxInUse.load();
                    while (now > seen && !maxInUse.compare_exchange_weak(seen, now)) {
                    }
                    if (!r.value().execute(QStringLiteral("SELECT 1")).ok())
                        ++failures;
                    --inUse;
                }
            });
        }
        for (auto &w : workers)
            w.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(maxInUse.load() <= 5);
        const PoolStatistics s = pool->statistics();
        QCOMPARE(s.checkedOut, 0);
        QCOMPARE(s.waiters, 0);
        QVERIFY(s.size <= 3);
        QCOMPARE(s.checkouts, quint64(threads * rounds));
        QCOMPARE(s.checkins, quint64(threads * rounds));
        QCOMPARE(s.waitTime.count, quint64(threads * rounds));
        QCOMPARE(int(s.connects) - server.closes.load(), s.size);
    }
};

QTEST_GUILESS_MAIN(TestPoolQueue)
#include "test_pool_queue.moc"
