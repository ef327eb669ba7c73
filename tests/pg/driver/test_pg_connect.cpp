// Connecting to PostgreSQL: clear errors for a wrong password, a missing
// database, a refused port and a host that never answers (within
// connect_timeout), TLS with the right and the wrong CA; and no message ever
// contains the password.
#include "PgTestSupport.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace stratum;
using namespace stratum::engine;
using stratum::testing::connectTo;
using stratum::testing::errorText;

namespace {

// A TCP socket on 127.0.0.1 that listens but never accepts: the kernel
// completes the handshake, libpq sends its startup packet, and no answer ever
// comes. Deterministic without any network, unlike a blackhole address such
// as 10.255.255.1, whose behaviour depends on the sandbox's routing.
class SilentListener
{
public:
    SilentListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&a), len) == 0 && ::listen(m_fd, 4) == 0 &&
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
            m_port = ntohs(a.sin_port);
    }
    ~SilentListener() { ::close(m_fd); }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// A port on 127.0.0.1 that nothing listens on (bound once, then released).
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ::bind(fd, reinterpret_cast<sockaddr *>(&a), len);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

}  // namespace

class TestPgConnect : public QObject
{
    Q_OBJECT

    QString m_password;

    void verifyNoPassword(const Error &e)
    {
        const QString all = errorText(e) + e.context;
        if (!m_password.isEmpty())
            QVERIFY2(!all.contains(m_password), "an error message contains the password");
    }

private slots:
    void initTestCase()
    {
        STRATUM_REQUIRE_PG_URL(url);
        m_password =
            qEnvironmentVariable("STRATUM_TEST_PG_PASSWORD", url.password().value_or(QString()));
        QVERIFY(!m_password.isEmpty());
    }

    void connectsAndReportsServer()
    {
        STRATUM_REQUIRE_PG_URL(url);
        auto c = connectTo(url);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : errorText(c.error())));
        QVERIFY(c.value()->serverVersion().startsWith(QLatin1String("15")));
        QVERIFY(c.value()->backendPid() > 0);
        QCOMPARE(c.value()->transactionStatus(), TransactionStatus::Idle);
        QVERIFY(c.value()->ping());
        c.value()->close();
        QVERIFY(c.value()->isBroken());
        QVERIFY(!c.value()->ping());
        QVERIFY(!c.value()->execute(QStringLiteral("SELECT 1")));
    }

    void wrongPassword()
    {
        STRATUM_REQUIRE_PG_URL(url);
        config::Url bad = url;
        bad.setPassword(QStringLiteral("not-%1").arg(m_password));
        auto c = connectTo(bad);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("28P01"));
        QVERIFY2(c.error().message.contains(QLatin1String("password authentication failed")),
                 qPrintable(c.error().message));
        QVERIFY(!c.error().message.contains(QStringLiteral("not-%1").arg(m_password)));
        verifyNoPassword(c.error());
    }

    void missingDatabase()
    {
        STRATUM_REQUIRE_PG_URL(url);
        config::Url bad = url;
        bad.setDatabase(QStringLiteral("stratum_no_such_db"));
        auto c = connectTo(bad);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("3D000"));
        QVERIFY2(c.error().message.contains(QLatin1String("\"stratum_no_such_db\" does not exist")),
                 qPrintable(c.error().message));
        verifyNoPassword(c.error());
    }

    void refusedPort()
    {
        STRATUM_REQUIRE_PG_URL(url);
        config::Url bad = url;
        bad.setPort(closedPort());
        QElapsedTimer t;
        t.start();
        auto c = connectTo(bad);
        QVERIFY(!c.ok());
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(c.error().code, QStringLiteral("08001"));
        QVERIFY2(c.error().message.contains(QLatin1String("refused")),
                 qPrintable(c.error().message));
        verifyNoPassword(c.error());
    }

    void silentHostTimesOut()
    {
        STRATUM_REQUIRE_PG_URL(url);
        SilentListener silent;
        QVERIFY(silent.port() > 0);
        config::Url bad = url;
        bad.setPort(silent.port());
        bad.setQueryValue(QStringLiteral("connect_timeout"), QStringLiteral("2"));
        QElapsedTimer t;
        t.start();
        auto c = connectTo(bad);
        const qint64 ms = t.elapsed();
        QVERIFY(!c.ok());
        QVERIFY2(ms >= 1900 && ms < 6000, qPrintable(QString::number(ms)));
        QVERIFY2(c.error().message.contains(QLatin1String("timed out")),
                 qPrintable(c.error().message));
        QCOMPARE(c.error().code, QStringLiteral("08001"));
        verifyNoPassword(c.error());
    }

    void tlsWithTheRightCa()
    {
        STRATUM_REQUIRE_PG_URL(url);
        const QString ca = qEnvironmentVariable("STRATUM_TEST_PG_CA");
        QVERIFY2(!ca.isEmpty(), "STRATUM_TEST_PG_CA is missing");
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
            config::Url tls = url;
            tls.setHost(host);
            tls.setQueryValue(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
            tls.setQueryValue(QStringLiteral("sslrootcert"), ca);
            auto c = connectTo(tls);
            QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : errorText(c.error())));
            QVERIFY(c.value()->sslInUse());
            auto s = c.value()->stream(
                QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
            QVERIFY(s.ok());
            RowBatch b;
            QVERIFY(s.value()->next(b, 1).value());
            QCOMPARE(b.toBool(0, 0), std::optional<bool>(true));
        }
    }

    void tlsWithAWrongCa()
    {
        STRATUM_REQUIRE_PG_URL(url);
        const QString dir = qEnvironmentVariable("STRATUM_TEST_PG_DIR");
        QVERIFY2(!dir.isEmpty(), "STRATUM_TEST_PG_DIR is missing");
        config::Url tls = url;
        tls.setQueryValue(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
        tls.setQueryValue(QStringLiteral("sslrootcert"), dir + QLatin1String("/wrong-ca.crt"));
        auto c = connectTo(tls);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QLatin1String("certificate verify failed")),
                 qPrintable(c.error().message));
        QVERIFY(!c.error().hint.isEmpty());
        verifyNoPassword(c.error());
    }

    void plainConnectionIsNotTls()
    {
        STRATUM_REQUIRE_PG_URL(url);
        config::Url plain = url;
        plain.setQueryValue(QStringLiteral("sslmode"), QStringLiteral("disable"));
        auto c = connectTo(plain);
        QVERIFY(c.ok());
        QVERIFY(!c.value()->sslInUse());
    }
};

QTEST_GUILESS_MAIN(TestPgConnect)
#include "test_pg_connect.moc"
