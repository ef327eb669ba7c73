// Guards on what a connection may do, through the real window: a prod-tagged
// connection asks before statements that change data or schema; a read-only
// SQLite connection has its writes refused by SQLite itself (PRAGMA
// query_only on every pooled connection); and where no keychain answers (no
// session bus, as here), Stratum says so and asks for the password at each
// connect, keeping it nowhere.
#include "ShellTestUtil.h"

#include "core/engine/Engine.h"
#include "ui/connect/ConnectionProfile.h"
#include "ui/connect/ConnectionStore.h"
#include "ui/connect/PasswordVault.h"
#include "ui/connect/ProductionGuard.h"
#include "ui/console/ConsoleWidget.h"
#include "ui/console/MessagesView.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ScriptFile.h"
#include "ui/console/SqlEditor.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/ConnectionActions.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/ConsoleDocument.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShellActions.h"
#include "ui/shell/Workbench.h"

#include <QAction>
#include <QDirIterator>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

using namespace stratum;
using namespace stratum::ui;

namespace {

bool makeDatabase(const QString &path)
{
    auto url = config::Url::parse(QStringLiteral("sqlite:///") + path);
    if (!url)
        return false;
    auto engine = engine::Engine::create(url.value());
    if (!engine)
        return false;
    auto handle = engine.value()->connect();
    return handle &&
           handle.value()
               .execute(QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT);"
                                       "INSERT INTO things VALUES (1, 'one'), (2, 'two')"))
               .ok();
}

// Runs sql in the console (the statement under the caret) and waits for it.
bool run(ConsoleWidget *console, const QString &sql)
{
    console->editor()->setText(sql);
    console->runCurrent();
    return QTest::qWaitFor([&] { return !console->isRunning(); }, 30000);
}

QString countThings(ConsoleWidget *console)
{
    if (!run(console, QStringLiteral("SELECT count(*) FROM things")) || console->resultCount() != 1)
        return QStringLiteral("<no result>");
    ResultModel *m = console->resultModel(0);
    return m->data(m->index(0, 0)).toString();
}

// Answers the next production confirmation with accept or reject; counts how
// many were shown.
class ConfirmAnswerer
{
public:
    explicit ConfirmAnswerer(bool accept)
        : m_accept(accept)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *d = qobject_cast<ProductionConfirmDialog *>(w);
                if (d && d->isVisible()) {
                    ++shown;
                    lastMessage = d->message();
                    m_accept ? d->accept() : d->reject();
                }
            }
        });
        m_timer.start(20);
    }
    int shown = 0;
    QString lastMessage;

private:
    bool m_accept;
    QTimer m_timer;
};

}  // namespace

class TestShellGuard : public QObject
{
    Q_OBJECT

    stratum::test::IsolatedSettings m_settings;
    QTemporaryDir m_dir;

    ConsoleWidget *openConsole(Workbench *bench, const ConnectionProfile &p)
    {
        bench->connections().add(ConnectionActions::toWorkspace(p, std::nullopt));
        ConsoleDocument *doc = bench->consoles().newConsole(p.id);
        return doc ? doc->console() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QVERIFY(m_dir.isValid());
        // The keychain must be unreachable here, as in CI.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/stratum-test-bus");
    }

    void prodConnectionAsksBeforeChanges()
    {
        const QString db = m_dir.filePath(QStringLiteral("prod.db"));
        QVERIFY(makeDatabase(db));
        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        w.show();
        ConnectionProfile p;
        p.id = QStringLiteral("prod-sqlite");
        p.name = QStringLiteral("Orders (prod)");
        p.backend = config::Backend::SQLite;
        p.database = db;
        p.environment = EnvironmentTag::Prod;
        ConsoleWidget *console = openConsole(bench, p);
        QVERIFY(console);

        {
            // Reading asks nothing.
            ConfirmAnswerer answer(false);
            QCOMPARE(countThings(console), QStringLiteral("2"));
            QCOMPARE(answer.shown, 0);
        }
        {
            // A change asks; Cancel runs nothing at all.
            ConfirmAnswerer answer(false);
            console->editor()->setText(QStringLiteral("DELETE FROM things WHERE id = 1"));
            console->runCurrent();
            QTRY_COMPARE_WITH_TIMEOUT(answer.shown, 1, 10000);
            QVERIFY(!console->isRunning());
            QVERIFY(answer.lastMessage.contains(QLatin1String("Orders (prod)")));
            QVERIFY(answer.lastMessage.contains(QLatin1String("DELETE FROM things")));
            QCOMPARE(countThings(console), QStringLiteral("2"));
        }
        {
            // DDL in a script asks too; confirming runs it.
            ConfirmAnswerer answer(true);
            console->editor()->setText(
                QStringLiteral("SELECT 1;\nCREATE TABLE extra (x INT);\nDELETE FROM things "
                               "WHERE id = 1;"));
            console->runScript();
            QTRY_COMPARE_WITH_TIMEOUT(answer.shown, 1, 10000);
            QVERIFY(QTest::qWaitFor([&] { return !console->isRunning(); }, 30000));
            QVERIFY(answer.lastMessage.contains(QLatin1String("CREATE TABLE extra")));
            QCOMPARE(countThings(console), QStringLiteral("1"));
            QCOMPARE(answer.shown, 1);
        }

        // A connection without the prod tag never asks.
        ConnectionProfile dev = p;
        dev.id = QStringLiteral("dev-sqlite");
        dev.environment = EnvironmentTag::Dev;
        ConsoleWidget *devConsole = openConsole(bench, dev);
        QVERIFY(devConsole);
        ConfirmAnswerer answer(false);
        QVERIFY(run(devConsole, QStringLiteral("DELETE FROM things")));
        QCOMPARE(answer.shown, 0);
        QCOMPARE(countThings(devConsole), QStringLiteral("0"));
    }

