#include "PyreadTestUtil.h"

#include <QTest>

using namespace stratum::pyread;

// Syntax errors name the file, the exact line and column, and what was wrong.
class ErrorsTest : public QObject
{
    Q_OBJECT

private slots:
    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *src, int line, int column, const char *msg) {
            QTest::newRow(name) << QString::fromUtf8(src) << line << column
                                << QString::fromUtf8(msg);
        };
        row("unclosed call", "op.create_table('t',\n    sa.Column('id')\nx = 1\n", 3, 1,
            "expected ')' to close '(' at 1:16, found 'x'");
        row("never closed", "def upgrade():\n    op.execute(\n", 2, 15, "'(' was never closed");
        row("mismatched bracket", "x = (1,\n     2]\n", 2, 7,
            "closing parenthesis ']' does not match opening parenthesis '(' at 1:5");
        row("missing colon", "if x\n    pass\n", 1, 5,
            "expected ':' after the 'if' condition, found end of line");
        row("missing block", "def upgrade() -> None:\nop.drop_table('t')\n", 2, 1,
            "expected an indented block after 'def' statement on line 1");
        row("unexpected indent", "x = 1\n    y = 2\n", 2, 5, "unexpected indent");
        row("bad unindent", "def f():\n        a\n    b\n", 3, 5,
            "unindent does not match any outer indentation level");
        row("tabs and spaces", "if a:\n\tb\n        c\n", 3, 9,
            "inconsistent use of tabs and spaces in indentation");
        row("unterminated string", "revision = 'abc\n", 1, 12,
            "unterminated string literal (detected at line 1)");
        row("unterminated docstring", "\"\"\"add users\n\nRevision ID: x\n", 1, 1,
            "unterminated triple-quoted string literal (detected at line 3)");
        row("two expressions", "x = 1 2\n", 1, 7,
            "invalid syntax: unexpected '2' (expected the end of the statement)");
        row("keyword as value", "x = import\n", 1, 5,
            "invalid syntax: unexpected keyword 'import'");
        row("positional after keyword", "f(a=1, b)\n", 1, 8,
            "positional argument follows keyword argument");
        row("assign to literal", "1 = x\n", 1, 1, "cannot assign to literal");
        row("assign to call", "f() = 1\n", 1, 1, "cannot assign to function call");
        row("assign to None", "None = 1\n", 1, 1, "cannot assign to None");
        row("annotate tuple", "a, b: int\n", 1, 1,
            "only single target (not tuple) can be annotated");
        row("leading zeros", "x = 0777\n", 1, 5,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
            "octal integers");
        row("invalid character", "x = $\n", 1, 5, "invalid character '$' (U+0024)");
        row("else alone", "else:\n    pass\n", 1, 1,
            "invalid syntax: 'else' without a matching statement before it");
        row("truncated hex escape", "x = '\\x4'\n", 1, 6, "truncated \\xXX escape");
        row("truncated unicode escape", "x = 'ab\\u12'\n", 1, 8, "truncated \\uXXXX escape");
        row("escape too large", "x = '\\U00110000'\n", 1, 6,
            "illegal Unicode character in \\U escape");
        row("non-ascii bytes", "x = b'caf\xc3\xa9'\n", 1, 10,
            "bytes can only contain ASCII literal characters");
        row("mixed bytes", "x = 'a' b'b'\n", 1, 9, "cannot mix bytes and nonbytes literals");
        row("try alone", "try:\n    pass\nx = 1\n", 3, 1, "expected 'except' or 'finally' block");
        row("bad parameter", "def f(1): pass\n", 1, 7,
            "expected a name for a parameter, found '1'");
        row("decorator without def", "@dec\nx = 1\n", 2, 1,
            "expected 'def' or 'class' after a decorator, found 'x'");
        row("missing else", "x = a if b\n", 1, 11,
            "expected 'else' in the conditional expression, found end of line");
        row("unicode column", "s = 'ü😀' +\n", 1, 11, "expected an expression, found end of line");
        row("empty subscript", "x[]\n", 1, 3, "expected an expression, found ']'");
        row("backslash at end", "x = 1 + \\", 1, 9,
            "unexpected end of file after line continuation character");
        row("deep blocks", "", 0, 0, "");
    }

    void syntaxErrors()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        if (source.isEmpty()) {
            // 1,000 nested blocks (one space each) stop at the indentation limit.
            for (int i = 0; i < 1000; ++i)
                source += QString(i, QLatin1Char(' ')) + QStringLiteral("if x:\n");
            line = 102;
            column = 102;
            message = QStringLiteral("too many levels of indentation");
        }
        auto m = Module::parse(source, QStringLiteral("versions/abc_add.py"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().message, message);
        QCOMPARE(m.error().line, line);
        QCOMPARE(m.error().column, column);
        QCOMPARE(m.error().source, QStringLiteral("versions/abc_add.py"));
        QCOMPARE(m.error().code, QStringLiteral("syntax"));
        QCOMPARE(
            m.error().toString(),
            QStringLiteral("versions/abc_add.py:%1:%2: %3").arg(line).arg(column).arg(message));
    }

    void firstErrorWins()
    {
        // A parse error before a tokenizer error is reported first, as Python does.
        auto m = Module::parse(QStringLiteral("x = = 1\ny = 'unterminated\n"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().line, 1);
        QCOMPARE(m.error().column, 5);
    }

    void missingFile()
    {
        auto m = Module::parseFile(QStringLiteral("/nonexistent/dir/abc.py"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QStringLiteral("io"));
        QCOMPARE(m.error().source, QStringLiteral("/nonexistent/dir/abc.py"));
    }

    void deepStatementNesting()
    {
        // 1,000 nested one-line bodies "if x: if x: ..." are not valid Python; nested
        // parentheses in a statement hit the parenthesis limit with a clean error.
        QString src = QStringLiteral("def upgrade():\n    op.execute(") +
                      QString(1000, QLatin1Char('[')) + QString(1000, QLatin1Char(']')) +
                      QStringLiteral(")\n");
        auto m = Module::parse(src, QStringLiteral("deep.py"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().message, QStringLiteral("too many nested levels (more than 200)"));
        QCOMPARE(m.error().line, 2);
        QVERIFY(m.error().column > 100);
    }
};

QTEST_GUILESS_MAIN(ErrorsTest)
#include "tst_pyread_errors.moc"
