// PoolEventRing, the lock-free queue the pool monitor watches a pool through:
// order, texts (inline and long), overflow accounting, many producers with a
// concurrent consumer, and PoolEvents' ring slots (open, close, reuse).
#include "FakeConnection.h"

#include "core/engine/Pool.h"
#include "core/engine/PoolEventRing.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace stratum;
using namespace stratum::engine;
using namespace stratum::engine::testing;
using namespace std::chrono_literals;

namespace {

PoolEvent makeEvent(PoolEventKind kind, quint64 id, QStringView holder = {},
                    QStringView reason = {})
{
    PoolEvent e;
    e.kind = kind;
    e.at = std::chrono::steady_clock::now();
    e.connectionId = id;
    e.backendPid = int(id) + 100;
    e.duration = std::chrono::nanoseconds(qint64(id) * 10);
    e.holder = holder;
    e.reason = reason;
    return e;
}

}  // namespace

class TestPoolEventRing : public QObject
{
    Q_OBJECT

private slots:
    void pushAndDrainInOrder()
    {
        PoolEventRing ring(16);
        QCOMPARE(ring.capacity(), size_t(16));
        QVERIFY(ring.push(makeEvent(PoolEventKind::Checkout, 1, u"console tab 3")));
        QVERIFY(ring.push(makeEvent(PoolEventKind::Close, 2, u"", u"overflow returned")));
        QVERIFY(ring.push(makeEvent(PoolEventKind::Reset, 3, u"load generator #7", u"rollback")));
        std::vector<PoolEventRecord> out;
        QCOMPARE(ring.drain(out), size_t(3));
        QCOMPARE(out.size(), size_t(3));
        QCOMPARE(out[0].kind, PoolEventKind::Checkout);
        QCOMPARE(out[0].connectionId, quint64(1));
        QCOMPARE(out[0].backendPid, 101);
        QCOMPARE(out[0].durationNs, qint64(10));
        QCOMPARE(ring.holder(out[0]).toString(), QStringLiteral("console tab 3"));
        QVERIFY(ring.reason(out[0]).isEmpty());
        QVERIFY(ring.holder(out[1]).isEmpty());
        QCOMPARE(ring.reason(out[1]).toString(), QStringLiteral("overflow returned"));
        QCOMPARE(ring.holder(out[2]).toString(), QStringLiteral("load generator #7"));
        QCOMPARE(ring.reason(out[2]).toString(), QStringLiteral("rollback"));
        QVERIFY(out[0].atNs <= out[1].atNs && out[1].atNs <= out[2].atNs);
        QCOMPARE(ring.drain(out), size_t(0));  // empty now
        QCOMPARE(ring.dropped(), quint64(0));
    }

    void longTextsSurvive()
    {
        PoolEventRing ring(16);
        const QString longHolder = QStringLiteral("history view of a very long connection name ") +
                                   QString(60, QLatin1Char('x'));
        const QString longReason =
            QStringLiteral("opened before a disconnect invalidated the pool");
        // Short holder, long reason (does not fit in what the holder left).
        QVERIFY(
            ring.push(makeEvent(PoolEventKind::Invalidate, 1, u"load generator #12", longReason)));
        // Long holder, short reason; long holder and long reason.
        QVERIFY(ring.push(makeEvent(PoolEventKind::Leak, 2, longHolder, u"held too long")));
        QVERIFY(ring.push(makeEvent(PoolEventKind::Close, 3, longHolder, longReason)));
        // A holder of exactly the inline room.
        const QString fits(PoolEventRecord::InlineText - 2, QLatin1Char('h'));
        QVERIFY(ring.push(makeEvent(PoolEventKind::Checkin, 4, fits, u"r")));
        std::vector<PoolEventRecord> out;
        QCOMPARE(ring.drain(out), size_t(4));
        QCOMPARE(ring.holder(out[0]).toString(), QStringLiteral("load generator #12"));
        QCOMPARE(ring.reason(out[0]).toString(), longReason);
        QCOMPARE(ring.holder(out[1]).toString(), longHolder);
        QCOMPARE(ring.reason(out[1]).toString(), QStringLiteral("held too long"));
        QCOMPARE(ring.holder(out[2]).toString(), longHolder);
        QCOMPARE(ring.reason(out[2]).toString(), longReason);
        QCOMPARE(ring.holder(out[3]).toString(), fits);
        QCOMPARE(ring.reason(out[3]).toString(), QStringLiteral("r"));
    }

    void fullRingDropsAndCounts()
    {
        PoolEventRing ring(10);  // rounded up to 16
        QCOMPARE(ring.capacity(), size_t(16));
        for (int i = 0; i < 20; ++i)
            ring.push(makeEvent(PoolEventKind::Checkout, quint64(i + 1)));
        QCOMPARE(ring.dropped(), quint64(4));
        std::vector<PoolEventRecord> out;
        QCOMPARE(ring.drain(out), size_t(16));
        QCOMPARE(out.front().connectionId, quint64(1));  // the oldest are kept
        QCOMPARE(out.back().connectionId, quint64(16));
        // Room again after draining; wrap around several laps.
        for (int lap = 0; lap < 5; ++lap) {
            for (int i = 0; i < 12; ++i)
                QVERIFY(ring.push(makeEvent(PoolEventKind::Checkin, quint64(1000 + i))));
            out.clear();
            QCOMPARE(ring.drain(out), size_t(12));
            QCOMPARE(out.front().connectionId, quint64(1000));
            QCOMPARE(out.back().connectionId, quint64(1011));
        }
        QCOMPARE(ring.dropped(), quint64(4));
    }

