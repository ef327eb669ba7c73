// The query console on real SQLite files, driven through its widgets offscreen:
// Ctrl+Return runs the statement under the caret or the selection,
// Ctrl+Shift+Return runs the script and keeps every result set, results stream
// while the UI stays responsive, Stop interrupts, errors point at their
// position, manual transactions commit and roll back, parameters are asked
// once and remembered.
#include "ConsoleTestUtil.h"

#include "ui/console/MessagesView.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"

#include <QAction>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace stratum;
using namespace stratum::ui;
using namespace stratum::test;

namespace {

// A recursive CTE yielding n rows without any table.
QString counting(qint64 n)
{
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x "
                          "< %1) SELECT x, x * 2 AS doubled, 'row ' || x AS label FROM c")
        .arg(n);
}

}  // namespace

class TestConsoleSqlite : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ctrlEnterRunsStatementUnderCursor();
    void selectionRunsSelection();
    void scriptKeepsEveryResultSet();
    void errorMovesCursorAndKeepsText();
    void syntaxErrorInLaterStatementOfScript();
    void streamingShowsFirstRowsAndStopWorks();
    void stopInterruptsLongStatement();
    void rowLimitPausesAndFetchesMore();
    void manualTransactionRollbackAndCommit();
    void parametersAskedOnceAndRemembered();
    void closingWhileRunningDropsLateResults();

private:
    IsolatedData m_data;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<engine::Engine> m_engine;
};

void TestConsoleSqlite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_engine = sqliteEngine(m_dir->filePath(QStringLiteral("console.db")));
}

void TestConsoleSqlite::cleanup()
{
    m_engine.reset();
    m_dir.reset();
}

void TestConsoleSqlite::ctrlEnterRunsStatementUnderCursor()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    const QString text = QStringLiteral("SELECT 1 AS a;\nSELECT 2 AS b, 'two' AS c;\nSELECT 3;\n");
    console.editor()->setText(text);
    console.editor()->setCursorIndex(int(text.indexOf(QLatin1String("'two'"))));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.resultCount(), 1);
    ResultModel *m = console.resultModel(0);
    QCOMPARE(m->columnCount(), 2);
    QCOMPARE(m->rowCount(), 1);
    QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("b"));
    QCOMPARE(m->data(m->index(0, 0)).toString(), QStringLiteral("2"));
    QCOMPARE(m->data(m->index(0, 1)).toString(), QStringLiteral("two"));
    QCOMPARE(console.resultTabs()->currentWidget(), console.resultView(0));
    QCOMPARE(console.editor()->text(), text);
    QVERIFY(console.messages()->plainText().contains(QLatin1String("SELECT 2 AS b")));
}

void TestConsoleSqlite::selectionRunsSelection()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    const QString text = QStringLiteral("SELECT 10 AS x UNION ALL SELECT 20 AS x");
    console.editor()->setText(text);
    const int from = int(text.indexOf(QLatin1String("SELECT 20")));
    console.editor()->SendScintilla(QsciScintillaBase::SCI_SETSEL,
                                    console.editor()->bytePosition(from),
                                    console.editor()->bytePosition(int(text.size())));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.resultCount(), 1);
    QCOMPARE(console.resultModel(0)->rowCount(), 1);
    QCOMPARE(console.resultModel(0)->cellText(0, 0), QStringLiteral("20"));
}

void TestConsoleSqlite::scriptKeepsEveryResultSet()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    console.editor()->setText(
        QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL);\n"
                       "INSERT INTO t (name, score) VALUES ('a', 1.5), ('b', NULL), ('c', 3);\n"
                       "SELECT * FROM t ORDER BY id;\n"
                       "-- a comment between statements; with a semicolon\n"
                       "SELECT count(*) AS n FROM t;\n"
                       "SELECT name FROM t WHERE score IS NULL;\n"));
    QVERIFY(runByKeyboard(console, true));
    QCOMPARE(console.resultCount(), 3);
    QCOMPARE(console.resultModel(0)->rowCount(), 3);
    QCOMPARE(console.resultModel(1)->rowCount(), 1);
    QCOMPARE(console.resultModel(1)->cellText(0, 0), QStringLiteral("3"));
    QCOMPARE(console.resultModel(2)->cellText(0, 0), QStringLiteral("b"));
    // NULL is shown distinctly, numbers right-aligned.
    ResultModel *m = console.resultModel(0);
    QCOMPARE(m->data(m->index(1, 2)).toString(), QStringLiteral("NULL"));
    QVERIFY(m->data(m->index(1, 2), ResultModel::IsNullRole).toBool());
    QVERIFY(m->data(m->index(1, 2), Qt::FontRole).value<QFont>().italic());
    const auto align = Qt::Alignment(m->data(m->index(0, 0), Qt::TextAlignmentRole).toInt());
    QVERIFY(align & Qt::AlignRight);
    // One result tab per result set plus Messages and History; messages hold
    // every statement.
    QCOMPARE(console.resultTabs()->count(), 5);
    const QString messages = console.messages()->plainText();
    QVERIFY2(messages.contains(QLatin1String("3 row(s) affected")), qPrintable(messages));
    QCOMPARE(messages.count(QChar(0x2713)), 5);
}

