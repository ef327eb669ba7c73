// stratum-cli diff on two real SQLite files: exit 0 when the schemas match, 1
// with the operations (and --sql statements) when they differ, and clear
// errors for a bad URL or two different database systems.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STRATUM_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return {};
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_a = QStringLiteral("sqlite:///") + m_dir->filePath(QStringLiteral("a.db"));
        m_b = QStringLiteral("sqlite:///") + m_dir->filePath(QStringLiteral("b.db"));
        const QString users = QStringLiteral(
            "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL)");
        for (const QString &url : {m_a, m_b}) {
            const Run r = cli({QStringLiteral("query"), url, users, QStringLiteral("--format"),
                               QStringLiteral("none")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

    void sameSchemasExitZero()
    {
        const Run r = cli({QStringLiteral("diff"), m_a, m_b});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("The schemas are the same.")));
    }

    void differencesExitOneAndNameWhatChanges()
    {
        const Run q = cli({QStringLiteral("query"), m_b,
                           QStringLiteral("CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id "
                                          "INTEGER REFERENCES users (id), title TEXT)"),
                           QStringLiteral("--format"), QStringLiteral("none")});
        QVERIFY2(q.code == 0, qPrintable(q.err));
        Run r = cli({QStringLiteral("diff"), m_a, m_b});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("posts")), qPrintable(r.out));
        r = cli({QStringLiteral("diff"), m_a, m_b, QStringLiteral("--sql")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("CREATE TABLE posts")), qPrintable(r.out));
        // The other way round, the table is dropped; and the files are unchanged.
        r = cli({QStringLiteral("diff"), m_b, m_a});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("posts")), qPrintable(r.out));
        r = cli({QStringLiteral("diff"), m_a, m_a});
        QCOMPARE(r.code, 0);
    }

    void badInputIsAUsageOrConnectError()
    {
        Run r = cli({QStringLiteral("diff"), m_a});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage: stratum-cli diff")));
        r = cli({QStringLiteral("diff"), QStringLiteral("nonsense://x"), m_b});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("stratum-cli diff:")), qPrintable(r.err));
        r = cli({QStringLiteral("diff"), m_a,
                 QStringLiteral("postgresql://u:secret-pw@127.0.0.1:1/none?connect_timeout=2")});
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.contains(QStringLiteral("secret-pw")), qPrintable(r.err));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_a;
    QString m_b;
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "test_cli_diff.moc"
