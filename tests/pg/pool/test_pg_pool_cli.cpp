// stratum-cli pool-bench against the private PostgreSQL: it reports
// throughput, waits and timeouts, and never prints the password.
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestPgPoolCli : public QObject
{
    Q_OBJECT

private:
    // Runs stratum-cli with args; returns stdout + stderr and the exit code.
    static int run(const QStringList &args, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(STRATUM_BINARY_DIR "/app/stratum-cli"), args);
        if (!p.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static quint64 number(const QString &output, const QString &pattern)
    {
        const QRegularExpressionMatch m = QRegularExpression(pattern).match(output);
        return m.hasMatch() ? m.captured(1).toULongLong() : ~quint64(0);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("STRATUM_TEST_PG_URL").isEmpty())
            QFAIL("STRATUM_TEST_PG_URL is not set; run the pg tests through scripts/test.sh or "
                  "scripts/dev-cluster.sh");
    }

    void elevenThreadsThroughTenConnections()
    {
        QString out;
        const int code =
            run({QStringLiteral("pool-bench"), qEnvironmentVariable("STRATUM_TEST_PG_URL"),
                 QStringLiteral("--threads"), QStringLiteral("11"), QStringLiteral("--pool-size"),
                 QStringLiteral("10"), QStringLiteral("--max-overflow"), QStringLiteral("0"),
                 QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--duration"),
                 QStringLiteral("2"), QStringLiteral("--query"),
                 QStringLiteral("SELECT pg_sleep(0.005)")},
                &out);
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(number(out, QStringLiteral("requests\\s+(\\d+) ok")) > 20, qPrintable(out));
        QCOMPARE(number(out, QStringLiteral("(\\d+) timeouts")), 0u);
        QVERIFY(out.contains(QStringLiteral("requests/s")));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("wait\\s+p50 .* p95 .* p99 "))));
        QVERIFY(out.contains(QStringLiteral("10 opened")));
        QVERIFY(out.contains(QStringLiteral("Pool size: 10  Connections in pool: 10 Current "
                                            "Overflow: 0 Current Checked out connections: 0")));
        QVERIFY2(!out.contains(qEnvironmentVariable("STRATUM_TEST_PG_PASSWORD")),
                 "the output shows the password");
    }

    void reportsTimeouts()
    {
        QString out;
        const int code =
            run({QStringLiteral("pool-bench"), qEnvironmentVariable("STRATUM_TEST_PG_URL"),
                 QStringLiteral("--threads"), QStringLiteral("6"), QStringLiteral("--pool-size"),
                 QStringLiteral("1"), QStringLiteral("--max-overflow"), QStringLiteral("0"),
                 QStringLiteral("--timeout"), QStringLiteral("0.02"), QStringLiteral("--duration"),
                 QStringLiteral("1"), QStringLiteral("--query"),
                 QStringLiteral("SELECT pg_sleep(0.05)")},
                &out);
        QVERIFY2(code == 0, qPrintable(out));
        const quint64 timeouts = number(out, QStringLiteral("(\\d+) timeouts"));
        QVERIFY2(timeouts > 0 && timeouts != ~quint64(0), qPrintable(out));
    }

    void badUsageExitsWithTwo()
    {
        QString out;
        QCOMPARE(run({QStringLiteral("pool-bench"), QStringLiteral("postgresql://h/db"),
                      QStringLiteral("--threads"), QStringLiteral("none")},
                     &out),
                 2);
        QVERIFY(out.contains(QStringLiteral("--threads expects a number")));
        QCOMPARE(run({QStringLiteral("pool-bench"), QStringLiteral("nonsense://")}, &out), 2);
    }
};

QTEST_GUILESS_MAIN(TestPgPoolCli)
#include "test_pg_pool_cli.moc"
