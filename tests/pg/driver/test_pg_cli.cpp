// stratum-cli ping and query against the test cluster, run as a separate
// process: outputs, exit codes, the caret under an error, and no password.
#include "PgTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace stratum;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STRATUM_BINARY_DIR "/app/stratum-cli"), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace

class TestPgCli : public QObject
{
    Q_OBJECT

    QString m_url;
    QString m_password;

    void verifyNoPassword(const Run &r)
    {
        QVERIFY2(!r.out.contains(m_password) && !r.err.contains(m_password),
                 "the password was printed");
    }

private slots:
    void initTestCase()
    {
        STRATUM_REQUIRE_PG_URL(url);
        m_url = url.toString(false);
        m_password = url.password().value_or(QString());
        QVERIFY(!m_password.isEmpty());
    }

    void ping()
    {
        const Run r = cli({QStringLiteral("ping"), m_url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Server: PostgreSQL 15.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Round trip: ")));
        QVERIFY(r.out.contains(QLatin1String("postgres:***@")));
        verifyNoPassword(r);
    }

    void pingWithWrongPassword()
    {
        STRATUM_REQUIRE_PG_URL(url);
        config::Url bad = url;
        bad.setPassword(QStringLiteral("wrong-%1").arg(m_password));
        const Run r = cli({QStringLiteral("ping"), bad.toString(false)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("password authentication failed")),
                 qPrintable(r.err));
        verifyNoPassword(r);
    }

    void pingBadUrl()
    {
        const Run r = cli(
            {QStringLiteral("ping"), QStringLiteral("postgresql://u:secretpw@host:notaport/db")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains(QLatin1String("secretpw")));
    }

    void queryCsv()
    {
        const Run r = cli({QStringLiteral("query"), m_url,
                           QStringLiteral("SELECT g AS n, 'v,' || g AS label, NULLIF(g, 2) AS "
                                          "maybe FROM generate_series(1, 3) g")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("n,label,maybe\n1,\"v,1\",1\n2,\"v,2\",\n3,\"v,3\",3\n"));
        QVERIFY(r.err.contains(QLatin1String("SELECT 3")));
        verifyNoPassword(r);
    }

    void queryTsvWithParam()
    {
        const Run r = cli({QStringLiteral("query"), m_url,
                           QStringLiteral("SELECT $1::int + 1 AS x, NULL AS y, E'a\\tb' AS z"),
                           QStringLiteral("--format"), QStringLiteral("tsv"),
                           QStringLiteral("--param"), QStringLiteral("41")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("x\ty\tz\n42\t\\N\ta\\tb\n"));
    }

    void queryJson()
    {
        const Run r =
            cli({QStringLiteral("query"), m_url,
                 QStringLiteral(
                     "SELECT g AS id, g % 2 = 0 AS even, 'é' || g AS name, 1.50::numeric AS price, "
                     "'{\"k\": [1]}'::jsonb AS doc, NULL::text AS nothing FROM generate_series(1, "
                     "2) g"),
                 QStringLiteral("--format=json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(doc.array().size(), 2);
        const QJsonObject second = doc.array().at(1).toObject();
        QCOMPARE(second.value(QLatin1String("id")).toInt(), 2);
        QCOMPARE(second.value(QLatin1String("even")).toBool(), true);
        QCOMPARE(second.value(QLatin1String("name")).toString(), QStringLiteral("é2"));
        QCOMPARE(second.value(QLatin1String("price")).toDouble(), 1.5);
        QCOMPARE(second.value(QLatin1String("doc"))
                     .toObject()
                     .value(QLatin1String("k"))
                     .toArray()
                     .size(),
                 1);
        QVERIFY(second.value(QLatin1String("nothing")).isNull());
    }

    void queryNoneCountsRows()
    {
        const Run r = cli({QStringLiteral("query"), m_url,
                           QStringLiteral("SELECT g FROM generate_series(1, 50000) g"),
                           QStringLiteral("--format"), QStringLiteral("none")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("SELECT 50000")), qPrintable(r.err));
    }

    void queryErrorShowsCaret()
    {
        const Run r =
            cli({QStringLiteral("query"), m_url, QStringLiteral("SELECT 1,\n  2 FROM WHERE x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("syntax error at or near \"WHERE\" (42601)")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("LINE 2:   2 FROM WHERE x\n                 ^\n")),
                 qPrintable(r.err));
        verifyNoPassword(r);
    }

    void queryServerDetail()
    {
        const Run r = cli({QStringLiteral("query"), m_url,
                           QStringLiteral("DO $$ BEGIN RAISE NOTICE 'hello'; RAISE EXCEPTION 'bad' "
                                          "USING HINT = 'fix it'; END $$")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("NOTICE: hello")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("ERROR:  bad (P0001)")));
        QVERIFY(r.err.contains(QLatin1String("HINT:  fix it")));
    }

    void queryUsageErrors()
    {
        QCOMPARE(cli({QStringLiteral("query"), m_url}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("query"), m_url, QStringLiteral("SELECT 1"),
                      QStringLiteral("--format"), QStringLiteral("xml")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "test_pg_cli.moc"
