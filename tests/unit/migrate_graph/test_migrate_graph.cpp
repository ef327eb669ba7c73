// Unit tests for the revision graph: structure, target resolution, ranges and
// upgrade/downgrade paths, checked against answers from Alembic 1.8's own
// RevisionMap (the expected strings in alembicParity_data were produced by it).
#include "core/migrate/RevisionGraph.h"
#include "core/migrate/RevisionIterator.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;

namespace {

struct Spec
{
    QString id;
    QStringList down;
    QStringList labels = {};
    QStringList deps = {};
};

QList<Revision> revisionsOf(const QList<Spec> &specs)
{
    QList<Revision> out;
    for (const Spec &s : specs) {
        Revision r = Revision::make(s.id, s.down, s.id + QStringLiteral(" message"));
        r.branchLabels = s.labels;
        r.dependsOn = s.deps;
        out << r;
    }
    return out;
}

RevisionGraph graphOf(const QList<Spec> &specs)
{
    Result<RevisionGraph> g = RevisionGraph::build(revisionsOf(specs));
    if (!g)
        qFatal("graph does not build: %s", qPrintable(g.error().toString()));
    return std::move(g).value();
}

// G1: a branch at 1000aa and a merge at 4000dd.
const QList<Spec> g1 = {{"1000aa", {}},
                        {"2000bb", {"1000aa"}},
                        {"3000cc", {"1000aa"}},
                        {"4000dd", {"2000bb", "3000cc"}},
                        {"5000ee", {"4000dd"}}};
// G2: three heads, a branch label "feature", a second base "other" that
// depends on 2000bb.
const QList<Spec> g2 = {
    {"1000aa", {}},         {"2000bb", {"1000aa"}}, {"3000cc", {"1000aa"}, {"feature"}},
    {"4000dd", {"2000bb"}}, {"5000ee", {"3000cc"}}, {"6000ff", {}, {"other"}, {"2000bb"}},
    {"7000aa", {"6000ff"}}};
// G3: two ids sharing a prefix.
const QList<Spec> g3 = {{"abcd01", {}}, {"abcd02", {"abcd01"}}, {"beef03", {"abcd02"}}};

QString idsOf(const RevisionGraph &g, const QList<int> &revs)
{
    QStringList out;
    for (int r : revs)
        out << (r == NoRevision     ? QStringLiteral("None")
                : r == BaseRevision ? QStringLiteral("<base>")
                                    : g.id(r));
    return out.join(QLatin1Char(' '));
}

// The RevisionMap-level text, which is what Alembic's exceptions carry.
QString rawError(const Error &e)
{
    return QStringLiteral("ERR ") + (e.detail.isEmpty() ? e.message : e.detail);
}

QString runQuery(const RevisionGraph &g, const QString &kind, const QString &a, const QString &b)
{
    const RevisionIterator it(g);
    Result<QList<int>> r = QList<int>();
    if (kind == QLatin1String("get"))
        r = g.revisions(a);
    else if (kind == QLatin1String("up"))
        r = it.upgradePath(a.split(QLatin1Char(' '), Qt::SkipEmptyParts), b);
    else if (kind == QLatin1String("down"))
        r = it.downgradePath(a.split(QLatin1Char(' '), Qt::SkipEmptyParts), b);
    else if (kind == QLatin1String("walk"))
        r = it.walkRevisions(a, b);
    return r ? idsOf(g, r.value()) : rawError(r.error());
}

}  // namespace

class TestMigrateGraph : public QObject
{
    Q_OBJECT

private slots:
    void structure();
    void labelsAndDependencies();
    void alembicParity_data();
    void alembicParity();
    void commandMessages();
    void buildErrors_data();
    void buildErrors();
    void errorPositions();
    void cycleMissedByAlembicIsFound();
    void longChain();
    void wideHistory();
};

void TestMigrateGraph::structure()
{
    const RevisionGraph g = graphOf(g1);
    QCOMPARE(g.size(), 5);
    const int a = g.indexOf("1000aa"), d = g.indexOf("4000dd"), e = g.indexOf("5000ee");
    QVERIFY(g.isBranchPoint(a));
    QVERIFY(!g.isMergePoint(a));
    QVERIFY(g.isBase(a));
    QVERIFY(g.isMergePoint(d));
    QVERIFY(!g.isBranchPoint(d));
    QVERIFY(g.isHead(e));
    QCOMPARE(g.heads(), QList<int>{e});
    QCOMPARE(g.bases(), QList<int>{a});
    QCOMPARE(idsOf(g, g.children(a)), QStringLiteral("2000bb 3000cc"));
    QCOMPARE(idsOf(g, g.downRevisions(d)), QStringLiteral("2000bb 3000cc"));
    QCOMPARE(g.indexOf("nope"), NoRevision);
    QCOMPARE(g.revision(e).message(), QStringLiteral("5000ee message"));
}

