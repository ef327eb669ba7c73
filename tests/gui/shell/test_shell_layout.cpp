// Window geometry and dock layout persist across runs, in a temporary
// settings location.
#include "ShellTestUtil.h"

#include "ui/shell/MainWindow.h"

#include <QDockWidget>
#include <QFile>
#include <QSettings>

using namespace stratum::ui;

class TestShellLayout : public QObject
{
    Q_OBJECT

    stratum::test::IsolatedSettings m_settings;

private slots:
    void initTestCase() { QVERIFY(m_settings.isValid()); }

    void geometryAndDocksPersist()
    {
        {
            MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(1000, 700);
            first.dock(QStringLiteral("propertiesDock"))->hide();
            first.dock(QStringLiteral("poolDock"))->raise();
            QTest::qWait(50);
            QVERIFY(first.close());
        }
        // The settings went to the temporary location, nowhere else.
        QSettings settings;
        QVERIFY2(settings.fileName().startsWith(m_settings.path()),
                 qPrintable(settings.fileName()));
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(!settings.value(QStringLiteral("mainWindow/state")).toByteArray().isEmpty());

        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), QSize(1000, 700));
        QVERIFY(!second.dock(QStringLiteral("propertiesDock"))->toggleViewAction()->isChecked());
        QVERIFY(second.dock(QStringLiteral("workspaceDock"))->toggleViewAction()->isChecked());

        // Reset Layout brings the hidden panel back.
        second.resetLayout();
        QVERIFY(second.dock(QStringLiteral("propertiesDock"))->toggleViewAction()->isChecked());
    }

    void screenshotModeDoesNotTouchSettings()
    {
        QSettings().clear();
        QSettings().sync();
        {
            MainWindow w(MainWindow::Options{false});
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.close();
        }
        QSettings settings;
        QVERIFY(!settings.contains(QStringLiteral("mainWindow/geometry")));
    }
};

QTEST_MAIN(TestShellLayout)
#include "test_shell_layout.moc"
