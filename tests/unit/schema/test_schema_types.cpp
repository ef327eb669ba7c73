// Column types as each dialect's DDL spells them, and the warnings SQLite's
// missing types produce.
#include "core/schema/MetaData.h"
#include "core/schema/TypeCompiler.h"

#include <QTest>

using namespace stratum::schema;

Q_DECLARE_METATYPE(ColumnType)

class TestSchemaTypes : public QObject
{
    Q_OBJECT
private:
    MetaData m_metadata;

private slots:
    void initTestCase()
    {
        m_metadata.enums.push_back({{}, "mood", {"sad", "ok", "happy"}});
        m_metadata.enums.push_back({"s", "int", {"a"}});
    }

    void render_data()
    {
        QTest::addColumn<ColumnType>("type");
        QTest::addColumn<QString>("postgres");
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<bool>("sqliteWarns");
        QTest::newRow("integer") << ColumnType::integer() << "INTEGER"
                                 << "INTEGER" << false;
        QTest::newRow("bigint") << ColumnType::bigInteger() << "BIGINT"
                                << "BIGINT" << false;
        QTest::newRow("smallint") << ColumnType::smallInteger() << "SMALLINT"
                                  << "SMALLINT" << false;
        QTest::newRow("numeric") << ColumnType::numeric() << "NUMERIC"
                                 << "NUMERIC" << false;
        QTest::newRow("numeric(10,2)") << ColumnType::numeric(10, 2) << "NUMERIC(10, 2)"
                                       << "NUMERIC(10, 2)" << false;
        QTest::newRow("numeric(5)") << ColumnType::numeric(5) << "NUMERIC(5)"
                                    << "NUMERIC(5)" << false;
        QTest::newRow("float") << ColumnType::floating() << "FLOAT"
                               << "FLOAT" << false;
        QTest::newRow("float(53)") << ColumnType::floating(53) << "FLOAT(53)"
                                   << "FLOAT(53)" << false;
        QTest::newRow("varchar") << ColumnType::string() << "VARCHAR"
                                 << "VARCHAR" << false;
        QTest::newRow("varchar(45)") << ColumnType::string(45) << "VARCHAR(45)"
                                     << "VARCHAR(45)" << false;
        QTest::newRow("char(20)") << ColumnType::fixedChar(20) << "CHAR(20)"
                                  << "CHAR(20)" << false;
        QTest::newRow("text") << ColumnType::text() << "TEXT"
                              << "TEXT" << false;
        QTest::newRow("boolean") << ColumnType::boolean() << "BOOLEAN"
                                 << "BOOLEAN" << false;
        QTest::newRow("date") << ColumnType::date() << "DATE"
                              << "DATE" << false;
        QTest::newRow("timestamp") << ColumnType::dateTime() << "TIMESTAMP WITHOUT TIME ZONE"
                                   << "DATETIME" << false;
        QTest::newRow("timestamptz") << ColumnType::dateTime(true) << "TIMESTAMP WITH TIME ZONE"
                                     << "DATETIME" << true;
        ColumnType ts3 = ColumnType::dateTime(true);
        ts3.precision = 3;
        QTest::newRow("timestamptz(3)") << ts3 << "TIMESTAMP(3) WITH TIME ZONE"
                                        << "DATETIME" << true;
        QTest::newRow("time") << ColumnType::time() << "TIME WITHOUT TIME ZONE"
                              << "TIME" << false;
        QTest::newRow("timetz") << ColumnType::time(true) << "TIME WITH TIME ZONE"
                                << "TIME" << true;
        QTest::newRow("interval") << ColumnType::interval() << "INTERVAL"
                                  << "DATETIME" << true;
        QTest::newRow("uuid") << ColumnType::uuid() << "UUID"
                              << "CHAR(32)" << true;
        QTest::newRow("json") << ColumnType::json() << "JSON"
                              << "JSON" << false;
        QTest::newRow("jsonb") << ColumnType::jsonb() << "JSONB"
                               << "JSON" << true;
        QTest::newRow("bytea") << ColumnType::largeBinary() << "BYTEA"
                               << "BLOB" << false;
        QTest::newRow("enum") << ColumnType::enumeration("mood") << "mood"
                              << "VARCHAR(5)" << false;
        QTest::newRow("enum named like a type")
            << ColumnType::enumeration("int", "s") << "s.\"int\""
            << "VARCHAR(1)" << false;
        QTest::newRow("text[]") << ColumnType::text().arrayOf() << "TEXT[]"
                                << "JSON" << true;
        QTest::newRow("int[][]") << ColumnType::integer().arrayOf(2) << "INTEGER[][]"
                                 << "JSON" << true;
        QTest::newRow("verbatim") << ColumnType::verbatimType("tsvector") << "tsvector"
                                  << "tsvector" << false;
        QTest::newRow("verbatim domain") << ColumnType::verbatimType("public.year") << "public.year"
                                         << "public.year" << false;
    }
    void render()
    {
        QFETCH(ColumnType, type);
        QFETCH(QString, postgres);
        QFETCH(QString, sqlite);
        QFETCH(bool, sqliteWarns);
        QStringList pgWarnings;
        QCOMPARE(TypeCompiler(Dialect::PostgreSQL).compile(type, &m_metadata, "c", &pgWarnings),
                 postgres);
        QVERIFY(pgWarnings.isEmpty());
        QStringList liteWarnings;
        QCOMPARE(
            TypeCompiler(Dialect::SQLite).compile(type, &m_metadata, "column t.c", &liteWarnings),
            sqlite);
        QCOMPARE(!liteWarnings.isEmpty(), sqliteWarns);
        for (const QString &w : liteWarnings)
            QVERIFY2(w.startsWith("column t.c: SQLite"), qPrintable(w));
    }

    void kindNamesRoundTrip()
    {
        for (int k = int(TypeKind::Integer); k <= int(TypeKind::Verbatim); ++k) {
            const QString name = ColumnType::kindName(TypeKind(k));
            QVERIFY(!name.isEmpty());
            QCOMPARE(ColumnType::kindFromName(name), std::optional<TypeKind>(TypeKind(k)));
        }
        QVERIFY(!ColumnType::kindFromName("no_such_type"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaTypes)
#include "test_schema_types.moc"
