// "Open project folder…": workspace discovery proposes a connection and the
// dialog names the file and line each value came from.

#include "ConnectTestUtil.h"

#include "ui/connect/ConnectionDialog.h"

#include <QLineEdit>
#include <QSignalSpy>

using stratum::ui::ConnectionDialog;

class TestConnectProject : public QObject
{
    Q_OBJECT

public:
    explicit TestConnectProject(stratum::test::IsolatedHome *) {}

private:
    static void write(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The process environment would win over the .env file.
        for (const char *name : {"DATABASE_URL", "SQLALCHEMY_DATABASE_URL", "ALEMBIC_CONFIG"})
            qunsetenv(name);
    }

    void proposesTheConnectionWithItsSources()
    {
        QTemporaryDir project;
        QVERIFY(project.isValid());
        const QString root = project.path();
        QVERIFY(QDir(root).mkpath(QStringLiteral("migrations/versions")));
        write(root + QStringLiteral("/alembic.ini"),
              "# A project's Alembic configuration\n"
              "[alembic]\n"
              "script_location = migrations\n"
              "sqlalchemy.url = postgresql://ini_user@inihost/inidb\n");
        write(root + QStringLiteral("/.env"),
              "# local settings\n"
              "DEBUG=1\n"
              "DATABASE_URL=postgresql+psycopg2://app:envSecret99@dbhost:5433/"
              "appdb?sslmode=require\n");

        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy opened(&dialog, &ConnectionDialog::projectOpened);
        dialog.openProjectFolder(root);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);

        const stratum::ui::ConnectionProfile p = dialog.profile();
        QCOMPARE(p.host, QStringLiteral("dbhost"));
        QCOMPARE(p.port, std::optional<int>(5433));
        QCOMPARE(p.database, QStringLiteral("appdb"));
        QCOMPARE(p.user, QStringLiteral("app"));
        QCOMPARE(p.sslMode, QStringLiteral("require"));
        QCOMPARE(p.projectFolder, QDir(root).absolutePath());
        QCOMPARE(p.name, QFileInfo(root).fileName());
        QCOMPARE(dialog.password(), std::optional<QString>(QStringLiteral("envSecret99")));
        QCOMPARE(dialog.urlText(),
                 QStringLiteral("postgresql+psycopg2://app:***@dbhost:5433/appdb?sslmode=require"));

        const QString sources = dialog.sourcesText();
        qInfo("%s", qPrintable(sources));
        QVERIFY(sources.contains(QDir::toNativeSeparators(root)));
        // The URL's fields come from line 3 of .env ...
        QVERIFY2(sources.contains(QLatin1String(".env, line 3 (DATABASE_URL)")),
                 qPrintable(sources));
        QVERIFY(sources.contains(QLatin1String("host")));
        // ... the migrations from alembic.ini line 3, and the ini's URL is named as unused.
        QVERIFY(sources.contains(QLatin1String("alembic.ini, line 3 (script_location)")));
        QVERIFY(sources.contains(QLatin1String("alembic.ini, line 4 (sqlalchemy.url)")));
        QVERIFY(!sources.contains(QLatin1String("envSecret99")));
        QVERIFY(!dialog.testResultText().contains(QLatin1String("envSecret99")));
    }

    void reportsAProjectWithoutAUrl()
    {
        QTemporaryDir project;
        write(project.path() + QStringLiteral("/.env"),
              "DATABASE_URL=postgresql://u@h:99999x/db\n");
        ConnectionDialog dialog;
        QSignalSpy opened(&dialog, &ConnectionDialog::projectOpened);
        dialog.openProjectFolder(project.path());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
        const QString sources = dialog.sourcesText();
        QVERIFY2(sources.contains(QLatin1String("No connection URL")), qPrintable(sources));
        // The malformed value is named with its file and line.
        QVERIFY2(sources.contains(QLatin1String(".env")), qPrintable(sources));
    }
};

STRATUM_CONNECT_TEST_MAIN(TestConnectProject)
#include "test_connect_project.moc"
