// Ctrl+Shift+P opens the command palette; typing filters the commands; Enter
// runs the chosen one; pending commands explain themselves instead of running.
#include "ShellTestUtil.h"

#include "ui/shell/AboutDialog.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/CommandPalette.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShellActions.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>

using namespace stratum::ui;

class TestShellPalette : public QObject
{
    Q_OBJECT

    stratum::test::IsolatedSettings m_settings;

    static CommandPalette *openPalette(MainWindow &w)
    {
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        return w.commandPalette();
    }

private slots:
    void initTestCase() { QVERIFY(m_settings.isValid()); }

    void typingAboutAndEnterOpensAbout()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        CommandPalette *palette = openPalette(w);
        QVERIFY(palette->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), palette->input());
        // With no query every command is listed, including the panel toggles.
        const QList<QAction *> all = palette->visibleActions();
        QVERIFY(all.size() >= 30);
        QVERIFY(all.contains(w.actions().action(ActionId::Quit)));
        QVERIFY(all.contains(w.actions().action(QStringLiteral("view.panel.poolDock"))));

        QTest::keyClicks(palette->input(), QStringLiteral("about"));
        const QList<QAction *> filtered = palette->visibleActions();
        QVERIFY(!filtered.isEmpty());
        QCOMPARE(filtered.first()->objectName(), ActionId::About);
        QVERIFY(filtered.size() < all.size());
        QVERIFY(!filtered.contains(w.actions().action(ActionId::Quit)));

        QTest::keyClick(palette->input(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QTRY_VERIFY(w.aboutDialog() && w.aboutDialog()->isVisible());
        w.aboutDialog()->close();
        QTRY_VERIFY(!w.aboutDialog());
    }

    void fuzzyAbbreviationsFindCommands()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        CommandPalette *palette = openPalette(w);
        QTest::keyClicks(palette->input(), QStringLiteral("abst"));  // About Stratum
        QCOMPARE(palette->visibleActions().value(0)->objectName(), ActionId::About);
        palette->input()->clear();
        QTest::keyClicks(palette->input(), QStringLiteral("rsc"));  // Run Script
        QCOMPARE(palette->visibleActions().value(0)->objectName(), ActionId::RunScript);
        palette->input()->clear();
        QTest::keyClicks(palette->input(), QStringLiteral("zzzq"));
        QVERIFY(palette->visibleActions().isEmpty());
        QVERIFY(palette->findChild<QLabel *>(QStringLiteral("commandPaletteHint"))
                    ->text()
                    .contains(QStringLiteral("No command")));
    }

    void arrowKeysChooseAndEscapeCloses()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        CommandPalette *palette = openPalette(w);
        QCOMPARE(palette->list()->currentIndex().row(), 0);
        QTest::keyClick(palette->input(), Qt::Key_Down);
        QTest::keyClick(palette->input(), Qt::Key_Down);
        QCOMPARE(palette->list()->currentIndex().row(), 2);
        QTest::keyClick(palette->input(), Qt::Key_Up);
        QCOMPARE(palette->list()->currentIndex().row(), 1);
        QTest::keyClick(palette->input(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
    }

    void pendingCommandExplainsItself()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        CommandPalette *palette = openPalette(w);
        QTest::keyClicks(palette->input(), QStringLiteral("new console"));
        QCOMPARE(palette->visibleActions().value(0)->objectName(), ActionId::NewConsole);
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QVERIFY(palette->isVisible());  // did not pretend to run
        QVERIFY(palette->findChild<QLabel *>(QStringLiteral("commandPaletteHint"))
                    ->text()
                    .contains(QStringLiteral("Not available yet")));
    }

    void runsActionsOutsideTheRegistry()
    {
        MainWindow w;
        auto *extra = new QAction(QStringLiteral("Frobnicate Widgets"), &w);
        w.menu(QStringLiteral("tools"))->addAction(extra);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        bool ran = false;
        connect(extra, &QAction::triggered, this, [&ran] { ran = true; });
        CommandPalette *palette = openPalette(w);
        QTest::keyClicks(palette->input(), QStringLiteral("frob"));
        QCOMPARE(palette->visibleActions().value(0), extra);
        QTest::keyClick(palette->input(), Qt::Key_Enter);
        QTRY_VERIFY(ran);
    }
};

QTEST_MAIN(TestShellPalette)
#include "test_shell_palette.moc"
