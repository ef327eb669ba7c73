#include "PyreadTestUtil.h"

#include <QTest>

using namespace stratum::pyread;
using pyreadtest::dump;

namespace {

Module parseOk(const QString &source)
{
    auto m = Module::parse(source, QStringLiteral("test.py"));
    if (!m)
        qFatal("unexpected parse error: %s", qPrintable(m.error().toString()));
    return std::move(m).value();
}

}  // namespace

class StatementsTest : public QObject
{
    Q_OBJECT

private slots:
    void assignments()
    {
        const Module m =
            parseOk(QStringLiteral("a = b = 1\n"
                                   "x, *y = 1, 2, 3\n"
                                   "id: Mapped[int] = mapped_column(primary_key=True)\n"
                                   "name: Mapped[Optional[str]]\n"
                                   "n += 1; m[0] **= 2\n"
                                   "obj.attr = yield_ = (yield)\n"));
        QCOMPARE(m.body.size(), size_t(7));
        const Stmt &chained = m.body[0];
        QCOMPARE(chained.kind, StmtKind::Assign);
        QCOMPARE(chained.targets.size(), size_t(2));
        QCOMPARE(dump(chained.targets[1]), QStringLiteral("b"));
        QCOMPARE(dump(*chained.value), QStringLiteral("1"));
        QCOMPARE(dump(m.body[1].targets[0]), QStringLiteral("(tuple x (* y))"));
        QCOMPARE(dump(*m.body[1].value), QStringLiteral("(tuple 1 2 3)"));
        const Stmt &ann = m.body[2];
        QCOMPARE(ann.kind, StmtKind::AnnAssign);
        QCOMPARE(dump(ann.targets[0]), QStringLiteral("id"));
        QCOMPARE(dump(*ann.annotation), QStringLiteral("([] Mapped int)"));
        QCOMPARE(dump(*ann.value), QStringLiteral("(call mapped_column (= primary_key True))"));
        QCOMPARE(m.body[3].kind, StmtKind::AnnAssign);
        QVERIFY(!m.body[3].value);
        QCOMPARE(dump(*m.body[3].annotation), QStringLiteral("([] Mapped ([] Optional str))"));
        QCOMPARE(m.body[4].kind, StmtKind::AugAssign);
        QCOMPARE(m.body[4].name, QStringLiteral("+="));
        QCOMPARE(m.body[5].name, QStringLiteral("**="));
        QCOMPARE(m.body[5].span.line, 5);
        QCOMPARE(m.body[5].span.column, 9);
        QCOMPARE(dump(*m.body[6].value), QStringLiteral("(yield)"));

        // findAssignment: the last binding wins, annotated or not.
        const Module h =
            parseOk(QStringLiteral("revision = 'a'\nrevision: str = 'b'\nx = revision = 'c'\n"
                                   "down_revision = None\n"));
        QCOMPARE(h.assignedValue(u"revision")->text, QStringLiteral("c"));
        QCOMPARE(h.findAssignment(u"revision")->span.line, 3);
        QCOMPARE(h.assignedValue(u"down_revision")->kind, ExprKind::None);
        QVERIFY(!h.assignedValue(u"branch_labels"));
    }

    void imports()
    {
        const Module m = parseOk(QStringLiteral("import a.b as c, d\n"
                                                "from .. import x\n"
                                                "from a.b import (c as d,\n    e,)\n"
                                                "from x import *\n"
                                                "from .models import Base\n"));
        QCOMPARE(m.body[0].kind, StmtKind::Import);
        QCOMPARE(m.body[0].names.size(), size_t(2));
        QCOMPARE(m.body[0].names[0].name, QStringLiteral("a.b"));
        QCOMPARE(m.body[0].names[0].asName, QStringLiteral("c"));
        QCOMPARE(m.body[1].kind, StmtKind::ImportFrom);
        QCOMPARE(m.body[1].level, 2);
        QVERIFY(m.body[1].name.isEmpty());
        QCOMPARE(m.body[2].name, QStringLiteral("a.b"));
        QCOMPARE(m.body[2].names.size(), size_t(2));
        QCOMPARE(m.body[2].names[1].name, QStringLiteral("e"));
        QCOMPARE(m.body[2].names[1].span.line, 4);
        QCOMPARE(m.body[3].names[0].name, QStringLiteral("*"));
        QCOMPARE(m.body[4].level, 1);
        QCOMPARE(m.body[4].name, QStringLiteral("models"));
    }

