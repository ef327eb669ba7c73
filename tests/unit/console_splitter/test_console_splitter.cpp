// The console's statement splitter on tricky scripts (strings, E'' strings,
// dollar quotes, nested comments, BEGIN ... END bodies), "statement under the
// cursor", and parameter detection and rewriting.
#include "ui/console/SqlScanner.h"
#include "ui/console/SqlStatementSplitter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace stratum;
using namespace stratum::ui;
using schema::Dialect;

Q_DECLARE_METATYPE(stratum::schema::Dialect)

namespace {

QStringList texts(const QString &script, Dialect dialect)
{
    QStringList out;
    for (const SqlStatement &s : SqlStatementSplitter::statements(script, dialect))
        out << script.mid(s.start, s.length());
    return out;
}

QString joined(const QString &script, Dialect dialect)
{
    QString out;
    for (const SqlStatement &s : SqlStatementSplitter::split(script, dialect))
        out += script.mid(s.pieceStart, s.pieceEnd - s.pieceStart);
    return out;
}

}  // namespace

class TestConsoleSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void piecesTile();
    void statementAtCursor_data();
    void statementAtCursor();
    void parameters_data();
    void parameters();
    void parameterPositionsMapBack();
    void hugeParameterNumbersAreLeftToTheServer();
    void codePointIndex();
    void unterminatedTokens();
};

