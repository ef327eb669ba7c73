// The demo workspace that Stratum creates is a valid Alembic project: Alembic
// 1.8 reads the same current revision and heads, prints the same history as
// stratum-cli, upgrades a copy of it to head (giving the schema of Stratum's
// model file) and downgrades it again.
#include "core/migrate/demo/DemoRevisions.h"
#include "core/migrate/demo/DemoWorkspace.h"
#include "core/schema/Inspector.h"
#include "core/schema/MetaDataJson.h"
#include "tests/sqlite/demo/DemoTestSupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::migrate;
using namespace demotest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &cwd)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(300000)) {
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Alembic prints "Branches into:" from a Python frozenset, whose order changes
// with the interpreter's hash seed; compare those ids as a set.
QString normalized(const QString &history)
{
    QStringList lines = history.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(QLatin1String("Branches into: "))) {
            QStringList ids = line.mid(15).split(QStringLiteral(", "));
            ids.sort();
            line = QStringLiteral("Branches into: ") + ids.join(QStringLiteral(", "));
        }
    }
    return lines.join(u'\n');
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

schema::MetaData reflect(const QString &databaseFile, const schema::NamingConvention &naming)
{
    Db db = open(databaseFile);
    schema::Inspector inspector(db.handle.driver(), schema::Dialect::SQLite);
    Result<schema::Reflection> r = inspector.reflect();
    if (!r)
        qFatal("reflect: %s", why(r).constData());
    schema::MetaData m = r.value().metadata;
    std::erase_if(m.tables, [](const schema::Table &t) {
        return t.name == QLatin1String("alembic_version");
    });
    m.naming = naming;
    m.canonicalize();
    return m;
}

}  // namespace

class TestDemoInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void currentAgrees();
    void headsAndHistoryAgree();
    void alembicUpgradesACopyToHead();
    void cliReportsTheWorkspace();

private:
    Run alembic(const QStringList &args, const QString &ini) const
    {
        return run(QStringLiteral("/usr/bin/alembic"),
                   QStringList{QStringLiteral("-c"), ini} + args, m_tmp.path());
    }
    Run cli(const QStringList &args) const
    {
        return run(QStringLiteral(STRATUM_CLI_PATH), args, m_tmp.path());
    }

    QTemporaryDir m_tmp;
    DemoWorkspaceInfo m_info;
};

void TestDemoInterop::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFile::exists(QStringLiteral("/usr/bin/alembic")));
    Result<DemoWorkspaceInfo> info = DemoWorkspace::ensure(m_tmp.filePath(QStringLiteral("demo")));
    QVERIFY2(info.ok(), why(info).constData());
    m_info = info.value();
}

void TestDemoInterop::currentAgrees()
{
    const Run r = alembic({QStringLiteral("current")}, m_info.alembicIni);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.trimmed(), m_info.currentRevisions.join(u'\n'));
    QCOMPARE(r.out.trimmed(), DemoRevisions::databaseRevision());  // not "(head)"
}

void TestDemoInterop::headsAndHistoryAgree()
{
    const Run heads = alembic({QStringLiteral("heads")}, m_info.alembicIni);
    QVERIFY2(heads.exitCode == 0, qPrintable(heads.out + heads.err));
    QCOMPARE(heads.out.trimmed(), m_info.headRevisions.first() + QStringLiteral(" (head)"));

    for (const QStringList &args :
         {QStringList{QStringLiteral("history")},
          QStringList{QStringLiteral("history"), QStringLiteral("--verbose")},
          QStringList{QStringLiteral("heads")}}) {
        const Run a = alembic(args, m_info.alembicIni);
        QVERIFY2(a.exitCode == 0, qPrintable(a.out + a.err));
        const Run s =
            cli(QStringList{args.first(), QStringLiteral("-c"), m_info.alembicIni} + args.mid(1));
        QVERIFY2(s.exitCode == 0, qPrintable(s.out + s.err));
        QCOMPARE(normalized(s.out), normalized(a.out));
    }
    const Run history = alembic({QStringLiteral("history")}, m_info.alembicIni);
    QVERIFY(history.out.contains(QStringLiteral("(branchpoint)")));
    QVERIFY(history.out.contains(QStringLiteral("(mergepoint)")));
    QCOMPARE(history.out.trimmed().split(u'\n').size(), DemoRevisions::revisionIds().size());
}

void TestDemoInterop::alembicUpgradesACopyToHead()
{
    QTemporaryDir other;
    const QString copy = other.filePath(QStringLiteral("copy"));
    QVERIFY(copyTree(m_info.folder, copy));
    const QString ini = copy + QStringLiteral("/alembic.ini");
    const Run up = alembic({QStringLiteral("upgrade"), QStringLiteral("heads")}, ini);
    QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
    const Run current = alembic({QStringLiteral("current")}, ini);
    QCOMPARE(current.out.trimmed(), DemoRevisions::headRevision() + QStringLiteral(" (head)"));
    // %(here)s: the copy has its own database; the original did not move.
    QCOMPARE(alembic({QStringLiteral("current")}, m_info.alembicIni).out.trimmed(),
             DemoRevisions::databaseRevision());
    {
        Db db = open(copy + QStringLiteral("/demo.db"));
        QCOMPARE(count(db.handle.driver(), QStringLiteral("order_totals")), qint64(20000));
    }

    // Alembic's head schema is the one in Stratum's model file.
    QFile f(m_info.modelFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Result<schema::MetaData> model = schema::MetaDataJson::parse(f.readAll());
    QVERIFY2(model.ok(), why(model).constData());
    const schema::MetaData alembicHead = reflect(copy + QStringLiteral("/demo.db"), model->naming);
    if (!(alembicHead == model.value())) {
        qWarning("Alembic's head:\n%s", schema::MetaDataJson::serialize(alembicHead).constData());
        qWarning("model file:\n%s", schema::MetaDataJson::serialize(model.value()).constData());
    }
    QVERIFY(alembicHead == model.value());

    // Every downgrade is valid too.
    const Run down = alembic({QStringLiteral("downgrade"), QStringLiteral("base")}, ini);
    QVERIFY2(down.exitCode == 0, qPrintable(down.out + down.err));
    Db db = open(copy + QStringLiteral("/demo.db"));
    QCOMPARE(rows(db.handle.driver(),
                  QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")),
             QList<QStringList>{{QStringLiteral("alembic_version")}});
}

void TestDemoInterop::cliReportsTheWorkspace()
{
    const Run r = cli({QStringLiteral("demo"), m_info.folder});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("(already there, verified)")), qPrintable(r.out));
    QVERIFY(r.out.contains(m_info.databaseFile));
    QVERIFY(r.out.contains(QStringLiteral("current       ") + DemoRevisions::databaseRevision()));
    QVERIFY(r.out.contains(QStringLiteral("(4 not applied)")));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\n    orders +20000\\n"))));
    // The view comes with a pending revision.
    QVERIFY(!r.out.contains(QStringLiteral("order_totals")));

    QTemporaryDir fresh;
    const QString folder = fresh.filePath(QStringLiteral("new demo"));
    const Run created = cli({QStringLiteral("demo"), QStringLiteral("-q"), folder});
    QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
    QVERIFY(created.out.contains(QStringLiteral("(created)")));
    QVERIFY(created.err.isEmpty());
    QCOMPARE(run(QStringLiteral(STRATUM_CLI_PATH), {QStringLiteral("demo"), m_info.alembicIni},
                 m_tmp.path())
                 .exitCode,
             1);  // a file, not a workspace folder
}

QTEST_GUILESS_MAIN(TestDemoInterop)
#include "test_demo_interop.moc"