    void functions()
    {
        const Module m = parseOk(QStringLiteral(
            "@decorator\n"
            "@other.thing(1)\n"
            "async def f(a, b: int = 1, /, c=2, *args: str, d, e: bool = False, **kw) -> None:\n"
            "    \"\"\"Doc.\"\"\"\n"
            "    return a, b\n"
            "def g(*, key): pass\n"));
        QCOMPARE(m.body.size(), size_t(2));
        const Stmt &f = m.body[0];
        QCOMPARE(f.kind, StmtKind::FunctionDef);
        QVERIFY(f.isAsync);
        QCOMPARE(f.name, QStringLiteral("f"));
        QCOMPARE(f.span.line, 1);  // decorated definitions start at their first decorator
        QCOMPARE(f.span.endLine, 5);
        QCOMPARE(f.decorators.size(), size_t(2));
        QCOMPARE(dump(f.decorators[1]), QStringLiteral("(call (. other thing) 1)"));
        QCOMPARE(f.parameters.size(), size_t(8));
        QCOMPARE(f.parameters[1].name, QStringLiteral("b"));
        QCOMPARE(dump(*f.parameters[1].annotation), QStringLiteral("int"));
        QCOMPARE(dump(*f.parameters[1].defaultValue), QStringLiteral("1"));
        QCOMPARE(f.parameters[2].kind, Parameter::Kind::PositionalOnlyMarker);
        QCOMPARE(f.parameters[4].kind, Parameter::Kind::VarArgs);
        QCOMPARE(f.parameters[4].name, QStringLiteral("args"));
        QCOMPARE(f.parameters[7].kind, Parameter::Kind::KwArgs);
        QCOMPARE(dump(*f.returns), QStringLiteral("None"));
        QCOMPARE(f.docstring().value_or(QString()), QStringLiteral("Doc."));
        QCOMPARE(f.body[1].kind, StmtKind::Return);
        QCOMPARE(dump(*f.body[1].value), QStringLiteral("(tuple a b)"));
        const Stmt &g = m.body[1];
        QCOMPARE(g.parameters[0].kind, Parameter::Kind::KeywordOnlyMarker);
        QCOMPARE(g.body.size(), size_t(1));
        QCOMPARE(g.body[0].kind, StmtKind::Pass);
        QCOMPARE(m.findFunction(u"g"), &m.body[1]);
        QCOMPARE(
            Renderer::statement(f),
            QStringLiteral("@decorator\n@other.thing(1)\n"
                           "async def f(a, b: int = 1, /, c=2, *args: str, d, e: bool = False, "
                           "**kw) -> None:\n    'Doc.'\n    return (a, b)"));
    }

    void classes()
    {
        const Module m =
            parseOk(QStringLiteral("class Base(DeclarativeBase): pass\n"
                                   "class User(Mixin, Base, metaclass=Meta):\n"
                                   "    __tablename__ = 'users'\n"
                                   "    id: Mapped[int] = mapped_column(primary_key=True)\n"
                                   "\n"
                                   "    @property\n"
                                   "    def display(self) -> str:\n"
                                   "        return self.name\n"
                                   "class Empty:\n"
                                   "    ...\n"));
        QCOMPARE(m.body.size(), size_t(3));
        QCOMPARE(m.body[0].kind, StmtKind::ClassDef);
        QCOMPARE(dump(m.body[0].bases[0]), QStringLiteral("DeclarativeBase"));
        QCOMPARE(m.body[0].body[0].kind, StmtKind::Pass);
        const Stmt *user = m.findClass(u"User");
        QVERIFY(user);
        QCOMPARE(user->bases.size(), size_t(3));
        QCOMPARE(dump(user->bases[2]), QStringLiteral("(= metaclass Meta)"));
        QCOMPARE(user->body.size(), size_t(3));
        QCOMPARE(user->body[2].decorators.size(), size_t(1));
        QCOMPARE(user->body[2].span.line, 6);
        QCOMPARE(user->body[2].span.column, 5);
        QCOMPARE(user->span.endLine, 8);
        QCOMPARE(user->findFunction(u"display"), &user->body[2]);
        QVERIFY(m.body[2].bases.empty());
    }