void TestConsoleSplitter::split_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    const Dialect pg = Dialect::PostgreSQL;
    const Dialect lite = Dialect::SQLite;

    QTest::newRow("empty") << pg << QString() << QStringList();
    QTest::newRow("only whitespace") << pg << QStringLiteral("  \n\t ") << QStringList();
    QTest::newRow("only comments")
        << pg << QStringLiteral("-- a\n/* b */\n;\n-- c") << QStringList();
    QTest::newRow("one without semicolon")
        << pg << QStringLiteral("SELECT 1") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("two") << pg << QStringLiteral("SELECT 1;\nSELECT 2;\n")
                         << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("empty statements")
        << pg << QStringLiteral(";;SELECT 1;;") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("semicolon in string")
        << pg << QStringLiteral("SELECT 'a;b'; SELECT 2")
        << QStringList{QStringLiteral("SELECT 'a;b'"), QStringLiteral("SELECT 2")};
    QTest::newRow("doubled quote in string")
        << pg << QStringLiteral("SELECT 'it''s; fine'; SELECT 2")
        << QStringList{QStringLiteral("SELECT 'it''s; fine'"), QStringLiteral("SELECT 2")};
    QTest::newRow("backslash in standard string ends it")
        << pg << QStringLiteral("SELECT 'C:\\'; SELECT 2")
        << QStringList{QStringLiteral("SELECT 'C:\\'"), QStringLiteral("SELECT 2")};
    QTest::newRow("E string with escaped quote")
        << pg << QStringLiteral("SELECT E'a\\';b'; SELECT 2")
        << QStringList{QStringLiteral("SELECT E'a\\';b'"), QStringLiteral("SELECT 2")};
    QTest::newRow("lower-case e string")
        << pg << QStringLiteral("SELECT e'\\\\'; SELECT 2")
        << QStringList{QStringLiteral("SELECT e'\\\\'"), QStringLiteral("SELECT 2")};
    QTest::newRow("identifier ending in e is not an E string")
        << pg << QStringLiteral("SELECT 1 AS some'x'; SELECT 2")
        << QStringList{QStringLiteral("SELECT 1 AS some'x'"), QStringLiteral("SELECT 2")};
    QTest::newRow("quoted identifier")
        << pg << QStringLiteral("SELECT 1 AS \"a;\"\"b\"; SELECT 2")
        << QStringList{QStringLiteral("SELECT 1 AS \"a;\"\"b\""), QStringLiteral("SELECT 2")};
    QTest::newRow("dollar quote") << pg << QStringLiteral("DO $$ BEGIN PERFORM 1; END $$; SELECT 2")
                                  << QStringList{QStringLiteral("DO $$ BEGIN PERFORM 1; END $$"),
                                                 QStringLiteral("SELECT 2")};
    QTest::newRow("tagged dollar quote containing $$")
        << pg << QStringLiteral("SELECT $fn$ a $$; b $fn$; SELECT 2")
        << QStringList{QStringLiteral("SELECT $fn$ a $$; b $fn$"), QStringLiteral("SELECT 2")};
    QTest::newRow("positional parameter is not a dollar quote")
        << pg << QStringLiteral("SELECT $1; SELECT $2")
        << QStringList{QStringLiteral("SELECT $1"), QStringLiteral("SELECT $2")};
    QTest::newRow("dollar inside identifier")
        << pg << QStringLiteral("SELECT a$b$c FROM t; SELECT 2")
        << QStringList{QStringLiteral("SELECT a$b$c FROM t"), QStringLiteral("SELECT 2")};
    QTest::newRow("line comment with semicolon")
        << pg << QStringLiteral("SELECT 1 -- x; y\n; SELECT 2")
        << QStringList{QStringLiteral("SELECT 1 -- x; y"), QStringLiteral("SELECT 2")};
    QTest::newRow("nested block comment (pg)")
        << pg << QStringLiteral("SELECT /* a /* b; */ c; */ 1; SELECT 2")
        << QStringList{QStringLiteral("SELECT /* a /* b; */ c; */ 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("block comments do not nest (sqlite)")
        << lite << QStringLiteral("SELECT /* a /* b */ 1; SELECT 2")
        << QStringList{QStringLiteral("SELECT /* a /* b */ 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("leading comment belongs to the statement")
        << pg << QStringLiteral("-- first\nSELECT 1;\n/* second */ SELECT 2;")
        << QStringList{QStringLiteral("-- first\nSELECT 1"),
                       QStringLiteral("/* second */ SELECT 2")};
    QTest::newRow("pg BEGIN ATOMIC body")
        << pg
        << QStringLiteral(
               "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n"
               "  SELECT CASE WHEN true THEN 1 ELSE 2 END;\nEND;\nSELECT f();")
        << QStringList{
               QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                              "  SELECT 1;\n  SELECT CASE WHEN true THEN 1 ELSE 2 END;\nEND"),
               QStringLiteral("SELECT f()")};
    QTest::newRow("pg CREATE OR REPLACE PROCEDURE BEGIN ATOMIC")
        << pg
        << QStringLiteral("create or replace procedure p() begin atomic insert into t values (1); "
                          "end; call p();")
        << QStringList{QStringLiteral("create or replace procedure p() begin atomic insert into t "
                                      "values (1); end"),
                       QStringLiteral("call p()")};
    QTest::newRow("pg transaction BEGIN is not a body")
        << pg << QStringLiteral("BEGIN; INSERT INTO t VALUES (1); END;")
        << QStringList{QStringLiteral("BEGIN"), QStringLiteral("INSERT INTO t VALUES (1)"),
                       QStringLiteral("END")};
    QTest::newRow("pg semicolon in parentheses (CREATE RULE)")
        << pg
        << QStringLiteral("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); "
                          "INSERT INTO b VALUES (2)); SELECT 2")
        << QStringList{QStringLiteral("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a "
                                      "VALUES (1); INSERT INTO b VALUES (2))"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("sqlite trigger body")
        << lite
        << QStringLiteral("CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET x = 1;\n"
                          "  INSERT INTO log VALUES (new.id);\nEND;\nSELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET "
                                      "x = 1;\n  INSERT INTO log VALUES (new.id);\nEND"),
                       QStringLiteral("SELECT 1")};
    QTest::newRow("sqlite temp trigger with CASE ... END inside")
        << lite
        << QStringLiteral("create temp trigger tr after update on t begin update t set y = case "
                          "when new.x > 0 then 1 else 0 end; end; select 2")
        << QStringList{QStringLiteral("create temp trigger tr after update on t begin update t "
                                      "set y = case when new.x > 0 then 1 else 0 end; end"),
                       QStringLiteral("select 2")};
    QTest::newRow("sqlite backtick and bracket identifiers")
        << lite << QStringLiteral("SELECT `a;b`, [c;d] FROM t; SELECT 2")
        << QStringList{QStringLiteral("SELECT `a;b`, [c;d] FROM t"), QStringLiteral("SELECT 2")};
    QTest::newRow("sqlite has no dollar quotes")
        << lite << QStringLiteral("SELECT $a; SELECT $a")
        << QStringList{QStringLiteral("SELECT $a"), QStringLiteral("SELECT $a")};
    QTest::newRow("sqlite unbalanced parenthesis does not swallow the script")
        << lite << QStringLiteral("SELECT (1; SELECT 2")
        << QStringList{QStringLiteral("SELECT (1"), QStringLiteral("SELECT 2")};
    QTest::newRow("cast and array slices")
        << pg << QStringLiteral("SELECT '1'::int, a[1:2] FROM t; SELECT 2")
        << QStringList{QStringLiteral("SELECT '1'::int, a[1:2] FROM t"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("unicode escapes string U&")
        << pg << QStringLiteral("SELECT U&'d\\0061t;a'; SELECT 2")
        << QStringList{QStringLiteral("SELECT U&'d\\0061t;a'"), QStringLiteral("SELECT 2")};
    QTest::newRow("non-ASCII text")
        << pg << QStringLiteral("SELECT 'Ünïcødé 😀;'; SELECT 'ß'")
        << QStringList{QStringLiteral("SELECT 'Ünïcødé 😀;'"), QStringLiteral("SELECT 'ß'")};
    QTest::newRow("CRLF line endings")
        << pg << QStringLiteral("SELECT 1;\r\n-- c;\r\nSELECT 2;\r\n")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("-- c;\r\nSELECT 2")};
    QTest::newRow("function body in dollar quotes with BEGIN/END")
        << pg
        << QStringLiteral("CREATE FUNCTION g() RETURNS void AS $body$\nBEGIN\n  RAISE NOTICE "
                          "'x;';\nEND;\n$body$ LANGUAGE plpgsql; SELECT g();")
        << QStringList{QStringLiteral("CREATE FUNCTION g() RETURNS void AS $body$\nBEGIN\n  RAISE "
                                      "NOTICE 'x;';\nEND;\n$body$ LANGUAGE plpgsql"),
                       QStringLiteral("SELECT g()")};
    QTest::newRow("unterminated string runs to the end")
        << pg << QStringLiteral("SELECT 1; SELECT 'abc; SELECT 3")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 'abc; SELECT 3")};
}

void TestConsoleSplitter::split()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(texts(script, dialect), expected);
    QCOMPARE(joined(script, dialect), script);
}

void TestConsoleSplitter::piecesTile()
{
    // Random mixes of the constructs above must always tile the input and give
    // ordered, non-overlapping statements inside their pieces.
    const QStringList parts = {
        QStringLiteral("SELECT "),
        QStringLiteral("'a;'"),
        QStringLiteral("E'\\''"),
        QStringLiteral("$$;$$"),
        QStringLiteral("$t$"),
        QStringLiteral("/*"),
        QStringLiteral("*/"),
        QStringLiteral("--"),
        QStringLiteral("\n"),
        QStringLiteral(";"),
        QStringLiteral("\""),
        QStringLiteral("BEGIN "),
        QStringLiteral("END "),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("CREATE TRIGGER "),
        QStringLiteral("CREATE FUNCTION "),
        QStringLiteral("`"),
        QStringLiteral("["),
        QStringLiteral("]"),
        QStringLiteral("😀"),
        QStringLiteral(":x"),
        QStringLiteral("::"),
        QStringLiteral("$1"),
    };
    QRandomGenerator rng(42);
    for (int round = 0; round < 3000; ++round) {
        QString script;
        const int n = int(rng.bounded(12));
        for (int i = 0; i < n; ++i)
            script += parts[int(rng.bounded(int(parts.size())))];
        for (Dialect d : {Dialect::PostgreSQL, Dialect::SQLite}) {
            const std::vector<SqlStatement> pieces = SqlStatementSplitter::split(script, d);
            QCOMPARE(joined(script, d), script);
            int at = 0;
            for (const SqlStatement &s : pieces) {
                QCOMPARE(s.pieceStart, at);
                QVERIFY(s.pieceEnd > s.pieceStart);
                QVERIFY(s.start >= s.pieceStart && s.start <= s.end && s.end <= s.pieceEnd);
                at = s.pieceEnd;
            }
            for (int c = 0; c <= script.size(); ++c) {
                const int i = SqlStatementSplitter::statementAt(pieces, script, c);
                QVERIFY(i >= -1 && i < int(pieces.size()));
                if (i >= 0)
                    QVERIFY(!pieces[std::size_t(i)].blank);
            }
            const SqlParameters p = SqlParameters::rewrite(script, d);
            for (int c = 0; c <= p.sql().size(); ++c) {
                const int o = p.toOriginal(c);
                QVERIFY(o >= 0 && o <= script.size());
            }
        }
    }
}

void TestConsoleSplitter::statementAtCursor_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<QString>("expected");
    const QString s = QStringLiteral("SELECT 1;\nSELECT 2;  \n\n\nSELECT 3");
    QTest::newRow("start of first") << s << 0 << QStringLiteral("SELECT 1");
    QTest::newRow("inside first") << s << 4 << QStringLiteral("SELECT 1");
    QTest::newRow("just after first semicolon") << s << 9 << QStringLiteral("SELECT 1");
    QTest::newRow("start of second line") << s << 10 << QStringLiteral("SELECT 2");
    QTest::newRow("trailing spaces after second") << s << 21 << QStringLiteral("SELECT 2");
    QTest::newRow("blank line before third") << s << 23 << QStringLiteral("SELECT 3");
    QTest::newRow("end of script") << s << int(s.size()) << QStringLiteral("SELECT 3");
    const QString t = QStringLiteral("SELECT 1;\n\n  ");
    QTest::newRow("after the last statement") << t << int(t.size()) << QStringLiteral("SELECT 1");
    QTest::newRow("nothing to run") << QStringLiteral("  -- just a comment\n") << 3 << QString();
}

void TestConsoleSplitter::statementAtCursor()
{
    QFETCH(QString, script);
    QFETCH(int, cursor);
    QFETCH(QString, expected);
    const auto pieces = SqlStatementSplitter::split(script, Dialect::PostgreSQL);
    const int i = SqlStatementSplitter::statementAt(pieces, script, cursor);
    if (expected.isEmpty()) {
        QCOMPARE(i, -1);
        return;
    }
    QVERIFY(i >= 0);
    const SqlStatement &st = pieces[std::size_t(i)];
    QCOMPARE(script.mid(st.start, st.length()), expected);
}

void TestConsoleSplitter::parameters_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("rewritten");
    QTest::addColumn<QStringList>("names");
    const Dialect pg = Dialect::PostgreSQL;
    const Dialect lite = Dialect::SQLite;
    QTest::newRow("none") << pg << QStringLiteral("SELECT 1") << QStringLiteral("SELECT 1")
                          << QStringList();
    QTest::newRow("named twice") << pg << QStringLiteral("SELECT :a, :b, :a")
                                 << QStringLiteral("SELECT $1, $2, $1")
                                 << QStringList{QStringLiteral(":a"), QStringLiteral(":b")};
    QTest::newRow("positional kept")
        << pg << QStringLiteral("SELECT $2, $1") << QStringLiteral("SELECT $2, $1")
        << QStringList{QStringLiteral("$1"), QStringLiteral("$2")};
    QTest::newRow("named after positional")
        << pg << QStringLiteral("SELECT $1, :x") << QStringLiteral("SELECT $1, $2")
        << QStringList{QStringLiteral("$1"), QStringLiteral(":x")};
    QTest::newRow("casts, strings, comments and identifiers are not parameters")
        << pg
        << QStringLiteral("SELECT '1'::int, ':no', \":no\", $$ :no $1 $$ -- :no\n/* :no */, :yes")
        << QStringLiteral("SELECT '1'::int, ':no', \":no\", $$ :no $1 $$ -- :no\n/* :no */, $1")
        << QStringList{QStringLiteral(":yes")};
    QTest::newRow("assignment operator is not a parameter")
        << pg << QStringLiteral("SELECT f(a := 1)") << QStringLiteral("SELECT f(a := 1)")
        << QStringList();
    QTest::newRow("sqlite styles") << lite << QStringLiteral("SELECT :a, @b, $c, ?, :a")
                                   << QStringLiteral("SELECT $1, $2, $3, $4, $1")
                                   << QStringList{QStringLiteral(":a"), QStringLiteral("@b"),
                                                  QStringLiteral("$c"), QStringLiteral("?4")};
    QTest::newRow("sqlite numbered")
        << lite << QStringLiteral("SELECT ?2, ?1") << QStringLiteral("SELECT $2, $1")
        << QStringList{QStringLiteral("?1"), QStringLiteral("?2")};
}

void TestConsoleSplitter::parameters()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, sql);
    QFETCH(QString, rewritten);
    QFETCH(QStringList, names);
    const SqlParameters p = SqlParameters::rewrite(sql, dialect);
    QCOMPARE(p.sql(), rewritten);
    QCOMPARE(p.names(), names);
    QCOMPARE(p.isEmpty(), names.isEmpty());
}

