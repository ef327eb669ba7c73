// The About dialog shows the versions of Stratum, Qt, libpq and SQLite as
// loaded at run time.
#include "ShellTestUtil.h"

#include "StratumVersion.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShellActions.h"

#include <QAction>
#include <QLabel>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace stratum::ui;

class TestShellAbout : public QObject
{
    Q_OBJECT

    stratum::test::IsolatedSettings m_settings;

    static QString allLabelText(const QWidget *w)
    {
        QStringList texts;
        for (const QLabel *label : w->findChildren<QLabel *>()) {
            texts << label->text();
        }
        return texts.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() { QVERIFY(m_settings.isValid()); }

    void showsLibraryVersions()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.actions().action(ActionId::About)->trigger();
        AboutDialog *about = w.aboutDialog();
        QVERIFY(about);
        QVERIFY(about->isVisible());
        const QString text = allLabelText(about);

        QVERIFY2(text.contains(QStringLiteral(STRATUM_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(sqlite3_libversion())), qPrintable(text));
        // libpq 10 and later: major*10000 + minor.
        const int pq = PQlibVersion();
        QVERIFY(pq >= 100000);
        const QString libpq = QStringLiteral("%1.%2").arg(pq / 10000).arg(pq % 10000);
        QVERIFY2(text.contains(libpq), qPrintable(text));
        for (const char *name : {"Qt", "libpq", "SQLite"}) {
            QVERIFY2(text.contains(QLatin1String(name)), name);
        }
        QVERIFY(about->versionsText().contains(libpq));

        about->close();
        QTRY_VERIFY(!w.aboutDialog());
    }
};

QTEST_MAIN(TestShellAbout)
#include "test_shell_about.moc"