    void otherCompoundStatements()
    {
        const Module m = parseOk(QStringLiteral(
            "if a:\n    x\nelif b:\n    y\nelif c: z\nelse:\n    w\n"          // 1-7
            "for i, j in pairs:\n    continue\nelse:\n    pass\n"              // 8-11
            "while not done:\n    break\n"                                     // 12-13
            "try:\n    f()\nexcept (A, B) as e:\n    raise X from e\n"         // 14-17
            "except C:\n    pass\nelse:\n    pass\nfinally:\n    cleanup()\n"  // 18-23
            "with a as b, c:\n    pass\n"                                      // 24-25
            "with (open(x) as f, open(y) as g,):\n    pass\n"                  // 26-27
            "with (a, b) as c:\n    pass\n"                                    // 28-29
            "async def h():\n    async with a as b:\n        async for x in y:\n"
            "            await x\n"                          // 30-33
            "del a, b[0]\nglobal g1, g2\nassert x, 'msg'\n"  // 34-36
            "def outer():\n    nonlocal_ = 1\n    def inner():\n        nonlocal nonlocal_\n"));
        QCOMPARE(m.body.size(), size_t(12));
        const Stmt &i = m.body[0];
        QCOMPARE(i.kind, StmtKind::If);
        QCOMPARE(i.clauses.size(), size_t(2));
        QCOMPARE(dump(*i.clauses[1].test), QStringLiteral("c"));
        QCOMPARE(i.clauses[1].span.line, 5);
        QCOMPARE(i.orelse.size(), size_t(1));
        QCOMPARE(i.span.endLine, 7);
        const Stmt &f = m.body[1];
        QCOMPARE(f.kind, StmtKind::For);
        QCOMPARE(dump(f.targets[0]), QStringLiteral("(tuple i j)"));
        QCOMPARE(f.orelse.size(), size_t(1));
        QCOMPARE(m.body[2].kind, StmtKind::While);
        const Stmt &t = m.body[3];
        QCOMPARE(t.kind, StmtKind::Try);
        QCOMPARE(t.clauses.size(), size_t(2));
        QCOMPARE(t.clauses[0].name, QStringLiteral("e"));
        QCOMPARE(dump(*t.clauses[0].test), QStringLiteral("(tuple A B)"));
        QCOMPARE(t.clauses[0].body[0].kind, StmtKind::Raise);
        QCOMPARE(dump(*t.clauses[0].body[0].cause), QStringLiteral("e"));
        QCOMPARE(t.orelse.size(), size_t(1));
        QCOMPARE(t.finalbody.size(), size_t(1));
        QCOMPARE(m.body[4].items.size(), size_t(2));
        QCOMPARE(dump(*m.body[4].items[0].target), QStringLiteral("b"));
        QVERIFY(!m.body[4].items[1].target);
        QCOMPARE(m.body[5].items.size(), size_t(2));
        QCOMPARE(dump(*m.body[5].items[1].target), QStringLiteral("g"));
        QCOMPARE(m.body[6].items.size(), size_t(1));
        QCOMPARE(dump(m.body[6].items[0].context), QStringLiteral("(tuple a b)"));
        const Stmt &asyncDef = m.body[7];
        QVERIFY(asyncDef.isAsync);
        QVERIFY(asyncDef.body[0].isAsync);
        QCOMPARE(asyncDef.body[0].kind, StmtKind::With);
        QCOMPARE(asyncDef.body[0].body[0].kind, StmtKind::For);
        QVERIFY(asyncDef.body[0].body[0].isAsync);
        QCOMPARE(m.body[8].kind, StmtKind::Delete);
        QCOMPARE(m.body[8].targets.size(), size_t(2));
        QCOMPARE(m.body[9].identifiers, QStringList({QStringLiteral("g1"), QStringLiteral("g2")}));
        QCOMPARE(m.body[10].kind, StmtKind::Assert);
        QCOMPARE(m.body[11].body[1].body[0].kind, StmtKind::Nonlocal);
    }

