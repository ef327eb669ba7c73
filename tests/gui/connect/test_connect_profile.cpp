// ConnectionProfile: URL conversion both ways, read-only per backend, pool
// defaults, and JSON/settings persistence that never carries a password.

#include "ConnectTestUtil.h"

#include "ui/connect/ConnectionProfile.h"
#include "ui/connect/ConnectionTester.h"

#include <QJsonDocument>

using stratum::config::Url;
using stratum::ui::ConnectionProfile;

class TestConnectProfile : public QObject
{
    Q_OBJECT

public:
    explicit TestConnectProfile(stratum::test::IsolatedHome *) {}

private:
    static Url parse(const char *text)
    {
        stratum::Result<Url> u = Url::parse(QString::fromUtf8(text));
        if (!u)
            qFatal("bad test URL: %s", qPrintable(u.error().message));
        return u.value();
    }

private Q_SLOTS:
    void fromUrlFillsEveryField()
    {
        std::optional<QString> pw;
        const ConnectionProfile p = ConnectionProfile::fromUrl(
            parse("postgresql+psycopg2://alice:s%40cret@db.example.com:6543/orders"
                  "?sslmode=verify-full&sslrootcert=/ca.pem&connect_timeout=7"
                  "&application_name=report&options=-c%20search_path%3Dapp%20-c%20"
                  "default_transaction_read_only%3Don&target_session_attrs=read-write"),
            &pw);
        QCOMPARE(p.backend, stratum::config::Backend::PostgreSQL);
        QCOMPARE(p.driverName, QStringLiteral("psycopg2"));
        QCOMPARE(p.user, QStringLiteral("alice"));
        QCOMPARE(pw, std::optional<QString>(QStringLiteral("s@cret")));
        QCOMPARE(p.host, QStringLiteral("db.example.com"));
        QCOMPARE(p.port, std::optional<int>(6543));
        QCOMPARE(p.database, QStringLiteral("orders"));
        QCOMPARE(p.sslMode, QStringLiteral("verify-full"));
        QCOMPARE(p.sslRootCert, QStringLiteral("/ca.pem"));
        QCOMPARE(p.connectTimeoutSeconds, 7);
        QCOMPARE(p.applicationName, QStringLiteral("report"));
        QVERIFY(p.readOnly);
        // The rest of options and unknown keys survive.
        QCOMPARE(p.extraQuery.size(), 2);

        const Url back = p.toUrl(pw);
        QCOMPARE(back, parse("postgresql+psycopg2://alice:s%40cret@db.example.com:6543/orders"
                             "?sslmode=verify-full&sslrootcert=/ca.pem&connect_timeout=7"
                             "&application_name=report&options=-c%20search_path%3Dapp%20-c%20"
                             "default_transaction_read_only%3Don&target_session_attrs=read-write"));
        QVERIFY(!p.toUrl().password().has_value());
        QVERIFY(p.toUrl(pw).toString(true).contains(QLatin1String(":***@")));
    }

    void passwordInTheQueryIsASecret()
    {
        std::optional<QString> pw;
        const ConnectionProfile p =
            ConnectionProfile::fromUrl(parse("postgresql://bob@h/db?password=hunter22"), &pw);
        QCOMPARE(pw, std::optional<QString>(QStringLiteral("hunter22")));
        QVERIFY(p.extraQuery.isEmpty());
        QVERIFY(!QJsonDocument(p.toJson()).toJson().contains("hunter22"));
    }

    void sqliteReadOnlyIsAConnectStatement()
    {
        ConnectionProfile base;
        base.readOnly = true;
        const ConnectionProfile p = ConnectionProfile::fromUrl(parse("sqlite:///rel/app.db"), base);
        QCOMPARE(p.backend, stratum::config::Backend::SQLite);
        QCOMPARE(p.database, QStringLiteral("rel/app.db"));
        QVERIFY(p.readOnly);
        QCOMPARE(p.connectStatements(), QStringList{QStringLiteral("PRAGMA query_only=ON")});
        QCOMPARE(p.toUrl().toString(), QStringLiteral("sqlite:///rel/app.db"));
        const ConnectionProfile memory = ConnectionProfile::fromUrl(parse("sqlite://"));
        QCOMPARE(memory.database, QStringLiteral(":memory:"));
        QVERIFY(memory.toUrl().isSqliteMemory());
    }

