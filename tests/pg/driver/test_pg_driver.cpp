// The PostgreSQL driver against the private test cluster: streaming, column
// metadata, values, errors with their diagnostics, notices, parameters,
// transactions, cancel and disconnect detection.
#include "PgTestSupport.h"

#include "core/engine/Transaction.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <thread>

using namespace stratum;
using namespace stratum::engine;
using stratum::testing::connectTo;
using stratum::testing::errorText;

class TestPgDriver : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::TempDatabase> m_db;
    std::unique_ptr<DriverConnection> m_conn;

    DriverConnection &conn() { return *m_conn; }

    // Streams sql to the end and returns all rows in one batch.
    RowBatch fetchAll(const QString &sql, const Params &params = {},
                      std::vector<ColumnInfo> *columns = nullptr)
    {
        RowBatch all;
        auto s = conn().stream(sql, params);
        if (!s) {
            qWarning("%s", qPrintable(errorText(s.error())));
            return all;
        }
        if (columns)
            *columns = s.value()->columns();
        RowBatch batch;
        all.setColumns(s.value()->columns());
        while (true) {
            auto more = s.value()->next(batch, 100);
            if (!more || !*more)
                break;
            for (int r = 0; r < batch.rowCount(); ++r)
                for (int c = 0; c < batch.columnCount(); ++c) {
                    if (batch.isNull(r, c))
                        all.appendNull();
                    else
                        all.appendValue(batch.view(r, c));
                }
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        STRATUM_REQUIRE_PG_URL(url);
        m_db = std::make_unique<testing::TempDatabase>(url);
        QVERIFY2(m_db->ok(), "could not create the test database");
        auto c = connectTo(m_db->url());
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : errorText(c.error())));
        m_conn = std::move(c.value());
        QVERIFY(conn().execute(QStringLiteral(
            "CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL, note text)")));
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        m_db.reset();
    }

    void init()
    {
        if (m_conn && m_conn->transactionStatus() != TransactionStatus::Idle)
            (void)m_conn->rollback();
        if (m_conn)
            QVERIFY(conn().execute(QStringLiteral("TRUNCATE item")));
    }

    void firstBatchArrivesBeforeTheQueryCompletes()
    {
        // Reference: how long the server needs just to produce the 10 million rows.
        QElapsedTimer t;
        t.start();
        QVERIFY(conn().execute(
            QStringLiteral("SELECT count(*) FROM (SELECT generate_series(1, 10000000)) s")));
        const qint64 produceAll = t.nsecsElapsed();

        t.restart();
        auto s = conn().stream(QStringLiteral("SELECT generate_series(1, 10000000) AS g"));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : errorText(s.error())));
        RowBatch batch;
        auto more = s.value()->next(batch, 1000);
        const qint64 firstBatch = t.nsecsElapsed();
        QVERIFY(more.ok() && *more);
        QVERIFY(batch.rowCount() >= 1 && batch.rowCount() <= 1000);
        QCOMPARE(batch.toInt64(0, 0), std::optional<qint64>(1));
        QCOMPARE(batch.toInt64(batch.rowCount() - 1, 0), std::optional<qint64>(batch.rowCount()));
        QVERIFY(!s.value()->atEnd());
        QVERIFY2(firstBatch * 10 < produceAll,
                 qPrintable(QStringLiteral("first batch %1 ms, all rows %2 ms")
                                .arg(firstBatch / 1e6)
                                .arg(produceAll / 1e6)));

        // Abandoning the stream cancels the rest quickly and leaves the connection usable.
        t.restart();
        s.value().reset();
        QVERIFY2(t.nsecsElapsed() * 2 < produceAll,
                 qPrintable(QString::number(t.nsecsElapsed() / 1e6)));
        QCOMPARE(conn().transactionStatus(), TransactionStatus::Idle);
        auto one = conn().execute(QStringLiteral("SELECT 1"));
        QVERIFY2(one.ok(), qPrintable(one.ok() ? QString() : errorText(one.error())));
        QVERIFY(!conn().isBroken());
    }

    void streamEndsWithTagAndCount()
    {
        auto s = conn().stream(QStringLiteral("SELECT g FROM generate_series(1, 2500) g"));
        QVERIFY(s.ok());
        RowBatch batch;
        qint64 total = 0;
        qint64 sum = 0;
        while (true) {
            auto more = s.value()->next(batch, 1000);
            QVERIFY(more.ok());
            if (!*more)
                break;
            QVERIFY(batch.rowCount() <= 1000);
            for (int r = 0; r < batch.rowCount(); ++r)
                sum += *batch.toInt64(r, 0);
            total += batch.rowCount();
        }
        QCOMPARE(total, 2500);
        QCOMPARE(sum, qint64(2500) * 2501 / 2);
        QVERIFY(s.value()->atEnd());
        QCOMPARE(s.value()->commandTag(), QStringLiteral("SELECT 2500"));
        QCOMPARE(s.value()->rowsAffected(), 2500);
        auto again = s.value()->next(batch, 10);
        QVERIFY(again.ok() && !*again);
    }

    void columnMetadataAndValues()
    {
        std::vector<ColumnInfo> cols;
        const RowBatch b = fetchAll(
            QStringLiteral("SELECT 42::int8 AS a, 'héllo'::text AS b, 12.50::numeric(12,2) AS c, "
                           "'2024-03-01 12:30:00+00'::timestamptz AS d, true AS e, "
                           "NULL::text AS f, '\\x00ff10'::bytea AS g, '2024-01-02'::date AS h, "
                           "'{\"k\": 1}'::jsonb AS i, ARRAY[1,2] AS j, 1.5::float8 AS k"),
            {}, &cols);
        QCOMPARE(b.rowCount(), 1);
        QCOMPARE(int(cols.size()), 11);
        QCOMPARE(cols[0].name, QStringLiteral("a"));
        QCOMPARE(cols[0].typeName, QStringLiteral("int8"));
        QCOMPARE(cols[0].typeOid, 20u);
        QCOMPARE(cols[0].kind, ValueKind::Int);
        QCOMPARE(cols[1].kind, ValueKind::Text);
        QCOMPARE(cols[2].kind, ValueKind::Numeric);
        QCOMPARE(cols[3].typeName, QStringLiteral("timestamptz"));
        QCOMPARE(cols[3].kind, ValueKind::TimestampTz);
        QCOMPARE(cols[4].kind, ValueKind::Bool);
        QCOMPARE(cols[6].kind, ValueKind::Bytes);
        QCOMPARE(cols[7].kind, ValueKind::Date);
        QCOMPARE(cols[8].kind, ValueKind::Json);
        QCOMPARE(cols[9].typeName, QStringLiteral("int4[]"));
        QCOMPARE(cols[9].kind, ValueKind::Array);
        QCOMPARE(b.toInt64(0, 0), std::optional<qint64>(42));
        QCOMPARE(b.text(0, 1), QStringLiteral("héllo"));
        QCOMPARE(b.text(0, 2), QStringLiteral("12.50"));
        QCOMPARE(b.value(0, 3).toDateTime().toSecsSinceEpoch(),
                 QDateTime(QDate(2024, 3, 1), QTime(12, 30), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(b.toBool(0, 4), std::optional<bool>(true));
        QVERIFY(b.isNull(0, 5));
        QVERIFY(b.text(0, 5).isNull());
        QVERIFY(!b.isNull(0, 6));
        QCOMPARE(b.bytes(0, 6), QByteArray("\x00\xff\x10", 3));
        QCOMPARE(b.text(0, 6), QStringLiteral("\\x00ff10"));
        QCOMPARE(b.value(0, 7).toDate(), QDate(2024, 1, 2));
        QCOMPARE(b.text(0, 9), QStringLiteral("{1,2}"));
        QCOMPARE(b.toDouble(0, 10), std::optional<double>(1.5));
    }

    void tableColumnOrigin()
    {
        std::vector<ColumnInfo> cols;
        fetchAll(QStringLiteral("SELECT name, id, 1 AS expr FROM item"), {}, &cols);
        QCOMPARE(int(cols.size()), 3);
        QVERIFY(cols[0].tableOid != 0);
        QCOMPARE(cols[0].tableColumn, 2);
        QCOMPARE(cols[1].tableColumn, 1);
        QCOMPARE(cols[2].tableOid, 0u);
    }

    void syntaxErrorHasPosition()
    {
        const QString sql = QStringLiteral("SELECT *\nFROMM item");
        auto s = conn().stream(sql);
        QVERIFY(!s.ok());
        const Error &e = s.error();
        QCOMPARE(e.code, QStringLiteral("42601"));
        QVERIFY2(e.message.contains(QLatin1String("syntax error")), qPrintable(e.message));
        QCOMPARE(e.position, 10);  // the F of FROMM
        QCOMPARE(e.line, 2);
        QCOMPARE(e.column, 1);
        QVERIFY(!conn().isBroken());
        QVERIFY(conn().execute(QStringLiteral("SELECT 1")));
    }

    void undefinedTableHasPositionThroughExecute()
    {
        auto r = conn().execute(QStringLiteral("SELECT * FROM nope_missing"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("42P01"));
        QCOMPARE(r.error().position, 15);
    }

    void uniqueViolationHasDetail()
    {
        QVERIFY(conn().execute(QStringLiteral("INSERT INTO item VALUES (1, 'a')")));
        auto r = conn().execute(QStringLiteral("INSERT INTO item VALUES (1, 'b')"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("23505"));
        QVERIFY2(r.error().detail.contains(QLatin1String("Key (id)=(1) already exists")),
                 qPrintable(r.error().detail));
    }

    void hintAndContext()
    {
        auto r = conn().execute(QStringLiteral("SELECT no_such_function(1)"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("42883"));
        QVERIFY(!r.error().hint.isEmpty());
        auto d =
            conn().execute(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'boom' USING DETAIL = 'the "
                                          "detail', HINT = 'the hint', ERRCODE = 'P0001'; END $$"));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().message, QStringLiteral("boom"));
        QCOMPARE(d.error().detail, QStringLiteral("the detail"));
        QCOMPARE(d.error().hint, QStringLiteral("the hint"));
        QVERIFY2(d.error().context.contains(QLatin1String("PL/pgSQL")),
                 qPrintable(d.error().context));
    }

    void errorInTheMiddleOfAStream()
    {
        auto s = conn().stream(
            QStringLiteral("SELECT 10 / (5000 - g) FROM generate_series(1, 10000) g"));
        QVERIFY(s.ok());
        RowBatch batch;
        std::optional<Error> failure;
        int rows = 0;
        while (true) {
            auto more = s.value()->next(batch, 1000);
            if (!more) {
                failure = more.error();
                break;
            }
            if (!*more)
                break;
            rows += batch.rowCount();
        }
        QVERIFY(failure);
        QCOMPARE(failure->code, QStringLiteral("22012"));
        QVERIFY(rows < 5000);
        QVERIFY(s.value()->atEnd());
        QVERIFY(conn().execute(QStringLiteral("SELECT 1")));
    }

    void noticesPerStatement()
    {
        auto r = conn().execute(
            QStringLiteral("DO $$ BEGIN RAISE NOTICE 'first x'; RAISE WARNING 'second'; END $$"));
        QVERIFY(r.ok());
        QCOMPARE(r->notices.size(), 2);
        QCOMPARE(r->notices.at(0), QStringLiteral("NOTICE: first x"));
        QCOMPARE(r->notices.at(1), QStringLiteral("WARNING: second"));
        auto quiet = conn().execute(QStringLiteral("SELECT 1"));
        QVERIFY(quiet.ok());
        QVERIFY(quiet->notices.isEmpty());

        QVERIFY(conn().execute(
            QStringLiteral("CREATE OR REPLACE FUNCTION noisy() RETURNS int LANGUAGE plpgsql AS $$ "
                           "BEGIN RAISE NOTICE 'from stream'; RETURN 7; END $$")));
        auto s = conn().stream(QStringLiteral("SELECT noisy()"));
        QVERIFY(s.ok());
        RowBatch batch;
        while (true) {
            auto more = s.value()->next(batch, 10);
            QVERIFY(more.ok());
            if (!*more)
                break;
        }
        QVERIFY(s.value()->notices().contains(QStringLiteral("NOTICE: from stream")));
    }

    void parameterBinding()
    {
        const QString unicode = QStringLiteral("Grüße, 世界 😀");
        const RowBatch b = fetchAll(
            QStringLiteral(
                "SELECT $1::text, $2::int, $3::text IS NULL, $4::bytea, $5::bool, $6::float8"),
            {unicode, 42, QVariant(), QByteArray("a\0b", 3), true, 0.25});
        QCOMPARE(b.rowCount(), 1);
        QCOMPARE(b.text(0, 0), unicode);
        QCOMPARE(b.toInt64(0, 1), std::optional<qint64>(42));
        QCOMPARE(b.toBool(0, 2), std::optional<bool>(true));
        QCOMPARE(b.bytes(0, 3), QByteArray("a\0b", 3));
        QCOMPARE(b.toBool(0, 4), std::optional<bool>(true));
        QCOMPARE(b.toDouble(0, 5), std::optional<double>(0.25));

        auto ins = conn().execute(QStringLiteral("INSERT INTO item VALUES ($1, $2, $3)"),
                                  {7, unicode, QVariant()});
        QVERIFY2(ins.ok(), qPrintable(ins.ok() ? QString() : errorText(ins.error())));
        QCOMPARE(ins->rowsAffected, 1);
        QCOMPARE(ins->commandTag, QStringLiteral("INSERT 0 1"));
        const RowBatch back =
            fetchAll(QStringLiteral("SELECT name, note FROM item WHERE id = $1"), {7});
        QCOMPARE(back.text(0, 0), unicode);
        QVERIFY(back.isNull(0, 1));
        // Injection-shaped text stays data.
        QVERIFY(conn().execute(QStringLiteral("INSERT INTO item VALUES ($1, $2)"),
                               {8, QStringLiteral("x'); DROP TABLE item; --")}));
        QCOMPARE(fetchAll(QStringLiteral("SELECT count(*) FROM item")).toInt64(0, 0),
                 std::optional<qint64>(2));
    }

    void transactionsAndSavepoints()
    {
        QVERIFY(conn().begin());
        QCOMPARE(conn().transactionStatus(), TransactionStatus::InTransaction);
        QVERIFY(conn().execute(QStringLiteral("INSERT INTO item VALUES (1, 'a')")));
        QVERIFY(conn().rollback());
        QCOMPARE(conn().transactionStatus(), TransactionStatus::Idle);
        QCOMPARE(fetchAll(QStringLiteral("SELECT count(*) FROM item")).toInt64(0, 0),
                 std::optional<qint64>(0));

        QVERIFY(conn().begin());
        QVERIFY(conn().execute(QStringLiteral("INSERT INTO item VALUES (1, 'a')")));
        QVERIFY(conn().savepoint(QStringLiteral("before two")));
        QVERIFY(conn().execute(QStringLiteral("INSERT INTO item VALUES (2, 'b')")));
        QVERIFY(!conn().execute(QStringLiteral("INSERT INTO item VALUES (2, 'b')")));
        QCOMPARE(conn().transactionStatus(), TransactionStatus::InError);
        QVERIFY(conn().rollbackToSavepoint(QStringLiteral("before two")));
        QCOMPARE(conn().transactionStatus(), TransactionStatus::InTransaction);
        QVERIFY(conn().savepoint(QStringLiteral("s2")));
        QVERIFY(conn().execute(QStringLiteral("INSERT INTO item VALUES (3, 'c')")));
        QVERIFY(conn().releaseSavepoint(QStringLiteral("s2")));
        QVERIFY(conn().commit());
        const RowBatch ids = fetchAll(QStringLiteral("SELECT id FROM item ORDER BY id"));
        QCOMPARE(ids.rowCount(), 2);
        QCOMPARE(ids.toInt64(0, 0), std::optional<qint64>(1));
        QCOMPARE(ids.toInt64(1, 0), std::optional<qint64>(3));
    }

    void readOnlyAndIsolation()
    {
        TransactionOptions ro;
        ro.readOnly = true;
        ro.isolation = IsolationLevel::Serializable;
        QVERIFY(conn().begin(ro));
        QCOMPARE(fetchAll(QStringLiteral("SELECT current_setting('transaction_isolation'), "
                                         "current_setting('transaction_read_only')"))
                     .text(0, 0),
                 QStringLiteral("serializable"));
        auto w = conn().execute(QStringLiteral("INSERT INTO item VALUES (1, 'a')"));
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, QStringLiteral("25006"));
        QVERIFY(conn().rollback());

        TransactionOptions rr;
        rr.isolation = IsolationLevel::RepeatableRead;
        QVERIFY(conn().begin(rr));
        QCOMPARE(
            fetchAll(QStringLiteral("SELECT current_setting('transaction_isolation')")).text(0, 0),
            QStringLiteral("repeatable read"));
        QVERIFY(conn().commit());
    }

    void transactionScopeRollsBack()
    {
        {
            auto t = Transaction::begin(conn());
            QVERIFY(t.ok());
            QVERIFY(conn().execute(QStringLiteral("INSERT INTO item VALUES (1, 'a')")));
        }
        QCOMPARE(conn().transactionStatus(), TransactionStatus::Idle);
        QCOMPARE(fetchAll(QStringLiteral("SELECT count(*) FROM item")).toInt64(0, 0),
                 std::optional<qint64>(0));
        {
            auto t = Transaction::begin(conn());
            QVERIFY(t.ok());
            QVERIFY(conn().execute(QStringLiteral("INSERT INTO item VALUES (1, 'a')")));
            QVERIFY(t.value().commit());
            QVERIFY(!t.value().commit());
        }
        QCOMPARE(fetchAll(QStringLiteral("SELECT count(*) FROM item")).toInt64(0, 0),
                 std::optional<qint64>(1));
    }

    void autocommitOff()
    {
        QVERIFY(conn().autocommit());
        QVERIFY(conn().setAutocommit(false));
        QVERIFY(conn().execute(QStringLiteral("INSERT INTO item VALUES (1, 'a')")));
        QCOMPARE(conn().transactionStatus(), TransactionStatus::InTransaction);
        QVERIFY(!conn().setAutocommit(true));  // not inside a transaction
        QVERIFY(conn().rollback());
        QCOMPARE(conn().transactionStatus(), TransactionStatus::Idle);
        QVERIFY(conn().setAutocommit(true));
        QCOMPARE(fetchAll(QStringLiteral("SELECT count(*) FROM item")).toInt64(0, 0),
                 std::optional<qint64>(0));
    }

    void cancelFromAnotherThread()
    {
        QElapsedTimer sinceCancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            sinceCancel.start();
            m_conn->cancel();
        });
        auto r = conn().execute(QStringLiteral("SELECT pg_sleep(30)"));
        const qint64 ms = sinceCancel.elapsed();
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("57014"));
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QVERIFY(!conn().isBroken());
        QVERIFY(conn().ping());
        QCOMPARE(fetchAll(QStringLiteral("SELECT 5")).toInt64(0, 0), std::optional<qint64>(5));
    }

    void cancelAStreamFromAnotherThread()
    {
        auto s = conn().stream(
            QStringLiteral("SELECT g, pg_sleep(0.001) FROM generate_series(1, 1000000) g"));
        QVERIFY(s.ok());
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            m_conn->cancel();
        });
        RowBatch batch;
        std::optional<Error> failure;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            auto more = s.value()->next(batch, 100);
            if (!more) {
                failure = more.error();
                break;
            }
            if (!*more)
                break;
        }
        canceller.join();
        QVERIFY(failure);
        QCOMPARE(failure->code, QStringLiteral("57014"));
        s.value().reset();
        QVERIFY(conn().ping());
    }

    void terminatedBackendIsBroken()
    {
        auto victim = connectTo(m_db->url());
        QVERIFY(victim.ok());
        const int pid = victim.value()->backendPid();
        QVERIFY(pid > 0);
        QVERIFY(conn().execute(QStringLiteral("SELECT pg_terminate_backend($1)"), {pid}));
        auto r = victim.value()->execute(QStringLiteral("SELECT 1"));
        for (int i = 0; i < 50 && r.ok(); ++i) {  // termination is asynchronous
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            r = victim.value()->execute(QStringLiteral("SELECT 1"));
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.error().code == QLatin1String("57P01") ||
                     r.error().code.startsWith(QLatin1String("08")),
                 qPrintable(errorText(r.error())));
        QVERIFY(victim.value()->isBroken());
        QVERIFY(!victim.value()->ping());
        QVERIFY(!conn().isBroken());
    }

    void busyWhileStreaming()
    {
        auto s = conn().stream(QStringLiteral("SELECT g FROM generate_series(1, 100000) g"));
        QVERIFY(s.ok());
        auto r = conn().execute(QStringLiteral("SELECT 1"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("busy"));
        s.value().reset();
        QVERIFY(conn().execute(QStringLiteral("SELECT 1")));
    }

    void scriptsThroughExecute()
    {
        auto r = conn().execute(QStringLiteral("INSERT INTO item VALUES (1, 'a'); INSERT INTO item "
                                               "VALUES (2, 'b'); UPDATE item SET note = 'n'"));
        QVERIFY(r.ok());
        QCOMPARE(r->commandTag, QStringLiteral("UPDATE 2"));
        QCOMPARE(r->rowsAffected, 2);
    }

    void quoteIdentifier()
    {
        auto driver = Driver::create(m_db->url());
        QVERIFY(driver.ok());
        QCOMPARE(driver.value()->quoteIdentifier(QStringLiteral("users")), QStringLiteral("users"));
        QCOMPARE(driver.value()->quoteIdentifier(QStringLiteral("user")),
                 QStringLiteral("\"user\""));
        QCOMPARE(driver.value()->quoteIdentifier(QStringLiteral("Users")),
                 QStringLiteral("\"Users\""));
        QCOMPARE(driver.value()->quoteIdentifier(QStringLiteral("a\"b")),
                 QStringLiteral("\"a\"\"b\""));
    }
};

QTEST_GUILESS_MAIN(TestPgDriver)
#include "test_pg_driver.moc"
