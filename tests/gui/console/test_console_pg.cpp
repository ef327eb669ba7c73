// The query console against the private PostgreSQL cluster: cancelling
// pg_sleep returns within a second and the console runs the next query,
// generate_series streams its first rows while the query runs, the server's
// error position becomes the caret and squiggle, and manual transactions show
// idle / in transaction / failed.
#include "ConsoleTestUtil.h"

#include "tests/pg/driver/PgTestSupport.h"
#include "ui/console/ExplainView.h"
#include "ui/console/MessagesView.h"
#include "ui/console/ResultModel.h"

#include <QAction>

using namespace stratum;
using namespace stratum::ui;
using namespace stratum::test;

class TestConsolePg : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelPgSleepWithinOneSecond();
    void generateSeriesStreamsAndStops();
    void errorPositionFromServer();
    void manualTransactionStates();
    void explainAnalyzeTree();

private:
    IsolatedData m_data;
    std::unique_ptr<testing::TempDatabase> m_db;
    std::shared_ptr<engine::Engine> m_engine;
};

void TestConsolePg::initTestCase()
{
    STRATUM_REQUIRE_PG_URL(admin);
    m_db = std::make_unique<testing::TempDatabase>(admin);
    QVERIFY2(m_db->ok(), "could not create the test database");
    m_engine = makeEngine(m_db->url().toString(false));
}

void TestConsolePg::cancelPgSleepWithinOneSecond()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    console.editor()->setText(QStringLiteral("SELECT pg_sleep(30)"));
    LatencyProbe probe;
    probe.start();
    console.runCurrent();
    QTest::qWait(500);
    QVERIFY(console.isRunning());
    QElapsedTimer clock;
    clock.start();
    console.cancel();
    QVERIFY(waitIdle(console, 5000));
    const qint64 stopMs = clock.elapsed();
    const qint64 gap = probe.stop();
    qInfo("pg_sleep cancelled after %lld ms; longest UI stall %lld ms", stopMs, gap);
    QVERIFY2(stopMs < 1000, qPrintable(QString::number(stopMs)));
    QVERIFY2(gap < 100, qPrintable(QString::number(gap)));
    QVERIFY(!console.editor()->hasErrorMark());
    console.editor()->setText(QStringLiteral("SELECT 1 + 1 AS two"));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.resultModel(0)->cellText(0, 0), QStringLiteral("2"));
}

void TestConsolePg::generateSeriesStreamsAndStops()
{
    ConsoleWidget console(m_engine);
    console.setRowLimit(0);
    QVERIFY(showActive(console));
    // generate_series in the select list produces rows one by one; in FROM
    // the server would materialise all of them before sending the first.
    console.editor()->setText(QStringLiteral(
        "SELECT g, md5(g::text) FROM (SELECT generate_series(1, 10000000) AS g) AS s"));
    LatencyProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    console.runCurrent();
    QVERIFY(QTest::qWaitFor(
        [&] { return console.resultCount() == 1 && console.resultModel(0)->rowCount() > 0; },
        5000));
    const qint64 firstRows = clock.elapsed();
    QVERIFY(console.isRunning());
    QTest::qWait(300);
    QVERIFY(console.isRunning());
    clock.restart();
    console.cancel();
    QVERIFY(waitIdle(console, 5000));
    const qint64 stopMs = clock.elapsed();
    const qint64 gap = probe.stop();
    qInfo("first rows after %lld ms, stopped after %lld ms with %d rows, longest stall %lld ms",
          firstRows, stopMs, console.resultModel(0)->rowCount(), gap);
    QVERIFY2(firstRows < 1000, qPrintable(QString::number(firstRows)));
    QVERIFY2(stopMs < 1000, qPrintable(QString::number(stopMs)));
    QVERIFY2(gap < 100, qPrintable(QString::number(gap)));
    QCOMPARE(console.resultModel(0)->cellText(0, 0), QStringLiteral("1"));
    QVERIFY(console.resultModel(0)->rowCount() < 10000000);
}

