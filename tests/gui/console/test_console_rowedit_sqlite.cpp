// Row editing in the query console on a SQLite copy of Chinook, offscreen:
// edits in two grids (an album and its new artist) commit as one unit of work
// in foreign-key order, a failing commit keeps every edit and marks the row,
// deletes revert and commit, and results that cannot be edited say why.
#include "RowEditTestUtil.h"

#include "ui/common/Appearance.h"
#include "ui/console/EditTarget.h"
#include "ui/console/MessagesView.h"

#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace stratum;
using namespace stratum::ui;
using namespace stratum::test;

namespace {

// With STRATUM_ROWEDIT_SHOTS=<dir>, saves the console in both palettes (to
// look at the result, as the screenshot tour does).
void shoot(ConsoleWidget &console, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRATUM_ROWEDIT_SHOTS");
    if (dir.isEmpty())
        return;
    const QPalette before = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? Appearance::darkPalette() : Appearance::lightPalette());
        QTest::qWait(50);
        console.grab().save(dir + u'/' + name +
                            QString::fromLatin1(dark ? "-dark.png" : "-light.png"));
    }
    QApplication::setPalette(before);
}

}  // namespace

class TestConsoleRowEditSqlite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void detectsSingleTableSelects();
    void editsTwoTablesAndCommitsInDependencyOrder();
    void failedCommitKeepsEditsAndMarksRow();
    void duplicateKeyInsertFailsThenSucceeds();
    void deleteRevertThenCommit();
    void generatedKeyShownAfterCommit();
    void nonEditableResultsSayWhy();
    void readOnlyConnectionSaysWhy();
    void reviewListsChangesWithValues();

private:
    QString exec(const QString &sql);

    IsolatedData m_data;
    QTemporaryDir m_dir;
    QString m_chinook;
    QString m_path;
    std::shared_ptr<engine::Engine> m_engine;
};

QString TestConsoleRowEditSqlite::exec(const QString &sql)
{
    Result<engine::ConnectionHandle> h = m_engine->connect(QStringLiteral("test"));
    if (!h)
        return h.error().message;
    Result<engine::ExecResult> r = h.value().execute(sql);
    return r ? QString() : r.error().message;
}

void TestConsoleRowEditSqlite::initTestCase()
{
    QFile fixture(QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_Sqlite.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    m_chinook = m_dir.filePath(QStringLiteral("chinook.db"));
    std::shared_ptr<engine::Engine> e = sqliteEngine(m_chinook);
    Result<engine::ConnectionHandle> h = e->connect(QStringLiteral("load"));
    QVERIFY(h.ok());
    for (const QString &sql : {QStringLiteral("BEGIN"), QString::fromUtf8(fixture.readAll()),
                               QStringLiteral("COMMIT")}) {
        Result<engine::ExecResult> r = h.value().execute(sql);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
    }
    h.value().release();
    e->pool().dispose();
}

void TestConsoleRowEditSqlite::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++n));
    QVERIFY(QFile::copy(m_chinook, m_path));
    m_engine = sqliteEngine(m_path);
}

void TestConsoleRowEditSqlite::cleanup()
{
    if (m_engine)
        m_engine->pool().dispose();
    m_engine.reset();
}

