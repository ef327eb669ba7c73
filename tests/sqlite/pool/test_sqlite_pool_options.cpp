// Pool options on a live SQLite pool: per-connection start-up statements
// (read-only connections), their failure, live setting changes and the
// last-statement record shown by the pool monitor.
#include "core/config/Url.h"
#include "core/engine/Engine.h"

#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace stratum;
using namespace stratum::engine;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<Engine> makeEngine(const QString &path, const PoolOptions &o)
{
    Result<config::Url> url = config::Url::parse(QStringLiteral("sqlite:///") + path);
    if (!url)
        qFatal("bad URL: %s", qPrintable(url.error().message));
    Result<std::unique_ptr<Engine>> e = Engine::create(url.value(), o);
    if (!e)
        qFatal("Engine::create failed: %s", qPrintable(e.error().message));
    return std::move(e).value();
}

}  // namespace

class TestSqlitePoolOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void connectStatementsMakeEveryConnectionReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.db"));
        {
            auto writer = makeEngine(path, PoolOptions{});
            Result<ConnectionHandle> h = writer->connect();
            QVERIFY(h.ok());
            QVERIFY(h.value().execute(QStringLiteral("CREATE TABLE t (x INTEGER)")).ok());
        }
        PoolOptions o;
        o.connectStatements = {QStringLiteral("PRAGMA query_only = ON")};
        auto engine = makeEngine(path, o);
        int connects = 0;
        engine->pool().events().subscribe([&](const PoolEvent &) { ++connects; },
                                          poolEventBit(PoolEventKind::Connect));
        // Two connections at once: both are new physical connections.
        Result<ConnectionHandle> a = engine->connect(QStringLiteral("a"));
        Result<ConnectionHandle> b = engine->connect(QStringLiteral("b"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(connects, 2);
        for (Result<ConnectionHandle> *h : {&a, &b}) {
            QVERIFY(h->value().execute(QStringLiteral("SELECT count(*) FROM t")).ok());
            const Result<ExecResult> write =
                h->value().execute(QStringLiteral("INSERT INTO t VALUES (1)"));
            QVERIFY(!write.ok());
            QVERIFY2(write.error().message.contains(QLatin1String("readonly")) ||
                         write.error().message.contains(QLatin1String("read-only")) ||
                         write.error().message.contains(QLatin1String("query_only")),
                     qPrintable(write.error().message));
        }
    }

    void failingConnectStatementFailsTheCheckout()
    {
        PoolOptions o;
        o.connectStatements = {QStringLiteral("PRAGMA query_only = ON"),
                               QStringLiteral("SELEC nonsense")};
        auto engine = makeEngine(m_dir.filePath(QStringLiteral("bad.db")), o);
        Result<ConnectionHandle> h = engine->connect();
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, QStringLiteral("pool_connect_statement"));
        QVERIFY2(h.error().message.contains(QLatin1String("SELEC nonsense")),
                 qPrintable(h.error().message));
        const PoolStatistics s = engine->statistics();
        QCOMPARE(s.size, 0);  // the connection was closed, its slot released
        QCOMPARE(s.connecting, 0);
        QCOMPARE(s.connectFailures, quint64(1));
        QCOMPARE(s.connects, quint64(0));
    }

    void liveSettingsApplyToNewCheckouts()
    {
        PoolOptions o;
        o.poolSize = 1;
        o.maxOverflow = 0;
        o.timeout = 20s;
        auto engine = makeEngine(m_dir.filePath(QStringLiteral("live.db")), o);
        Result<ConnectionHandle> first = engine->connect(QStringLiteral("first"));
        QVERIFY(first.ok());
        // A waiter queues behind the only connection ...
        std::atomic<bool> got{false};
        std::thread waiter([&] {
            Result<ConnectionHandle> h = engine->connect(QStringLiteral("second"));
            got = h.ok();
        });
        QTRY_COMPARE_WITH_TIMEOUT(engine->statistics().waiters, 1, 10000);
        // ... and is served by a larger limit at once, without a checkin.
        PoolOptions bigger = engine->pool().options();
        bigger.poolSize = 3;
        bigger.useLifo = true;
        bigger.prePing = true;
        QVERIFY(engine->pool().setOptions(bigger).ok());
        waiter.join();
        QVERIFY(got.load());
        const PoolOptions now = engine->pool().options();
        QCOMPARE(now.poolSize, 3);
        QVERIFY(now.useLifo && now.prePing);
        QCOMPARE(engine->statistics().poolSize, 3);
        QCOMPARE(engine->statistics().idle, 1);  // "second" returned its new connection

        // Shrinking closes the surplus idle connection.
        first.value().release();
        QCOMPARE(engine->statistics().idle, 2);
        PoolOptions smaller = now;
        smaller.poolSize = 1;
        QVERIFY(engine->pool().setOptions(smaller).ok());
        QCOMPARE(engine->statistics().idle, 1);
        QCOMPARE(engine->statistics().size, 1);

        PoolOptions invalid = smaller;
        invalid.poolSize = -2;
        QVERIFY(!engine->pool().setOptions(invalid).ok());
        QCOMPARE(engine->pool().options().poolSize, 1);
    }

    void lastStatementIsRecorded()
    {
        auto engine = makeEngine(m_dir.filePath(QStringLiteral("last.db")), PoolOptions{});
        Result<ConnectionHandle> h = engine->connect(QStringLiteral("console"));
        QVERIFY(h.ok());
        QVERIFY(h.value().execute(QStringLiteral("SELECT 42")).ok());
        const PoolStatistics s = engine->statistics();
        QCOMPARE(s.connections.size(), size_t(1));
        QCOMPARE(s.connections[0].lastStatement, QStringLiteral("SELECT 42"));
        QCOMPARE(s.connections[0].holder, QStringLiteral("console"));
    }
};

QTEST_GUILESS_MAIN(TestSqlitePoolOptions)
#include "test_sqlite_pool_options.moc"
