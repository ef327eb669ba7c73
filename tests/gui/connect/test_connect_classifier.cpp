// The production guard's SQL classifier: statements that change data or
// schema, and read-only ones, with comments, strings and quoted identifiers
// that merely mention dangerous words.

#include "ConnectTestUtil.h"

#include "ui/connect/ProductionGuard.h"
#include "ui/connect/SqlChangeClassifier.h"

#include <QPushButton>

using stratum::ui::SqlChangeClassifier;

class TestConnectClassifier : public QObject
{
    Q_OBJECT

public:
    explicit TestConnectClassifier(stratum::test::IsolatedHome *) {}

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("keyword");  // empty: read-only

        auto changing = [](const char *name, const char *sql, const char *kw) {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromLatin1(kw);
        };
        auto reading = [](const char *name, const char *sql) {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString();
        };
        changing("insert", "INSERT INTO t VALUES (1)", "INSERT");
        changing("update lower case", "update t set a = 1", "UPDATE");
        changing("delete", "DELETE FROM t WHERE id = 3", "DELETE");
        changing("merge", "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "MERGE");
        changing("truncate", "truncate table t", "TRUNCATE");
        changing("create", "CREATE TABLE x (id int)", "CREATE");
        changing("alter", "ALTER TABLE x ADD COLUMN y int", "ALTER");
        changing("drop", "DROP TABLE x", "DROP");
        changing("grant", "GRANT SELECT ON t TO bob", "GRANT");
        changing("revoke", "REVOKE ALL ON t FROM bob", "REVOKE");
        changing("copy from", "COPY t FROM STDIN", "COPY FROM");
        changing("comment", "COMMENT ON TABLE t IS 'x'", "COMMENT");
        changing("do block", "DO $$ BEGIN PERFORM 1; END $$", "DO");
        changing("call", "CALL refresh_all()", "CALL");
        changing("vacuum", "VACUUM FULL t", "VACUUM");
        changing("sqlite replace", "REPLACE INTO t VALUES (1)", "REPLACE");
        changing("pragma assignment", "PRAGMA user_version = 3", "PRAGMA");
        changing("leading comment", "-- just a look\n/* really */ DELETE FROM t", "DELETE");
        changing("nested comment", "/* a /* nested */ SELECT */ DROP TABLE t", "DROP");
        changing("after a select", "SELECT 1; UPDATE t SET a = 2", "UPDATE");
        changing("cte insert",
                 "WITH moved AS (DELETE FROM a RETURNING *) INSERT INTO b SELECT * FROM moved",
                 "DELETE");
        changing("cte update", "WITH x AS (UPDATE t SET a = 1 RETURNING a) SELECT * FROM x",
                 "UPDATE");
        changing("select into", "SELECT * INTO backup FROM t", "SELECT INTO");
        changing("explain analyze", "EXPLAIN ANALYZE DELETE FROM t", "DELETE");
        changing("explain (analyze)", "EXPLAIN (ANALYZE, BUFFERS) UPDATE t SET a = 1", "UPDATE");
        changing("parenthesised", "((INSERT INTO t VALUES (1)))", "INSERT");

        reading("select", "SELECT * FROM t");
        reading("select for update", "SELECT * FROM t FOR UPDATE");
        reading("select for no key update", "SELECT * FROM t FOR NO KEY UPDATE SKIP LOCKED");
        reading("string mentions delete", "SELECT 'DELETE FROM t; DROP TABLE t' AS s");
        reading("escaped string", "SELECT E'it\\'s; DROP TABLE t' AS s");
        reading("doubled quote", "SELECT 'it''s; drop table t'");
        reading("dollar string", "SELECT $body$ ; DELETE FROM t; $body$");
        reading("quoted identifier", "SELECT \"delete\", \"drop;table\" FROM t");
        reading("line comment", "SELECT 1 -- ; DELETE FROM t");
        reading("block comment", "/* DROP TABLE t; */ SELECT 1");
        reading("copy to", "COPY t TO STDOUT");
        reading("explain", "EXPLAIN DELETE FROM t");
        reading("explain analyze off", "EXPLAIN (ANALYZE off) DELETE FROM t");
        reading("show set", "SHOW search_path; SET search_path = public; BEGIN; COMMIT");
        reading("pragma read", "PRAGMA table_info(t)");
        reading("values", "VALUES (1), (2)");
        reading("cte select", "WITH x AS (SELECT 1) SELECT * FROM x");
        reading("empty", "  ;; -- nothing\n");
        reading("sqlite brackets", "SELECT [drop] FROM [delete]");
        reading("param", "SELECT $1, $2");
    }

    void classify()
    {
        QFETCH(QString, sql);
        QFETCH(QString, keyword);
        const QList<SqlChangeClassifier::Finding> found = SqlChangeClassifier::changes(sql);
        if (keyword.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).keyword));
            QVERIFY(!SqlChangeClassifier::changesDataOrSchema(sql));
        } else {
            QVERIFY(!found.isEmpty());
            QCOMPARE(found.first().keyword, keyword);
            QVERIFY(SqlChangeClassifier::changesDataOrSchema(sql));
        }
    }

    void findingsPointAtTheStatement()
    {
        const QString sql =
            QStringLiteral("SELECT 1;\n-- now\n  delete from t where a = ';';\nSELECT 2");
        const auto found = SqlChangeClassifier::changes(sql);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().statementIndex, 1);
        QCOMPARE(found.first().offset, int(sql.indexOf(QLatin1String("delete"))));
        QVERIFY(found.first().statement.endsWith(QLatin1String("where a = ';'")));
        QCOMPARE(SqlChangeClassifier::splitStatements(sql).size(), 3);
    }

    void guardAsksOnlyForProduction()
    {
        stratum::ui::ConnectionProfile p;
        p.name = QStringLiteral("orders");
        const QString sql = QStringLiteral("DELETE FROM orders");
        QVERIFY(!stratum::ui::ProductionGuard::needsConfirmation(p, sql));
        p.environment = stratum::ui::EnvironmentTag::Prod;
        QVERIFY(stratum::ui::ProductionGuard::needsConfirmation(p, sql));
        QVERIFY(!stratum::ui::ProductionGuard::needsConfirmation(p, QStringLiteral("SELECT 1")));
        QCOMPARE(p.effectiveColor(), QColor(0xd3, 0x2f, 0x2f));
        p.color = QColor(Qt::blue);
        QCOMPARE(stratum::ui::ProductionGuard::tabColor(p), QColor(Qt::blue));

        // The confirmation dialog names the connection and the statement, and
        // defaults to not running it.
        stratum::ui::ProductionConfirmDialog dialog(p, sql);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.message().contains(QLatin1String("orders")));
        QVERIFY(dialog.message().contains(QLatin1String("DELETE")));
        QPushButton *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancel"));
        QVERIFY(cancel);
        QVERIFY(cancel->isDefault());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

STRATUM_CONNECT_TEST_MAIN(TestConnectClassifier)
#include "test_connect_classifier.moc"