void TestConsoleRowEditSqlite::detectsSingleTableSelects()
{
    const auto table = [](const char *sql) {
        const SelectSource s =
            EditTarget::sourceOf(QString::fromUtf8(sql), schema::Dialect::PostgreSQL);
        return s.isValid() ? (s.schema.isEmpty() ? s.table : s.schema + u'.' + s.table)
                           : QStringLiteral("!") + s.reason;
    };
    QCOMPARE(table("SELECT * FROM album"), QStringLiteral("album"));
    QCOMPARE(table("select a.* from Public.Album a where a.title like 'x%' order by 1 limit 5"),
             QStringLiteral("public.album"));
    QCOMPARE(table("SELECT * FROM \"My \"\"Odd\"\" Table\" AS t"),
             QStringLiteral("My \"Odd\" Table"));
    QCOMPARE(table("/* c */ SELECT * FROM artist WHERE artist_id IN (SELECT artist_id FROM "
                   "album JOIN track USING (album_id))"),
             QStringLiteral("artist"));
    QCOMPARE(table("SELECT (SELECT count(*) FROM track t WHERE t.album_id = a.album_id), a.* "
                   "FROM album a"),
             QStringLiteral("album"));
    QVERIFY(table("SELECT * FROM album a JOIN artist r USING (artist_id)").startsWith(u'!'));
    QVERIFY(table("SELECT * FROM album, artist").startsWith(u'!'));
    QVERIFY(table("SELECT artist_id, count(*) FROM album GROUP BY artist_id").startsWith(u'!'));
    QVERIFY(table("SELECT * FROM album UNION SELECT * FROM album").startsWith(u'!'));
    QVERIFY(table("WITH x AS (SELECT 1) SELECT * FROM x").startsWith(u'!'));
    QVERIFY(table("SELECT * FROM (SELECT * FROM album) s").startsWith(u'!'));
    QVERIFY(table("SELECT * FROM generate_series(1, 3)").startsWith(u'!'));
    QVERIFY(table("UPDATE album SET title = 'x' RETURNING *").startsWith(u'!'));
    QVERIFY(table("SELECT 1").startsWith(u'!'));
    QCOMPARE(table("SELECT * FROM 'x' -- FROM y JOIN z\n").left(1), QStringLiteral("!"));
}

void TestConsoleRowEditSqlite::editsTwoTablesAndCommitsInDependencyOrder()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT * FROM Album WHERE AlbumId <= 5;\n"
                                                  "SELECT * FROM Artist WHERE ArtistId <= 5;")));
    QCOMPARE(console.resultCount(), 2);
    ResultModel &albums = *console.resultModel(0);
    ResultModel &artists = *console.resultModel(1);
    QVERIFY(albums.editLayer());
    QVERIFY(artists.editLayer());
    QVERIFY(albums.flags(albums.index(0, 1)) & Qt::ItemIsEditable);

    // Two cells, one in each grid.
    QVERIFY(setCell(albums, 0, "Title", QStringLiteral("For Those About To Rock (Remastered)")));
    QVERIFY(setCell(artists, 1, "Name", QStringLiteral("Accept!")));
    // The album of a new artist first, then that artist: the reverse of the
    // order the flush needs.
    const int albumRow = albums.editLayer()->insertRow();
    QCOMPARE(albumRow, 5);
    QVERIFY(setCell(albums, albumRow, "AlbumId", QStringLiteral("9001")));
    QVERIFY(setCell(albums, albumRow, "Title", QStringLiteral("Debut")));
    QVERIFY(setCell(albums, albumRow, "ArtistId", QStringLiteral("9000")));
    const int artistRow = artists.editLayer()->insertRow();
    QVERIFY(setCell(artists, artistRow, "ArtistId", QStringLiteral("9000")));
    QVERIFY(setCell(artists, artistRow, "Name", QStringLiteral("The Newcomers")));
    QCOMPARE(console.rowEdits()->changeCount(), 4);

    // The grid marks what changed.
    QVERIFY(albums.data(albums.index(0, columnOf(albums, "Title")), Qt::BackgroundRole).isValid());
    QVERIFY(
        !albums.data(albums.index(0, columnOf(albums, "ArtistId")), Qt::BackgroundRole).isValid());
    QVERIFY(albums.data(albums.index(albumRow, 0), Qt::BackgroundRole).isValid());
    QCOMPARE(albums.headerData(albumRow, Qt::Vertical).toString(), QStringLiteral("+"));

    console.showReview(true);
    const QString sql = console.reviewPanel()->sqlText();
    const qsizetype artistInsert = sql.indexOf(QLatin1String("INSERT INTO \"Artist\""));
    const qsizetype albumInsert = sql.indexOf(QLatin1String("INSERT INTO \"Album\""));
    // Parents first, whatever the grid order; the updates where the Session
    // puts them (each table's rows together, tables in foreign-key order).
    QVERIFY2(artistInsert >= 0 && albumInsert > artistInsert, qPrintable(sql));
    QCOMPARE(sql.count(QLatin1String("UPDATE ")), 2);
    QVERIFY2(sql.indexOf(QLatin1String("UPDATE \"Album\"")) > albumInsert, qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("'The Newcomers'")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("'Accept!'")), qPrintable(sql));
    QCOMPARE(console.reviewPanel()->changeList()->topLevelItemCount(), 4);
    console.resize(1360, 780);
    console.resultView(0)->table()->setCurrentIndex(albums.index(1, 1));
    shoot(console, QStringLiteral("rowedit-review"));

    QVERIFY(commitAndWait(console));
    QCOMPARE(console.rowEdits()->changeCount(), 0);
    QCOMPARE(scalar(*m_engine, "SELECT Title FROM Album WHERE AlbumId = 1"),
             QStringLiteral("For Those About To Rock (Remastered)"));
    QCOMPARE(scalar(*m_engine, "SELECT Name FROM Artist WHERE ArtistId = 2"),
             QStringLiteral("Accept!"));
    QCOMPARE(scalar(*m_engine, "SELECT r.Name || '/' || a.Title FROM Album a JOIN Artist r "
                               "USING (ArtistId) WHERE a.AlbumId = 9001"),
             QStringLiteral("The Newcomers/Debut"));
    // The grid shows the stored rows, no longer marked.
    QCOMPARE(cell(albums, albumRow, "Title"), QStringLiteral("Debut"));
    QVERIFY(!albums.data(albums.index(albumRow, 0), Qt::BackgroundRole).isValid());
    QCOMPARE(albums.headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
    QVERIFY(console.messages()->toPlainText().contains(QLatin1String("committed")));
}

