// A connection with the read-only flag on the private PostgreSQL cluster,
// opened in the real window: reads work, and a write is refused by the
// server (default_transaction_read_only), not by any guess in Stratum.
#include "ShellTestUtil.h"

#include "tests/pg/driver/PgTestSupport.h"
#include "ui/connect/ConnectionProfile.h"
#include "ui/console/ConsoleWidget.h"
#include "ui/console/MessagesView.h"
#include "ui/console/ResultModel.h"
#include "ui/console/SqlEditor.h"
#include "ui/shell/ConnectionActions.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/ConsoleDocument.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workbench.h"

using namespace stratum;
using namespace stratum::ui;

namespace {

bool run(ConsoleWidget *console, const QString &sql)
{
    console->editor()->setText(sql);
    console->runCurrent();
    return QTest::qWaitFor([&] { return !console->isRunning(); }, 30000);
}

}  // namespace

class TestShellReadOnlyPg : public QObject
{
    Q_OBJECT

    stratum::test::IsolatedSettings m_settings;

private slots:
    void writeRefusedByServer()
    {
        STRATUM_REQUIRE_PG_URL(admin);
        testing::TempDatabase db(admin);
        QVERIFY2(db.ok(), "could not create the test database");
        {
            auto c = testing::connectTo(db.url());
            QVERIFY(c);
            QVERIFY(c.value()->execute(QStringLiteral("CREATE TABLE things (id int PRIMARY KEY); "
                                                      "INSERT INTO things VALUES (1), (2)")));
        }

        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        w.show();
        std::optional<QString> password;
        ConnectionProfile p = ConnectionProfile::fromUrl(db.url(), &password);
        p.id = QStringLiteral("ro-pg");
        p.name = QStringLiteral("Read-only PG");
        p.readOnly = true;
        bench->connections().add(ConnectionActions::toWorkspace(p, password));
        ConsoleDocument *doc = bench->consoles().newConsole(p.id);
        QVERIFY(doc);
        ConsoleWidget *console = doc->console();

        QVERIFY(run(console, QStringLiteral("SHOW default_transaction_read_only")));
        QCOMPARE(console->resultCount(), 1);
        QCOMPARE(console->resultModel(0)->cellText(0, 0), QStringLiteral("on"));
        QVERIFY(run(console, QStringLiteral("DELETE FROM things")));
        const QString messages = console->messages()->plainText();
        QVERIFY2(messages.contains(QLatin1String("read-only transaction")), qPrintable(messages));
        QVERIFY(run(console, QStringLiteral("SELECT count(*) FROM things")));
        QCOMPARE(console->resultModel(0)->cellText(0, 0), QStringLiteral("2"));
    }
};

QTEST_MAIN(TestShellReadOnlyPg)
#include "test_shell_readonly_pg.moc"
