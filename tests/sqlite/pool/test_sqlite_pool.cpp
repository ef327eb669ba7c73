// The pool with the real SQLite driver on temporary file databases: laziness,
// the 11th request, reset on return, StaticPool for :memory: and NullPool.
#include "core/config/Url.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace stratum;
using namespace stratum::engine;
using namespace std::chrono_literals;

namespace {

config::Url fileUrl(const QString &path)
{
    Result<config::Url> url = config::Url::parse(QStringLiteral("sqlite:///") + path);
    if (!url)
        qFatal("bad URL: %s", qPrintable(url.error().message));
    return url.value();
}

std::unique_ptr<Engine> makeEngine(const config::Url &url, const PoolOptions &o)
{
    Result<std::unique_ptr<Engine>> e = Engine::create(url, o);
    if (!e)
        qFatal("Engine::create failed: %s", qPrintable(e.error().message));
    return std::move(e).value();
}

ConnectionHandle mustConnect(Engine &engine, const QString &label = {})
{
    Result<ConnectionHandle> h = engine.connect(label);
    if (!h)
        qFatal("connect failed: %s", qPrintable(h.error().message));
    return std::move(h).value();
}

qint64 count(ConnectionHandle &h, const QString &table)
{
    Result<std::unique_ptr<ResultStream>> s =
        h->stream(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    if (!s)
        return -1;
    RowBatch batch;
    Result<bool> more = s.value()->next(batch, 1);
    return more && more.value() ? batch.toInt64(0, 0).value_or(-1) : -1;
}

template <typename F> bool waitFor(F cond)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > 5000)
            return false;
        QThread::msleep(2);
    }
    return true;
}

}  // namespace