void TestConsoleRowEditSqlite::failedCommitKeepsEditsAndMarksRow()
{
    QCOMPARE(exec("CREATE UNIQUE INDEX artist_name_unique ON Artist (Name)"), QString());
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT * FROM Artist ORDER BY ArtistId")));
    ResultModel &artists = *console.resultModel(0);
    QVERIFY(artists.editLayer());
    const QString second = cell(artists, 1, "Name");
    QVERIFY(setCell(artists, 3, "Name", QStringLiteral("Fine Rename")));
    QVERIFY(setCell(artists, 0, "Name", second));  // duplicates row 2's name

    QVERIFY(!commitAndWait(console));
    // Nothing lost: both edits pending, still marked, the failed row flagged.
    QCOMPARE(console.rowEdits()->changeCount(), 2);
    QCOMPARE(cell(artists, 0, "Name"), second);
    QCOMPARE(cell(artists, 3, "Name"), QStringLiteral("Fine Rename"));
    QCOMPARE(artists.editLayer()->firstErrorRow(), 0);
    QVERIFY(artists.headerData(0, Qt::Vertical).toString().startsWith(QChar(0x26a0)));
    QVERIFY2(artists.headerData(0, Qt::Vertical, Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("UNIQUE")),
             qPrintable(artists.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString()));
    QVERIFY(console.messages()->toPlainText().contains(QLatin1String("UNIQUE")));
    shoot(console, QStringLiteral("rowedit-failed"));
    QCOMPARE(console.resultView(0)->table()->currentIndex().row(), 0);
    // Nothing applied.
    QCOMPARE(scalar(*m_engine, "SELECT Name FROM Artist WHERE ArtistId = 1"),
             QStringLiteral("AC/DC"));
    QCOMPARE(scalar(*m_engine, "SELECT Name FROM Artist WHERE ArtistId = 4"),
             QStringLiteral("Alanis Morissette"));

    // Fix the cell and commit again.
    QVERIFY(setCell(artists, 0, "Name", QStringLiteral("AC/DC (fixed)")));
    QVERIFY(commitAndWait(console));
    QCOMPARE(scalar(*m_engine, "SELECT Name FROM Artist WHERE ArtistId = 1"),
             QStringLiteral("AC/DC (fixed)"));
    QCOMPARE(scalar(*m_engine, "SELECT Name FROM Artist WHERE ArtistId = 4"),
             QStringLiteral("Fine Rename"));
    QCOMPARE(artists.editLayer()->firstErrorRow(), -1);
}