void TestConsoleSqlite::errorMovesCursorAndKeepsText()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    const QString text = QStringLiteral("SELECT 1;\nSELECT 'é', nosuch_column FROM sqlite_schema;");
    console.editor()->setText(text);
    console.editor()->setCursorIndex(int(text.size()));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.editor()->text(), text);
    const int expected = int(text.indexOf(QLatin1String("nosuch_column")));
    QVERIFY(console.editor()->hasErrorMark());
    QCOMPARE(console.editor()->errorMarkStart(), expected);
    QCOMPARE(console.editor()->cursorIndex(), expected);
    QCOMPARE(console.resultTabs()->currentWidget(), console.messages());
    const QString messages = console.messages()->plainText();
    QVERIFY2(messages.contains(QLatin1String("no such column")), qPrintable(messages));
    QVERIFY2(messages.contains(QLatin1String("line 2, column 13")), qPrintable(messages));
    // Typing clears the squiggle; the console runs again.
    console.editor()->insert(QStringLiteral(" "));
    QVERIFY(!console.editor()->hasErrorMark());
}

void TestConsoleSqlite::syntaxErrorInLaterStatementOfScript()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    const QString text = QStringLiteral("SELECT 1;\n\nSELECT 2;\nSELECT * FORM t;\nSELECT 4;");
    console.editor()->setText(text);
    QVERIFY(runByKeyboard(console, true));
    QCOMPARE(console.resultCount(), 2);  // the script stops at the error
    QCOMPARE(console.editor()->errorMarkStart(), int(text.indexOf(QLatin1String("FORM"))));
    QCOMPARE(console.editor()->text(), text);
}

void TestConsoleSqlite::streamingShowsFirstRowsAndStopWorks()
{
    ConsoleWidget console(m_engine);
    console.setRowLimit(0);  // no limit: stream until stopped
    QVERIFY(showActive(console));
    console.editor()->setText(counting(10000000));
    LatencyProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    console.runCurrent();
    QVERIFY(console.isRunning());
    QVERIFY(QTest::qWaitFor(
        [&] { return console.resultCount() == 1 && console.resultModel(0)->rowCount() > 0; },
        5000));
    const qint64 firstRows = clock.elapsed();
    qInfo("first rows after %lld ms", firstRows);
    QVERIFY2(firstRows < 1000, qPrintable(QString::number(firstRows)));
    QVERIFY(console.isRunning());
    QTest::qWait(400);  // keep streaming for a while
    QVERIFY(console.isRunning());
    const qint64 whileStreaming = console.resultModel(0)->rowCount();
    QVERIFY(whileStreaming > 200);
    QVERIFY(console.cancelAction()->isEnabled());
    clock.restart();
    console.cancelAction()->trigger();
    QVERIFY(waitIdle(console, 5000));
    const qint64 stopMs = clock.elapsed();
    const qint64 gap = probe.stop();
    qInfo("stopped after %lld ms; %d rows kept; longest UI stall %lld ms", stopMs,
          console.resultModel(0)->rowCount(), gap);
    QVERIFY2(stopMs < 1000, qPrintable(QString::number(stopMs)));
    QVERIFY2(gap < 100, qPrintable(QString::number(gap)));
    QVERIFY(console.resultModel(0)->rowCount() < 10000000);
    QCOMPARE(console.resultModel(0)->cellText(0, 2), QStringLiteral("row 1"));
    // The console (and its connection) is usable at once.
    console.editor()->setText(QStringLiteral("SELECT 42"));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.resultModel(0)->cellText(0, 0), QStringLiteral("42"));
}

void TestConsoleSqlite::stopInterruptsLongStatement()
{
    // An aggregate over 200 million generated rows produces no row for a long
    // time: only sqlite3_interrupt can stop it.
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    console.editor()->setText(QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000000) "
        "SELECT count(*) FROM c"));
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
    qInfo("interrupted after %lld ms; longest UI stall %lld ms", stopMs, gap);
    QVERIFY2(stopMs < 1000, qPrintable(QString::number(stopMs)));
    QVERIFY2(gap < 100, qPrintable(QString::number(gap)));
    QVERIFY2(console.messages()->plainText().contains(QLatin1String("Stopped")),
             qPrintable(console.messages()->plainText()));
    QVERIFY(!console.editor()->hasErrorMark());
    console.editor()->setText(QStringLiteral("SELECT 'still fine'"));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.resultModel(0)->cellText(0, 0), QStringLiteral("still fine"));
}

