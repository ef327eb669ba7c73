// Row editing in the query console on PostgreSQL (STRATUM_TEST_PG_URL), with
// Chinook loaded into a database of its own: edits in two grids commit in
// foreign-key order in one transaction, a unique violation keeps every edit
// and shows the server's detail at the row, identity keys and defaults come
// back after the commit, deletes revert and commit, the production guard sees
// the SQL, and an open console transaction holds the commit back.
#include "RowEditTestUtil.h"

#include "tests/pg/driver/PgTestSupport.h"
#include "ui/console/ConsoleToolBar.h"
#include "ui/console/MessagesView.h"

#include <QAction>
#include <QFile>
#include <QTableView>
#include <QTreeWidget>

using namespace stratum;
using namespace stratum::ui;
using namespace stratum::test;

class TestConsoleRowEditPg : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void editsTwoTablesAndCommitsInDependencyOrder();
    void uniqueViolationKeepsEditsThenFixCommits();
    void identityAndDefaultsShownAfterCommit();
    void deleteRevertThenCommit();
    void productionGuardSeesTheSql();
    void openConsoleTransactionHoldsCommitBack();
    void joinIsReadOnly();

private:
    QString exec(const QString &sql);

    IsolatedData m_data;
    std::unique_ptr<testing::TempDatabase> m_db;
    std::shared_ptr<engine::Engine> m_engine;
};

QString TestConsoleRowEditPg::exec(const QString &sql)
{
    Result<engine::ConnectionHandle> h = m_engine->connect(QStringLiteral("test"));
    if (!h)
        return h.error().message;
    Result<engine::ExecResult> r = h.value().execute(sql);
    return r ? QString() : r.error().message;
}

void TestConsoleRowEditPg::initTestCase()
{
    STRATUM_REQUIRE_PG_URL(admin);
    m_db = std::make_unique<testing::TempDatabase>(admin);
    QVERIFY2(m_db->ok(), "could not create the test database");
    m_engine = makeEngine(m_db->url().toString(false));
    QFile fixture(
        QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_PostgreSql.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QString sql = QString::fromUtf8(fixture.readAll());
    const qsizetype connect = sql.indexOf(QLatin1String("\\c chinook;"));
    QVERIFY(connect >= 0);
    sql = sql.mid(connect + qsizetype(qstrlen("\\c chinook;")));
    QCOMPARE(exec(sql), QString());
    QCOMPARE(exec("CREATE TABLE note (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text "
                  "NOT NULL, created date NOT NULL DEFAULT DATE '2024-05-01', flag boolean "
                  "DEFAULT true, score numeric(6,2))"),
             QString());
}

void TestConsoleRowEditPg::cleanupTestCase()
{
    if (m_engine)
        m_engine->pool().dispose();
    m_engine.reset();
    m_db.reset();
}

void TestConsoleRowEditPg::editsTwoTablesAndCommitsInDependencyOrder()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    // One grid names the schema, the other does not: one table all the same.
    QVERIFY(runForEditing(console,
                          QStringLiteral("SELECT * FROM public.album WHERE album_id <= 5 ORDER BY "
                                         "album_id;\nSELECT * FROM artist WHERE artist_id <= 5 "
                                         "ORDER BY artist_id;")));
    ResultModel &albums = *console.resultModel(0);
    ResultModel &artists = *console.resultModel(1);
    QVERIFY(albums.editLayer());
    QVERIFY(artists.editLayer());

    QVERIFY(setCell(albums, 1, "title", QStringLiteral("Balls to the Wall (Deluxe)")));
    QVERIFY(setCell(artists, 2, "name", QStringLiteral("Aerosmith & Friends")));
    const int albumRow = albums.editLayer()->insertRow();
    QVERIFY(setCell(albums, albumRow, "album_id", QStringLiteral("5001")));
    QVERIFY(setCell(albums, albumRow, "title", QStringLiteral("First Light")));
    QVERIFY(setCell(albums, albumRow, "artist_id", QStringLiteral("5000")));
    const int artistRow = artists.editLayer()->insertRow();
    QVERIFY(setCell(artists, artistRow, "artist_id", QStringLiteral("5000")));
    QVERIFY(setCell(artists, artistRow, "name", QStringLiteral("Northern Lights")));

    console.showReview(true);
    const QString sql = console.reviewPanel()->sqlText();
    const qsizetype artistInsert = sql.indexOf(QLatin1String("INSERT INTO \"artist\""));
    const qsizetype albumInsert = sql.indexOf(QLatin1String("INSERT INTO \"album\""));
    QVERIFY2(artistInsert >= 0 && albumInsert > artistInsert, qPrintable(sql));
    QVERIFY2(sql.indexOf(QLatin1String("UPDATE \"album\"")) > albumInsert, qPrintable(sql));
    QCOMPARE(sql.count(QLatin1String("UPDATE ")), 2);
    QVERIFY2(sql.contains(QLatin1String("'Northern Lights'")), qPrintable(sql));

    QVERIFY(commitAndWait(console));
    QCOMPARE(scalar(*m_engine, "SELECT title FROM album WHERE album_id = 2"),
             QStringLiteral("Balls to the Wall (Deluxe)"));
    QCOMPARE(scalar(*m_engine, "SELECT name FROM artist WHERE artist_id = 3"),
             QStringLiteral("Aerosmith & Friends"));
    QCOMPARE(scalar(*m_engine, "SELECT r.name || '/' || a.title FROM album a JOIN artist r USING "
                               "(artist_id) WHERE a.album_id = 5001"),
             QStringLiteral("Northern Lights/First Light"));
    QCOMPARE(console.rowEdits()->changeCount(), 0);
}

