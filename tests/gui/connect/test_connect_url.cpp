// The connection dialog's URL field and form stay in sync both ways, driven
// through real key presses.

#include "ConnectTestUtil.h"

#include "ui/connect/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using stratum::ui::ConnectionDialog;

class TestConnectUrl : public QObject
{
    Q_OBJECT

public:
    explicit TestConnectUrl(stratum::test::IsolatedHome *home)
        : m_home(home)
    {}

private:
    template <typename T> static T *child(QWidget &parent, const char *name)
    {
        T *w = parent.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child widget named %s", name);
        return w;
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    stratum::test::IsolatedHome *m_home;

private Q_SLOTS:
    void typedUrlFillsTheFields()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *url = child<QLineEdit>(dialog, "url");
        retype(url, QStringLiteral("postgresql+psycopg2://u:p@h/db?sslmode=require"));

        QCOMPARE(child<QComboBox>(dialog, "driver")->currentText(), QStringLiteral("PostgreSQL"));
        QCOMPARE(child<QLineEdit>(dialog, "host")->text(), QStringLiteral("h"));
        QCOMPARE(child<QLineEdit>(dialog, "port")->text(), QString());
        QCOMPARE(child<QLineEdit>(dialog, "database")->text(), QStringLiteral("db"));
        QCOMPARE(child<QLineEdit>(dialog, "user")->text(), QStringLiteral("u"));
        QLineEdit *password = child<QLineEdit>(dialog, "password");
        QCOMPARE(password->text(), QStringLiteral("p"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QComboBox>(dialog, "sslMode")->currentData().toString(),
                 QStringLiteral("require"));
        QVERIFY(dialog.urlError().isEmpty());
        // Every prefix typed on the way was parsed; none left a stray SSL mode behind.
        QCOMPARE(child<QComboBox>(dialog, "sslMode")->count(), 7);

        const stratum::ui::ConnectionProfile p = dialog.profile();
        QCOMPARE(p.driverName, QStringLiteral("psycopg2"));
        QCOMPARE(p.sslMode, QStringLiteral("require"));
        QCOMPARE(dialog.password(), std::optional<QString>(QStringLiteral("p")));

        // Leaving the field shows the URL as the fields see it: password hidden.
        QTest::keyClick(url, Qt::Key_Tab);
        QCOMPARE(dialog.urlText(),
                 QStringLiteral("postgresql+psycopg2://u:***@h/db?sslmode=require"));
    }

    void editingAFieldRewritesTheUrl()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(dialog, "url"),
               QStringLiteral("postgresql+psycopg2://u:p@h/db?sslmode=require"));

        QLineEdit *port = child<QLineEdit>(dialog, "port");
        port->setFocus();
        QTest::keyClicks(port, QStringLiteral("6543"));
        QCOMPARE(dialog.urlText(),
                 QStringLiteral("postgresql+psycopg2://u:***@h:6543/db?sslmode=require"));
        QVERIFY(!dialog.urlText().contains(QLatin1String(":p@")));

        QLineEdit *user = child<QLineEdit>(dialog, "user");
        user->setFocus();
        QTest::keyClicks(user, QStringLiteral("ser"));
        QCOMPARE(dialog.urlText(),
                 QStringLiteral("postgresql+psycopg2://user:***@h:6543/db?sslmode=require"));