void TestMigrateGraph::labelsAndDependencies()
{
    const RevisionGraph g = graphOf(g2);
    QCOMPARE(idsOf(g, g.heads()), QStringLiteral("4000dd 5000ee 7000aa"));
    QCOMPARE(idsOf(g, g.realHeads()), QStringLiteral("4000dd 5000ee 7000aa"));
    QCOMPARE(idsOf(g, g.bases()), QStringLiteral("1000aa 6000ff"));
    QCOMPARE(idsOf(g, g.realBases()), QStringLiteral("1000aa"));
    // Labels flow to descendants; the unlabeled trunk keeps none.
    QCOMPARE(g.branchLabels(g.indexOf("5000ee")), QStringList{"feature"});
    QCOMPARE(g.branchLabels(g.indexOf("7000aa")), QStringList{"other"});
    QVERIFY(g.branchLabels(g.indexOf("1000aa")).isEmpty());
    QVERIFY(g.branchLabels(g.indexOf("4000dd")).isEmpty());
    // depends_on links 2000bb to 6000ff without making 2000bb a branch point.
    const int b = g.indexOf("2000bb");
    QVERIFY(!g.isBranchPoint(b));
    QVERIFY(g.isRealBranchPoint(b));
    QCOMPARE(idsOf(g, g.dependencies(g.indexOf("6000ff"))), QStringLiteral("2000bb"));
    Result<int> head = g.currentHead("feature");
    QVERIFY(head);
    QCOMPARE(g.id(head.value()), QStringLiteral("5000ee"));

    // A dependency named by branch label resolves to the labelled revision.
    QList<Spec> byLabel = g2;
    byLabel << Spec{"8000bb", {"4000dd"}, {}, {"feature"}};
    const RevisionGraph g3 = graphOf(byLabel);
    QCOMPARE(idsOf(g3, g3.dependencies(g3.indexOf("8000bb"))), QStringLiteral("3000cc"));
    QCOMPARE(runQuery(g3, "up", "4000dd", "8000bb"), QStringLiteral("3000cc 8000bb"));
}