    void readOnlySqliteRefusedBySqlite()
    {
        const QString db = m_dir.filePath(QStringLiteral("readonly.db"));
        QVERIFY(makeDatabase(db));
        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        w.show();
        ConnectionProfile p;
        p.id = QStringLiteral("ro-sqlite");
        p.name = QStringLiteral("Read only");
        p.backend = config::Backend::SQLite;
        p.database = db;
        p.readOnly = true;
        ConsoleWidget *console = openConsole(bench, p);
        QVERIFY(console);
        QCOMPARE(countThings(console), QStringLiteral("2"));
        QVERIFY(run(console, QStringLiteral("DELETE FROM things")));
        const QString messages = console->messages()->plainText();
        QVERIFY2(messages.contains(QLatin1String("readonly"), Qt::CaseInsensitive),
                 qPrintable(messages));
        QCOMPARE(countThings(console), QStringLiteral("2"));
        // The file itself is writable: the refusal came from query_only.
        QVERIFY(QFileInfo(db).isWritable());
    }

    void unsavedScriptsOfferedAtNextStart()
    {
        const QString db = m_dir.filePath(QStringLiteral("scripts.db"));
        QVERIFY(makeDatabase(db));
        ConnectionProfile p;
        p.id = QStringLiteral("scripts-sqlite");
        p.name = QStringLiteral("Scripts");
        p.backend = config::Backend::SQLite;
        p.database = db;
        const QString draft = QStringLiteral("SELECT name FROM things; -- unsaved draft");
        QDir(ScriptFile::autosaveDirectory()).removeRecursively();
        {
            // A first run types a script and quits without saving it.
            MainWindow w(MainWindow::Options{false});
            auto *bench = new Workbench(w);
            w.show();
            ConsoleWidget *console = openConsole(bench, p);
            QVERIFY(console);
            console->editor()->setText(draft);
        }
        QCOMPARE(ScriptFile::recoverable().size(), 1);

        // The next run offers it once a connection exists, and restores it on
        // its own connection, unsaved.
        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        w.show();
        QAction *restore = w.actions().action(ActionId::RestoreScripts);
        QVERIFY(!restore->isEnabled());
        bench->connections().add(ConnectionActions::toWorkspace(p, std::nullopt));
        QVERIFY(restore->isEnabled());
        restore->trigger();
        ConsoleDocument *doc = bench->consoles().currentConsole();
        QVERIFY(doc);
        QCOMPARE(doc->connectionId(), p.id);
        QCOMPARE(doc->console()->editor()->text(), draft);
        QVERIFY(doc->console()->script()->isModified());
        QVERIFY(!restore->isEnabled());
    }

    void passwordAskedAtEachConnectWithoutKeychain()
    {
        const QString secret =
            QStringLiteral("s3cr3t-Pr0mpt-%1").arg(QCoreApplication::applicationPid());
        MainWindow w(MainWindow::Options{false});
        auto *bench = new Workbench(w);
        w.show();
        ConnectionProfile p;
        p.name = QStringLiteral("Remote");
        p.backend = config::Backend::PostgreSQL;
        p.host = QStringLiteral("127.0.0.1");
        p.port = 1;  // nothing listens: connecting fails later, on a worker
        p.database = QStringLiteral("app");
        p.user = QStringLiteral("alice");
        const ConnectionProfile saved = bench->store().save(p);
        bench->store().storePassword(saved.id, secret);
        QTRY_COMPARE_WITH_TIMEOUT(bench->store().vault()->state(),
                                  PasswordVault::State::Unavailable, 30000);

        for (int attempt = 0; attempt < 2; ++attempt) {
            bench->connectionActions().open(saved.id);
            QTRY_VERIFY_WITH_TIMEOUT(bench->connectionActions().passwordPrompt() &&
                                         bench->connectionActions().passwordPrompt()->isVisible(),
                                     30000);
            QInputDialog *prompt = bench->connectionActions().passwordPrompt();
            QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
            QVERIFY2(prompt->labelText().contains(QLatin1String("No system keychain")),
                     qPrintable(prompt->labelText()));
            auto *edit = prompt->findChild<QLineEdit *>();
            QVERIFY(edit);
            edit->setFocus();
            QTest::keyClicks(edit, secret);
            QTest::keyClick(edit, Qt::Key_Return);
            QTRY_VERIFY(bench->connections().contains(saved.id));
            const WorkspaceConnection *c = bench->connections().connection(saved.id);
            QCOMPARE(c->url.password(), std::optional<QString>(secret));
            QVERIFY(!c->url.toString(true).contains(secret));
        }

        // Nothing under the settings folder holds the password.
        QDirIterator it(m_settings.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_MAIN(TestShellGuard)
#include "test_shell_guard.moc"