void TestConsoleRowEditSqlite::duplicateKeyInsertFailsThenSucceeds()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT * FROM Genre")));
    ResultModel &genres = *console.resultModel(0);
    QVERIFY(genres.editLayer());
    const int fetched = genres.rowCount();
    const int row = genres.editLayer()->insertRow();
    QVERIFY(setCell(genres, row, "GenreId", QStringLiteral("1")));  // taken
    QVERIFY(setCell(genres, row, "Name", QStringLiteral("Krautrock")));
    QVERIFY(!commitAndWait(console));
    QCOMPARE(genres.editLayer()->firstErrorRow(), row);
    QCOMPARE(genres.rowCount(), fetched + 1);
    QCOMPARE(scalar(*m_engine, "SELECT count(*) FROM Genre"), QString::number(fetched));
    QVERIFY(setCell(genres, row, "GenreId", QStringLiteral("100")));
    QVERIFY(commitAndWait(console));
    QCOMPARE(scalar(*m_engine, "SELECT Name FROM Genre WHERE GenreId = 100"),
             QStringLiteral("Krautrock"));
}

void TestConsoleRowEditSqlite::deleteRevertThenCommit()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console,
                          QStringLiteral("SELECT ArtistId, Name FROM Artist WHERE ArtistId NOT IN "
                                         "(SELECT ArtistId FROM Album) ORDER BY ArtistId")));
    ResultModel &artists = *console.resultModel(0);
    QVERIFY(artists.editLayer());
    const int rows = artists.rowCount();
    const QString id = cell(artists, 0, "ArtistId");
    const QString count = scalar(*m_engine, "SELECT count(*) FROM Artist");

    ResultView *view = console.resultView(0);
    view->table()->selectRow(0);
    view->deleteRowsAction()->trigger();
    QCOMPARE(console.rowEdits()->changeCount(), 1);
    QVERIFY(artists.data(artists.index(0, 1), Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!(artists.flags(artists.index(0, 1)) & Qt::ItemIsEditable));
    console.revertEdits(false);
    QCOMPARE(console.rowEdits()->changeCount(), 0);
    QVERIFY(!artists.data(artists.index(0, 1), Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(scalar(*m_engine, "SELECT count(*) FROM Artist"), count);

    view->table()->selectRow(0);
    view->deleteRowsAction()->trigger();
    QVERIFY(commitAndWait(console));
    QCOMPARE(scalar(*m_engine, "SELECT count(*) FROM Artist WHERE ArtistId = " + id),
             QStringLiteral("0"));
    QCOMPARE(artists.rowCount(), rows - 1);
    QVERIFY(cell(artists, 0, "ArtistId") != id);
}

void TestConsoleRowEditSqlite::generatedKeyShownAfterCommit()
{
    QCOMPARE(exec("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL, "
                  "created TEXT NOT NULL DEFAULT 'today', done BOOLEAN NOT NULL DEFAULT 0)"),
             QString());
    QCOMPARE(exec("INSERT INTO note (body) VALUES ('first')"), QString());
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT * FROM note")));
    ResultModel &notes = *console.resultModel(0);
    QVERIFY(notes.editLayer());
    const int row = notes.editLayer()->insertRow();
    QCOMPARE(cell(notes, row, "id"), QStringLiteral("DEFAULT"));
    QVERIFY(setCell(notes, row, "body", QStringLiteral("second")));
    QVERIFY(!setCell(notes, 0, "id", QStringLiteral("abc")));  // not a whole number
    QVERIFY(commitAndWait(console));
    QCOMPARE(cell(notes, row, "id"), QStringLiteral("2"));
    QCOMPARE(cell(notes, row, "created"), QStringLiteral("today"));
    QCOMPARE(scalar(*m_engine, "SELECT body FROM note WHERE id = 2"), QStringLiteral("second"));
}

void TestConsoleRowEditSqlite::nonEditableResultsSayWhy()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(
        console, QStringLiteral("SELECT a.Title, r.Name FROM Album a JOIN Artist r ON "
                                "r.ArtistId = a.ArtistId LIMIT 3;\n"
                                "SELECT Title FROM Album LIMIT 3;\n"
                                "SELECT AlbumId, upper(Title) AS Title FROM Album LIMIT 3;")));
    QCOMPARE(console.resultCount(), 3);
    QVERIFY(!console.resultModel(0)->editLayer());
    QVERIFY2(console.resultView(0)->editBarText().contains(QLatin1String("joins")),
             qPrintable(console.resultView(0)->editBarText()));
    QVERIFY(
        !(console.resultModel(0)->flags(console.resultModel(0)->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!console.resultModel(1)->editLayer());
    QVERIFY2(console.resultView(1)->editBarText().contains(QLatin1String("AlbumId")),
             qPrintable(console.resultView(1)->editBarText()));
    // The key is there but the title is computed: the row is editable, the
    // computed column is not.
    ResultModel &m = *console.resultModel(2);
    QVERIFY(m.editLayer());
    QVERIFY(!(m.flags(m.index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(!m.setData(m.index(0, 1), QStringLiteral("x")));
}

void TestConsoleRowEditSqlite::readOnlyConnectionSaysWhy()
{
    ConsoleWidget console(m_engine);
    console.setReadOnly(QStringLiteral("the connection is read-only"));
    QVERIFY(showActive(console));
    console.editor()->setText(QStringLiteral("SELECT * FROM Genre"));
    console.runScript();
    QVERIFY(waitIdle(console));
    QTRY_VERIFY(!console.resultView(0)->editBarText().isEmpty());
    QVERIFY(!console.resultModel(0)->editLayer());
    QVERIFY(console.resultView(0)->editBarText().contains(QLatin1String("read-only")));
}

void TestConsoleRowEditSqlite::reviewListsChangesWithValues()
{
    ConsoleWidget console(m_engine);
    QVERIFY(showActive(console));
    QVERIFY(runForEditing(console, QStringLiteral("SELECT * FROM MediaType")));
    ResultModel &m = *console.resultModel(0);
    QVERIFY(setCell(m, 0, "Name", QStringLiteral("MPEG")));
    console.resultView(0)->table()->setCurrentIndex(m.index(1, columnOf(m, "Name")));
    console.resultView(0)->setNullAction()->trigger();
    QCOMPARE(cell(m, 1, "Name"), QStringLiteral("NULL"));
    console.showReview(true);
    QTreeWidget *list = console.reviewPanel()->changeList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem *first = list->topLevelItem(0);
    QVERIFY(first->text(0).contains(QLatin1String("MediaTypeId=1")));
    QCOMPARE(first->child(0)->text(0), QStringLiteral("Name"));
    QCOMPARE(first->child(0)->text(1), QStringLiteral("MPEG audio file"));
    QCOMPARE(first->child(0)->text(2), QStringLiteral("MPEG"));
    QCOMPARE(list->topLevelItem(1)->child(0)->text(2), QStringLiteral("NULL"));
    QVERIFY(console.reviewPanel()->sqlText().contains(QLatin1String("$1 = 'MPEG'")));
    // Putting the value back makes the row clean again.
    QVERIFY(setCell(m, 0, "Name", QStringLiteral("MPEG audio file")));
    QCOMPARE(console.rowEdits()->changeCount(), 1);
    QCOMPARE(list->topLevelItemCount(), 1);
}

QTEST_MAIN(TestConsoleRowEditSqlite)
#include "test_console_rowedit_sqlite.moc"
