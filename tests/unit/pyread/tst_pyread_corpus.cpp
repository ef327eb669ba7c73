#include "PyreadTestUtil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

using namespace stratum::pyread;

// Every Python file of the installed Alembic, SQLAlchemy and Python 3.11
// standard library (the project's own interop dependencies) must parse. Files
// that CPython itself rejects (its deliberately broken test inputs) are skipped.
class CorpusTest : public QObject
{
    Q_OBJECT

private slots:
    void installedPackagesParse_data()
    {
        QTest::addColumn<QString>("root");
        QTest::newRow("alembic") << QStringLiteral("/usr/lib/python3/dist-packages/alembic");
        QTest::newRow("sqlalchemy") << QStringLiteral("/usr/lib/python3/dist-packages/sqlalchemy");
        QTest::newRow("stdlib") << QStringLiteral("/usr/lib/python3.11");
    }

    void installedPackagesParse()
    {
        QFETCH(QString, root);
        QVERIFY2(QFileInfo(root).isDir(), qPrintable(root + QStringLiteral(" is not installed")));
        QDirIterator it(root, {QStringLiteral("*.py")}, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        QStringList failures;
        QElapsedTimer timer;
        timer.start();
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/lib2to3/tests/data/")) ||
                path.contains(QLatin1String("badsyntax")) ||
                path.contains(QLatin1String("bad_coding")) ||
                path.contains(QLatin1String("/test/tokenizedata/")))
                continue;
            ++files;
            auto m = Module::parseFile(path);
            if (!m)
                failures << m.error().toString();
        }
        qInfo("%s: %d files in %lld ms", qPrintable(root), files, qint64(timer.elapsed()));
        QVERIFY(files > 50);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(CorpusTest)
#include "tst_pyread_corpus.moc"
