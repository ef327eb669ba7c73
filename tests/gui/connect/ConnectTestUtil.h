#pragma once

// Shared set-up for the connection tests: every run gets its own HOME and XDG
// folders (created before QApplication, so that nothing - Qt, QtKeychain,
// libpq's ~/.pgpass lookup - sees the real user's files), test-mode standard
// paths and an isolated QSettings location.

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace stratum::test {

class IsolatedHome
{
public:
    IsolatedHome()
    {
        const QString root = m_dir.path();
        for (const char *sub : {"config", "data", "cache", "state"})
            QDir(root).mkpath(QString::fromLatin1(sub));
        qputenv("HOME", root.toUtf8());
        qputenv("XDG_CONFIG_HOME", (root + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (root + QStringLiteral("/data")).toUtf8());
        qputenv("XDG_CACHE_HOME", (root + QStringLiteral("/cache")).toUtf8());
        qputenv("XDG_STATE_HOME", (root + QStringLiteral("/state")).toUtf8());
        // No session bus: QtKeychain finds no keychain, as in CI, and a
        // developer's real keychain is never touched.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/stratum-test-bus");
        QStandardPaths::setTestModeEnabled(true);
    }

    // After QApplication exists.
    void initApplication()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("StratumTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StratumConnectTest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

    // Every regular file under the isolated home (settings, data, caches, ...).
    QStringList allFiles() const
    {
        QStringList out;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

private:
    QTemporaryDir m_dir;
};

// A TCP socket on 127.0.0.1 that listens and never accepts: the kernel
// completes the handshake, then nothing ever answers libpq's startup packet.
// Closed on destruction.
class Blackhole
{
public:
    Blackhole()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), len) != 0 ||
            ::listen(m_fd, 1) != 0 ||
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            qFatal("could not open a listening socket");
        m_port = ntohs(addr.sin_port);
    }
    ~Blackhole() { ::close(m_fd); }
    Blackhole(const Blackhole &) = delete;
    Blackhole &operator=(const Blackhole &) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

// A port on 127.0.0.1 where nothing listens (bound, then released).
inline int closedPort()
{
    int port = 0;
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), len) != 0 ||
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            qFatal("could not find a free port");
        port = ntohs(addr.sin_port);
        ::close(fd);
    }
    return port;
}

}  // namespace stratum::test

// A main() that isolates the home folder before QApplication starts.
#define STRATUM_CONNECT_TEST_MAIN(TestClass)                                                       \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        stratum::test::IsolatedHome home;                                                          \
        QApplication app(argc, argv);                                                              \
        home.initApplication();                                                                    \
        TestClass test(&home);                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
