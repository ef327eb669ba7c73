#include "PyreadTestUtil.h"

#include "core/pyread/StringLiteral.h"
#include "core/pyread/Tokenizer.h"

#include <QTest>

using namespace stratum::pyread;

namespace {

// "Name:x@1:1 Op:=@1:3 ..." for a compact comparison of kinds, texts and positions.
QString describeTokens(const QString &source)
{
    const TokenStream ts = Tokenizer::tokenize(source);
    QStringList out;
    for (const Token &t : ts.tokens) {
        QString kind;
        switch (t.kind) {
        case TokenKind::Name:
            kind = QStringLiteral("Name:") + ts.text(t).toString();
            break;
        case TokenKind::Number:
            kind = QStringLiteral("Num:") + ts.text(t).toString();
            break;
        case TokenKind::String:
            kind = QStringLiteral("Str:") + ts.text(t).toString();
            break;
        case TokenKind::Operator:
            kind = QStringLiteral("Op:") + ts.text(t).toString();
            break;
        case TokenKind::Newline:
            kind = QStringLiteral("NL");
            break;
        case TokenKind::Indent:
            kind = QStringLiteral("IN");
            break;
        case TokenKind::Dedent:
            kind = QStringLiteral("DE");
            break;
        case TokenKind::EndMarker:
            kind = QStringLiteral("END");
            break;
        case TokenKind::Error:
            kind = QStringLiteral("ERR:") + ts.error->message;
            break;
        }
        out << QStringLiteral("%1@%2:%3").arg(kind).arg(t.span.line).arg(t.span.column);
    }
    return out.join(QLatin1Char(' '));
}

QString kindsOnly(const QString &source)
{
    const TokenStream ts = Tokenizer::tokenize(source);
    QStringList out;
    for (const Token &t : ts.tokens) {
        switch (t.kind) {
        case TokenKind::Newline:
            out << QStringLiteral("NL");
            break;
        case TokenKind::Indent:
            out << QStringLiteral("IN");
            break;
        case TokenKind::Dedent:
            out << QStringLiteral("DE");
            break;
        case TokenKind::EndMarker:
            out << QStringLiteral("END");
            break;
        case TokenKind::Error:
            out << QStringLiteral("ERR");
            break;
        default:
            out << ts.text(t).toString();
        }
    }
    return out.join(QLatin1Char(' '));
}

}  // namespace

class TokenizerTest : public QObject
{
    Q_OBJECT

private slots:
    void simpleAssignment()
    {
        QCOMPARE(describeTokens(QStringLiteral("x = 1\n")),
                 QStringLiteral("Name:x@1:1 Op:=@1:3 Num:1@1:5 NL@1:6 END@2:1"));
        // No final newline: one is supplied, as Python does.
        QCOMPARE(kindsOnly(QStringLiteral("x=1")), QStringLiteral("x = 1 NL END"));
    }

    void indentation()
    {
        const QString src = QStringLiteral("def f():\n"
                                           "    if x:\n"
                                           "\n"
                                           "        # comment at another depth\n"
                                           "            \n"
                                           "        y\n"
                                           "    z\n"
                                           "w\n");
        QCOMPARE(kindsOnly(src), QStringLiteral("def f ( ) : NL IN if x : NL IN y NL DE z NL DE w "
                                                "NL END"));
        // Dedents at the end of the file close every open block.
        QCOMPARE(kindsOnly(QStringLiteral("if a:\n  if b:\n    c")),
                 QStringLiteral("if a : NL IN if b : NL IN c NL DE DE END"));
        // Tabs count to the next multiple of 8, consistently used.
        QCOMPARE(kindsOnly(QStringLiteral("if a:\n\tb\n\tc\n")),
                 QStringLiteral("if a : NL IN b NL c NL DE END"));
        // A form feed at the start of a line resets the column count.
        QCOMPARE(kindsOnly(QStringLiteral("if a:\n    b\n\f    c\n")),
                 QStringLiteral("if a : NL IN b NL c NL DE END"));
    }

