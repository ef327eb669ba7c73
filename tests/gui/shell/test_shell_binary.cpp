// The stratum executable: without a display it explains itself and exits 1
// (instead of Qt's platform-plugin abort); --version needs no display; the
// screenshot tour writes real images.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <sqlite3.h>

class TestShellBinary : public QObject
{
    Q_OBJECT

    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    static bool run(QProcess &p, const QStringList &args, const QProcessEnvironment &env)
    {
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STRATUM_GUI_BINARY), args);
        return p.waitForFinished(120000);
    }

private slots:
    void noDisplaySaysSoAndExitsOne()
    {
        QProcess p;
        QVERIFY(run(p, {}, withoutDisplay()));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);  // no abort, no crash
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("no display")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("xvfb-run -a stratum")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("QT_QPA_PLATFORM=offscreen")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("could not connect to display")), qPrintable(err));
    }

    void versionNeedsNoDisplay()
    {
        QProcess p;
        QVERIFY(run(p, {QStringLiteral("--version")}, withoutDisplay()));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
        const int pq = PQlibVersion();
        QVERIFY2(out.startsWith(QStringLiteral("Stratum ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("libpq %1.%2").arg(pq / 10000).arg(pq % 10000)),
                 qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("SQLite ") + QString::fromLatin1(sqlite3_libversion())),
            qPrintable(out));
    }

    void badOptionIsAUsageError()
    {
        QProcess p;
        QVERIFY(run(p, {QStringLiteral("--no-such-option")}, withoutDisplay()));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromLocal8Bit(p.readAllStandardError())
                    .contains(QStringLiteral("no-such-option")));
    }

    void screenshotTourWritesImages()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QTemporaryDir home;  // the tour must not depend on, or write to, user settings
        QProcessEnvironment env = withoutDisplay();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        QProcess p;
        const QString out = dir.filePath(QStringLiteral("shots"));
        QVERIFY(run(p, {QStringLiteral("--screenshot-tour"), out}, env));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QStringList files =
            QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 8, qPrintable(files.join(QLatin1Char(' '))));
        for (const QString &needed :
             {QStringLiteral("01-main-window.png"), QStringLiteral("02-command-palette.png"),
              QStringLiteral("04-about.png")}) {
            QVERIFY2(files.contains(needed), qPrintable(needed));
        }
        for (const QString &file : files) {
            const QImage image(QDir(out).filePath(file));
            QVERIFY2(!image.isNull(), qPrintable(file));
            QVERIFY2(image.width() >= 200 && image.height() >= 100, qPrintable(file));
        }
        QCOMPARE(QImage(QDir(out).filePath(QStringLiteral("01-main-window.png"))).size(),
                 QSize(1280, 800));
        // The tour shows the demo workspace (built in the data folder) and the
        // connection dialog.
        QVERIFY(!files.filter(QStringLiteral("-connection-dialog.png")).isEmpty());
        QVERIFY(
            QFileInfo::exists(home.filePath(QStringLiteral("data/Stratum/Stratum/demo/demo.db"))));
        QVERIFY(!QDir(home.filePath(QStringLiteral("config/Stratum"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestShellBinary)
#include "test_shell_binary.moc"
