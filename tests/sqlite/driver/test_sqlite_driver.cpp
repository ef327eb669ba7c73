// The SQLite driver on temporary files and in memory: foreign keys, busy
// timeout, interrupt from another thread, error codes and positions,
// streaming, metadata, parameters, transactions, use across threads, and the
// CLI verbs.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/ResultStream.h"
#include "core/engine/Transaction.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace stratum;
using namespace stratum::engine;

namespace {

QString describe(const Error &e)
{
    return e.toString() + QLatin1String(" [") + e.code + QLatin1Char(']');
}

std::unique_ptr<DriverConnection> open(const QString &urlText)
{
    auto url = config::Url::parse(urlText);
    if (!url) {
        qWarning("%s", qPrintable(describe(url.error())));
        return {};
    }
    auto driver = Driver::create(*url);
    if (!driver)
        return {};
    auto c = driver.value()->connect();
    if (!c) {
        qWarning("%s", qPrintable(describe(c.error())));
        return {};
    }
    return std::move(c.value());
}

RowBatch fetchAll(DriverConnection &c, const QString &sql, const Params &params = {},
                  std::vector<ColumnInfo> *columns = nullptr)
{
    RowBatch all;
    auto s = c.stream(sql, params);
    if (!s) {
        qWarning("%s", qPrintable(describe(s.error())));
        return all;
    }
    if (columns)
        *columns = s.value()->columns();
    all.setColumns(s.value()->columns());
    RowBatch batch;
    while (true) {
        auto more = s.value()->next(batch, 64);
        if (!more || !*more)
            break;
        for (int r = 0; r < batch.rowCount(); ++r)
            for (int col = 0; col < batch.columnCount(); ++col) {
                if (batch.isNull(r, col))
                    all.appendNull();
                else
                    all.appendValue(batch.view(r, col));
            }
    }
    return all;
}

}  // namespace