void TestConsoleRowEditPg::uniqueViolationKeepsEditsThenFixCommits()
{
    QCOMPARE(exec("CREATE UNIQUE INDEX genre_name_unique ON genre (name)"), QString());
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT * FROM genre ORDER BY genre_id")));
    ResultModel &genres = *console.resultModel(0);
    QVERIFY(genres.editLayer());
    const QString jazz = cell(genres, 1, "name");
    QVERIFY(setCell(genres, 5, "name", QStringLiteral("Blues & Roots")));
    QVERIFY(setCell(genres, 0, "name", jazz));
    const int row = genres.editLayer()->insertRow();
    QVERIFY(setCell(genres, row, "genre_id", QStringLiteral("900")));
    QVERIFY(setCell(genres, row, "name", QStringLiteral("Krautrock")));

    QVERIFY(!commitAndWait(console));
    QCOMPARE(console.rowEdits()->changeCount(), 3);
    QCOMPARE(genres.editLayer()->firstErrorRow(), 0);
    const QString tip = genres.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("genre_name_unique")) &&
                 tip.contains(QLatin1String("already exists")),
             qPrintable(tip));
    QVERIFY(console.messages()->toPlainText().contains(QLatin1String("genre_name_unique")));
    QCOMPARE(cell(genres, row, "name"), QStringLiteral("Krautrock"));
    QCOMPARE(scalar(*m_engine, "SELECT name FROM genre WHERE genre_id = 1"),
             QStringLiteral("Rock"));
    QCOMPARE(scalar(*m_engine, "SELECT count(*) FROM genre WHERE genre_id = 900"),
             QStringLiteral("0"));
    QCOMPARE(scalar(*m_engine, "SELECT count(*) FROM genre WHERE name = 'Blues & Roots'"),
             QStringLiteral("0"));

    QVERIFY(setCell(genres, 0, "name", QStringLiteral("Rock (all)")));
    QVERIFY(commitAndWait(console));
    QCOMPARE(scalar(*m_engine, "SELECT name FROM genre WHERE genre_id = 1"),
             QStringLiteral("Rock (all)"));
    QCOMPARE(scalar(*m_engine, "SELECT name FROM genre WHERE genre_id = 900"),
             QStringLiteral("Krautrock"));
    QCOMPARE(scalar(*m_engine, "SELECT count(*) FROM genre WHERE name = 'Blues & Roots'"),
             QStringLiteral("1"));
}

void TestConsoleRowEditPg::identityAndDefaultsShownAfterCommit()
{
    QCOMPARE(exec("INSERT INTO note (body) VALUES ('first')"), QString());
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT * FROM note")));
    ResultModel &notes = *console.resultModel(0);
    QVERIFY(notes.editLayer());
    const int row = notes.editLayer()->insertRow();
    QVERIFY(setCell(notes, row, "body", QStringLiteral("second")));
    QVERIFY(setCell(notes, row, "score", QStringLiteral("12.5")));
    QVERIFY(!setCell(notes, 0, "score", QStringLiteral("twelve")));
    QVERIFY(setCell(notes, 0, "flag", false));
    QVERIFY(commitAndWait(console));
    QCOMPARE(cell(notes, row, "id"), QStringLiteral("2"));
    QCOMPARE(cell(notes, row, "created"), QStringLiteral("2024-05-01"));
    QCOMPARE(cell(notes, row, "flag"), QStringLiteral("true"));
    QCOMPARE(cell(notes, row, "score"), QStringLiteral("12.50"));
    QCOMPARE(scalar(*m_engine, "SELECT flag::text FROM note WHERE id = 1"),
             QStringLiteral("false"));
}

