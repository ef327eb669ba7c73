// Proves the PostgreSQL test harness: the private cluster is reachable through
// STRATUM_TEST_PG_URL and runs PostgreSQL 15 or later.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/ResultStream.h"

#include <QTest>

using namespace stratum;

class TestPgSmoke : public QObject
{
    Q_OBJECT

private slots:
    void serverIsPostgres15()
    {
        const QString text = qEnvironmentVariable("STRATUM_TEST_PG_URL");
        if (text.isEmpty())
            QFAIL("STRATUM_TEST_PG_URL is not set; run the pg tests through scripts/test.sh or "
                  "scripts/dev-cluster.sh");
        const auto url = config::Url::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        auto driver = engine::Driver::create(*url);
        QVERIFY(driver.ok());
        auto connection = driver.value()->connect();
        QVERIFY2(connection.ok(),
                 qPrintable(connection.ok() ? QString() : connection.error().message));
        auto stream = connection.value()->stream(
            QStringLiteral("SELECT current_setting('server_version_num')::int"));
        QVERIFY2(stream.ok(), qPrintable(stream.ok() ? QString() : stream.error().message));
        engine::RowBatch batch;
        const auto more = stream.value()->next(batch, 10);
        QVERIFY(more.ok() && *more);
        QCOMPARE(batch.rowCount(), 1);
        QVERIFY2(batch.toInt64(0, 0).value_or(0) >= 150000, qPrintable(batch.text(0, 0)));
        QVERIFY(connection.value()->backendPid() > 0);
        QVERIFY(connection.value()->serverVersion().startsWith(QLatin1String("15")) ||
                connection.value()->serverVersion().toDouble() >= 15);
    }
};

QTEST_GUILESS_MAIN(TestPgSmoke)
#include "test_pg_smoke.moc"
