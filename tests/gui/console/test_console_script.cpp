// Scripts as files: a console opens and saves .sql files; an unsaved script is
// autosaved to the data folder, survives the console's end (a quit or a
// crash), and is offered back with its text and connection; saving the file
// removes the copy.
#include "ConsoleTestUtil.h"

#include "ui/console/ConsoleToolBar.h"
#include "ui/console/MessagesView.h"
#include "ui/console/ScriptFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace stratum;
using namespace stratum::ui;
using namespace stratum::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

}  // namespace

class TestConsoleScript : public QObject
{
    Q_OBJECT

    IsolatedData m_data;
    QTemporaryDir m_dir;
    std::shared_ptr<engine::Engine> m_engine;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ScriptFile::autosaveDirectory()).removeRecursively();
        QVERIFY(m_dir.isValid());
        m_engine = sqliteEngine(m_dir.filePath(QStringLiteral("script.db")));
    }

    // Each case starts with no autosaves (a case's consoles leave theirs behind,
    // as a quit would).
    void init() { QDir(ScriptFile::autosaveDirectory()).removeRecursively(); }

    void openAndSaveSqlFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.sql"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-- Größe\nSELECT 1;\n");
        }
        ConsoleWidget console(m_engine);
        QVERIFY(console.openScript(path));
        QCOMPARE(console.editor()->text(), QStringLiteral("-- Größe\nSELECT 1;\n"));
        QCOMPARE(console.script()->title(), QStringLiteral("report.sql"));
        QVERIFY(!console.script()->isModified());

        console.editor()->append(QStringLiteral("SELECT 2;\n"));
        QVERIFY(console.script()->isModified());
        QCOMPARE(console.script()->title(), QStringLiteral("report.sql*"));
        console.toolBar()->saveScript->trigger();  // to its own file, no dialog
        QCOMPARE(readAll(path), QByteArray("-- Größe\nSELECT 1;\nSELECT 2;\n"));
        QVERIFY(!console.script()->isModified());

        const QString copy = m_dir.filePath(QStringLiteral("copy.sql"));
        QVERIFY(console.saveScript(copy));
        QCOMPARE(console.script()->path(), copy);
        QCOMPARE(readAll(copy), readAll(path));

        // A failure says so and loses nothing.
        console.editor()->append(QStringLiteral("SELECT 3;"));
        QVERIFY(!console.saveScript(m_dir.filePath(QStringLiteral("no/such/dir/x.sql"))));
        QVERIFY(console.messages()->plainText().contains(QLatin1String("Cannot write")));
        QVERIFY(console.editor()->text().endsWith(QLatin1String("SELECT 3;")));
        QVERIFY(!console.openScript(m_dir.filePath(QStringLiteral("missing.sql"))));
        QVERIFY(console.editor()->text().endsWith(QLatin1String("SELECT 3;")));
    }

    void unsavedScriptsAreAutosavedAndOfferedBack()
    {
        const QString typed = QStringLiteral("SELECT 'not saved yet';\n-- draft\n");
        QString autosave;
        {
            ConsoleWidget console(m_engine);
            console.script()->setConnection(QStringLiteral("conn-1"));
            QVERIFY(showActive(console));
            console.editor()->setText(typed);
            // Written by itself shortly after typing stops.
            QTRY_VERIFY_WITH_TIMEOUT(!console.script()->autosavePath().isEmpty() &&
                                         QFile::exists(console.script()->autosavePath()),
                                     10000);
            autosave = console.script()->autosavePath();
            QVERIFY(autosave.startsWith(
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
            // This run's own copy is not offered back while its console lives.
            QVERIFY(ScriptFile::recoverable().isEmpty());
        }
        // The console is gone (as after a quit): the copy stays and is offered.
        QVERIFY(QFile::exists(autosave));
        QList<ScriptFile::Recovered> found = ScriptFile::recoverable();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).text, typed);
        QCOMPARE(found.at(0).connection, QStringLiteral("conn-1"));
        QVERIFY(found.at(0).filePath.isEmpty());

        // Restoring gives the text back, still unsaved; saving removes the copy.
        ConsoleWidget restored(m_engine);
        restored.script()->adopt(found.at(0));
        QCOMPARE(restored.editor()->text(), typed);
        QVERIFY(restored.script()->isModified());
        QVERIFY(ScriptFile::recoverable().isEmpty());
        QVERIFY(restored.saveScript(m_dir.filePath(QStringLiteral("restored.sql"))));
        QVERIFY(!QFile::exists(autosave));
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("restored.sql"))), typed.toUtf8());
    }

    void emptyUntitledScriptsLeaveNothing()
    {
        {
            ConsoleWidget console(m_engine);
            console.editor()->setText(QStringLiteral("SELECT 1"));
            QVERIFY(!console.script()->autosaveNow().isEmpty());
            console.editor()->setText(QString());
            QVERIFY(console.script()->autosaveNow().isEmpty());
        }
        QVERIFY(ScriptFile::recoverable().isEmpty());
    }
};

QTEST_MAIN(TestConsoleScript)
#include "test_console_script.moc"
