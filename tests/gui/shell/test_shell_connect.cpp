// File → New connection… and Open project folder… add a connection to the
// workspace through the real connection dialog, make it current, and load its
// schema and, for a project with an alembic.ini, its migrations.
#include "ShellTestUtil.h"

#include "core/engine/Engine.h"
#include "ui/connect/ConnectionDialog.h"
#include "ui/connect/ConnectionProfile.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/ConnectionActions.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MigrationTreeFiller.h"
#include "ui/shell/SchemaTreeFiller.h"
#include "ui/shell/ShellActions.h"
#include "ui/shell/StatusFields.h"
#include "ui/shell/Workbench.h"
#include "ui/shell/WorkspaceTree.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItem>

using namespace stratum;
using namespace stratum::ui;

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// A SQLite file with one table, made through Stratum's own engine.
bool makeDatabase(const QString &path)
{
    auto url = config::Url::parse(QStringLiteral("sqlite:///") + path);
    if (!url) {
        return false;
    }
    auto engine = engine::Engine::create(url.value());
    if (!engine) {
        return false;
    }
    auto handle = engine.value()->connect();
    return handle &&
           handle.value()
               .execute(QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)"))
               .ok();
}

QStringList childTexts(QStandardItem *parent)
{
    QStringList texts;
    for (int i = 0; parent && i < parent->rowCount(); ++i) {
        texts << parent->child(i)->text();
    }
    return texts;
}

}  // namespace

class TestShellConnect : public QObject
{
    Q_OBJECT

    stratum::test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QVERIFY(m_dir.isValid());
    }

    void newConnectionAddsAndLoadsIt()
    {
        const QString db = m_dir.filePath(QStringLiteral("things.db"));
        QVERIFY(makeDatabase(db));

        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        w.show();
        QAction *action = w.actions().action(ActionId::NewConnection);
        QVERIFY(action->isEnabled());
        action->trigger();
        ConnectionDialog *dialog = bench->connectionActions().dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        ConnectionProfile p;
        p.name = QStringLiteral("Things");
        p.backend = config::Backend::SQLite;
        p.database = db;
        p.environment = EnvironmentTag::Staging;
        dialog->setProfile(p);
        QSignalSpy loaded(&bench->schemaTree(), &SchemaTreeFiller::loaded);
        dialog->accept();
        QVERIFY(loaded.wait(30000));

        const QString id = bench->connections().currentId();
        QStandardItem *item = bench->connections().item(id);
        QVERIFY(item);
        QCOMPARE(item->text(), QStringLiteral("Things"));
        QCOMPARE(item->parent(), w.workspace()->connectionsSection());
        QVERIFY(item->rowCount() >= 1);
        QCOMPARE(item->child(0)->text(), QStringLiteral("main"));
        QCOMPARE(childTexts(item->child(0)), QStringList{QStringLiteral("things")});
        // Staging has a colour, and the status bar shows the connection.
        QVERIFY(bench->connections().connection(id)->colour.isValid());
        QVERIFY(w.status()->connectionText().contains(QStringLiteral("Things")));
        QVERIFY(w.status()->serverText().startsWith(QStringLiteral("SQLite")));

        // It was saved: a new window lists it without connecting, and
        // activating it connects and loads it.
        MainWindow w2(MainWindow::Options{false});
        auto *bench2 = new Workbench(w2);
        bench2->connectionActions().loadSaved();
        QStandardItem *listed = bench2->connections().item(id);
        QVERIFY(listed);
        QCOMPARE(listed->text(), QStringLiteral("Things"));
        QCOMPARE(listed->rowCount(), 0);
        // Listing opens nothing (an engine may exist for the pool panel: it is lazy).
        if (auto engine = bench2->connections().existingEngine(id)) {
            QCOMPARE(engine->statistics().connects, quint64(0));
        }
        QSignalSpy loaded2(&bench2->schemaTree(), &SchemaTreeFiller::loaded);
        emit w2.workspace()->itemActivated(listed->index());
        QVERIFY(loaded2.wait(30000));
        QCOMPARE(childTexts(listed->child(0)), QStringList{QStringLiteral("things")});
    }

    void projectFolderBringsItsMigrations()
    {
        const QString project = m_dir.filePath(QStringLiteral("project"));
        const QString db = QDir(project).filePath(QStringLiteral("app.db"));
        QVERIFY(writeFile(QDir(project).filePath(QStringLiteral("alembic.ini")),
                          "[alembic]\nscript_location = %(here)s/migrations\n"));
        QVERIFY(writeFile(QDir(project).filePath(QStringLiteral(".env")),
                          "DATABASE_URL=sqlite:///" + db.toUtf8() + "\n"));
        QVERIFY(writeFile(QDir(project).filePath(QStringLiteral("migrations/versions/a1_first.py")),
                          "\"\"\"first table\n\nRevision ID: a1b2c3d4e5f6\nRevises:\n"
                          "Create Date: 2024-01-01 00:00:00\n\n\"\"\"\n"
                          "revision = 'a1b2c3d4e5f6'\ndown_revision = None\n"
                          "branch_labels = None\ndepends_on = None\n\n"
                          "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"));
        QVERIFY(makeDatabase(db));

        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        ConnectionDialog *dialog = bench->connectionActions().openProject(project);
        QVERIFY(dialog);
        QSignalSpy opened(dialog, &ConnectionDialog::projectOpened);
        QVERIFY(opened.wait(30000));
        QVERIFY2(dialog->sourcesText().contains(QStringLiteral(".env")),
                 qPrintable(dialog->sourcesText()));

        QSignalSpy migrations(&bench->migrationTree(), &MigrationTreeFiller::loaded);
        dialog->accept();
        QVERIFY(migrations.wait(30000));
        const QString id = bench->connections().currentId();
        QStandardItem *folder = bench->migrationTree().folderItem(QStringLiteral("project:") + id);
        QVERIFY(folder);
        QCOMPARE(folder->rowCount(), 1);
        QVERIFY2(folder->child(0)->text().contains(QStringLiteral("first table")),
                 qPrintable(folder->child(0)->text()));
        // Never stamped: the revision is the head but not current.
        QVERIFY(folder->child(0)->text().contains(QStringLiteral("head")));
        QVERIFY(!folder->child(0)->text().contains(QStringLiteral("current")));
    }
};

QTEST_MAIN(TestShellConnect)
#include "test_shell_connect.moc"