        // Read-only becomes libpq's options parameter.
        QTest::mouseClick(child<QCheckBox>(dialog, "readOnly"), Qt::LeftButton, {},
                          QPoint(5, child<QCheckBox>(dialog, "readOnly")->height() / 2));
        QVERIFY(child<QCheckBox>(dialog, "readOnly")->isChecked());
        const auto parsed = stratum::config::Url::parse(dialog.urlText());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->queryValue(QStringLiteral("options")),
                 std::optional<QString>(QStringLiteral("-c default_transaction_read_only=on")));

        // Editing the URL that shows *** keeps the real password.
        QLineEdit *url = child<QLineEdit>(dialog, "url");
        url->setFocus();
        url->setCursorPosition(int(url->text().indexOf(QLatin1String("@h")) + 2));
        QTest::keyClicks(url, QStringLiteral("ost2"));
        QCOMPARE(child<QLineEdit>(dialog, "host")->text(), QStringLiteral("host2"));
        QCOMPARE(dialog.password(), std::optional<QString>(QStringLiteral("p")));
        QVERIFY(dialog.profile().readOnly);
    }

    void invalidUrlShowsTheErrorAndKeepsTheText()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *url = child<QLineEdit>(dialog, "url");
        retype(url, QStringLiteral("postgresql://u:secretpw@h:5433/db"));
        QCOMPARE(child<QLineEdit>(dialog, "port")->text(), QStringLiteral("5433"));

        // A typo in the middle of a valid URL.
        const QString bad = QStringLiteral("postgresql://u:secretpw@h:54x33/db");
        url->setCursorPosition(int(bad.indexOf(QLatin1Char('x'))));
        QTest::keyClick(url, Qt::Key_X);
        QCOMPARE(url->text(), bad);
        const QLabel *error = child<QLabel>(dialog, "urlError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QLatin1String("Column ")), qPrintable(error->text()));
        QVERIFY(!error->text().contains(QLatin1String("secretpw")));
        // The fields keep the last URL that parsed; the error does not wipe them.
        QCOMPARE(child<QLineEdit>(dialog, "port")->text(), QStringLiteral("5433"));
        QCOMPARE(dialog.password(), std::optional<QString>(QStringLiteral("secretpw")));
        QVERIFY(!child<QWidget>(dialog, "test")->isEnabled());
        // Leaving the field does not overwrite what the user typed.
        QTest::keyClick(url, Qt::Key_Tab);
        QCOMPARE(url->text(), bad);

        // Fixing the text clears the error and hides the password again on leaving.
        url->setFocus();
        url->setCursorPosition(int(bad.indexOf(QLatin1Char('x'))) + 1);
        QTest::keyClick(url, Qt::Key_Backspace);
        QVERIFY(error->isHidden());
        QCOMPARE(child<QLineEdit>(dialog, "port")->text(), QStringLiteral("5433"));
        QVERIFY(child<QWidget>(dialog, "test")->isEnabled());
        QTest::keyClick(url, Qt::Key_Tab);
        QCOMPARE(url->text(), QStringLiteral("postgresql://u:***@h:5433/db"));
    }

    void sqliteUrl()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(dialog, "url"), QStringLiteral("sqlite:////tmp/stratum demo.db"));
        QCOMPARE(child<QComboBox>(dialog, "driver")->currentText(), QStringLiteral("SQLite"));
        QCOMPARE(child<QLineEdit>(dialog, "database")->text(),
                 QStringLiteral("/tmp/stratum demo.db"));
        QVERIFY(!child<QLineEdit>(dialog, "host")->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "password")->isEnabled());

        // Read-only on SQLite is a flag (PRAGMA query_only at connect), not URL text.
        child<QCheckBox>(dialog, "readOnly")->click();
        QVERIFY(dialog.profile().readOnly);
        QCOMPARE(dialog.profile().connectStatements(),
                 QStringList{QStringLiteral("PRAGMA query_only=ON")});
        QVERIFY(!dialog.urlText().contains(QLatin1String("read_only")));

        // Switching the driver back re-renders the URL for PostgreSQL.
        QComboBox *driver = child<QComboBox>(dialog, "driver");
        driver->setFocus();
        QTest::keyClick(driver, Qt::Key_Up);
        QCOMPARE(driver->currentText(), QStringLiteral("PostgreSQL"));
        QVERIFY2(dialog.urlText().startsWith(QLatin1String("postgresql://")),
                 qPrintable(dialog.urlText()));
    }

    void mysqlIsShownButNotSelectable()
    {
        ConnectionDialog dialog;
        QComboBox *driver = child<QComboBox>(dialog, "driver");
        QCOMPARE(driver->count(), 3);
        QVERIFY(driver->itemText(2).contains(QLatin1String("not yet available")));
        QVERIFY(!(driver->model()->flags(driver->model()->index(2, 0)) & Qt::ItemIsEnabled));
    }
};

STRATUM_CONNECT_TEST_MAIN(TestConnectUrl)
#include "test_connect_url.moc"
