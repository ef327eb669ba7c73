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