void TestConsolePg::errorPositionFromServer()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    const QString text = QStringLiteral(
        "SELECT 1;\n-- the next one fails\nSELECT 'ünï', :p AS p, nosuch FROM pg_class;");
    console.setParameterProvider([](const QStringList &, const QVariantMap &) {
        return std::optional<QVariantMap>(QVariantMap{{QStringLiteral(":p"), QStringLiteral("x")}});
    });
    console.editor()->setText(text);
    console.editor()->setCursorIndex(int(text.size()) - 2);
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.editor()->text(), text);
    const int expected = int(text.indexOf(QLatin1String("nosuch")));
    QCOMPARE(console.editor()->errorMarkStart(), expected);
    QCOMPARE(console.editor()->cursorIndex(), expected);
    const QString messages = console.messages()->plainText();
    QVERIFY2(messages.contains(QLatin1String("does not exist")), qPrintable(messages));
    QVERIFY2(messages.contains(QLatin1String("42703")), qPrintable(messages));
    QVERIFY2(messages.contains(QLatin1String("line 3, column 24")), qPrintable(messages));
}

void TestConsolePg::manualTransactionStates()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    console.editor()->setText(QStringLiteral("CREATE TABLE items (id serial PRIMARY KEY, v text)"));
    QVERIFY(runByKeyboard(console));
    console.autocommitAction()->trigger();
    QVERIFY(waitIdle(console));
    QCOMPARE(console.transactionText(), QStringLiteral("Idle"));

    console.editor()->setText(QStringLiteral("INSERT INTO items (v) VALUES ('gone')"));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.transactionText(), QStringLiteral("In transaction"));
    console.editor()->setText(QStringLiteral("SELECT 1/0"));
    QVERIFY(runByKeyboard(console));
    QVERIFY(console.transactionText().startsWith(QLatin1String("Transaction failed")));
    console.rollbackAction()->trigger();
    QVERIFY(waitIdle(console));
    QCOMPARE(console.transactionText(), QStringLiteral("Idle"));
    QCOMPARE(scalar(*m_engine, QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("0"));

    console.editor()->setText(QStringLiteral("INSERT INTO items (v) VALUES ('kept')"));
    QVERIFY(runByKeyboard(console));
    // Not visible to other connections before the commit.
    QCOMPARE(scalar(*m_engine, QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("0"));
    console.commitAction()->trigger();
    QVERIFY(waitIdle(console));
    QCOMPARE(scalar(*m_engine, QStringLiteral("SELECT string_agg(v, ',') FROM items")),
             QStringLiteral("kept"));
}

void TestConsolePg::explainAnalyzeTree()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    // The filter's selectivity guess (0.5%) is far from the real 50%.
    const QString query = QStringLiteral(
        "SELECT g FROM generate_series(1, 100000) AS g WHERE g % 2 = 0 ORDER BY g DESC");
    console.editor()->setText(query);
    console.explainCurrent(true);
    QVERIFY(waitIdle(console));
    ExplainView *plan = console.planView();
    QVERIFY2(plan, qPrintable(console.messages()->plainText()));
    QTreeWidgetItem *root = plan->topLevelItem(0);
    QCOMPARE(root->text(ExplainView::NodeColumn), QStringLiteral("Sort"));
    QCOMPARE(root->childCount(), 1);
    QTreeWidgetItem *scan = root->child(0);
    QCOMPARE(scan->text(ExplainView::NodeColumn), QStringLiteral("Function Scan"));
    QVERIFY(scan->text(ExplainView::RelationColumn).contains(QLatin1String("generate_series")));
    QVERIFY(!root->text(ExplainView::TimeColumn).isEmpty());
    QVERIFY(plan->misestimatedCount() >= 1);
    QVERIFY(scan->text(ExplainView::ActualRowsColumn).startsWith(QChar(0x26a0)));
    QVERIFY(plan->highlightedCount() >= 1);
    QVERIFY(
        plan->topLevelItem(1)->text(ExplainView::NodeColumn).contains(QLatin1String("execution")));
    // Plain EXPLAIN: estimates only.
    console.explainCurrent(false);
    QVERIFY(waitIdle(console));
    QVERIFY(console.planView());
    QVERIFY(console.planView()->isColumnHidden(ExplainView::TimeColumn));
    QCOMPARE(console.editor()->text(), query);
}

QTEST_MAIN(TestConsolePg)
#include "test_console_pg.moc"