void TestConsoleSplitter::parameterPositionsMapBack()
{
    const QString sql = QStringLiteral("SELECT :customer_id, nosuch");
    const SqlParameters p = SqlParameters::rewrite(sql, Dialect::PostgreSQL);
    QCOMPARE(p.sql(), QStringLiteral("SELECT $1, nosuch"));
    QCOMPARE(p.toOriginal(0), 0);
    QCOMPARE(p.toOriginal(7), 7);  // the parameter itself
    QCOMPARE(p.toOriginal(8), 7);  // inside the replacement
    const int rewrittenNosuch = int(p.sql().indexOf(QLatin1String("nosuch")));
    QCOMPARE(p.toOriginal(rewrittenNosuch), int(sql.indexOf(QLatin1String("nosuch"))));
}

// Found by fuzz_splitter: "?1777777777" used to allocate a slot for every
// number up to it. Numbers beyond the protocol's limit stay as typed.
void TestConsoleSplitter::hugeParameterNumbersAreLeftToTheServer()
{
    const QString sql = QStringLiteral("SELECT ?1777777777, $99999999999, :name, $2");
    const SqlParameters p = SqlParameters::rewrite(sql, Dialect::SQLite);
    QCOMPARE(p.names(),
             (QStringList{QStringLiteral("$1"), QStringLiteral("$2"), QStringLiteral(":name")}));
    QCOMPARE(p.sql(), QStringLiteral("SELECT ?1777777777, $99999999999, $3, $2"));
}

