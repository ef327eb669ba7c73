// The value pane beside the result grid: JSON pretty-printed, bytes as a hex
// dump, long text in full, opening by itself for those and on a double click
// for anything else.
#include "ConsoleTestUtil.h"

#include "ui/common/Appearance.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"
#include "ui/console/ValueViewer.h"

#include <QTableView>
#include <Qsci/qscilexer.h>

using namespace stratum;
using namespace stratum::ui;
using namespace stratum::test;

class TestConsoleValues : public QObject
{
    Q_OBJECT

    IsolatedData m_data;
    QTemporaryDir m_dir;

private slots:
    void hexDumpLayout()
    {
        const QString dump = ValueViewer::hexDump(QByteArray("Hello\0\xff", 7), 1024);
        QCOMPARE(dump, QStringLiteral("00000000  48 65 6c 6c 6f 00 ff") +
                           QString(30, QLatin1Char(' ')) + QStringLiteral("|Hello..|\n"));
        QCOMPARE(ValueViewer::hexDump(QByteArray(40, 'a'), 16).count(QLatin1Char('\n')), 1);
    }

    // The dark palette reaches the editor (paper, text, margins) and the grid,
    // and switching back to light follows at once.
    void darkPaletteReachesEditorAndGrid()
    {
        auto engine = sqliteEngine(m_dir.filePath(QStringLiteral("dark.db")));
        const QPalette original = QApplication::palette();
        QApplication::setPalette(Appearance::darkPalette());
        {
            ConsoleWidget console(engine);
            QVERIFY(showActive(console));
            console.editor()->setText(QStringLiteral("SELECT 1 AS one, 'two' AS two"));
            QVERIFY(runByKeyboard(console));
            QsciLexer *lexer = console.editor()->lexer();
            QVERIFY(lexer);
            QVERIFY2(lexer->defaultPaper().lightness() < 80,
                     qPrintable(lexer->defaultPaper().name()));
            QVERIFY(lexer->defaultColor().lightness() > 150);
            QVERIFY(lexer->paper(0).lightness() < 80);
            QTableView *grid = console.resultView(0)->table();
            QVERIFY(grid->palette().color(QPalette::Base).lightness() < 80);
            QVERIFY(grid->palette().color(QPalette::Text).lightness() > 150);

            QApplication::setPalette(Appearance::lightPalette());
            QTRY_VERIFY(lexer->defaultPaper().lightness() > 200);
            QVERIFY(grid->palette().color(QPalette::Base).lightness() > 200);
        }
        QApplication::setPalette(original);
    }

    // Export as SQL INSERT statements, and the statements load the same rows
    // back into a table named after the file.
    void exportSqlInsertsRoundTrip()
    {
        auto engine = sqliteEngine(m_dir.filePath(QStringLiteral("inserts.db")));
        ConsoleWidget console(engine);
        QVERIFY(showActive(console));
        console.editor()->setText(QStringLiteral(
            "CREATE TABLE src (id INTEGER PRIMARY KEY, name TEXT, price REAL, raw BLOB);\n"
            "INSERT INTO src VALUES (1, 'O''Brien; \"quoted\"', 2.5, x'00ff'), (2, NULL, NULL, "
            "NULL);\n"
            "SELECT id, name, price, raw FROM src ORDER BY id;"));
        QVERIFY(runByKeyboard(console, true));
        QCOMPARE(console.resultCount(), 1);
        const QString path = m_dir.filePath(QStringLiteral("copy.sql"));
        QSignalSpy done(&console, &ConsoleWidget::exportFinished);
        QVERIFY(console.exportResult(0, path));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.at(0).at(0).toLongLong(), qint64(2));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray sql = f.readAll();
        QCOMPARE(sql,
                 QByteArray("INSERT INTO \"copy\" (\"id\", \"name\", \"price\", \"raw\") VALUES "
                            "(1, 'O''Brien; \"quoted\"', 2.5, X'00ff');\n"
                            "INSERT INTO \"copy\" (\"id\", \"name\", \"price\", \"raw\") VALUES "
                            "(2, NULL, NULL, NULL);\n"));
        auto h = engine->connect();
        QVERIFY(h);
        QVERIFY(h.value().execute(QStringLiteral(
            "CREATE TABLE copy (id INTEGER PRIMARY KEY, name TEXT, price REAL, raw BLOB)")));
        QVERIFY(h.value().execute(QString::fromUtf8(sql)));
        h.value().release();
        QCOMPARE(scalar(*engine, QStringLiteral("SELECT count(*) FROM copy c JOIN src s ON s.id = "
                                                "c.id AND s.name IS c.name AND s.price IS c.price "
                                                "AND s.raw IS c.raw")),
                 QStringLiteral("2"));
    }

    void paneShowsJsonBytesAndLongText()
    {
        auto engine = sqliteEngine(m_dir.filePath(QStringLiteral("values.db")));
        ConsoleWidget console(engine);
        QVERIFY(showActive(console));
        console.editor()->setText(QStringLiteral(
            "CREATE TABLE docs (id INTEGER PRIMARY KEY, body JSON, raw BLOB, note TEXT);\n"
            "INSERT INTO docs VALUES (1, '{\"a\":[1,2],\"b\":\"x\"}', x'48656c6c6f00ff', 'short'),"
            " (2, NULL, NULL, printf('%.300c', 'y'));\n"
            "SELECT id, body, raw, note FROM docs ORDER BY id;"));
        QVERIFY(runByKeyboard(console, true));
        QCOMPARE(console.resultCount(), 1);
        ResultView *view = console.resultView(0);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QVERIFY(!view->isValueViewerVisible());
        QTableView *table = view->table();

        // A plain short cell does not open the pane.
        table->setCurrentIndex(view->model()->index(0, 3));
        QVERIFY(!view->isValueViewerVisible());
        // JSON opens it, pretty-printed.
        table->setCurrentIndex(view->model()->index(0, 1));
        QVERIFY(view->isValueViewerVisible());
        QVERIFY2(view->valueViewer()->text().contains(QLatin1String("\"a\": [\n")),
                 qPrintable(view->valueViewer()->text()));
        QVERIFY(view->valueViewer()->caption().contains(QLatin1String("body")));
        // Bytes as a hex dump.
        table->setCurrentIndex(view->model()->index(0, 2));
        QVERIFY(view->valueViewer()->text().startsWith(
            QLatin1String("00000000  48 65 6c 6c 6f 00 ff")));
        QVERIFY(view->valueViewer()->caption().contains(QLatin1String("7 bytes")));
        // Long text in full; NULL as NULL while the pane is open.
        table->setCurrentIndex(view->model()->index(1, 3));
        QCOMPARE(view->valueViewer()->text(), QString(300, QLatin1Char('y')));
        table->setCurrentIndex(view->model()->index(1, 1));
        QCOMPARE(view->valueViewer()->text(), QStringLiteral("NULL"));

        // Closed, it stays closed until a double click.
        emit view->valueViewer()->closeRequested();
        QVERIFY(!view->isValueViewerVisible());
        table->setCurrentIndex(view->model()->index(0, 1));
        QVERIFY(!view->isValueViewerVisible());
        const QRect cell = table->visualRect(view->model()->index(0, 0));
        // A real double click starts with a press (the view checks it).
        QTest::mousePress(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(view->isValueViewerVisible());
        QCOMPARE(view->valueViewer()->text(), QStringLiteral("1"));
    }
};

QTEST_MAIN(TestConsoleValues)
#include "test_console_values.moc"
