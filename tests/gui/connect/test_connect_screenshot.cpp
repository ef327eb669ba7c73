// Renders the connection dialog (a sample profile, no real password), the
// saved-connections manager and the production confirmation to PNG files, for
// review: into $STRATUM_SCREENSHOT_DIR when set, else a temporary folder.
// Checks that each shot has a sensible size and that no label is clipped.

#include "ConnectTestUtil.h"

#include "ui/connect/ConnectionDialog.h"
#include "ui/connect/ConnectionManager.h"
#include "ui/connect/ConnectionStore.h"
#include "ui/connect/ProductionGuard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace stratum::ui;

class TestConnectScreenshot : public QObject
{
    Q_OBJECT

public:
    explicit TestConnectScreenshot(stratum::test::IsolatedHome *) {}

private:
    QTemporaryDir m_temp;
    QString m_dir;

    void shoot(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        const QPixmap shot = w->grab();
        QVERIFY(!shot.isNull());
        const QString path = m_dir + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY(shot.save(path, "PNG"));
        qInfo("wrote %s (%dx%d)", qPrintable(path), shot.width(), shot.height());
    }

    // Every visible single-line label and button shows its whole text.
    static void checkNothingClipped(QWidget *root)
    {
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
                label->textFormat() == Qt::RichText || !label->pixmap().isNull())
                continue;
            QString text = label->text();
            text.replace(QLatin1String("&&"), QLatin1String("\x01")).remove(QLatin1Char('&'));
            text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
            const int needed = label->fontMetrics().horizontalAdvance(text);
            QVERIFY2(label->contentsRect().width() >= needed,
                     qPrintable(QStringLiteral("label '%1' is clipped").arg(label->text())));
        }
        for (QPushButton *button : root->findChildren<QPushButton *>()) {
            if (!button->isVisible())
                continue;
            QVERIFY2(button->width() >= button->sizeHint().width(),
                     qPrintable(QStringLiteral("button '%1' is clipped").arg(button->text())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("STRATUM_SCREENSHOT_DIR");
        if (m_dir.isEmpty())
            m_dir = m_temp.path();
        QVERIFY(QDir().mkpath(m_dir));
    }

    void dialog()
    {
        ConnectionDialog dialog;
        ConnectionProfile sample;
        sample.name = QStringLiteral("Orders (staging)");
        sample.driverName = QStringLiteral("psycopg2");
        sample.host = QStringLiteral("db.staging.example.com");
        sample.port = 5432;
        sample.database = QStringLiteral("orders");
        sample.user = QStringLiteral("app_reader");
        sample.sslMode = QStringLiteral("verify-full");
        sample.sslRootCert = QStringLiteral("~/.postgresql/root.crt");
        sample.connectTimeoutSeconds = 10;
        sample.environment = EnvironmentTag::Staging;
        sample.folder = QStringLiteral("Clients/Acme");
        dialog.setProfile(sample);
        dialog.setPassword(QStringLiteral("sample"));
        dialog.setPasswordNote(QStringLiteral("The password is kept in the system keychain."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.width() >= 560 && dialog.width() <= 900);
        QVERIFY(dialog.height() >= 380 && dialog.height() <= 800);
        checkNothingClipped(&dialog);
        shoot(&dialog, QStringLiteral("connection-dialog"));

        auto *tabs = dialog.findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        checkNothingClipped(&dialog);
        shoot(&dialog, QStringLiteral("connection-dialog-ssl"));
        tabs->setCurrentIndex(2);
        checkNothingClipped(&dialog);
        shoot(&dialog, QStringLiteral("connection-dialog-pool"));
        tabs->setCurrentIndex(0);

        // A failed test and a URL error, as the user would see them.
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
        url->setFocus();
        url->setCursorPosition(int(url->text().indexOf(QLatin1String(":5432"))) + 3);
        QTest::keyClick(url, Qt::Key_X);
        QVERIFY(!dialog.urlError().isEmpty());
        shoot(&dialog, QStringLiteral("connection-dialog-url-error"));
    }

    void projectProposal()
    {
        QTemporaryDir project;
        QFile ini(project.path() + QStringLiteral("/alembic.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[alembic]\nscript_location = migrations\n");
        ini.close();
        QFile env(project.path() + QStringLiteral("/.env"));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("DATABASE_URL=postgresql+psycopg2://app:sample@localhost:5432/app\n");
        env.close();
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy opened(&dialog, &ConnectionDialog::projectOpened);
        dialog.openProjectFolder(project.path());
        QTRY_COMPARE(opened.count(), 1);
        dialog.adjustSize();
        checkNothingClipped(&dialog);
        shoot(&dialog, QStringLiteral("connection-dialog-project"));
    }

    void manager()
    {
        ConnectionStore store;
        for (const auto &[name, folder, env] :
             {std::tuple{"Orders", "Acme", EnvironmentTag::Prod},
              std::tuple{"Orders (staging)", "Acme", EnvironmentTag::Staging},
              std::tuple{"Local dev", "", EnvironmentTag::Dev},
              std::tuple{"Analytics", "Acme/Reporting", EnvironmentTag::None}}) {
            ConnectionProfile p;
            p.name = QString::fromLatin1(name);
            p.folder = QString::fromLatin1(folder);
            p.environment = env;
            p.host = QStringLiteral("db.example.com");
            store.save(p);
        }
        ConnectionManager manager(&store);
        manager.resize(300, 360);
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));
        shoot(&manager, QStringLiteral("connection-manager"));

        const QList<ConnectionProfile> all = store.connections();
        const ConnectionProfile prod = *std::find_if(
            all.begin(), all.end(), [](const ConnectionProfile &p) { return p.isProduction(); });
        ProductionConfirmDialog confirm(
            prod, QStringLiteral("UPDATE orders SET status = 'shipped' WHERE id = 42;\n"
                                 "DELETE FROM order_lines WHERE order_id = 42;"));
        confirm.show();
        QVERIFY(QTest::qWaitForWindowExposed(&confirm));
        checkNothingClipped(&confirm);
        shoot(&confirm, QStringLiteral("production-confirm"));
    }
};

STRATUM_CONNECT_TEST_MAIN(TestConnectScreenshot)
#include "test_connect_screenshot.moc"