class TestSqlitePool : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void engineIsLazy()
    {
        const QString path = m_dir.filePath(QStringLiteral("lazy.db"));
        auto engine = makeEngine(fileUrl(path), PoolOptions{});
        QVERIFY(!QFile::exists(path));  // nothing opened yet
        QCOMPARE(engine->statistics().size, 0);
        {
            ConnectionHandle h = mustConnect(*engine);
            QVERIFY(h.execute(QStringLiteral("CREATE TABLE t (x INTEGER)")).ok());
        }
        QVERIFY(QFile::exists(path));
        QCOMPARE(engine->statistics().idle, 1);
        QCOMPARE(engine->dialectName(), QStringLiteral("sqlite"));
    }

    void eleventhRequest()
    {
        const QString path = m_dir.filePath(QStringLiteral("eleven.db"));
        PoolOptions o;
        o.poolSize = 10;
        o.maxOverflow = 0;
        o.timeout = 10s;
        auto engine = makeEngine(fileUrl(path), o);
        std::vector<ConnectionHandle> holders;
        for (int i = 0; i < 10; ++i) {
            holders.push_back(mustConnect(*engine, QStringLiteral("holder %1").arg(i)));
            QVERIFY(holders.back().execute(QStringLiteral("SELECT 1")).ok());
        }
        std::atomic<quint64> gotId{0};
        std::thread eleventh([&] {
            Result<ConnectionHandle> h = engine->connect(QStringLiteral("eleventh"));
            if (h && h.value().execute(QStringLiteral("SELECT 1")).ok())
                gotId = h.value().id();
        });
        QVERIFY(waitFor([&] { return engine->statistics().waiters == 1; }));
        QThread::msleep(200);
        QCOMPARE(gotId.load(), 0u);
        const quint64 returned = holders[7].id();
        holders[7].release();
        eleventh.join();
        QCOMPARE(gotId.load(), returned);

        // With a one-second timeout, the 11th fails with the documented message.
        PoolOptions quick = o;
        quick.timeout = 1s;
        auto strict = makeEngine(fileUrl(path), quick);
        std::vector<ConnectionHandle> more;
        for (int i = 0; i < 10; ++i)
            more.push_back(mustConnect(*strict));
        QElapsedTimer t;
        t.start();
        Result<ConnectionHandle> late = strict->connect();
        const qint64 ms = t.elapsed();
        QVERIFY(!late.ok());
        QCOMPARE(late.error().message, QStringLiteral("QueuePool limit of size 10 overflow 0 "
                                                      "reached, connection timed out, timeout "
                                                      "1.00"));
        QVERIFY2(ms >= 900 && ms <= 3000, qPrintable(QString::number(ms)));
    }

    void openTransactionIsRolledBackOnReturn()
    {
        const QString path = m_dir.filePath(QStringLiteral("reset.db"));
        PoolOptions o;
        o.poolSize = 2;
        auto engine = makeEngine(fileUrl(path), o);
        {
            ConnectionHandle h = mustConnect(*engine);
            QVERIFY(h.execute(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY)")).ok());
        }
        {
            ConnectionHandle h = mustConnect(*engine, QStringLiteral("forgetful"));
            QVERIFY(h->begin().ok());
            QVERIFY(h.execute(QStringLiteral("INSERT INTO items VALUES (1)")).ok());
            const PoolStatistics s = engine->statistics();
            QCOMPARE(s.connections.at(0).state, ConnectionState::InTransaction);
            QCOMPARE(s.connections.at(0).holder, QStringLiteral("forgetful"));
        }  // returned without commit
        const PoolStatistics s = engine->statistics();
        QCOMPARE(s.resets, 1u);
        QCOMPARE(s.idle, 1);  // reset succeeded, the connection was kept
        ConnectionHandle a = mustConnect(*engine);
        QCOMPARE(a->transactionStatus(), TransactionStatus::Idle);
        QCOMPARE(count(a, QStringLiteral("items")), 0);
        // And no lock was left behind: another connection can write.
        ConnectionHandle b = mustConnect(*engine);
        QVERIFY(b.execute(QStringLiteral("INSERT INTO items VALUES (2)")).ok());
    }

    void commitOnReturn()
    {
        const QString path = m_dir.filePath(QStringLiteral("commit.db"));
        PoolOptions o;
        o.resetOnReturn = ResetOnReturn::Commit;
        auto engine = makeEngine(fileUrl(path), o);
        {
            ConnectionHandle h = mustConnect(*engine);
            QVERIFY(h.execute(QStringLiteral("CREATE TABLE items (id INTEGER)")).ok());
            QVERIFY(h->begin().ok());
            QVERIFY(h.execute(QStringLiteral("INSERT INTO items VALUES (1)")).ok());
        }
        ConnectionHandle h = mustConnect(*engine);
        QCOMPARE(count(h, QStringLiteral("items")), 1);
    }

    void memoryDatabaseUsesOneStaticConnection()
    {
        Result<config::Url> url = config::Url::parse(QStringLiteral("sqlite://"));
        QVERIFY(url.ok());
        auto engine = makeEngine(url.value(), PoolOptions{});
        QCOMPARE(engine->statistics().kind, QStringLiteral("StaticPool"));
        {
            ConnectionHandle h = mustConnect(*engine);
            QVERIFY(h.execute(QStringLiteral("CREATE TABLE kept (x INTEGER)")).ok());
            QVERIFY(h.execute(QStringLiteral("INSERT INTO kept VALUES (42)")).ok());
        }
        std::atomic<qint64> seen{-1};
        std::thread other([&] {
            Result<ConnectionHandle> h = engine->connect();
            if (h)
                seen = count(h.value(), QStringLiteral("kept"));
        });
        other.join();
        QCOMPARE(seen.load(), 1);  // the same in-memory database, from another thread
        QCOMPARE(engine->statistics().connects, 1u);
    }

    void nullPoolClosesEveryConnection()
    {
        const QString path = m_dir.filePath(QStringLiteral("null.db"));
        PoolOptions o;
        o.kind = PoolKind::Null;
        auto engine = makeEngine(fileUrl(path), o);
        for (int i = 0; i < 3; ++i) {
            ConnectionHandle h = mustConnect(*engine);
            QVERIFY(h.execute(QStringLiteral("SELECT 1")).ok());
        }
        const PoolStatistics s = engine->statistics();
        QCOMPARE(s.connects, 3u);
        QCOMPARE(s.size, 0);
    }

    void concurrentWritersThroughThePool()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.db"));
        PoolOptions o;
        o.poolSize = 4;
        o.maxOverflow = 0;
        // SQLite's busy handler is not fair: on a busy machine one writer can
        // lose the lock for longer than the default 5 s, which is SQLite's
        // behaviour and not the pool's. Give it a generous busy timeout.
        config::Url url = fileUrl(path);
        url.setQueryValue(QStringLiteral("timeout"), QStringLiteral("60"));
        auto engine = makeEngine(url, o);
        {
            ConnectionHandle h = mustConnect(*engine);
            QVERIFY(h.execute(QStringLiteral("CREATE TABLE log (n INTEGER)")).ok());
        }
        QMutex mutex;
        QStringList failures;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 50; ++i) {
                    QElapsedTimer took;
                    took.start();
                    Result<ConnectionHandle> h = engine->connect(QStringLiteral("writer"));
                    const Result<ExecResult> r =
                        h ? h.value().execute(QStringLiteral("INSERT INTO log VALUES ($1)"),
                                              {QVariant(t * 1000 + i)})
                          : Result<ExecResult>(h.error());
                    if (!r) {
                        QMutexLocker lock(&mutex);
                        failures << QStringLiteral("%1 %2 after %3 ms")
                                        .arg(r.error().code, r.error().message)
                                        .arg(took.elapsed());
                    }
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        ConnectionHandle h = mustConnect(*engine);
        QCOMPARE(count(h, QStringLiteral("log")), 400);
        h.release();
        const PoolStatistics s = engine->statistics();
        QCOMPARE(s.checkedOut, 0);
        QVERIFY(s.size <= 4);
    }
};

QTEST_GUILESS_MAIN(TestSqlitePool)
#include "test_sqlite_pool.moc"