void TestMigrateGraph::alembicParity_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    struct Row
    {
        const char *graph, *kind, *a, *b, *expected;
    };
    const Row rows[] = {
        {"G1", "get", "head", "", "5000ee"},
        {"G1", "get", "heads", "", "5000ee"},
        {"G1", "get", "base", "", ""},
        {"G1", "get", "-1", "", "4000dd"},
        {"G1", "get", "3000", "", "3000cc"},
        {"G1", "get", "5000ee", "", "5000ee"},
        {"G1", "up", "", "head", "1000aa 3000cc 2000bb 4000dd 5000ee"},
        {"G1", "up", "2000bb", "head", "3000cc 4000dd 5000ee"},
        {"G1", "up", "3000cc", "5000ee", "2000bb 4000dd 5000ee"},
        {"G1", "up", "", "+2", "ERR Ambiguous walk"},
        {"G1", "up", "1000aa", "+1", "ERR Ambiguous walk"},
        {"G1", "up", "4000dd", "+1", "5000ee"},
        {"G1", "up", "", "2000bb+2", "1000aa 3000cc 2000bb 4000dd 5000ee"},
        {"G1", "up", "5000ee", "1000aa", ""},
        {"G1", "down", "5000ee", "base", "5000ee 4000dd 2000bb 3000cc 1000aa"},
        {"G1", "down", "5000ee", "2000bb", "5000ee 4000dd"},
        {"G1", "down", "5000ee", "-1", "5000ee"},
        {"G1", "down", "5000ee", "-3", "ERR Ambiguous walk"},
        {"G1", "down", "2000bb", "base", "2000bb 1000aa"},
        {"G1", "down", "4000dd", "3000cc", "4000dd"},
        {"G1", "down", "2000bb", "5000ee",
         "ERR Revision Nothing to drop is not an ancestor of revision ('2000bb',)"},
        {"G1", "walk", "base", "heads", "5000ee 4000dd 2000bb 3000cc 1000aa"},
        {"G1", "walk", "2000bb", "heads", "5000ee 4000dd 2000bb"},
        {"G1", "walk", "base", "4000dd", "4000dd 2000bb 3000cc 1000aa"},
        {"G1", "walk", "5000ee", "2000bb",
         "ERR Revision 5000ee is not an ancestor of revision 2000bb"},
        {"G1", "walk", "3000cc", "2000bb",
         "ERR Revision 3000cc is not an ancestor of revision 2000bb"},
        {"G2", "get", "head", "",
         "ERR Multiple heads are present for given argument 'head'; 4000dd, 5000ee, 7000aa"},
        {"G2", "get", "heads", "", "4000dd 5000ee 7000aa"},
        {"G2", "get", "feature@head", "", "5000ee"},
        {"G2", "get", "other@head", "", "7000aa"},
        {"G2", "get", "feature@base", "", ""},
        {"G2", "get", "feature", "", "3000cc"},
        {"G2", "get", "other@-1", "", "6000ff"},
        {"G2", "get", "feature@4000dd", "",
         "ERR Revision 4000dd is not a member of branch 'feature'"},
        {"G2", "get", "7000", "", "7000aa"},
        {"G2", "get", "nope", "", "ERR No such revision or branch 'nope'"},
        {"G2", "get", "abc", "",
         "ERR No such revision or branch 'abc'; please ensure at least four characters are present "
         "for partial revision identifier matches"},
        {"G2", "up", "", "heads", "1000aa 2000bb 3000cc 5000ee 6000ff 7000aa 4000dd"},
        {"G2", "up", "", "feature@head", "1000aa 3000cc 5000ee"},
        {"G2", "up", "", "other@head", "1000aa 2000bb 6000ff 7000aa"},
        {"G2", "up", "4000dd", "heads", "6000ff 7000aa 3000cc 5000ee"},
        {"G2", "up", "2000bb", "feature@+1", "3000cc"},
        {"G2", "up", "", "head",
         "ERR Multiple heads are present for given argument 'head'; 4000dd, 5000ee, 7000aa"},
        {"G2", "up", "1000aa", "+1", "ERR Ambiguous walk"},
        {"G2", "down", "4000dd 5000ee 7000aa", "base",
         "4000dd 7000aa 6000ff 5000ee 3000cc 2000bb 1000aa"},
        {"G2", "down", "4000dd 5000ee 7000aa", "feature@base",
         "4000dd 7000aa 6000ff 5000ee 3000cc 2000bb 1000aa"},
        {"G2", "down", "4000dd 5000ee 7000aa", "2000bb", "4000dd"},
        {"G2", "down", "4000dd 5000ee 7000aa", "feature@-1", "5000ee"},
        {"G2", "down", "4000dd 7000aa", "1000aa", "4000dd 7000aa 6000ff 2000bb"},
        {"G2", "walk", "base", "heads", "4000dd 7000aa 6000ff 5000ee 3000cc 2000bb 1000aa"},
        {"G2", "walk", "base", "feature@head", "5000ee 3000cc 1000aa"},
        {"G2", "walk", "base", "head",
         "ERR Multiple heads are present for given argument 'head'; 4000dd, 5000ee, 7000aa"},
        {"G3", "get", "abcd", "",
         "ERR Multiple revisions start with 'abcd': 'abcd01', 'abcd02'..."},
        {"G3", "get", "abc", "", "ERR Multiple revisions start with 'abc': 'abcd01', 'abcd02'..."},
        {"G3", "get", "beef", "", "beef03"},
        {"G3", "get", "abcd0", "",
         "ERR Multiple revisions start with 'abcd0': 'abcd01', 'abcd02'..."},
        {"G3", "get", "abcd02", "", "abcd02"},
        {"G3", "walk", "abcd", "heads",
         "ERR Multiple revisions start with 'abcd': 'abcd01', 'abcd02'..."},
        {"G3", "up", "", "abcd", "ERR Multiple revisions start with 'abcd': 'abcd01', 'abcd02'..."},
    };
    for (const Row &r : rows)
        QTest::addRow("%s %s %s %s", r.graph, r.kind, r.a, r.b)
            << QString::fromLatin1(r.graph) << QString::fromLatin1(r.kind)
            << QString::fromLatin1(r.a) << QString::fromLatin1(r.b)
            << QString::fromLatin1(r.expected);
}

void TestMigrateGraph::alembicParity()
{
    QFETCH(QString, graph);
    QFETCH(QString, kind);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    const RevisionGraph g = graphOf(graph == "G1" ? g1 : graph == "G2" ? g2 : g3);
    QCOMPARE(runQuery(g, kind, a, b), expected);
}