void TestConsoleRowEditPg::deleteRevertThenCommit()
{
    QCOMPARE(exec("INSERT INTO media_type VALUES (90, 'Wax cylinder'), (91, 'Tape')"), QString());
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(
        runForEditing(console, QStringLiteral("SELECT media_type_id, name FROM media_type WHERE "
                                              "media_type_id >= 90 ORDER BY 1")));
    ResultModel &types = *console.resultModel(0);
    QVERIFY(types.editLayer());
    ResultView *view = console.resultView(0);
    view->table()->selectRow(0);
    view->deleteRowsAction()->trigger();
    console.revertEdits(false);
    QCOMPARE(scalar(*m_engine, "SELECT count(*) FROM media_type WHERE media_type_id >= 90"),
             QStringLiteral("2"));
    view->table()->selectRow(0);
    view->deleteRowsAction()->trigger();
    QVERIFY(commitAndWait(console));
    QCOMPARE(scalar(*m_engine, "SELECT string_agg(name, ',') FROM media_type WHERE "
                               "media_type_id >= 90"),
             QStringLiteral("Tape"));
    QCOMPARE(types.rowCount(), 1);
    QCOMPARE(cell(types, 0, "name"), QStringLiteral("Tape"));
}

void TestConsoleRowEditPg::productionGuardSeesTheSql()
{
    ConsoleWidget console(m_engine);
    QStringList asked;
    bool allow = false;
    console.setRunGuard([&](const QString &sql) {
        if (sql.startsWith(QLatin1String("SELECT")))
            return true;  // ProductionGuard asks only for what changes data
        asked << sql;
        return allow;
    });
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT * FROM playlist ORDER BY playlist_id")));
    ResultModel &lists = *console.resultModel(0);
    QVERIFY(setCell(lists, 0, "name", QStringLiteral("Music (prod)")));
    QVERIFY(!console.commitEdits());
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().startsWith(QLatin1String("UPDATE \"playlist\"")));
    QCOMPARE(console.rowEdits()->changeCount(), 1);
    QCOMPARE(scalar(*m_engine, "SELECT name FROM playlist WHERE playlist_id = 1"),
             QStringLiteral("Music"));
    allow = true;
    QVERIFY(commitAndWait(console));
    QCOMPARE(scalar(*m_engine, "SELECT name FROM playlist WHERE playlist_id = 1"),
             QStringLiteral("Music (prod)"));
}

void TestConsoleRowEditPg::openConsoleTransactionHoldsCommitBack()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    console.autocommitAction()->trigger();
    QVERIFY(waitIdle(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT * FROM playlist ORDER BY playlist_id")));
    QCOMPARE(console.transactionText(),
             ConsoleToolBar::transactionText(engine::TransactionStatus::InTransaction));
    ResultModel &lists = *console.resultModel(0);
    QVERIFY(setCell(lists, 1, "name", QStringLiteral("Movies!")));
    QVERIFY(!console.commitEdits());
    QVERIFY(console.messages()->toPlainText().contains(QLatin1String("open transaction")));
    QCOMPARE(console.rowEdits()->changeCount(), 1);
    console.rollback();
    QVERIFY(waitIdle(console));
    QVERIFY(commitAndWait(console));
    QCOMPARE(scalar(*m_engine, "SELECT name FROM playlist WHERE playlist_id = 2"),
             QStringLiteral("Movies!"));
}

void TestConsoleRowEditPg::joinIsReadOnly()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT a.title, r.name FROM album a JOIN "
                                                  "artist r USING (artist_id) LIMIT 2;\n"
                                                  "SELECT title FROM album LIMIT 2;")));
    QVERIFY(!console.resultModel(0)->editLayer());
    QVERIFY(console.resultView(0)->editBarText().contains(QLatin1String("joins")));
    QVERIFY(!console.resultModel(1)->editLayer());
    QVERIFY2(console.resultView(1)->editBarText().contains(QLatin1String("album_id")),
             qPrintable(console.resultView(1)->editBarText()));
}

QTEST_MAIN(TestConsoleRowEditPg)
#include "test_console_rowedit_pg.moc"
