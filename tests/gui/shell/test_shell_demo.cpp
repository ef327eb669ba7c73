// The demo workspace opens in a real window with every main view filled
// (tree with tables and revisions, a console with a result, the pool panel
// with a connection, the status bar), without any server, and without
// blocking the UI thread while it is created.
#include "ShellTestUtil.h"

#include "ui/console/ConsoleWidget.h"
#include "ui/console/ResultModel.h"
#include "ui/console/SqlEditor.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/ConsoleDocument.h"
#include "ui/shell/DemoLoader.h"
#include "ui/shell/DocumentArea.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/MigrationTreeFiller.h"
#include "ui/shell/PoolPanel.h"
#include "ui/shell/PropertiesView.h"
#include "ui/shell/SchemaTreeFiller.h"
#include "ui/shell/ShellActions.h"
#include "ui/shell/StatusFields.h"
#include "ui/shell/Workbench.h"
#include "ui/shell/WorkspaceTree.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace stratum::ui;

namespace {

QStandardItem *childWithKind(QStandardItem *parent, WorkspaceTree::Kind kind)
{
    for (int i = 0; parent && i < parent->rowCount(); ++i) {
        if (parent->child(i)->data(WorkspaceTree::KindRole).value<WorkspaceTree::Kind>() == kind) {
            return parent->child(i);
        }
    }
    return nullptr;
}

QStringList childTexts(QStandardItem *parent)
{
    QStringList texts;
    for (int i = 0; parent && i < parent->rowCount(); ++i) {
        texts << parent->child(i)->text();
    }
    return texts;
}

// Runs sql in console and returns the first cell of the first result.
QString runAndReadFirstCell(ConsoleWidget *console, const QString &sql, QAction *run)
{
    QSignalSpy finished(console, &ConsoleWidget::runFinished);
    console->editor()->setText(sql);
    console->editor()->setCursorPosition(0, 0);
    if (run) {
        run->trigger();
    } else {
        console->runScript();
    }
    if (!finished.wait(60000) || console->resultCount() == 0) {
        return QString();
    }
    ResultModel *model = console->resultModel(0);
    return model->data(model->index(0, 0), Qt::DisplayRole).toString();
}

}  // namespace

class TestShellDemo : public QObject
{
    Q_OBJECT

    stratum::test::IsolatedSettings m_settings;
    QTemporaryDir m_data;