class TestSqliteDriver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fileUrl(const QString &name, const QString &query = {}) const
    {
        return QLatin1String("sqlite:///") + m_dir.filePath(name) + query;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fileDatabaseIsShared()
    {
        auto a = open(fileUrl(QStringLiteral("shared.db")));
        auto b = open(fileUrl(QStringLiteral("shared.db")));
        QVERIFY(a && b);
        QVERIFY(a->execute(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY(a->execute(QStringLiteral("INSERT INTO t VALUES (1), (2)")));
        QCOMPARE(fetchAll(*b, QStringLiteral("SELECT count(*) FROM t")).toInt64(0, 0),
                 std::optional<qint64>(2));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("shared.db"))));
        QCOMPARE(a->serverVersion(), QString::fromLatin1(SQLITE_VERSION_FOR_TEST));
        QCOMPARE(a->backendPid(), 0);
    }

    void memoryDatabasesArePrivate()
    {
        auto a = open(QStringLiteral("sqlite://"));
        auto b = open(QStringLiteral("sqlite:///:memory:"));
        QVERIFY(a && b);
        QVERIFY(a->execute(QStringLiteral("CREATE TABLE only_in_a (x)")));
        auto r = b->execute(QStringLiteral("SELECT * FROM only_in_a"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("SQLITE_ERROR"));
        QVERIFY(r.error().message.contains(QLatin1String("no such table")));
    }

    void foreignKeysAreOn()
    {
        auto c = open(QStringLiteral("sqlite://"));
        QVERIFY(c);
        QCOMPARE(fetchAll(*c, QStringLiteral("PRAGMA foreign_keys")).toInt64(0, 0),
                 std::optional<qint64>(1));
        QVERIFY(c->execute(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY); "
                                          "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id "
                                          "INTEGER REFERENCES parent(id))")));
        auto r = c->execute(QStringLiteral("INSERT INTO child VALUES (1, 99)"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("SQLITE_CONSTRAINT_FOREIGNKEY"));
    }

    void errorCodesAndPositions()
    {
        auto c = open(QStringLiteral("sqlite://"));
        QVERIFY(c);
        QVERIFY(c->execute(
            QStringLiteral("CREATE TABLE u (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)")));
        QVERIFY(c->execute(QStringLiteral("INSERT INTO u (name) VALUES ('a')")));
        auto dup = c->execute(QStringLiteral("INSERT INTO u (name) VALUES ('a')"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("SQLITE_CONSTRAINT_UNIQUE"));
        auto nn = c->execute(QStringLiteral("INSERT INTO u (name) VALUES (NULL)"));
        QCOMPARE(nn.error().code, QStringLiteral("SQLITE_CONSTRAINT_NOTNULL"));

        auto syntax = c->stream(QStringLiteral("SELECT 1,\n  2 FROM WHERE"));
        QVERIFY(!syntax.ok());
        QCOMPARE(syntax.error().code, QStringLiteral("SQLITE_ERROR"));
        QVERIFY(syntax.error().message.contains(QLatin1String("WHERE")));
        QCOMPARE(syntax.error().line, 2);
        QCOMPARE(syntax.error().column, 10);
        // In a script, positions count from the start of the whole text.
        auto script = c->execute(QStringLiteral("SELECT 1;\nSELECT * FROM WHERE"));
        QVERIFY(!script.ok());
        QCOMPARE(script.error().line, 2);
    }

    void busyTimeout()
    {
        auto writer = open(fileUrl(QStringLiteral("busy.db")));
        auto waiter = open(fileUrl(QStringLiteral("busy.db"), QStringLiteral("?timeout=0.3")));
        QVERIFY(writer && waiter);
        QVERIFY(writer->execute(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(writer->execute(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(writer->execute(QStringLiteral("INSERT INTO t VALUES (1)")));
        QElapsedTimer t;
        t.start();
        auto r = waiter->execute(QStringLiteral("INSERT INTO t VALUES (2)"));
        const qint64 ms = t.elapsed();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().code.startsWith(QLatin1String("SQLITE_BUSY")),
                 qPrintable(describe(r.error())));
        QVERIFY2(ms >= 250, qPrintable(QString::number(ms)));

        // With the default (5 s) timeout the waiter gets through once the writer commits.
        auto patient = open(fileUrl(QStringLiteral("busy.db")));
        QVERIFY(patient);
        std::thread committer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            (void)writer->commit();
        });
        auto ok = patient->execute(QStringLiteral("INSERT INTO t VALUES (3)"));
        committer.join();
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : describe(ok.error())));
        QCOMPARE(fetchAll(*patient, QStringLiteral("SELECT count(*) FROM t")).toInt64(0, 0),
                 std::optional<qint64>(2));
    }

    void interruptFromAnotherThread()
    {
        auto c = open(QStringLiteral("sqlite://"));
        QVERIFY(c);
        QElapsedTimer sinceCancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            sinceCancel.start();
            c->cancel();
        });
        // Never ends by itself.
        auto r = c->execute(
            QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                           "SELECT count(*) FROM n"));
        const qint64 ms = sinceCancel.elapsed();
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("SQLITE_INTERRUPT"));
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QCOMPARE(fetchAll(*c, QStringLiteral("SELECT 7")).toInt64(0, 0), std::optional<qint64>(7));
        // A stale interrupt does not hit the next statement.
        c->cancel();
        QCOMPARE(fetchAll(*c, QStringLiteral("SELECT 8")).toInt64(0, 0), std::optional<qint64>(8));
    }

    void streamingFirstBatchIsEarly()
    {
        auto c = open(QStringLiteral("sqlite://"));
        QVERIFY(c);
        const QString rows = QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000000) ");
        QElapsedTimer t;
        t.start();
        QVERIFY(c->execute(rows + QLatin1String("SELECT count(*) FROM n")));
        const qint64 all = t.nsecsElapsed();
        t.restart();
        auto s = c->stream(rows + QLatin1String("SELECT x FROM n"));
        QVERIFY(s.ok());
        RowBatch batch;
        auto more = s.value()->next(batch, 500);
        const qint64 first = t.nsecsElapsed();
        QVERIFY(more.ok() && *more);
        QCOMPARE(batch.rowCount(), 500);
        QCOMPARE(batch.toInt64(499, 0), std::optional<qint64>(500));
        QVERIFY2(first * 10 < all,
                 qPrintable(QStringLiteral("%1 vs %2 ms").arg(first / 1e6).arg(all / 1e6)));
        // The connection is busy until the stream goes away.
        QCOMPARE(c->execute(QStringLiteral("SELECT 1")).error().code, QStringLiteral("busy"));
        s.value().reset();
        QVERIFY(c->execute(QStringLiteral("SELECT 1")));
    }

    void metadataAndValues()
    {
        auto c = open(QStringLiteral("sqlite://"));
        QVERIFY(c);
        QVERIFY(c->execute(QStringLiteral(
            "CREATE TABLE v (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, "
            "data BLOB, flag BOOLEAN, born DATE, amount NUMERIC(10,2))")));
        QVERIFY(c->execute(QStringLiteral(
            "INSERT INTO v VALUES (1, 'héllo', 2.0, x'00ff', 1, '2024-01-02', 12.5), "
            "(2, 'b', NULL, NULL, 0, NULL, NULL)")));
        std::vector<ColumnInfo> cols;
        const RowBatch b = fetchAll(*c,
                                    QStringLiteral("SELECT id, name, score, data, flag, born, "
                                                   "amount, id * 2 AS twice FROM v ORDER BY id"),
                                    {}, &cols);
        QCOMPARE(int(cols.size()), 8);
        QCOMPARE(cols[0].kind, ValueKind::Int);
        QCOMPARE(cols[1].kind, ValueKind::Text);
        QCOMPARE(cols[1].typeName, QStringLiteral("TEXT"));
        QCOMPARE(cols[1].nullable, std::optional<bool>(false));
        QCOMPARE(cols[1].tableName, QStringLiteral("v"));
        QCOMPARE(cols[2].kind, ValueKind::Float);
        QCOMPARE(cols[2].nullable, std::optional<bool>(true));
        QCOMPARE(cols[3].kind, ValueKind::Bytes);
        QCOMPARE(cols[4].kind, ValueKind::Bool);
        QCOMPARE(cols[5].kind, ValueKind::Date);
        QCOMPARE(cols[6].kind, ValueKind::Numeric);
        QCOMPARE(cols[7].kind, ValueKind::Int);  // from the first row's storage class
        QVERIFY(!cols[7].nullable.has_value());
        QCOMPARE(b.rowCount(), 2);
        QCOMPARE(b.text(0, 1), QStringLiteral("héllo"));
        QCOMPARE(b.text(0, 2), QStringLiteral("2.0"));
        QCOMPARE(b.bytes(0, 3), QByteArray("\x00\xff", 2));
        QCOMPARE(b.toBool(0, 4), std::optional<bool>(true));
        QCOMPARE(b.toBool(1, 4), std::optional<bool>(false));
        QCOMPARE(b.value(0, 5).toDate(), QDate(2024, 1, 2));
        QVERIFY(b.isNull(1, 2));
        QVERIFY(b.isNull(1, 3));
        QCOMPARE(b.toInt64(1, 7), std::optional<qint64>(4));
    }

    void parameters()
    {
        auto c = open(QStringLiteral("sqlite://"));
        QVERIFY(c);
        const QString unicode = QStringLiteral("Grüße 😀");
        QVERIFY(c->execute(QStringLiteral("CREATE TABLE p (a, b, c, d)")));
        auto ins = c->execute(QStringLiteral("INSERT INTO p VALUES ($1, $2, $3, $4)"),
                              {unicode, QVariant(), QByteArray("x\0y", 3), 2.5});
        QVERIFY2(ins.ok(), qPrintable(ins.ok() ? QString() : describe(ins.error())));
        QCOMPARE(ins->rowsAffected, 1);
        QVERIFY(c->execute(QStringLiteral("INSERT INTO p VALUES (?, ?, ?, ?)"),
                           {QStringLiteral("q"), 1, true, QVariant()}));
        const RowBatch b = fetchAll(
            *c, QStringLiteral("SELECT a, b IS NULL, c, d FROM p WHERE a = $1"), {unicode});
        QCOMPARE(b.rowCount(), 1);
        QCOMPARE(b.text(0, 0), unicode);
        QCOMPARE(b.toBool(0, 1), std::optional<bool>(true));
        QCOMPARE(b.bytes(0, 2), QByteArray("x\0y", 3));
        QCOMPARE(b.toDouble(0, 3), std::optional<double>(2.5));
        // $2 used before $1 still binds by number.
        QCOMPARE(fetchAll(*c, QStringLiteral("SELECT $2 || $1"),
                          {QStringLiteral("a"), QStringLiteral("b")})
                     .text(0, 0),
                 QStringLiteral("ba"));
        auto wrong = c->execute(QStringLiteral("SELECT ?"), {});
        QVERIFY(!wrong.ok());
    }

    void transactions()
    {
        auto c = open(fileUrl(QStringLiteral("tx.db")));
        QVERIFY(c);
        QVERIFY(c->execute(QStringLiteral("CREATE TABLE t (x INTEGER PRIMARY KEY)")));
        QVERIFY(c->begin());
        QCOMPARE(c->transactionStatus(), TransactionStatus::InTransaction);
        QVERIFY(c->execute(QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(c->savepoint(QStringLiteral("sp one")));
        QVERIFY(c->execute(QStringLiteral("INSERT INTO t VALUES (2)")));
        QVERIFY(c->rollbackToSavepoint(QStringLiteral("sp one")));
        QVERIFY(c->releaseSavepoint(QStringLiteral("sp one")));
        QVERIFY(c->commit());
        QCOMPARE(c->transactionStatus(), TransactionStatus::Idle);
        QCOMPARE(fetchAll(*c, QStringLiteral("SELECT group_concat(x) FROM t")).text(0, 0),
                 QStringLiteral("1"));

        {
            auto scope = Transaction::begin(*c);
            QVERIFY(scope.ok());
            QVERIFY(c->execute(QStringLiteral("INSERT INTO t VALUES (5)")));
        }
        QCOMPARE(fetchAll(*c, QStringLiteral("SELECT count(*) FROM t")).toInt64(0, 0),
                 std::optional<qint64>(1));

        TransactionOptions ro;
        ro.readOnly = true;
        QVERIFY(c->begin(ro));
        auto w = c->execute(QStringLiteral("INSERT INTO t VALUES (9)"));
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, QStringLiteral("SQLITE_READONLY"));
        QVERIFY(c->rollback());
        QVERIFY(c->execute(QStringLiteral("INSERT INTO t VALUES (9)")));  // writable again

        TransactionOptions serial;
        serial.isolation = IsolationLevel::Serializable;
        QVERIFY(c->begin(serial));
        QVERIFY(c->rollback());

        QVERIFY(c->setAutocommit(false));
        QVERIFY(c->execute(QStringLiteral("INSERT INTO t VALUES (10)")));
        QCOMPARE(c->transactionStatus(), TransactionStatus::InTransaction);
        QVERIFY(c->rollback());
        QVERIFY(c->setAutocommit(true));
        QCOMPARE(fetchAll(*c, QStringLiteral("SELECT count(*) FROM t WHERE x = 10")).toInt64(0, 0),
                 std::optional<qint64>(0));
    }

    void usableFromAnotherThread()
    {
        // Opened here, used and closed on other threads: the pool's pattern.
        auto c = open(fileUrl(QStringLiteral("threads.db")));
        QVERIFY(c);
        QVERIFY(c->execute(QStringLiteral("CREATE TABLE t (x)")));
        bool insertedOk = false;
        std::thread([&] {
            insertedOk = c->execute(QStringLiteral("INSERT INTO t VALUES (1)")).ok();
        }).join();
        QVERIFY(insertedOk);
        qint64 count = -1;
        std::thread([&] {
            count =
                fetchAll(*c, QStringLiteral("SELECT count(*) FROM t")).toInt64(0, 0).value_or(-1);
        }).join();
        QCOMPARE(count, 1);
        std::thread([&] { c->close(); }).join();
        QVERIFY(c->isBroken());
        QVERIFY(!c->ping());
    }

    void pingAndBadPath()
    {
        auto c = open(QStringLiteral("sqlite://"));
        QVERIFY(c && c->ping());
        auto url = config::Url::parse(QLatin1String("sqlite:///") +
                                      m_dir.filePath(QStringLiteral("no/such/dir/x.db")));
        QVERIFY(url.ok());
        auto driver = Driver::create(*url);
        auto bad = driver.value()->connect();
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("SQLITE_CANTOPEN"));
        QVERIFY(bad.error().message.contains(QLatin1String("x.db")));
        QCOMPARE(driver.value()->quoteIdentifier(QStringLiteral("name")), QStringLiteral("name"));
        QCOMPARE(driver.value()->quoteIdentifier(QStringLiteral("select")),
                 QStringLiteral("\"select\""));
        QCOMPARE(driver.value()->quoteIdentifier(QStringLiteral("Mixed")),
                 QStringLiteral("\"Mixed\""));
    }

    void cliQueryAndPing()
    {
        const QString cli = QStringLiteral(STRATUM_BINARY_DIR "/app/stratum-cli");
        const QString url = fileUrl(QStringLiteral("cli.db"));
        auto c = open(url);
        QVERIFY(c);
        QVERIFY(c->execute(QStringLiteral(
            "CREATE TABLE t (id INTEGER, name TEXT); INSERT INTO t VALUES (1, 'a'), (2, NULL)")));
        QProcess p;
        p.start(cli,
                {QStringLiteral("query"), url, QStringLiteral("SELECT id, name FROM t ORDER BY id"),
                 QStringLiteral("--format"), QStringLiteral("tsv")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()),
                 QStringLiteral("id\tname\n1\ta\n2\t\\N\n"));
        p.start(cli, {QStringLiteral("query"), url, QStringLiteral("SELECT * FROMM t")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("LINE 1: SELECT * FROMM t\n                 ^")),
                 qPrintable(err));
        p.start(cli, {QStringLiteral("ping"), url});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                    .contains(QLatin1String("Server: SQLite 3.")));
    }
};

QTEST_GUILESS_MAIN(TestSqliteDriver)
#include "test_sqlite_driver.moc"
