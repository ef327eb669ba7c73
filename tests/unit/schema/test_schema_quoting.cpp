// Identifier quoting per dialect: only names that need it are quoted, and
// hostile names cannot end the quoted identifier or the string literal early.
#include "SchemaTestUtil.h"
#include "core/schema/DdlCompiler.h"
#include "core/schema/IdentifierPreparer.h"
#include "core/schema/Keywords.h"

#include <QTest>

#include <sqlite3.h>

using namespace stratum::schema;
using namespace stratum::schema::test;

class TestSchemaQuoting : public QObject
{
    Q_OBJECT
private slots:
    void postgresBareAndQuoted_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "customer"
                               << "customer";
        QTest::newRow("underscore, digits, dollar") << "a_1$b"
                                                    << "a_1$b";
        QTest::newRow("leading underscore") << "_x"
                                            << "_x";
        QTest::newRow("reserved") << "order"
                                  << "\"order\"";
        QTest::newRow("reserved user") << "user"
                                       << "\"user\"";
        QTest::newRow("type/func keyword") << "left"
                                           << "\"left\"";
        QTest::newRow("unreserved keyword stays bare") << "action"
                                                       << "action";
        QTest::newRow("column-name keyword stays bare") << "time"
                                                        << "time";
        QTest::newRow("upper case") << "User"
                                    << "\"User\"";
        QTest::newRow("leading digit") << "1abc"
                                       << "\"1abc\"";
        QTest::newRow("leading dollar") << "$x"
                                        << "\"$x\"";
        QTest::newRow("space") << "first name"
                               << "\"first name\"";
        QTest::newRow("double quote") << "a\"b"
                                      << "\"a\"\"b\"";
        QTest::newRow("injection") << "\"; DROP TABLE x; --"
                                   << "\"\"\"; DROP TABLE x; --\"";
        QTest::newRow("non-ascii") << QString::fromUtf8("café") << QString::fromUtf8("\"café\"");
        QTest::newRow("dot") << "a.b"
                             << "\"a.b\"";
    }
    void postgresBareAndQuoted()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(IdentifierPreparer(Dialect::PostgreSQL).quote(name), expected);
    }

    void sqliteBareAndQuoted()
    {
        const IdentifierPreparer p(Dialect::SQLite);
        QCOMPARE(p.quote("track"), QStringLiteral("track"));
        QCOMPARE(p.quote("order"), QStringLiteral("\"order\""));
        // SQLite keywords that PostgreSQL does not reserve
        QCOMPARE(p.quote("action"), QStringLiteral("\"action\""));
        QCOMPARE(p.quote("key"), QStringLiteral("\"key\""));
        QCOMPARE(p.quote("Album"), QStringLiteral("\"Album\""));
        QCOMPARE(p.quote("a\"b"), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(p.quote("x$y"), QStringLiteral("x$y"));
    }

    void sqliteKeywordListMatchesLibrary()
    {
        const int n = sqlite3_keyword_count();
        QVERIFY(n >= 147);
        for (int i = 0; i < n; ++i) {
            const char *word = nullptr;
            int length = 0;
            QCOMPARE(sqlite3_keyword_name(i, &word, &length), SQLITE_OK);
            const QString w = QString::fromLatin1(word, length).toLower();
            QVERIFY2(Keywords::isReserved(Dialect::SQLite, w), qPrintable(w));
        }
    }

    void qualifiedAndTypeNames()
    {
        const IdentifierPreparer p(Dialect::PostgreSQL);
        QCOMPARE(p.qualified("public", "film"), QStringLiteral("public.film"));
        QCOMPARE(p.qualified("", "film"), QStringLiteral("film"));
        QCOMPARE(p.qualified("My Schema", "select"), QStringLiteral("\"My Schema\".\"select\""));
        // a type named like a built-in type keyword must be quoted where a type is expected
        QCOMPARE(p.typeName({}, "int"), QStringLiteral("\"int\""));
        QCOMPARE(p.typeName({}, "mpaa_rating"), QStringLiteral("mpaa_rating"));
        QCOMPARE(p.quote("int"), QStringLiteral("int"));
    }

    void literals()
    {
        const IdentifierPreparer pg(Dialect::PostgreSQL);
        QCOMPARE(pg.literal("it's"), QStringLiteral("'it''s'"));
        QCOMPARE(pg.literal("'); DROP TABLE x; --"), QStringLiteral("'''); DROP TABLE x; --'"));
        // backslashes mean themselves whatever standard_conforming_strings says
        QCOMPARE(pg.literal("a\\'b"), QStringLiteral("E'a\\\\''b'"));
        const IdentifierPreparer lite(Dialect::SQLite);
        QCOMPARE(lite.literal("a\\'b"), QStringLiteral("'a\\''b'"));
    }

    void hostileNamesInDdl()
    {
        Table t;
        t.name = "\"; DROP TABLE x; --";
        t.columns = {column("order", ColumnType::integer(), false),
                     column("User", ColumnType::text()), column("a\"b", ColumnType::text())};
        t.primaryKey = {"pk\"x", {"order"}};
        t.comment = "'; DROP TABLE y; --";
        MetaData m;
        const DdlCompiler pg(Dialect::PostgreSQL);
        const auto create = pg.createTable(t, m);
        QVERIFY(create.ok());
        QCOMPARE(create->statements.value(0),
                 QStringLiteral("CREATE TABLE \"\"\"; DROP TABLE x; --\" (\n"
                                "\t\"order\" INTEGER NOT NULL,\n"
                                "\t\"User\" TEXT,\n"
                                "\t\"a\"\"b\" TEXT,\n"
                                "\tCONSTRAINT \"pk\"\"x\" PRIMARY KEY (\"order\")\n)"));
        const auto comments = pg.tableComments(t);
        QCOMPARE(comments->statements.value(0),
                 QStringLiteral("COMMENT ON TABLE \"\"\"; DROP TABLE x; --\" IS "
                                "'''; DROP TABLE y; --'"));
    }

    void unusableNamesAreRejected()
    {
        const DdlCompiler pg(Dialect::PostgreSQL);
        MetaData m;
        Table t = tableWithId("t");
        t.columns.push_back(column(QString("a") + QChar(0) + "b", ColumnType::text()));
        const auto nul = pg.createTable(t, m);
        QVERIFY(!nul.ok());
        QVERIFY(nul.error().message.contains("NUL"));
        Table empty = tableWithId("");
        QVERIFY(!pg.createTable(empty, m).ok());
        Table noColumns;
        noColumns.name = "x";
        QVERIFY(pg.createTable(noColumns, m).error().message.contains("no columns"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaQuoting)
#include "test_schema_quoting.moc"