    void manyProducersOneConsumer()
    {
        // Producers push numbered events while the consumer drains: nothing
        // is lost without being counted, nothing is duplicated, and each
        // producer's events come out in the order it pushed them.
        constexpr int producers = 6;
        constexpr int perProducer = 40000;
        PoolEventRing ring(1024);
        std::atomic<int> running{producers};
        std::vector<std::thread> threads;
        for (int p = 0; p < producers; ++p) {
            threads.emplace_back([&, p] {
                const QString holder = QStringLiteral("worker #%1").arg(p);
                for (int i = 0; i < perProducer; ++i) {
                    PoolEvent e = makeEvent(PoolEventKind::Checkout, quint64(p), holder);
                    e.duration = std::chrono::nanoseconds(i);
                    ring.push(e);
                }
                --running;
            });
        }
        std::vector<qint64> last(producers, -1);
        quint64 received = 0;
        bool ordered = true, labelled = true;
        std::vector<PoolEventRecord> out;
        for (;;) {
            const bool done = running.load() == 0;
            out.clear();
            ring.drain(out);
            for (const PoolEventRecord &r : out) {
                const int p = int(r.connectionId);
                ordered = ordered && r.durationNs > last[size_t(p)];
                last[size_t(p)] = r.durationNs;
                labelled = labelled && ring.holder(r) == QStringLiteral("worker #%1").arg(p);
            }
            received += out.size();
            if (done && out.empty())
                break;
        }
        for (std::thread &t : threads)
            t.join();
        QVERIFY(ordered);
        QVERIFY(labelled);
        QCOMPARE(received + ring.dropped(), quint64(producers) * perProducer);
        QVERIFY(received > 0);
    }

    void poolFeedsOpenRingsOnly()
    {
        FakeServer server;
        PoolOptions o;
        o.poolSize = 2;
        auto pool = Pool::create(fakeConnector(server), o);
        QVERIFY(!pool->events().wants(PoolEventKind::Checkout));
        PoolEventRing *ring = pool->events().openRing(64);
        QVERIFY(ring);
        QVERIFY(pool->events().wants(PoolEventKind::Checkout));
        {
            Result<ConnectionHandle> h = pool->checkout(QStringLiteral("console tab 1"));
            QVERIFY(h.ok());
        }
        std::vector<PoolEventRecord> out;
        ring->drain(out);
        QCOMPARE(out.size(), size_t(3));
        QCOMPARE(out[0].kind, PoolEventKind::Connect);
        QCOMPARE(out[1].kind, PoolEventKind::Checkout);
        QCOMPARE(out[2].kind, PoolEventKind::Checkin);
        QCOMPARE(ring->holder(out[1]).toString(), QStringLiteral("console tab 1"));
        QVERIFY(out[2].durationNs >= 0);

        // Closed: no more events, and nobody wants them.
        pool->events().closeRing(ring);
        QVERIFY(!pool->events().wants(PoolEventKind::Checkout));
        QVERIFY(pool->checkout(QStringLiteral("x")).ok());
        out.clear();
        QCOMPARE(ring->drain(out), size_t(0));

        // Reopening the same capacity reuses the ring; at most MaxRings open.
        PoolEventRing *again = pool->events().openRing(64);
        QCOMPARE(again, ring);
        std::vector<PoolEventRing *> rings{again};
        for (int i = 1; i < PoolEvents::MaxRings; ++i) {
            rings.push_back(pool->events().openRing(32));
            QVERIFY(rings.back());
        }
        QVERIFY(!pool->events().openRing(64));
        QVERIFY(pool->checkout(QStringLiteral("y")).ok());
        for (PoolEventRing *r : rings) {
            out.clear();
            QCOMPARE(r->drain(out), size_t(2));  // every open ring gets every event
            QCOMPARE(r->holder(out[0]).toString(), QStringLiteral("y"));
        }
        // A listener and a ring together: both see the event.
        int heard = 0;
        pool->events().subscribe([&](const PoolEvent &) { ++heard; },
                                 poolEventBit(PoolEventKind::Checkout));
        QVERIFY(pool->checkout(QStringLiteral("z")).ok());
        QCOMPARE(heard, 1);
        out.clear();
        QCOMPARE(rings[0]->drain(out), size_t(2));
        for (PoolEventRing *r : rings)
            pool->events().closeRing(r);
        QVERIFY(pool->events().wants(PoolEventKind::Checkout));  // the listener still does
        QVERIFY(!pool->events().wants(PoolEventKind::Checkin));
    }
};

QTEST_GUILESS_MAIN(TestPoolEventRing)
#include "test_pool_event_ring.moc"
