// The connection dialog's Test button against the private PostgreSQL cluster
// (STRATUM_TEST_PG_URL): success with version, round trip and TLS; then the
// common failures with their hints, never showing the password.

#include "ConnectTestUtil.h"

#include "ui/connect/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QThreadPool>
#include <QUuid>

using stratum::ui::ConnectionDialog;
using stratum::ui::ConnectionTestResult;

class TestConnectPg : public QObject
{
    Q_OBJECT

public:
    explicit TestConnectPg(stratum::test::IsolatedHome *) {}

private:
    QString m_url;
    QString m_password;

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

    // Presses Test and waits for its result.
    static ConnectionTestResult pressTest(ConnectionDialog &dialog)
    {
        QPushButton *test = child<QPushButton>(dialog, "test");
        if (!test->isEnabled())
            qFatal("Test is disabled: %s", qPrintable(dialog.urlError()));
        QTest::mouseClick(test, Qt::LeftButton);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog.lastTestResult().has_value(), 30000); }();
        return dialog.lastTestResult().value_or(ConnectionTestResult());
    }

    void checkNoSecrets(ConnectionDialog &dialog, const QString &secret)
    {
        QVERIFY(!dialog.testResultText().contains(secret));
        QVERIFY(!child<QLabel>(dialog, "testResult")->text().contains(secret));
        QVERIFY(!dialog.urlText().contains(secret));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = qEnvironmentVariable("STRATUM_TEST_PG_URL");
        if (m_url.isEmpty())
            QFAIL("STRATUM_TEST_PG_URL is not set; run scripts/dev-cluster.sh start");
        const auto url = stratum::config::Url::parse(m_url);
        QVERIFY(url.ok());
        m_password = url->password().value_or(QString());
        QVERIFY2(m_password.size() >= 8, "the test cluster must use a password");
        // libpq must not find the password anywhere but in the dialog.
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
    }

    void successShowsVersionRoundTripAndTls()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(dialog, "url"), m_url + QStringLiteral("?sslmode=require"));
        QTest::keyClick(child<QLineEdit>(dialog, "url"), Qt::Key_Tab);
        checkNoSecrets(dialog, m_password);

        const ConnectionTestResult r = pressTest(dialog);
        QVERIFY2(r.ok, qPrintable(r.summary()));
        QVERIFY2(r.serverVersion.startsWith(QLatin1String("15")), qPrintable(r.serverVersion));
        QVERIFY(r.tls);
        QVERIFY(r.roundTripMs > 0);
        QVERIFY(dialog.testResultText().contains(r.serverVersion));
        QVERIFY(dialog.testResultText().contains(QLatin1String("TLS in use")));
        checkNoSecrets(dialog, m_password);

        // Without TLS the dialog says so.
        QComboBox *ssl = child<QComboBox>(dialog, "sslMode");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
        const ConnectionTestResult plain = pressTest(dialog);
        QVERIFY2(plain.ok, qPrintable(plain.summary()));
        QVERIFY(!plain.tls);
        QVERIFY(dialog.testResultText().contains(QLatin1String("no TLS")));
    }

    void wrongPasswordIsAnAuthFailureWithAHint()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(dialog, "url"), m_url);
        const QString wrong = QStringLiteral("wrong-") + QUuid::createUuid().toString(QUuid::Id128);
        retype(child<QLineEdit>(dialog, "password"), wrong);
        QVERIFY(dialog.urlText().contains(QLatin1String(":***@")));

        const ConnectionTestResult r = pressTest(dialog);
        QVERIFY(!r.ok);
        QCOMPARE(r.title, QStringLiteral("Authentication failed"));
        QVERIFY2(r.message.contains(QLatin1String("password authentication failed")),
                 qPrintable(r.message));
        QVERIFY(!r.hint.isEmpty());
        QVERIFY(dialog.testResultText().contains(r.hint));
        checkNoSecrets(dialog, wrong);
        checkNoSecrets(dialog, m_password);
    }

    void commonFailuresHaveHints()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(dialog, "url"), m_url);

        retype(child<QLineEdit>(dialog, "database"), QStringLiteral("no_such_db_for_stratum"));
        ConnectionTestResult r = pressTest(dialog);
        QCOMPARE(r.title, QStringLiteral("No such database"));
        QVERIFY(r.message.contains(QLatin1String("no_such_db_for_stratum")));
        checkNoSecrets(dialog, m_password);

        retype(child<QLineEdit>(dialog, "database"), QStringLiteral("postgres"));
        retype(child<QLineEdit>(dialog, "port"), QString::number(stratum::test::closedPort()));
        r = pressTest(dialog);
        QCOMPARE(r.title, QStringLiteral("Connection refused"));
        QVERIFY(r.hint.contains(QLatin1String("running")));
        checkNoSecrets(dialog, m_password);
    }

    void readOnlyIsEnforced()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(dialog, "url"), m_url);
        child<QCheckBox>(dialog, "readOnly")->click();
        const ConnectionTestResult r = pressTest(dialog);
        QVERIFY2(r.ok, qPrintable(r.summary()));
        QVERIFY(r.readOnlyVerified);
        QVERIFY(dialog.testResultText().contains(QLatin1String("Read-only")));
    }

    void secondTestSupersedesTheFirst()
    {
        // A listening socket that never accepts: libpq's startup never completes.
        const stratum::test::Blackhole hole;
        const int blackhole = hole.port();

        auto *dialog = new ConnectionDialog;
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
        retype(
            child<QLineEdit>(*dialog, "url"),
            QStringLiteral("postgresql://u:pw@127.0.0.1:%1/db?connect_timeout=2").arg(blackhole));
        QTest::mouseClick(child<QPushButton>(*dialog, "test"), Qt::LeftButton);
        QVERIFY(dialog->isTesting());
        retype(child<QLineEdit>(*dialog, "url"), m_url);
        const ConnectionTestResult r = pressTest(*dialog);
        QVERIFY2(r.ok, qPrintable(r.summary()));
        // The first test ends by its timeout; its result must be dropped.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        QVERIFY(dialog->lastTestResult()->ok);

        // A dialog closed while a test runs never hears from it.
        QTest::mouseClick(child<QPushButton>(*dialog, "test"), Qt::LeftButton);
        retype(
            child<QLineEdit>(*dialog, "url"),
            QStringLiteral("postgresql://u:pw@127.0.0.1:%1/db?connect_timeout=1").arg(blackhole));
        QTest::mouseClick(child<QPushButton>(*dialog, "test"), Qt::LeftButton);
        delete dialog;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::processEvents();
    }
};

STRATUM_CONNECT_TEST_MAIN(TestConnectPg)
#include "test_connect_pg.moc"