    // Opens the demo in window and waits for both trees to load.
    static bool openDemo(Workbench *bench, const QString &folder)
    {
        QSignalSpy schema(&bench->schemaTree(), &SchemaTreeFiller::loaded);
        QSignalSpy migrations(&bench->migrationTree(), &MigrationTreeFiller::loaded);
        bench->openDemo(folder);
        return (schema.count() > 0 || schema.wait(120000)) &&
               (migrations.count() > 0 || migrations.wait(60000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QVERIFY(m_data.isValid());
    }

    void demoFillsEveryView()
    {
        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openDemo(bench, m_data.filePath(QStringLiteral("demo"))));

        // Connections -> Demo (SQLite) -> main -> tables, columns below.
        WorkspaceTree *tree = w.workspace();
        QStandardItem *demo = bench->connections().item(QStringLiteral("demo"));
        QVERIFY(demo);
        QCOMPARE(demo->parent(), tree->connectionsSection());
        QCOMPARE(demo->text(), QStringLiteral("Demo (SQLite)"));
        QStandardItem *mainSchema = childWithKind(demo, WorkspaceTree::Kind::Schema);
        QVERIFY(mainSchema);
        QCOMPARE(mainSchema->text(), QStringLiteral("main"));
        const QStringList tables = childTexts(mainSchema);
        QVERIFY2(tables.size() >= 5, qPrintable(tables.join(u',')));
        QVERIFY(tables.contains(QStringLiteral("books")));
        QVERIFY(tables.contains(QStringLiteral("authors")));
        QStandardItem *books = mainSchema->child(int(tables.indexOf(QStringLiteral("books"))));
        QVERIFY(books->rowCount() >= 4);  // its columns
        QVERIFY(childTexts(books).join(u'|').contains(QStringLiteral("title")));
        QVERIFY(tree->view()->isExpanded(mainSchema->index()));

        // Migrations -> Demo migrations -> revisions, newest first, with a
        // head and the database's current revision, which is not the head.
        QStandardItem *folder = bench->migrationTree().folderItem(QStringLiteral("demo"));
        QVERIFY(folder);
        QCOMPARE(folder->parent(), tree->migrationsSection());
        QVERIFY2(folder->rowCount() >= 6, qPrintable(childTexts(folder).join(u'\n')));
        int heads = 0;
        int current = 0;
        int merges = 0;
        for (const QString &text : childTexts(folder)) {
            heads += text.contains(QStringLiteral("head")) ? 1 : 0;
            current += text.contains(QStringLiteral("current")) ? 1 : 0;
            merges += text.contains(QStringLiteral("merge")) ? 1 : 0;
        }
        QVERIFY(heads >= 1);
        QVERIFY(current >= 1);
        QVERIFY(merges >= 1);
        QVERIFY2(folder->child(0)->text().contains(QStringLiteral("head")),
                 "newest revision first");
        QVERIFY2(!folder->child(0)->text().contains(QStringLiteral("current")),
                 "the demo database is not at head");

        // Properties follow the selection.
        tree->view()->setCurrentIndex(books->index());
        QVERIFY(w.properties()->rowCount() >= 3);

        // A console on the demo runs a query from the window's Run command.
        QVERIFY(w.actions().action(ActionId::NewConsole)->isEnabled());
        w.actions().action(ActionId::NewConsole)->trigger();
        auto *doc = qobject_cast<ConsoleDocument *>(w.documents()->currentDocument());
        QVERIFY(doc);
        QCOMPARE(doc->connectionId(), QStringLiteral("demo"));
        QVERIFY(w.actions().action(ActionId::Run)->isEnabled());
        // One owner per shortcut (two would make Qt ignore both), and the
        // palette lists Run once.
        QVERIFY(!w.actions().action(ActionId::Run)->shortcuts().isEmpty());
        QVERIFY(doc->console()->runAction()->shortcuts().isEmpty());
        QVERIFY(ActionRegistry::isHiddenFromPalette(doc->console()->runAction()));
        const QString count =
            runAndReadFirstCell(doc->console(), QStringLiteral("SELECT count(*) FROM books"),
                                w.actions().action(ActionId::Run));
        bool ok = false;
        QVERIFY2(count.toLongLong(&ok) > 0 && ok, qPrintable(count));
        // Run script through the window's command too.
        QCOMPARE(runAndReadFirstCell(doc->console(),
                                     QStringLiteral("SELECT 1; SELECT 6 * 7 AS answer;"),
                                     w.actions().action(ActionId::RunScript)),
                 QStringLiteral("1"));
        QCOMPARE(doc->console()->resultCount(), 2);

        // The pool panel shows the engine's connections, from its statistics.
        PoolPanel *pool = bench->poolPanel();
        QCOMPARE(w.dock(QStringLiteral("poolDock"))->widget(), pool);
        pool->refresh();
        QVERIFY2(pool->figure(QStringLiteral("size")).toInt() >= 1,
                 qPrintable(pool->figure(QStringLiteral("size"))));
        QVERIFY(pool->figure(QStringLiteral("checkouts")).toInt() >= 2);
        QVERIFY(pool->connectionRows() >= 1);

        // The status bar names the connection, the server and the pool.
        QTRY_VERIFY_WITH_TIMEOUT(w.status()->poolText().contains(QStringLiteral("/5")), 3000);
        QVERIFY(w.status()->connectionText().contains(QStringLiteral("Demo")));
        QVERIFY2(w.status()->serverText().startsWith(QStringLiteral("SQLite 3.")),
                 qPrintable(w.status()->serverText()));
        QCOMPARE(w.status()->transactionText(), QStringLiteral("Auto-commit"));

        QVERIFY(w.messages()->count() >= 2);
        QVERIFY(w.close());
    }

    void uiStaysResponsiveWhileDemoIsCreated()
    {
        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // A 10 ms timer on the UI thread: the longest gap between its ticks is
        // how long the UI could not react.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, &probe, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        QSignalSpy opened(bench, &Workbench::demoOpened);
        QSignalSpy progress(&bench->demoLoader(), &DemoLoader::progress);
        clock.start();
        probe.start();
        bench->openDemo(m_data.filePath(QStringLiteral("fresh-demo")));
        QVERIFY(opened.wait(120000));
        probe.stop();
        const auto info = opened.at(0).at(0).value<stratum::migrate::DemoWorkspaceInfo>();
        QVERIFY(info.created);  // it really was built during the probe
        QVERIFY(progress.count() >= 1);
        QVERIFY2(worst < 100, qPrintable(QStringLiteral("UI stalled for %1 ms").arg(worst)));
    }

    void closingTheWindowDropsLateResults()
    {
        QSignalSpy *opened = nullptr;
        {
            auto w = std::make_unique<MainWindow>(MainWindow::Options{false});
            auto *bench = new Workbench(*w);
            opened = new QSignalSpy(bench, &Workbench::demoOpened);
            bench->openDemo(m_data.filePath(QStringLiteral("closed-demo")));
        }  // window and workbench gone while the worker runs
        QTest::qWait(200);
        QCOMPARE(opened->count(), 0);
        delete opened;
    }

    void productionConnectionMarksItsConsoleTab()
    {
        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        WorkspaceConnection prod;
        prod.id = QStringLiteral("prod");
        prod.name = QStringLiteral("Orders (prod)");
        prod.url = stratum::config::Url::parse(QStringLiteral("sqlite:///") +
                                               m_data.filePath(QStringLiteral("prod.db")))
                       .value();
        prod.environment = QStringLiteral("prod");
        prod.colour = QColor(QStringLiteral("#d32f2f"));
        bench->connections().add(prod);
        ConsoleDocument *doc = bench->consoles().newConsole(QStringLiteral("prod"));
        QVERIFY(doc);
        const int index = w.documents()->tabs()->indexOf(doc);
        QCOMPARE(w.documents()->tabs()->tabBar()->tabTextColor(index), prod.colour);
        QVERIFY(w.documents()->tabs()->tabText(index).contains(QStringLiteral("Orders (prod)")));
        bench->connections().setCurrent(QStringLiteral("prod"));
        QVERIFY(w.status()->connectionText().contains(QStringLiteral("#d32f2f")));
    }
};

QTEST_MAIN(TestShellDemo)
#include "test_shell_demo.moc"