    void indentationErrors()
    {
        TokenStream ts = Tokenizer::tokenize(QStringLiteral("if a:\n        b\n    c\n"), "f.py");
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message,
                 QStringLiteral("unindent does not match any outer indentation level"));
        QCOMPARE(ts.error->line, 3);
        QCOMPARE(ts.error->column, 5);
        QCOMPARE(ts.error->source, QStringLiteral("f.py"));

        ts = Tokenizer::tokenize(QStringLiteral("if a:\n\tb\n        c\n"));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message,
                 QStringLiteral("inconsistent use of tabs and spaces in indentation"));
        QCOMPARE(ts.error->line, 3);
        QCOMPARE(ts.tokens.back().kind, TokenKind::Error);
    }

    void lineJoining()
    {
        // Inside brackets newlines and indentation mean nothing.
        QCOMPARE(kindsOnly(QStringLiteral("f(a,\n      b,\n  c)\nx\n")),
                 QStringLiteral("f ( a , b , c ) NL x NL END"));
        // A backslash joins lines explicitly.
        QCOMPARE(describeTokens(QStringLiteral("x = 1 + \\\n    2\n")),
                 QStringLiteral("Name:x@1:1 Op:=@1:3 Num:1@1:5 Op:+@1:7 Num:2@2:5 NL@2:6 END@3:1"));
        // CRLF and lone CR line ends.
        QCOMPARE(kindsOnly(QStringLiteral("a\r\nif b:\r\n    c\rd\n")),
                 QStringLiteral("a NL if b : NL IN c NL DE d NL END"));
    }

    void comments()
    {
        const QString src =
            QStringLiteral("def upgrade() -> None:\n"
                           "    # ### commands auto generated by Alembic - please adjust! ###\n"
                           "    op.drop_table('t')  # trailing\n"
                           "    # ### end Alembic commands ###\n");
        const TokenStream ts = Tokenizer::tokenize(src);
        QVERIFY(!ts.error);
        QCOMPARE(ts.comments.size(), size_t(3));
        QCOMPARE(ts.comments[0].text,
                 QStringLiteral("# ### commands auto generated by Alembic - please adjust! ###"));
        QCOMPARE(ts.comments[0].span.line, 2);
        QCOMPARE(ts.comments[0].span.column, 5);
        QCOMPARE(ts.comments[1].text, QStringLiteral("# trailing"));
        QCOMPARE(ts.comments[1].span.column, 25);
        QCOMPARE(ts.comments[2].span.line, 4);
        // Comments produce no tokens.
        QCOMPARE(kindsOnly(src), QStringLiteral("def upgrade ( ) -> None : NL IN op . drop_table ( "
                                                "'t' ) NL DE END"));
    }

    void operators()
    {
        QCOMPARE(
            kindsOnly(QStringLiteral("a **= b //= c >>= d <<= e ... -> := != == <= >= @= @ ~")),
            QStringLiteral("a **= b //= c >>= d <<= e ... -> := != == <= >= @= @ ~ NL END"));
        QCOMPARE(kindsOnly(QStringLiteral("x.y...z")), QStringLiteral("x . y ... z NL END"));
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("valid");
        const char *valid[] = {"0",     "00",         "0_0",   "7",    "1_000_000", "0xFF",
                               "0x_ff", "0XdeadBEEF", "0o17",  "0O_7", "0b1010",    "0B_1",
                               "1.5",   ".5",         "5.",    "1e10", "1E-3",      "1_0.0_1e+1_0",
                               "3j",    "1.5J",       ".5e3j", "0.0",  "00.5",      "0e0"};
        const char *invalid[] = {"01", "1_",   "1__0", "0x",  "0b2", "0o8",
                                 "1e", "1abc", "1.e+", "0x_", "1_.5"};
        for (const char *v : valid)
            QTest::newRow(v) << QString::fromLatin1(v) << true;
        for (const char *v : invalid)
            QTest::newRow(v) << QString::fromLatin1(v) << false;
    }

    void numbers()
    {
        QFETCH(QString, source);
        QFETCH(bool, valid);
        const TokenStream ts = Tokenizer::tokenize(source);
        if (valid) {
            QVERIFY2(!ts.error, qPrintable(ts.error ? ts.error->message : QString()));
            QCOMPARE(ts.tokens.front().kind, TokenKind::Number);
            QCOMPARE(ts.text(ts.tokens.front()).toString(), source);
        } else {
            QVERIFY(ts.error);
            QCOMPARE(ts.error->line, 1);
        }
    }

    void leadingZeroMessage()
    {
        const TokenStream ts = Tokenizer::tokenize(QStringLiteral("x = 0777\n"));
        QVERIFY(ts.error);
        QVERIFY(ts.error->message.startsWith(QStringLiteral("leading zeros")));
        QCOMPARE(ts.error->column, 5);
    }

    void stringPrefixes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("bytes");
        QTest::addColumn<bool>("raw");
        QTest::addColumn<bool>("fstring");
        const struct
        {
            const char *prefix;
            bool b, r, f;
        } prefixes[] = {
            {"", 0, 0, 0},   {"r", 0, 1, 0},  {"R", 0, 1, 0},  {"u", 0, 0, 0},  {"U", 0, 0, 0},
            {"b", 1, 0, 0},  {"B", 1, 0, 0},  {"f", 0, 0, 1},  {"F", 0, 0, 1},  {"rb", 1, 1, 0},
            {"rB", 1, 1, 0}, {"Rb", 1, 1, 0}, {"RB", 1, 1, 0}, {"br", 1, 1, 0}, {"bR", 1, 1, 0},
            {"Br", 1, 1, 0}, {"BR", 1, 1, 0}, {"fr", 0, 1, 1}, {"Fr", 0, 1, 1}, {"fR", 0, 1, 1},
            {"FR", 0, 1, 1}, {"rf", 0, 1, 1}, {"rF", 0, 1, 1}, {"Rf", 0, 1, 1}, {"RF", 0, 1, 1}};
        const char *quotes[] = {"'", "\"", "'''", "\"\"\""};
        for (const auto &p : prefixes) {
            for (const char *q : quotes) {
                const QString src = QString::fromLatin1(p.prefix) + QLatin1String(q) +
                                    QLatin1String("a\\x41") + QLatin1String(q);
                QTest::newRow(qPrintable(src)) << src << p.b << p.r << p.f;
            }
        }
    }

    void stringPrefixes()
    {
        QFETCH(QString, source);
        QFETCH(bool, bytes);
        QFETCH(bool, raw);
        QFETCH(bool, fstring);
        const TokenStream ts = Tokenizer::tokenize(source + QStringLiteral(" x"));
        QVERIFY(!ts.error);
        QCOMPARE(ts.tokens.front().kind, TokenKind::String);
        QCOMPARE(ts.text(ts.tokens.front()).toString(), source);
        auto lit = StringLiteral::decode(ts.text(ts.tokens.front()), ts.tokens.front().span);
        QVERIFY(lit.ok());
        QCOMPARE(lit->isBytes, bytes);
        QCOMPARE(lit->isRaw, raw);
        QCOMPARE(lit->isFString, fstring);
        QCOMPARE(lit->value, raw || fstring ? QStringLiteral("a\\x41") : QStringLiteral("aA"));
    }

    void invalidPrefixIsAName()
    {
        // "ur" is not a Python 3 prefix: it stays a name followed by a string.
        QCOMPARE(kindsOnly(QStringLiteral("ur'x'")), QStringLiteral("ur 'x' NL END"));
        QCOMPARE(kindsOnly(QStringLiteral("bf'x'")), QStringLiteral("bf 'x' NL END"));
    }

    void stringExtents()
    {
        // An escaped quote does not end the string, in raw strings too.
        QCOMPARE(kindsOnly(QStringLiteral("'a\\'b' r'c\\'d' \"\"\"e\"\"f\"\"\"")),
                 QStringLiteral("'a\\'b' r'c\\'d' \"\"\"e\"\"f\"\"\" NL END"));
        // Triple-quoted strings span lines; the next token's line is right.
        QCOMPARE(describeTokens(QStringLiteral("x = '''a\nb\n''' ; y\n")),
                 QStringLiteral("Name:x@1:1 Op:=@1:3 Str:'''a\nb\n'''@1:5 Op:;@3:5 Name:y@3:7 "
                                "NL@3:8 END@4:1"));
        // A backslash-newline inside a single-quoted string continues it.
        QCOMPARE(kindsOnly(QStringLiteral("'a\\\nb' c")), QStringLiteral("'a\\\nb' c NL END"));
    }

    void unterminatedStrings()
    {
        TokenStream ts = Tokenizer::tokenize(QStringLiteral("x = 1\ny = 'abc\n"));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message,
                 QStringLiteral("unterminated string literal (detected at line 2)"));
        QCOMPARE(ts.error->line, 2);
        QCOMPARE(ts.error->column, 5);
        ts = Tokenizer::tokenize(QStringLiteral("x = \"\"\"abc\n\ndef\n"));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message,
                 QStringLiteral("unterminated triple-quoted string literal (detected at line 3)"));
        QCOMPARE(ts.error->line, 1);
        QCOMPARE(ts.error->column, 5);
    }

    void columnsCountCharacters()
    {
        // U+1F600 is one character (two UTF-16 units); é is one as well.
        QCOMPARE(describeTokens(QStringLiteral(u"x = \"\U0001F600\"; é = 1")),
                 QStringLiteral(u"Name:x@1:1 Op:=@1:3 Str:\"\U0001F600\"@1:5 Op:;@1:8 Name:é@1:10 "
                                u"Op:=@1:12 Num:1@1:14 NL@1:15 END@1:15"));
        // Unicode identifiers.
        QCOMPARE(kindsOnly(QStringLiteral(u"naïve_π = 1")), QStringLiteral(u"naïve_π = 1 NL END"));
    }

    void brackets()
    {
        TokenStream ts = Tokenizer::tokenize(QStringLiteral("x = (1,\n     2]\n"));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message, QStringLiteral("closing parenthesis ']' does not match opening "
                                                   "parenthesis '(' at 1:5"));
        QCOMPARE(ts.error->line, 2);
        QCOMPARE(ts.error->column, 7);
        ts = Tokenizer::tokenize(QStringLiteral("x = [1,\n  2\n"));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message, QStringLiteral("'[' was never closed"));
        QCOMPARE(ts.error->line, 1);
        QCOMPARE(ts.error->column, 5);
        ts = Tokenizer::tokenize(QStringLiteral("x = 1)\n"));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message, QStringLiteral("unmatched ')'"));
        QCOMPARE(ts.error->column, 6);
    }

    void invalidCharacters()
    {
        TokenStream ts = Tokenizer::tokenize(QStringLiteral("a = $b"));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message, QStringLiteral("invalid character '$' (U+0024)"));
        QCOMPARE(ts.error->column, 5);
        ts = Tokenizer::tokenize(QStringLiteral("a = 1 \\ b"));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message,
                 QStringLiteral("unexpected character after line continuation character"));
        ts = Tokenizer::tokenize(QString(QChar(0)));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message, QStringLiteral("invalid non-printable character U+0000"));
    }

    void byteOrderMark()
    {
        QCOMPARE(describeTokens(QString(QChar(0xFEFF)) + QStringLiteral("x")),
                 QStringLiteral("Name:x@1:1 NL@1:2 END@1:2"));
    }

    void nestingLimits()
    {
        TokenStream ts = Tokenizer::tokenize(QString(1000, QLatin1Char('(')));
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message, QStringLiteral("too many nested parentheses"));
        QCOMPARE(ts.error->column, Tokenizer::kMaxBracketDepth + 1);

        QString deep;
        for (int i = 0; i < 150; ++i)
            deep += QString(i, QLatin1Char(' ')) + QStringLiteral("if x:\n");
        ts = Tokenizer::tokenize(deep);
        QVERIFY(ts.error);
        QCOMPARE(ts.error->message, QStringLiteral("too many levels of indentation"));
        QCOMPARE(ts.error->line, Tokenizer::kMaxIndentLevels + 2);
    }
};

QTEST_GUILESS_MAIN(TokenizerTest)
#include "tst_pyread_tokenizer.moc"
