// The pool while the private PostgreSQL cluster stops and starts again under
// load. Runs alone (RUN_SERIAL): the restart would disturb every other test.
#include "PgPoolSupport.h"

#include "core/engine/Engine.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace stratum;
using namespace stratum::engine;
using namespace stratum::engine::testing;
using namespace std::chrono_literals;

namespace {

// Runs "$STRATUM_TEST_PG_CTL <action>" and waits for it.
bool pgCtl(const QString &action, QString *output)
{
    const QString ctl = qEnvironmentVariable("STRATUM_TEST_PG_CTL");
    if (ctl.isEmpty()) {
        *output = QStringLiteral("STRATUM_TEST_PG_CTL is not set");
        return false;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ctl, {action});
    const bool finished = p.waitForFinished(60000);
    *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

}  // namespace

class TestPgPoolRestart : public QObject
{
    Q_OBJECT

private:
    PgTestDatabase m_db;

private slots:
    void initTestCase()
    {
        installLogCapture();
        QString error;
        if (!m_db.setUp(&error))
            QFAIL(qPrintable(error));
    }

    void serverRestartUnderLoad()
    {
        PoolOptions o;
        o.poolSize = 5;
        o.maxOverflow = 5;
        o.timeout = 10s;
        o.prePing = true;
        Result<std::unique_ptr<Engine>> made = Engine::create(m_db.url(), o);
        QVERIFY(made.ok());
        std::unique_ptr<Engine> engine = std::move(made).value();

        // Each worker records (time, ok) for every call, on a shared clock.
        struct Outcome
        {
            qint64 atMs;
            bool ok;
        };
        QElapsedTimer clock;
        clock.start();
        std::atomic<bool> stop{false};
        QMutex mutex;
        std::vector<Outcome> outcomes;
        QStringList errors;
        std::vector<std::thread> workers;
        for (int t = 0; t < 8; ++t) {
            workers.emplace_back([&, t] {
                while (!stop) {
                    Result<ConnectionHandle> h =
                        engine->connect(QStringLiteral("worker %1").arg(t));
                    Result<ExecResult> r =
                        h ? h.value().execute(QStringLiteral("SELECT pg_sleep(0.01)"))
                          : Result<ExecResult>(h.error());
                    {
                        QMutexLocker lock(&mutex);
                        outcomes.push_back({clock.elapsed(), r.ok()});
                        if (!r)
                            errors << r.error().code + QLatin1Char(' ') + r.error().message;
                    }
                    if (!r)
                        QThread::msleep(20);  // the server is away; do not spin
                }
            });
        }
        QThread::msleep(1000);
        QString output;
        const bool stopped = pgCtl(QStringLiteral("stop"), &output);
        const qint64 stoppedAt = clock.elapsed();
        QThread::msleep(1000);
        const bool started = pgCtl(QStringLiteral("start"), &output);
        const qint64 backAt = clock.elapsed();
        QThread::msleep(3000);
        stop = true;
        for (auto &w : workers)
            w.join();
        QVERIFY2(stopped, qPrintable(output));
        QVERIFY2(started, qPrintable(output));

        int failedWhileDown = 0;
        int okBefore = 0;
        qint64 firstOkAfter = -1;
        int failedLate = 0;
        for (const Outcome &o : outcomes) {
            if (o.atMs < stoppedAt - 100)
                okBefore += o.ok;
            if (o.atMs > stoppedAt && o.atMs < backAt)
                failedWhileDown += !o.ok;
            if (o.atMs >= backAt && o.ok && firstOkAfter < 0)
                firstOkAfter = o.atMs;
            if (o.atMs > backAt + 2000 && !o.ok)
                ++failedLate;
        }
        qInfo("restart: %d ok before, %d failures while down, first success %lld ms after the "
              "server's return, %d failures later than 2 s",
              okBefore, failedWhileDown, firstOkAfter < 0 ? -1 : firstOkAfter - backAt, failedLate);
        QStringList distinct = errors;
        distinct.removeDuplicates();
        for (const QString &e : distinct.mid(0, 6))
            qInfo("error seen: %s", qPrintable(e));
        QVERIFY(okBefore > 50);
        QVERIFY(failedWhileDown > 0);  // calls in flight or during the outage failed...
        for (const QString &e : std::as_const(errors)) {  // ...clearly
            const QString message = e.section(QLatin1Char(' '), 1);
            QVERIFY2(!message.trimmed().isEmpty(), qPrintable(e));
            QVERIFY2(!message.contains(testPassword()), "an error shows the password");
        }
        QVERIFY(firstOkAfter >= 0);
        QVERIFY2(firstOkAfter - backAt <= 2000, qPrintable(QString::number(firstOkAfter - backAt)));
        QCOMPARE(failedLate, 0);

        // Once idle, the counts are consistent, and match the server's view.
        const PoolStatistics s = engine->statistics();
        QCOMPARE(s.checkedOut, 0);
        QCOMPARE(s.waiters, 0);
        QCOMPARE(s.connecting, 0);
        QCOMPARE(s.size, s.idle);
        QCOMPARE(s.checkouts, s.checkins);
        QVERIFY(s.invalidations > 0);
        QElapsedTimer settle;
        settle.start();
        while (m_db.backendCount() != s.size && settle.elapsed() < 5000)
            QThread::msleep(20);
        QCOMPARE(m_db.backendCount(), s.size);
        for (const QString &m : capturedLog())
            QVERIFY2(!m.contains(testPassword()), "a log message contains the password");
    }
};

QTEST_GUILESS_MAIN(TestPgPoolRestart)
#include "test_pg_pool_restart.moc"