void TestConsoleSplitter::codePointIndex()
{
    const QString s = QStringLiteral("a😀b");
    QCOMPARE(utf16IndexOfCodePoint(s, 0), 0);
    QCOMPARE(utf16IndexOfCodePoint(s, 1), 1);
    QCOMPARE(utf16IndexOfCodePoint(s, 2), 3);
    QCOMPARE(utf16IndexOfCodePoint(s, 3), 4);
    QCOMPARE(utf16IndexOfCodePoint(s, 99), 4);
}

void TestConsoleSplitter::unterminatedTokens()
{
    for (const QString &s :
         {QStringLiteral("'abc"), QStringLiteral("/* abc"), QStringLiteral("$x$ abc"),
          QStringLiteral("\"abc"), QStringLiteral("E'ab\\")}) {
        SqlScanner scanner(s, Dialect::PostgreSQL);
        const SqlToken t = scanner.next();
        QVERIFY2(!t.terminated, qPrintable(s));
        QCOMPARE(t.end(), int(s.size()));
        QVERIFY(scanner.atEnd());
    }
    SqlScanner ok(QStringLiteral("$x$ abc $x$"), Dialect::PostgreSQL);
    const SqlToken t = ok.next();
    QCOMPARE(t.kind, SqlToken::DollarString);
    QVERIFY(t.terminated);
}

QTEST_APPLESS_MAIN(TestConsoleSplitter)
#include "test_console_splitter.moc"