void TestMigrateGraph::commandMessages()
{
    const RevisionGraph g2graph = graphOf(g2);
    Result<int> head = g2graph.revisionFor("head");
    QVERIFY(!head);
    QCOMPARE(head.error().message,
             QStringLiteral("Multiple head revisions are present for given argument 'head'; please "
                            "specify a specific target revision, '<branchname>@head' to narrow to "
                            "a specific head, or 'heads' for all heads"));
    QCOMPARE(head.error().code, QStringLiteral("multiple-heads"));
    QVERIFY(head.error().detail.contains("4000dd, 5000ee, 7000aa"));

    Result<int> missing = g2graph.revisionFor("9999");
    QCOMPARE(missing.error().message, QStringLiteral("Can't locate revision identified by '9999'"));

    const RevisionGraph g3graph = graphOf(g3);
    Result<int> ambiguous = g3graph.revisionFor("abcd");
    QCOMPARE(ambiguous.error().message,
             QStringLiteral("Multiple revisions start with 'abcd': 'abcd01', 'abcd02'..."));
    QCOMPARE(ambiguous.error().code, QStringLiteral("ambiguous"));

    const RevisionGraph g1graph = graphOf(g1);
    const RevisionIterator it(g1graph);
    Result<QList<int>> range = it.walkRevisions("5000ee", "2000bb");
    QCOMPARE(range.error().message,
             QStringLiteral("Requested range 5000ee:2000bb does not refer to ancestor/descendant "
                            "revisions along the same branch"));
    Result<QList<int>> down = it.downgradePath({"2000bb"}, "5000ee");
    QCOMPARE(down.error().message,
             QStringLiteral("Destination 5000ee is not a valid downgrade target from current "
                            "head(s)"));
    Result<QList<int>> walk = RevisionIterator(g2graph).walkRevisions("base", "head");
    QVERIFY(walk.error().message.startsWith(
        "Multiple head revisions are present for given argument 'head'"));
}

void TestMigrateGraph::buildErrors_data()
{
    QTest::addColumn<QList<Spec>>("specs");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    // Texts as Alembic 1.8 raises them (see alembic/script/revision.py).
    QTest::newRow("cycle without base") << QList<Spec>{{"a", {"c"}}, {"b", {"a"}}, {"c", {"b"}}}
                                        << "Cycle is detected in revisions (a, b, c)"
                                        << "cycle";
    QTest::newRow("dependency cycle")
        << QList<Spec>{{"a", {}}, {"b", {"a"}, {}, {"d"}}, {"c", {"b"}}, {"d", {"c"}}}
        << "Dependency cycle is detected in revisions (a, b, c, d)"
        << "cycle";
    QTest::newRow("illegal character") << QList<Spec>{{"a", {}}, {"a-1", {"a"}}}
                                       << "Character(s) '-' not allowed in revision identifier "
                                          "'a-1'"
                                       << "id";
    QTest::newRow("self loop") << QList<Spec>{{"a", {"a"}}}
                               << "Self-loop is detected in revisions (a)"
                               << "cycle";
    QTest::newRow("dependency self loop")
        << QList<Spec>{{"a", {}, {}, {"a"}}} << "Dependency self-loop is detected in revisions (a)"
        << "cycle";
    QTest::newRow("label clash") << QList<Spec>{{"a", {}, {"x"}}, {"b", {"a"}, {"x"}}}
                                 << "Branch name 'x' in revision b already used by revision a"
                                 << "branch-label";
    QTest::newRow("missing parent")
        << QList<Spec>{{"a", {}}, {"b", {"zzz"}}} << "Revision zzz referenced from b is not present"
        << "missing-parent";
    QTest::newRow("missing dependency") << QList<Spec>{{"a", {}}, {"b", {"a"}, {}, {"nolabel"}}}
                                        << "Dependency nolabel referenced from b is not present"
                                        << "missing-dependency";
    QTest::newRow("duplicate id") << QList<Spec>{{"a", {}}, {"a", {}}}
                                  << "Revision a is present more than once"
                                  << "duplicate";
}

void TestMigrateGraph::buildErrors()
{
    QFETCH(QList<Spec>, specs);
    QFETCH(QString, message);
    QFETCH(QString, code);
    Result<RevisionGraph> g = RevisionGraph::build(revisionsOf(specs));
    QVERIFY(!g);
    QCOMPARE(g.error().message, message);
    QCOMPARE(g.error().code, code);
}