void TestConsoleSqlite::rowLimitPausesAndFetchesMore()
{
    ConsoleWidget console(m_engine);
    console.setRowLimit(1000);
    QVERIFY(showActive(console));
    console.editor()->setText(counting(2500));
    console.runCurrent();
    QVERIFY(QTest::qWaitFor(
        [&] { return console.resultCount() == 1 && console.resultView(0)->isLimitBarVisible(); },
        5000));
    QCOMPARE(console.resultModel(0)->rowCount(), 1000);
    QVERIFY(console.isRunning());  // paused, holding the stream
    console.runner()->fetchMore();
    QVERIFY(QTest::qWaitFor([&] { return console.resultModel(0)->rowCount() == 2000; }, 5000));
    console.runner()->stopFetching();
    QVERIFY(waitIdle(console, 5000));
    QCOMPARE(console.resultModel(0)->rowCount(), 2000);
    QVERIFY(console.resultModel(0)->moreAvailable());
    QVERIFY(console.messages()->plainText().contains(QLatin1String("more were not fetched")));
    // Exactly at the limit: nothing more exists, so no pause.
    console.editor()->setText(counting(1000));
    console.runCurrent();
    QVERIFY(waitIdle(console, 5000));
    QCOMPARE(console.resultModel(0)->rowCount(), 1000);
    QVERIFY(!console.resultModel(0)->moreAvailable());
}

void TestConsoleSqlite::manualTransactionRollbackAndCommit()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    console.editor()->setText(
        QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, v TEXT)"));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.transactionText(), QStringLiteral("Idle"));
    QVERIFY(!console.commitAction()->isEnabled());

    console.autocommitAction()->trigger();  // off
    QVERIFY(waitIdle(console));
    QVERIFY(!console.runner()->autocommit());
    QCOMPARE(console.transactionText(), QStringLiteral("Idle"));

    console.editor()->setText(QStringLiteral("INSERT INTO items (v) VALUES ('rolled back')"));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.transactionText(), QStringLiteral("In transaction"));
    QVERIFY(console.rollbackAction()->isEnabled());
    QVERIFY(!console.autocommitAction()->isEnabled());  // not while a transaction is open
    console.rollbackAction()->trigger();
    QVERIFY(waitIdle(console));
    QCOMPARE(console.transactionText(), QStringLiteral("Idle"));
    QCOMPARE(scalar(*m_engine, QStringLiteral("SELECT count(*) FROM items")), QStringLiteral("0"));

    console.editor()->setText(QStringLiteral("INSERT INTO items (v) VALUES ('kept')"));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(console.transactionText(), QStringLiteral("In transaction"));
    console.commitAction()->trigger();
    QVERIFY(waitIdle(console));
    QCOMPARE(console.transactionText(), QStringLiteral("Idle"));
    QCOMPARE(scalar(*m_engine, QStringLiteral("SELECT group_concat(v) FROM items")),
             QStringLiteral("kept"));

    console.autocommitAction()->trigger();  // back on
    QVERIFY(waitIdle(console));
    QVERIFY(console.runner()->autocommit());
    QCOMPARE(console.transactionText(), QStringLiteral("Idle"));
}

void TestConsoleSqlite::parametersAskedOnceAndRemembered()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    int asked = 0;
    QStringList askedNames;
    QVariantMap lastRemembered;
    console.setParameterProvider([&](const QStringList &names, const QVariantMap &remembered) {
        ++asked;
        askedNames = names;
        lastRemembered = remembered;
        QVariantMap v;
        v.insert(QStringLiteral(":n"), QStringLiteral("7"));
        v.insert(QStringLiteral("$1"), QVariant());  // NULL
        return std::optional<QVariantMap>(v);
    });
    console.editor()->setText(
        QStringLiteral("SELECT :n AS a, :n || '!' AS b, $1 IS NULL AS c, ':not' AS d"));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(asked, 1);
    QCOMPARE(askedNames, (QStringList{QStringLiteral("$1"), QStringLiteral(":n")}));
    ResultModel *m = console.resultModel(0);
    QVERIFY(m);
    QCOMPARE(m->cellText(0, 0), QStringLiteral("7"));
    QCOMPARE(m->cellText(0, 1), QStringLiteral("7!"));
    QCOMPARE(m->cellText(0, 2), QStringLiteral("1"));
    QCOMPARE(m->cellText(0, 3), QStringLiteral(":not"));
    QVERIFY(runByKeyboard(console));
    QCOMPARE(asked, 2);
    QCOMPARE(lastRemembered.value(QStringLiteral(":n")).toString(), QStringLiteral("7"));
    QVERIFY(lastRemembered.contains(QStringLiteral("$1")));
}

void TestConsoleSqlite::closingWhileRunningDropsLateResults()
{
    auto console = std::make_unique<ConsoleWidget>(m_engine);
    console->setRowLimit(0);
    console->editor()->setText(counting(10000000));
    console->runCurrent();
    QVERIFY(QTest::qWaitFor([&] { return console->resultCount() == 1; }, 5000));
    QElapsedTimer clock;
    clock.start();
    console.reset();  // must not wait for the worker
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    QTest::qWait(300);  // late batches arrive at nobody
    // The connection went back to the pool once the worker noticed.
    QVERIFY(QTest::qWaitFor([&] { return m_engine->statistics().checkedOut == 0; }, 5000));
}

QTEST_MAIN(TestConsoleSqlite)
#include "test_console_sqlite.moc"
