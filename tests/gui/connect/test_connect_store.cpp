// Saved connections: folders, duplicate, rename, delete, import and export;
// passwords go to the keychain or nowhere. With no keychain (no session bus,
// as in CI) Stratum says so and asks at each connect, and no file written
// under the isolated home - settings, data, caches, the export - contains the
// password.

#include "ConnectTestUtil.h"

#include "ui/connect/ConnectionDialog.h"
#include "ui/connect/ConnectionManager.h"
#include "ui/connect/ConnectionStore.h"
#include "ui/connect/PasswordVault.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUrl>

using namespace stratum::ui;

class TestConnectStore : public QObject
{
    Q_OBJECT

public:
    explicit TestConnectStore(stratum::test::IsolatedHome *home)
        : m_home(home)
    {}

private:
    stratum::test::IsolatedHome *m_home;
    const QString m_secret = QStringLiteral("Pa55-w0rd-never-on-disk");

    static void clearStore(ConnectionStore &store)
    {
        for (const ConnectionProfile &p : store.connections())
            store.remove(p.id);
        for (const QString &f : store.folders())
            store.removeFolder(f);
    }

    // Fails when any file under the isolated home holds needle, in UTF-8,
    // UTF-16 or percent-encoded form. Returns how many files it read.
    int scanHome(const QString &needle, const QStringList &mustInclude)
    {
        QSettings().sync();
        const QByteArray utf8 = needle.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        const QByteArray percent = QUrl::toPercentEncoding(needle);
        int count = 0;
        QStringList seen;
        for (const QString &path : m_home->allFiles()) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            ++count;
            seen << path;
            qInfo("scanned %s (%lld bytes)",
                  qPrintable(QDir(m_home->path()).relativeFilePath(path)), qint64(data.size()));
            if (data.contains(utf8) || data.contains(utf16) || data.contains(percent))
                qFatal("the password was written to %s", qPrintable(path));
        }
        for (const QString &suffix : mustInclude) {
            const bool found = std::any_of(seen.begin(), seen.end(),
                                           [&](const QString &p) { return p.endsWith(suffix); });
            if (!found)
                qFatal("expected a file ending in %s among the scanned files", qPrintable(suffix));
        }
        return count;
    }