void TestMigrateGraph::errorPositions()
{
    QList<Revision> revs = revisionsOf({{"a", {}}, {"b", {"a"}}, {"c", {"nothere"}}});
    revs[2].path = "/tmp/versions/c_add.py";
    revs[2].downRevisionPosition = {15, 17};
    Result<RevisionGraph> g = RevisionGraph::build(revs);
    QVERIFY(!g);
    QCOMPARE(g.error().toString(),
             QStringLiteral("/tmp/versions/c_add.py:15:17: Revision nothere referenced from c is "
                            "not present"));

    QList<Revision> dup = revisionsOf({{"a", {}}, {"a", {}}});
    dup[0].path = "/v/one.py";
    dup[1].path = "/v/two.py";
    dup[1].idPosition = {12, 12};
    g = RevisionGraph::build(dup);
    QCOMPARE(g.error().message,
             QStringLiteral("Revision a is present more than once (in /v/one.py and /v/two.py)"));
    QCOMPARE(g.error().source, QStringLiteral("/v/two.py"));
    QCOMPARE(g.error().line, 12);
}

void TestMigrateGraph::cycleMissedByAlembicIsFound()
{
    // Every revision lies between head "e" and base "a", so Alembic's check
    // passes, yet b -> d -> c -> b loops. The loop is named.
    Result<RevisionGraph> g = RevisionGraph::build(
        revisionsOf({{"a", {}}, {"b", {"a", "d"}}, {"c", {"b"}}, {"d", {"c"}}, {"e", {"d"}}}));
    QVERIFY(!g);
    QCOMPARE(g.error().message, QStringLiteral("Cycle is detected in revisions (b, c, d)"));
    QVERIFY2(g.error().detail.contains(QLatin1String("The loop: ")), qPrintable(g.error().detail));
}

void TestMigrateGraph::longChain()
{
    // Deep enough that any recursion per revision would be a risk; timed
    // loosely so that an accidental quadratic walk fails.
    QElapsedTimer timer;
    timer.start();
    QList<Revision> revs;
    const int n = 5000;
    for (int i = 0; i < n; ++i)
        revs << Revision::make(
            QStringLiteral("r%1").arg(i, 5, 10, QLatin1Char('0')),
            i ? QStringList{QStringLiteral("r%1").arg(i - 1, 5, 10, QLatin1Char('0'))}
              : QStringList{});
    Result<RevisionGraph> built = RevisionGraph::build(revs);
    QVERIFY(built);
    const RevisionGraph &g = built.value();
    const RevisionIterator it(g);
    Result<QList<int>> all = it.walkRevisions();
    QVERIFY(all);
    QCOMPARE(all->size(), n);
    QCOMPARE(g.id(all->first()), QStringLiteral("r04999"));
    QCOMPARE(g.id(all->last()), QStringLiteral("r00000"));

    Result<QList<int>> up = it.upgradePath({}, "head");
    QVERIFY(up);
    QCOMPARE(up->size(), n);
    QCOMPARE(g.id(up->first()), QStringLiteral("r00000"));
    Result<QList<int>> down = it.downgradePath({"r04999"}, "base");
    QVERIFY(down);
    QCOMPARE(down->size(), n);
    QCOMPARE(g.id(down->first()), QStringLiteral("r04999"));
    Result<QList<int>> partial = it.upgradePath({"r01000"}, "r03000");
    QCOMPARE(partial->size(), 2000);
    Result<QList<int>> relative = it.upgradePath({"r01000"}, "+10");
    QCOMPARE(g.id(relative->last()), QStringLiteral("r01010"));
    Result<QList<int>> back = g.revisions("-4999");
    QCOMPARE(g.id(back->first()), QStringLiteral("r00000"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestMigrateGraph::wideHistory()
{
    // 50 branches off one base, each 20 long, merged back in pairs: ordering
    // must still be a valid topological order (children before parents).
    QList<Spec> specs{{"base0", {}}};
    QStringList tips;
    for (int b = 0; b < 50; ++b) {
        QString prev = "base0";
        for (int i = 0; i < 20; ++i) {
            const QString id = QStringLiteral("b%1x%2").arg(b).arg(i);
            specs << Spec{id, {prev}};
            prev = id;
        }
        tips << prev;
    }
    for (int m = 0; m + 1 < tips.size(); m += 2)
        specs << Spec{QStringLiteral("merge%1").arg(m), {tips[m], tips[m + 1]}};
    const RevisionGraph g = graphOf(specs);
    QCOMPARE(g.heads().size(), 25);
    Result<QList<int>> all = RevisionIterator(g).walkRevisions();
    QVERIFY(all);
    QCOMPARE(all->size(), g.size());
    QList<int> position(g.size());
    for (int i = 0; i < all->size(); ++i)
        position[all->at(i)] = i;
    for (int r = 0; r < g.size(); ++r)
        for (int down : g.downRevisions(r))
            QVERIFY(position[r] < position[down]);
}

QTEST_GUILESS_MAIN(TestMigrateGraph)
#include "test_migrate_graph.moc"
