// The main window opens with its docks, menus, shortcuts, honest empty states
// and a status bar that says "Not connected".
#include "ShellTestUtil.h"

#include "ui/shell/ActionRegistry.h"
#include "ui/shell/DocumentArea.h"
#include "ui/shell/EmptyState.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/PropertiesView.h"
#include "ui/shell/ShellActions.h"
#include "ui/shell/StatusFields.h"
#include "ui/shell/WorkspaceTree.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardItem>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

using namespace stratum::ui;

class TestShellWindow : public QObject
{
    Q_OBJECT

    stratum::test::IsolatedSettings m_settings;

private slots:
    void initTestCase() { QVERIFY(m_settings.isValid()); }

    void opensWithAllDocks()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList names = {QStringLiteral("workspaceDock"),
                                   QStringLiteral("propertiesDock"), QStringLiteral("messagesDock"),
                                   QStringLiteral("poolDock")};
        for (const QString &name : names) {
            QDockWidget *dock = w.dock(name);
            QVERIFY2(dock, qPrintable(name));
            QVERIFY2(dock->toggleViewAction()->isChecked(), qPrintable(name));
            QVERIFY(dock->widget());
        }
        QCOMPARE(w.dockWidgetArea(w.dock(QStringLiteral("workspaceDock"))), Qt::LeftDockWidgetArea);
        QCOMPARE(w.dockWidgetArea(w.dock(QStringLiteral("messagesDock"))),
                 Qt::BottomDockWidgetArea);
        // The pool monitor says honestly that no engine is connected.
        auto *pool = qobject_cast<EmptyState *>(w.dock(QStringLiteral("poolDock"))->widget());
        QVERIFY(pool);
        QVERIFY(pool->title().contains(QStringLiteral("No engine")));
        // Every dock can be toggled from the View menu.
        for (const QString &name : names) {
            QVERIFY(w.menu(QStringLiteral("view"))
                        ->actions()
                        .contains(w.dock(name)->toggleViewAction()));
        }
    }

    void hasDesktopMenusAndShortcuts()
    {
        MainWindow w;
        QStringList titles;
        for (QAction *a : w.menuBar()->actions()) {
            titles << a->text().remove(QLatin1Char('&'));
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                      QStringLiteral("View"), QStringLiteral("Query"),
                                      QStringLiteral("Tools"), QStringLiteral("Help")}));
        const QList<QPair<QString, QKeySequence>> expected = {
            {ActionId::NewConsole, QKeySequence(QStringLiteral("Ctrl+N"))},
            {ActionId::Quit, QKeySequence(QStringLiteral("Ctrl+Q"))},
            {ActionId::Run, QKeySequence(QStringLiteral("Ctrl+Return"))},
            {ActionId::RunScript, QKeySequence(QStringLiteral("Ctrl+Shift+Return"))},
            {ActionId::CommandPalette, QKeySequence(QStringLiteral("Ctrl+Shift+P"))},
            {ActionId::Refresh, QKeySequence(QStringLiteral("F5"))},
        };
        for (const auto &[id, keys] : expected) {
            QAction *a = w.actions().action(id);
            QVERIFY2(a, qPrintable(id));
            QCOMPARE(a->shortcut(), keys);
        }
        QVERIFY(w.menu(QStringLiteral("help"))
                    ->actions()
                    .contains(w.actions().action(ActionId::About)));
        QVERIFY(w.menu(QStringLiteral("file"))
                    ->actions()
                    .contains(w.actions().action(ActionId::OpenDemo)));
        QVERIFY(w.mainToolBar()->actions().contains(w.actions().action(ActionId::Run)));
    }

    void pendingActionsAreDisabledAndSayWhy()
    {
        MainWindow w;
        QAction *run = w.actions().action(ActionId::Run);
        QVERIFY(!run->isEnabled());
        QVERIFY(ActionRegistry::isPending(run));
        QVERIFY(run->toolTip().contains(QStringLiteral("query console")));
        QVERIFY(run->statusTip().contains(QStringLiteral("Not available yet")));
        // A feature takes the command over by id.
        QAction *taken = w.actions().implement(ActionId::Run);
        QCOMPARE(taken, run);
        QVERIFY(run->isEnabled());
        QVERIFY(!ActionRegistry::isPending(run));
        QVERIFY(!run->statusTip().contains(QStringLiteral("Not available yet")));
        // Real shell commands are enabled.
        QVERIFY(w.actions().action(ActionId::About)->isEnabled());
        QVERIFY(w.actions().action(ActionId::Quit)->isEnabled());
        QVERIFY(w.actions().action(ActionId::CommandPalette)->isEnabled());
    }

    void statusBarIsHonest()
    {
        MainWindow w;
        QCOMPARE(w.status()->connectionText(), QStringLiteral("Not connected"));
        QVERIFY(w.status()->poolText().contains(QStringLiteral("—")));
        w.status()->setConnection(QStringLiteral("demo"), Qt::red);
        w.status()->setPoolUsage(2, 5, 0);
        QVERIFY(w.status()->connectionText().contains(QStringLiteral("demo")));
        QCOMPARE(w.status()->poolText(), QStringLiteral("Pool 2/5 (+0 overflow)"));
        w.status()->clearConnection();
        QCOMPARE(w.status()->connectionText(), QStringLiteral("Not connected"));
    }

    void welcomeTabClosesAndReopens()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(w.documents()->count(), 1);
        QVERIFY(w.documents()->findDocument(QStringLiteral("welcome")));
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(w.documents()->count(), 0);
        QVERIFY(!w.actions().action(ActionId::CloseTab)->isEnabled());
        w.actions().action(ActionId::Welcome)->trigger();
        QCOMPARE(w.documents()->count(), 1);
        // A singleton: asking again activates the same tab.
        w.showWelcome();
        QCOMPARE(w.documents()->count(), 1);
    }

    void documentCanRefuseToClose()
    {
        class Stubborn : public QWidget
        {
        public:
            bool allow = false;

        protected:
            void closeEvent(QCloseEvent *e) override { allow ? e->accept() : e->ignore(); }
        };
        MainWindow w;
        auto *doc = new Stubborn;
        w.documents()->addDocument(doc, QIcon(), QStringLiteral("unsaved.sql"));
        QCOMPARE(w.documents()->count(), 2);
        QVERIFY(!w.documents()->closeDocument(doc));
        QCOMPARE(w.documents()->count(), 2);
        doc->allow = true;
        QVERIFY(w.documents()->closeDocument(doc));
        QCOMPARE(w.documents()->count(), 1);
    }

    void f5AsksForRefresh()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy spy(w.workspace(), &WorkspaceTree::refreshRequested);
        QTest::keyClick(&w, Qt::Key_F5);
        QCOMPARE(spy.count(), 1);
    }

    void workspaceShowsOnlyWhatFeaturesAdd()
    {
        MainWindow w;
        WorkspaceTree *tree = w.workspace();
        QVERIFY(tree->isEmpty());
        QVERIFY(!tree->view()->isVisibleTo(tree));
        QStandardItem *conn = tree->addItem(
            tree->connectionsSection(), WorkspaceTree::Kind::Connection, QStringLiteral("database"),
            QStringLiteral("demo"), QStringLiteral("demo"),
            {{QStringLiteral("URL"), QStringLiteral("sqlite:///demo.db")}});
        QVERIFY(!tree->isEmpty());
        QVERIFY(tree->view()->isVisibleTo(tree));
        tree->view()->setCurrentIndex(conn->index());
        QCOMPARE(w.properties()->rowCount(), 1);
        tree->clearItems();
        QVERIFY(tree->isEmpty());
    }

    void messagesArePosted()
    {
        MainWindow w;
        const int before = w.messages()->count();
        QVERIFY(before >= 1);  // the start-up line with the versions
        QVERIFY(w.messages()->messageText(0).contains(QString::fromLatin1(qVersion())));
        w.messages()->post(MessageLog::Level::Error, QStringLiteral("relation does not exist"),
                           QStringLiteral("console"), QStringLiteral("LINE 1: select * from x"));
        QCOMPARE(w.messages()->count(), before + 1);
        QCOMPARE(w.messages()->messageText(before), QStringLiteral("relation does not exist"));
    }

    void featuresCanAddDocksAndDocuments()
    {
        MainWindow w;
        auto *content = new QLineEdit;
        QDockWidget *dock = w.addDock(QStringLiteral("historyDock"), QStringLiteral("History"),
                                      QStringLiteral("history"), content, Qt::RightDockWidgetArea);
        QCOMPARE(w.dock(QStringLiteral("historyDock")), dock);
        QVERIFY(w.actions().action(QStringLiteral("view.panel.historyDock")));
        QVERIFY(w.menu(QStringLiteral("view"))->actions().contains(dock->toggleViewAction()));
        auto *replacement = new QLineEdit;
        w.setDockContent(QStringLiteral("poolDock"), replacement);
        QCOMPARE(w.dock(QStringLiteral("poolDock"))->widget(), replacement);
    }
};

QTEST_MAIN(TestShellWindow)
#include "test_shell_window.moc"