private Q_SLOTS:
    void init()
    {
        ConnectionStore store;
        clearStore(store);
    }

    void savedPasswordNeverReachesAFile()
    {
        ConnectionStore store;
        ConnectionManager manager(&store);
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));
        QSignalSpy stored(&store, &ConnectionStore::passwordStored);
        QSignalSpy messages(&manager, &ConnectionManager::message);

        ConnectionDialog *dialog = manager.newConnection();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Orders production"));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("url"));
        url->setFocus();
        QTest::keyClicks(
            url, QStringLiteral("postgresql://orders:%1@db.internal:5432/orders").arg(m_secret));
        QCOMPARE(dialog->password(), std::optional<QString>(m_secret));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);

        QTRY_COMPARE(store.connections().size(), 1);
        const ConnectionProfile saved = store.connections().first();
        QCOMPARE(saved.name, QStringLiteral("Orders production"));
        QCOMPARE(saved.host, QStringLiteral("db.internal"));

        // No keychain here: the job fails, and Stratum says so.
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 15000);
        QCOMPARE(stored.first().at(1).toBool(), false);
        QCOMPARE(store.vault()->state(), PasswordVault::State::Unavailable);
        qInfo("%s", qPrintable(store.vault()->statusText()));
        QVERIFY(store.vault()->statusText().contains(QLatin1String("ask")));
        QTRY_VERIFY(!messages.isEmpty());

        const QString exportPath = m_home->path() + QStringLiteral("/data/export.json");
        QVERIFY(store.exportToFile(exportPath).ok());
        const int files =
            scanHome(m_secret, {QStringLiteral(".conf"), QStringLiteral("export.json")});
        QVERIFY(files >= 2);

        // Connecting asks for the password, each time, and keeps it nowhere.
        QSignalSpy connects(&manager, &ConnectionManager::connectRequested);
        for (int attempt = 0; attempt < 2; ++attempt) {
            manager.requestConnect(saved.id);
            QTRY_VERIFY_WITH_TIMEOUT(
                manager.passwordPrompt() && manager.passwordPrompt()->isVisible(), 15000);
            QInputDialog *prompt = manager.passwordPrompt();
            QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
            QVERIFY(prompt->labelText().contains(QLatin1String("No system keychain")));
            auto *edit = prompt->findChild<QLineEdit *>();
            edit->setFocus();
            QTest::keyClicks(edit, m_secret);
            QTest::keyClick(edit, Qt::Key_Return);
            QTRY_COMPARE(connects.count(), attempt + 1);
            QCOMPARE(connects.last().at(1).value<std::optional<QString>>(),
                     std::optional<QString>(m_secret));
        }
        scanHome(m_secret, {});
    }

    void foldersDuplicateRenameDelete()
    {
        ConnectionStore store;
        ConnectionProfile a;
        a.name = QStringLiteral("alpha");
        a.folder = QStringLiteral("Clients/Acme");
        a.host = QStringLiteral("acme-db");
        a = store.save(a);
        QVERIFY(!a.id.isEmpty());
        store.addFolder(QStringLiteral("Empty"));
        QCOMPARE(store.folders(),
                 (QStringList{QStringLiteral("Clients"), QStringLiteral("Clients/Acme"),
                              QStringLiteral("Empty")}));

        ConnectionManager manager(&store);
        auto *tree = manager.findChild<QTreeWidget *>(QStringLiteral("connections"));
        QCOMPARE(tree->topLevelItemCount(), 2);  // Clients, Empty

        const auto copy = store.duplicate(a.id);
        QVERIFY(copy);
        QCOMPARE(copy->name, QStringLiteral("alpha (copy)"));
        QCOMPARE(copy->folder, a.folder);
        QVERIFY(copy->id != a.id);

        QVERIFY(store.rename(copy->id, QStringLiteral("beta")));
        QCOMPARE(store.connection(copy->id)->name, QStringLiteral("beta"));

        QVERIFY(store.renameFolder(QStringLiteral("Clients"), QStringLiteral("Customers")));
        QCOMPARE(store.connection(a.id)->folder, QStringLiteral("Customers/Acme"));
        QVERIFY(!store.folders().contains(QStringLiteral("Clients")));

        manager.selectConnection(copy->id);
        QCOMPARE(manager.currentId(), copy->id);
        QCOMPARE(manager.currentFolder(), QStringLiteral("Customers/Acme"));

        QVERIFY(store.remove(copy->id));
        QVERIFY(!store.connection(copy->id));
        store.removeFolder(QStringLiteral("Customers"));
        QVERIFY(store.connections().isEmpty());
        QCOMPARE(store.folders(), QStringList{QStringLiteral("Empty")});
    }

    void importExportRoundTrip()
    {
        ConnectionStore store;
        ConnectionProfile pg;
        pg.name = QStringLiteral("warehouse");
        pg.folder = QStringLiteral("Team");
        pg.host = QStringLiteral("wh");
        pg.port = 5444;
        pg.environment = EnvironmentTag::Prod;
        pg.pool.size = 12;
        pg = store.save(pg);
        ConnectionProfile lite;
        lite.backend = stratum::config::Backend::SQLite;
        lite.database = QStringLiteral("/tmp/app.db");
        lite.readOnly = true;
        lite = store.save(lite);

        const QByteArray json = store.exportJson();
        QVERIFY(!json.contains("password"));

        // A file that smuggles passwords in is read without them.
        QByteArray tampered = json;
        tampered.replace("\"host\": \"wh\"", "\"host\": \"wh\", \"password\": \"leak123\"");
        tampered.replace("\"query\": [", "\"query\": [[\"password\", \"leak456\"]");
        QVERIFY(tampered != json);
        const auto imported = store.importJson(tampered);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported->size(), 2);
        QCOMPARE(store.connections().size(), 4);
        QVERIFY(!store.exportJson().contains("leak"));
        QSettings().sync();
        for (const QString &path : m_home->allFiles()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("leak"), qPrintable(path));
        }
        // Same settings, fresh ids, names made unique.
        const ConnectionProfile again =
            *std::find_if(imported->begin(), imported->end(),
                          [](const ConnectionProfile &p) { return p.host == QLatin1String("wh"); });
        QVERIFY(again.id != pg.id);
        QCOMPARE(again.name, QStringLiteral("warehouse (2)"));
        QCOMPARE(again.port, std::optional<int>(5444));
        QCOMPARE(again.environment, EnvironmentTag::Prod);
        QCOMPARE(again.pool.size, 12);

        QVERIFY(!store.importJson("{\"format\": \"other\"}").ok());
        QVERIFY(!store.importJson("not json").ok());
    }
};

STRATUM_CONNECT_TEST_MAIN(TestConnectStore)
#include "test_connect_store.moc"