    void matchStatement()
    {
        const Module m = parseOk(
            QStringLiteral("match = 1\n"
                           "match(x)\n"
                           "match.y = 2\n"
                           "match command.split():\n"
                           "    case [action]:\n"
                           "        pass\n"
                           "    case [\"go\", direction] | [\"move\", direction] if direction:\n"
                           "        pass\n"
                           "    case Point(x=0, y=-1.5) as p:\n"
                           "        pass\n"
                           "    case {\"k\": 1, **rest}:\n"
                           "        pass\n"
                           "    case Color.RED | None | -1 + 2j | 'x':\n"
                           "        pass\n"
                           "    case (a, *others):\n"
                           "        pass\n"
                           "    case _:\n"
                           "        pass\n"));
        QCOMPARE(m.body.size(), size_t(4));
        QCOMPARE(m.body[0].kind, StmtKind::Assign);
        QCOMPARE(m.body[1].kind, StmtKind::Expr);
        QCOMPARE(m.body[2].kind, StmtKind::Assign);
        const Stmt &s = m.body[3];
        QCOMPARE(s.kind, StmtKind::Match);
        QCOMPARE(dump(*s.value), QStringLiteral("(call (. command split))"));
        QCOMPARE(s.clauses.size(), size_t(7));
        QCOMPARE(dump(*s.clauses[0].test), QStringLiteral("(list action)"));
        QCOMPARE(dump(*s.clauses[1].test),
                 QStringLiteral("(| (list 'go' direction) (list 'move' direction))"));
        QCOMPARE(dump(*s.clauses[1].guard), QStringLiteral("direction"));
        QCOMPARE(dump(*s.clauses[2].test),
                 QStringLiteral("(as (call Point (= x 0) (= y (- 1.5))) p)"));
        QCOMPARE(dump(*s.clauses[3].test), QStringLiteral("(dict 'k' 1 _ rest)"));
        QCOMPARE(dump(*s.clauses[4].test),
                 QStringLiteral("(| (| (| (. Color RED) None) (+ (- 1) 2j)) 'x')"));
        QCOMPARE(dump(*s.clauses[5].test), QStringLiteral("(tuple a (* others))"));
        QCOMPARE(s.clauses[6].span.line, 17);
    }

    void docstringAndComments()
    {
        const Module m = parseOk(QStringLiteral("\"\"\"add users\n\nRevision ID: abc\n\"\"\"\n"
                                                "# a comment\n"
                                                "x = 1  # trailing\n"));
        QCOMPARE(m.docstring.value_or(QString()),
                 QStringLiteral("add users\n\nRevision ID: abc\n"));
        QCOMPARE(m.comments.size(), size_t(2));
        QCOMPARE(m.commentsWithin(m.body[1].span).size(), size_t(1));
        QCOMPARE(m.commentsWithin(m.body[1].span)[0]->text, QStringLiteral("# trailing"));
        // No docstring when the first statement is not a plain string.
        QVERIFY(!parseOk(QStringLiteral("x = 'a'\n")).docstring);
        QVERIFY(!parseOk(QStringLiteral("f'a'\n")).docstring);
        QVERIFY(!parseOk(QString()).docstring);
        QVERIFY(parseOk(QStringLiteral("\n\n# only comments\n")).body.empty());
    }

    void positionLookup()
    {
        const Module m =
            parseOk(QStringLiteral("def upgrade():\n"
                                   "    op.add_column('t', sa.Column('c', sa.Text()))\n"));
        const Stmt *s = m.statementAt(2, 10);
        QVERIFY(s);
        QCOMPARE(s->kind, StmtKind::Expr);
        QCOMPARE(m.statementAt(1, 3)->kind, StmtKind::FunctionDef);
        const Expr *e = m.expressionAt(2, 40);  // inside "sa.Text"
        QVERIFY(e);
        QCOMPARE(e->kind, ExprKind::Name);
        QCOMPARE(e->text, QStringLiteral("sa"));
        e = m.expressionAt(2, 19);  // the 't' literal
        QVERIFY(e);
        QCOMPARE(e->text, QStringLiteral("t"));
        QVERIFY(!m.statementAt(9, 1));
        QCOMPARE(m.sourceText(s->span),
                 QStringLiteral("op.add_column('t', sa.Column('c', sa.Text()))"));
        QCOMPARE(m.sourceText(s->value->children[2].span),
                 QStringLiteral("sa.Column('c', sa.Text())"));
    }

    void renderStatements()
    {
        const QString src =
            QStringLiteral("if a:\n"
                           "    x = 1\n"
                           "elif b:\n"
                           "    pass\n"
                           "else:\n"
                           "    for i in range(3):\n"
                           "        print(i)\n"
                           "try:\n"
                           "    f()\n"
                           "except Exception as e:\n"
                           "    raise\n"
                           "finally:\n"
                           "    g()\n"
                           "with op.batch_alter_table('t', schema=None) as batch_op:\n"
                           "    batch_op.drop_column('c')\n"
                           "from . import (a, b as c)\n");
        const Module m = parseOk(src);
        const QString rendered = Renderer::statements(m.body);
        QCOMPARE(rendered + QLatin1Char('\n'),
                 QString(src).replace(QStringLiteral("(a, b as c)"), QStringLiteral("a, b as c")));
    }
};

QTEST_GUILESS_MAIN(StatementsTest)
#include "tst_pyread_statements.moc"
