#include "PyreadTestUtil.h"

#include "core/pyread/Literal.h"

#include <QTest>

using namespace stratum::pyread;
using pyreadtest::dump;
using pyreadtest::dumpSource;

class ExpressionsTest : public QObject
{
    Q_OBJECT

private slots:
    void trees_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("tree");
        const char *const cases[][2] = {
            // precedence and associativity
            {"1 + 2 * 3", "(+ 1 (* 2 3))"},
            {"(1 + 2) * 3", "(* (+ 1 2) 3)"},
            {"a - b - c", "(- (- a b) c)"},
            {"a // b % c @ d", "(@ (% (// a b) c) d)"},
            {"-2 ** 2", "(- (** 2 2))"},
            {"2 ** -1", "(** 2 (- 1))"},
            {"2 ** 3 ** 2", "(** 2 (** 3 2))"},
            {"a | b ^ c & d << e + f * g", "(| a (^ b (& c (<< d (+ e (* f g))))))"},
            {"a << b >> c", "(>> (<< a b) c)"},
            {"~-+x", "(~ (- (+ x)))"},
            {"str | None", "(| str None)"},
            {"not a == b", "(not (cmp a == b))"},
            {"not not x", "(not (not x))"},
            {"a and b or c and d", "(or (and a b) (and c d))"},
            {"a or b or c", "(or a b c)"},
            {"a < b <= c != d", "(cmp a < b <= c != d)"},
            {"a not in b", "(cmp a not in b)"},
            {"a is not None", "(cmp a is not None)"},
            {"a is b in c", "(cmp a is b in c)"},
            {"x if c else y if d else z", "(if c x (if d y z))"},
            {"a or b if c and d else e", "(if (and c d) (or a b) e)"},
            {"(y := f(x))", "(:= y (call f x))"},
            {"await x ** 2", "(** (await x) 2)"},
            // literals
            {"None", "None"},
            {"True", "True"},
            {"...", "..."},
            {"1_000", "1_000"},
            {"0xFF", "0xFF"},
            {"'a' \"b\" '''c'''", "'abc'"},
            {"b'a' b'b'", "b'ab'"},
            {"f'x{y}' 'z'", "f\"f'x{y}' 'z'\""},
            {"()", "(tuple)"},
            {"(1,)", "(tuple 1)"},
            {"1, 2", "(tuple 1 2)"},
            {"(1)", "1"},
            {"[]", "(list)"},
            {"[1, *a, *b,]", "(list 1 (* a) (* b))"},
            {"{}", "(dict)"},
            {"{'a': 1, **m, 'b': [2]}", "(dict 'a' 1 _ m 'b' (list 2))"},
            {"{1, 2}", "(set 1 2)"},
            {"{*a}", "(set (* a))"},
            // primaries
            {"op.create_table", "(. op create_table)"},
            {"x.y.z()", "(call (. (. x y) z))"},
            {"f(a, *b, k=1, **c)", "(call f a (* b) (= k 1) (** c))"},
            {"f(a)(b)[c]", "([] (call (call f a) b) c)"},
            {"postgresql.JSONB(astext_type=sa.Text())",
             "(call (. postgresql JSONB) (= astext_type (call (. sa Text))))"},
            {"sa.column('total') >= 0", "(cmp (call (. sa column) 'total') >= 0)"},
            {"Mapped[Optional[int]]", "([] Mapped ([] Optional int))"},
            {"Mapped[str | None]", "([] Mapped (| str None))"},
            {"Dict[str, int]", "([] Dict (tuple str int))"},
            {"a[1:2, ::3]", "([] a (tuple (: 1 2 _) (: _ _ 3)))"},
            {"a[:]", "([] a (: _ _ _))"},
            {"a[x:]", "([] a (: x _ _))"},
            {"a[::]", "([] a (: _ _ _))"},
            {"a[x,]", "([] a (tuple x))"},
            {"a[*b]", "([] a (* b))"},
            {"lambda x, y=1: x + y", "(lambda lambda x, y=1: x + y)"},
            {"lambda: 0", "(lambda lambda: 0)"},
            {"[x for x in y if x]", "(listcomp [x for x in y if x])"},
            {"{k: v for k, v in d.items()}", "(dictcomp {k: v for k, v in d.items()})"},
            {"{x async for x in y}", "(setcomp {x async for x in y})"},
            {"(x for x in y)", "(genexp (x for x in y))"},
            {"f(x for x in y)", "(call f (genexp (x for x in y)))"},
            {"[x for a, *b in c for x in b]", "(listcomp [x for a, *b in c for x in b])"},
            {"(yield)", "(yield)"},
            {"(yield a, b)", "(yield (tuple a b))"},
            {"(yield from g)", "(yield-from g)"},
            {"match", "match"},
            {"case", "case"},
        };
        for (const auto &c : cases)
            QTest::newRow(c[0]) << QString::fromUtf8(c[0]) << QString::fromUtf8(c[1]);
    }

    void trees()
    {
        QFETCH(QString, source);
        QFETCH(QString, tree);
        QCOMPARE(dumpSource(source), tree);
    }

    // The renderer's output parses back to the same tree, and is a fixpoint.
    void renderRoundTrip_data() { trees_data(); }
    void renderRoundTrip()
    {
        QFETCH(QString, source);
        auto e = Parser::parseExpression(source);
        QVERIFY(e.ok());
        const QString rendered = Renderer::expression(e.value());
        auto again = Parser::parseExpression(rendered);
        QVERIFY2(again.ok(), qPrintable(rendered));
        QCOMPARE(dump(again.value()), dump(e.value()));
        QCOMPARE(Renderer::expression(again.value()), rendered);
    }

    void renderCanonical_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("rendered");
        const char *const cases[][2] = {
            {"(1+2)*3", "(1 + 2) * 3"},
            {"-(2**2)", "-2 ** 2"},
            {"(-2)**2", "(-2) ** 2"},
            {"a-(b-c)", "a - (b - c)"},
            {"(a-b)-c", "a - b - c"},
            {"(2**3)**4", "(2 ** 3) ** 4"},
            {"not(a and b)", "not (a and b)"},
            {"(a if b else c) if d else e", "(a if b else c) if d else e"},
            {"f(*a,k=1,**c)", "f(*a, k=1, **c)"},
            {"\"it's\"", "\"it's\""},
            {"'a\\nb\\\\'", "'a\\nb\\\\'"},
            {"'\"'", "'\"'"},
            {"b'\\xff\\x00'", "b'\\xff\\x00'"},
            {"{'a':1,**m}", "{'a': 1, **m}"},
            {"{}", "{}"},
            {"(1,)", "(1,)"},
            {"a[1:2,::3]", "a[1:2, ::3]"},
            {"a[x,]", "a[x,]"},
            {"(1).real", "(1).real"},
            {"sa.Column('id',sa.Integer(),nullable=False)",
             "sa.Column('id', sa.Integer(), nullable=False)"},
        };
        for (const auto &c : cases)
            QTest::newRow(c[0]) << QString::fromUtf8(c[0]) << QString::fromUtf8(c[1]);
    }

    void renderCanonical()
    {
        QFETCH(QString, source);
        QFETCH(QString, rendered);
        auto e = Parser::parseExpression(source);
        QVERIFY(e.ok());
        QCOMPARE(Renderer::expression(e.value()), rendered);
    }

    void stringValues_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("bytes");
        QTest::newRow("simple escapes") << QStringLiteral(R"('\n\t\\\'\"\a\b\f\v\r')")
                                        << QStringLiteral("\n\t\\'\"\a\b\f\v\r") << false;
        QTest::newRow("octal") << QStringLiteral(R"('\0\101\1010\7')")
                               << (QString(QChar(0)) + QStringLiteral("AA0") + QChar(7)) << false;
        QTest::newRow("octal above 0o377")
            << QStringLiteral(R"('\777')") << QString(QChar(0x1FF)) << false;
        QTest::newRow("hex") << QStringLiteral(R"('\x41\x7a')") << QStringLiteral("Az") << false;
        QTest::newRow("unicode") << QStringLiteral(R"('\u00e9\U0001F600')")
                                 << QStringLiteral(u"é\U0001F600") << false;
        QTest::newRow("unknown escape kept")
            << QStringLiteral(R"('\q\d')") << QStringLiteral("\\q\\d") << false;
        QTest::newRow("line continuation")
            << QStringLiteral("'a\\\nb'") << QStringLiteral("ab") << false;
        QTest::newRow("triple with newline")
            << QStringLiteral("'''a\nb'''") << QStringLiteral("a\nb") << false;
        QTest::newRow("crlf in triple")
            << QStringLiteral("'''a\r\nb'''") << QStringLiteral("a\r\nb") << false;
        QTest::newRow("raw") << QStringLiteral(R"(r'\n\'')") << QStringLiteral("\\n\\'") << false;
        QTest::newRow("u prefix") << QStringLiteral(R"(u'\x41')") << QStringLiteral("A") << false;
        QTest::newRow("non-ascii")
            << QStringLiteral(u"'naïve – ✓'") << QStringLiteral(u"naïve – ✓") << false;
        QTest::newRow("bytes") << QStringLiteral(R"(b'\xff\x00a\101')")
                               << (QString(QChar(0xFF)) + QChar(0) + QStringLiteral("aA")) << true;
        QTest::newRow("bytes keep \\u")
            << QStringLiteral(R"(b'\u1234')") << QStringLiteral("\\u1234") << true;
        QTest::newRow("bytes octal wraps")
            << QStringLiteral(R"(b'\777')") << QString(QChar(0xFF)) << true;
        QTest::newRow("raw bytes")
            << QStringLiteral(R"(Rb'\x41')") << QStringLiteral("\\x41") << true;
        QTest::newRow("concatenated kinds")
            << QStringLiteral(R"('a' r'\n' u'\t')") << QStringLiteral("a\\n\t") << false;
    }

    void stringValues()
    {
        QFETCH(QString, source);
        QFETCH(QString, value);
        QFETCH(bool, bytes);
        auto e = Parser::parseExpression(source);
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
        QCOMPARE(e->kind, bytes ? ExprKind::Bytes : ExprKind::String);
        QCOMPARE(e->text, value);
        QVERIFY(!e->isFString);
    }

    void fStrings()
    {
        auto e = Parser::parseExpression(QStringLiteral("f\"User(id={self.id!r})\""));
        QVERIFY(e.ok());
        QCOMPARE(e->kind, ExprKind::String);
        QVERIFY(e->isFString);
        QVERIFY(!e->isStringLiteral());
        QCOMPARE(e->text, QStringLiteral("f\"User(id={self.id!r})\""));
        QVERIFY(!Literal::evaluate(e.value()).ok());
    }

    void namedEscapesAreKeptAndFlagged()
    {
        auto e = Parser::parseExpression(QStringLiteral("'a\\N{EM DASH}b'"));
        QVERIFY(e.ok());
        QVERIFY(e->hasNamedEscapes);
        QVERIFY(!e->isStringLiteral());
        QCOMPARE(e->text, QStringLiteral("a\\N{EM DASH}b"));
        auto v = Literal::evaluate(e.value());
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.contains(QStringLiteral("named Unicode escapes")));
    }

    void positions()
    {
        auto e = Parser::parseExpression(
            QStringLiteral("op.create_index(op.f('ix_a'),\n    'a', ['x'])"));
        QVERIFY(e.ok());
        QCOMPARE(e->span.line, 1);
        QCOMPARE(e->span.column, 1);
        QCOMPARE(e->span.endLine, 2);
        QCOMPARE(e->span.endColumn, 16);
        const Expr *first = e->positionalArgument(0);
        QVERIFY(first);
        QCOMPARE(first->calleeName(), QStringLiteral("op.f"));
        QCOMPARE(first->span.column, 17);
        const Expr *list = e->positionalArgument(2);
        QVERIFY(list);
        QCOMPARE(list->kind, ExprKind::List);
        QCOMPARE(list->span.line, 2);
        QCOMPARE(list->span.column, 10);
        QCOMPARE(list->children.front().span.column, 11);
        // A parenthesized expression's span covers its parentheses.
        e = Parser::parseExpression(QStringLiteral("(a + b) * c"));
        QVERIFY(e.ok());
        QCOMPARE(e->children[0].span.column, 1);
        QCOMPARE(e->children[0].span.endColumn, 8);
        QVERIFY(e->children[0].parenthesized);
    }

    void callHelpers()
    {
        auto e = Parser::parseExpression(
            QStringLiteral("sa.Column('id', sa.Integer(), nullable=False, *extra)"));
        QVERIFY(e.ok());
        QCOMPARE(e->calleeName(), QStringLiteral("sa.Column"));
        QCOMPARE(e->positionalArguments().size(), size_t(3));
        QCOMPARE(e->positionalArgument(0)->text, QStringLiteral("id"));
        QCOMPARE(e->positionalArgument(1)->calleeName(), QStringLiteral("sa.Integer"));
        QVERIFY(!e->positionalArgument(3));
        QCOMPARE(e->keywordArgument(u"nullable")->kind, ExprKind::False);
        QVERIFY(!e->keywordArgument(u"unique"));
        QVERIFY(e->hasStarArguments());
        // dottedName is empty for anything but names and attribute chains.
        auto f = Parser::parseExpression(QStringLiteral("f().x"));
        QVERIFY(f.ok());
        QVERIFY(f->dottedName().isEmpty());
    }

    void literals()
    {
        auto eval = [](const char *src) {
            auto e = Parser::parseExpression(QString::fromUtf8(src));
            if (!e)
                return QVariant(QStringLiteral("parse error"));
            auto v = Literal::evaluate(e.value());
            return v ? v.value() : QVariant(QStringLiteral("error: ") + v.error().message);
        };
        QVERIFY(eval("None").isNull());
        QCOMPARE(eval("'abc'"), QVariant(QStringLiteral("abc")));
        QCOMPARE(eval("b'ab'"), QVariant(QByteArray("ab")));
        QCOMPARE(eval("True"), QVariant(true));
        QCOMPARE(eval("-5"), QVariant(qlonglong(-5)));
        QCOMPARE(eval("0x10"), QVariant(qlonglong(16)));
        QCOMPARE(eval("0o17"), QVariant(qlonglong(15)));
        QCOMPARE(eval("0b101"), QVariant(qlonglong(5)));
        QCOMPARE(eval("1_000"), QVariant(qlonglong(1000)));
        QCOMPARE(eval("1.5e3"), QVariant(1500.0));
        QCOMPARE(eval("-9223372036854775808"), QVariant(std::numeric_limits<qlonglong>::min()));
        QCOMPARE(eval("9223372036854775808"),
                 QVariant(QStringLiteral("error: integer literal too large")));
        QCOMPARE(eval("('a', 'b')"),
                 QVariant(QVariantList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(eval("[1, (2,)]"),
                 QVariant(QVariantList{qlonglong(1), QVariantList{qlonglong(2)}}));
        QCOMPARE(eval("{'schema': 's', 'n': None}"),
                 QVariant(QVariantMap{{QStringLiteral("schema"), QStringLiteral("s")},
                                      {QStringLiteral("n"), QVariant()}}));
        QCOMPARE(eval("{1: 2}"),
                 QVariant(QStringLiteral(
                     "error: only string keys are supported in a literal dictionary")));
        QCOMPARE(eval("3j"),
                 QVariant(QStringLiteral("error: complex numbers are not supported here")));

        auto e = Parser::parseExpression(QStringLiteral("('a',\n sa.text('x'))"),
                                         QStringLiteral("s.py"));
        QVERIFY(e.ok());
        auto v = Literal::evaluate(e.value(), QStringLiteral("s.py"));
        QVERIFY(!v.ok());
        QCOMPARE(v.error().toString(), QStringLiteral("s.py:2:2: expected a literal value"));
    }

    void stringLists()
    {
        auto list = [](const char *src) {
            auto e = Parser::parseExpression(QString::fromUtf8(src));
            auto v = Literal::stringList(e.value());
            return v ? v->join(QLatin1Char(',')) : QStringLiteral("error: ") + v.error().message;
        };
        QCOMPARE(list("None"), QString());
        QCOMPARE(list("'ae1027a6acf'"), QStringLiteral("ae1027a6acf"));
        QCOMPARE(list("('a', 'b')"), QStringLiteral("a,b"));
        QCOMPARE(list("('side',)"), QStringLiteral("side"));
        QCOMPARE(list("['x']"), QStringLiteral("x"));
        QCOMPARE(list("('a', 1)"), QStringLiteral("error: expected a string"));
        QCOMPARE(list("1"),
                 QStringLiteral("error: expected None, a string, or a tuple of strings"));
    }

    void deepNesting_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("1000 parentheses") << QString(1000, QLatin1Char('(')) + QStringLiteral("1") +
                                                 QString(1000, QLatin1Char(')'))
                                          << QStringLiteral("too many nested parentheses");
        QTest::newRow("1000 lists on lines") << QStringLiteral("[\n").repeated(1000)
                                             << QStringLiteral("too many nested parentheses");
        QTest::newRow("1000 unary minus")
            << QString(1000, QLatin1Char('-')) + QStringLiteral("x")
            << QStringLiteral("too many nested levels (more than 200)");
        QTest::newRow("1000 not") << QStringLiteral("not ").repeated(1000) + QStringLiteral("x")
                                  << QStringLiteral("too many nested levels (more than 200)");
        QTest::newRow("1000 powers") << QStringLiteral("2**").repeated(1000) + QStringLiteral("2")
                                     << QStringLiteral("too many nested levels (more than 200)");
        QTest::newRow("1000 lambdas")
            << QStringLiteral("lambda: ").repeated(1000) + QStringLiteral("0")
            << QStringLiteral("too many nested levels (more than 200)");
        QTest::newRow("1000 conditionals")
            << QStringLiteral("a if b else ").repeated(1000) + QStringLiteral("c")
            << QStringLiteral("too many nested levels (more than 200)");
        QTest::newRow("3000 additions") << QStringLiteral("1+").repeated(3000) + QStringLiteral("1")
                                        << QStringLiteral("expression is nested too deeply (more "
                                                          "than 500 levels)");
        QTest::newRow("3000 attributes")
            << QStringLiteral("a") + QStringLiteral(".b").repeated(3000)
            << QStringLiteral("expression is nested too deeply (more "
                              "than 500 levels)");
        QTest::newRow("3000 calls") << QStringLiteral("f") + QStringLiteral("()").repeated(3000)
                                    << QStringLiteral("expression is nested too deeply (more than "
                                                      "500 levels)");
    }

    void deepNesting()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        auto e = Parser::parseExpression(source);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().message, message);
        QVERIFY(e.error().line >= 1);
        QVERIFY(e.error().column >= 1);
        // The same inside a statement of a module.
        auto m = Module::parse(QStringLiteral("x = ") + source);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().message, message);
    }

    void wideButShallowIsFine()
    {
        // Long flat structures are not "deep": 5000 arguments, a 5000-term "or".
        QString args =
            QStringLiteral("f(") + QStringLiteral("1, ").repeated(5000) + QStringLiteral(")");
        auto e = Parser::parseExpression(args);
        QVERIFY(e.ok());
        QCOMPARE(e->children.size(), size_t(5001));
        auto o =
            Parser::parseExpression(QStringLiteral("a or ").repeated(5000) + QStringLiteral("b"));
        QVERIFY(o.ok());
        QCOMPARE(o->children.size(), size_t(5001));
        // 150 nested parentheses are deep but legal.
        auto p = Parser::parseExpression(QString(150, QLatin1Char('(')) + QStringLiteral("1") +
                                         QString(150, QLatin1Char(')')));
        QVERIFY(p.ok());
    }
};

QTEST_GUILESS_MAIN(ExpressionsTest)
#include "tst_pyread_expressions.moc"