    void poolDefaultsAreSqlAlchemys()
    {
        const stratum::ui::PoolSettings settings;
        const stratum::engine::PoolOptions fromSettings = settings.toOptions();
        const stratum::engine::PoolOptions defaults;
        QCOMPARE(fromSettings.poolSize, defaults.poolSize);
        QCOMPARE(fromSettings.maxOverflow, defaults.maxOverflow);
        QCOMPARE(fromSettings.timeout, defaults.timeout);
        QCOMPARE(fromSettings.recycle, defaults.recycle);
        QCOMPARE(fromSettings.prePing, defaults.prePing);
        QCOMPARE(settings.size, 5);
        QCOMPARE(settings.overflow, 10);
        QCOMPARE(settings.timeoutSeconds, 30);
        QCOMPARE(settings.recycleSeconds, -1);
    }

    // libpq's wording for the common failures (PostgreSQL 15), as the driver
    // passes them on, becomes a title and a hint in plain words.
    void failuresAreExplained_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("title");
        const QString prefix = QStringLiteral(
            "Could not connect to postgresql://u:***@h/db: connection to server at \"h\" "
            "(10.0.0.5), port 5432 failed: ");
        QTest::newRow("ssl required")
            << prefix + QStringLiteral("FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user "
                                       "\"u\", database \"db\", no encryption")
            << QStringLiteral("08001") << QStringLiteral("SSL required");
        QTest::newRow("server without ssl")
            << prefix + QStringLiteral("server does not support SSL, but SSL was required")
            << QStringLiteral("08001") << QStringLiteral("SSL not available");
        QTest::newRow("auth") << prefix + QStringLiteral("FATAL:  password authentication failed "
                                                         "for user \"u\"")
                              << QStringLiteral("28P01") << QStringLiteral("Authentication failed");
        QTest::newRow("no database")
            << prefix + QStringLiteral("FATAL:  database \"db\" does not exist")
            << QStringLiteral("3D000") << QStringLiteral("No such database");
        QTest::newRow("refused")
            << prefix + QStringLiteral("Connection refused\n\tIs the server running on that host "
                                       "and accepting TCP/IP connections?")
            << QStringLiteral("08001") << QStringLiteral("Connection refused");
        QTest::newRow("timeout") << QStringLiteral("Could not connect to postgresql://u:***@h/db: "
                                                   "timed out after 3 s (connect_timeout).")
                                 << QStringLiteral("08001") << QStringLiteral("Timed out");
        QTest::newRow("dns") << QStringLiteral("Could not connect to postgresql://u:***@nohost/db: "
                                               "could not translate host name \"nohost\" to "
                                               "address: Name or service not known")
                             << QStringLiteral("08001") << QStringLiteral("Unknown host");
    }

    void failuresAreExplained()
    {
        QFETCH(QString, message);
        QFETCH(QString, code);
        QFETCH(QString, title);
        stratum::Error e;
        e.message = message;
        e.code = code;
        stratum::ui::ConnectionTestResult r;
        stratum::ui::ConnectionTester::explain(e, stratum::config::Backend::PostgreSQL, r,
                                               QStringLiteral("hunter22"));
        QCOMPARE(r.title, title);
        QVERIFY(!r.hint.isEmpty());
        // The wrapping is gone; the server's sentence leads.
        QVERIFY2(!r.message.startsWith(QLatin1String("Could not connect")), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1String("FATAL")));
        QVERIFY(r.summary().contains(r.hint));
    }

    void jsonAndSettingsRoundTrip()
    {
        ConnectionProfile p = ConnectionProfile::fromUrl(
            parse("postgresql://carol:pw1234@h:5433/db?sslmode=require&keepalives=1"));
        p.id = QStringLiteral("abc");
        p.name = QStringLiteral("Carol's DB");
        p.folder = QStringLiteral("Clients/Acme");
        p.color = QColor(QStringLiteral("#123456"));
        p.environment = stratum::ui::EnvironmentTag::Staging;
        p.pool.size = 7;
        p.pool.prePing = true;
        p.pool.recycleSeconds = 3600;

        const QJsonObject json = p.toJson();
        QVERIFY(!QJsonDocument(json).toJson().contains("pw1234"));
        const auto back = ConnectionProfile::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), p);

        {
            QSettings settings;
            settings.beginGroup(QStringLiteral("test"));
            p.save(settings);
        }
        QSettings settings;
        settings.beginGroup(QStringLiteral("test"));
        QCOMPARE(ConnectionProfile::load(settings), p);

        QJsonObject bad = json;
        bad.insert(QStringLiteral("backend"), QStringLiteral("oracle"));
        QVERIFY(!ConnectionProfile::fromJson(bad).ok());
    }
};

STRATUM_CONNECT_TEST_MAIN(TestConnectProfile)
#include "test_connect_profile.moc"
