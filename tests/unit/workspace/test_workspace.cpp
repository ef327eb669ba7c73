#include "core/config/WorkspaceDiscovery.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using stratum::config::ValueOrigin;
using stratum::config::Workspace;
using stratum::config::WorkspaceDiscovery;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    const QByteArray bytes = text.toUtf8();
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString iniText(const QString &url = QStringLiteral("sqlite:///%(here)s/app.db"))
{
    return QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n"
                          "sqlalchemy.url = ") +
           url + QStringLiteral("\n\n[loggers]\nkeys = root\n");
}

QString errorsOf(const Workspace &ws)
{
    QStringList out;
    for (const auto &e : ws.errors)
        out << e.toString();
    return out.join(QLatin1Char('\n'));
}

// A project tree inside a Git work tree, so that nothing above the temporary
// folder takes part in the alembic.ini search.
struct Project
{
    QTemporaryDir tmp;
    QString root;
    Project()
    {
        root = QDir(tmp.path()).canonicalPath();
        QDir(root).mkpath(QStringLiteral(".git"));
    }
    QString path(const QString &rel) const { return root + QLatin1Char('/') + rel; }
};

}  // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void findsIniScriptsAndParentDotEnv();
    void urlPriority_data();
    void urlPriority();
    void dotEnvInterpolatesLikeLoadDotenv();
    void iniSearchStopsAtGitRoot();
    void iniSearchOutsideGit();
    void alembicConfigVariable();
    void malformedDotEnvIsReported();
    void malformedIniIsReported();
    void badUrlPointsIntoTheFile();
    void scriptLocationProblems();
    void notAFolder();
    void cliPrintsTheWorkspace();
    void cliExitsTwoOnMalformedInput();
    void cliRejectsBadUsage();
};

void TestWorkspace::findsIniScriptsAndParentDotEnv()
{
    Project p;
    QVERIFY(writeFile(p.path(QStringLiteral(".env")),
                      QStringLiteral("DATABASE_URL=postgresql://app:s3cret@db.example/app\n")));
    QVERIFY(writeFile(p.path(QStringLiteral("svc/alembic.ini")), iniText()));
    QVERIFY(QDir(p.root).mkpath(QStringLiteral("svc/migrations")));

    const Workspace ws = WorkspaceDiscovery(QProcessEnvironment()).discover(p.path("svc"));
    QVERIFY2(ws.ok(), qPrintable(errorsOf(ws)));
    QCOMPARE(ws.folder, p.path(QStringLiteral("svc")));
    QCOMPARE(ws.alembicIni, p.path(QStringLiteral("svc/alembic.ini")));
    QCOMPARE(ws.section, QStringLiteral("alembic"));
    QCOMPARE(ws.scriptDirectory, p.path(QStringLiteral("svc/migrations")));
    QCOMPARE(ws.scriptLocation->value, p.path(QStringLiteral("svc/migrations")));
    QCOMPARE(ws.scriptLocation->origin.kind, ValueOrigin::Kind::File);
    QCOMPARE(ws.scriptLocation->origin.line, 2);
    QCOMPARE(ws.fileTemplate->origin.kind, ValueOrigin::Kind::Default);
    QCOMPARE(ws.dotEnv, p.path(QStringLiteral(".env")));

    QVERIFY(ws.url.has_value());
    QCOMPARE(ws.url->host(), QStringLiteral("db.example"));
    QCOMPARE(ws.url->toString(true), QStringLiteral("postgresql://app:***@db.example/app"));
    const ValueOrigin &o = ws.urlText->origin;
    QCOMPARE(o.kind, ValueOrigin::Kind::File);
    QCOMPARE(o.path, p.path(QStringLiteral(".env")));
    QCOMPARE(o.key, QStringLiteral("DATABASE_URL"));
    QCOMPARE(o.line, 1);
    QCOMPARE(o.column, 14);
    QCOMPARE(ws.otherUrls.size(), 1);
    QCOMPARE(ws.otherUrls[0].key, QStringLiteral("sqlalchemy.url"));
    QCOMPARE(ws.otherUrls[0].line, 3);
    QCOMPARE(ws.otherUrls[0].column, 18);
}

void TestWorkspace::urlPriority_data()
{
    QTest::addColumn<QString>("environment");  // KEY=value lines
    QTest::addColumn<QString>("dotenv");       // .env text, or "-" for none
    QTest::addColumn<QString>("iniUrl");       // sqlalchemy.url, or "-" for none
    QTest::addColumn<QString>("winner");       // origin key, or "" for no URL
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("host");

    const int file = int(ValueOrigin::Kind::File), env = int(ValueOrigin::Kind::Environment);
    QTest::newRow("ini only") << ""
                              << "-"
                              << "postgresql://i/db"
                              << "sqlalchemy.url" << file << "i";
    QTest::newRow("SQLALCHEMY_DATABASE_URL beats ini")
        << ""
        << "SQLALCHEMY_DATABASE_URL=postgresql://s/db"
        << "postgresql://i/db"
        << "SQLALCHEMY_DATABASE_URL" << file << "s";
    QTest::newRow("DATABASE_URL beats SQLALCHEMY_DATABASE_URL")
        << ""
        << "SQLALCHEMY_DATABASE_URL=postgresql://s/db\nDATABASE_URL=postgresql://d/db"
        << "postgresql://i/db"
        << "DATABASE_URL" << file << "d";
    QTest::newRow("environment beats .env") << "DATABASE_URL=postgresql://e/db"
                                            << "DATABASE_URL=postgresql://d/db"
                                            << "postgresql://i/db"
                                            << "DATABASE_URL" << env << "e";
    QTest::newRow("name beats place") << "SQLALCHEMY_DATABASE_URL=postgresql://e/db"
                                      << "DATABASE_URL=postgresql://d/db"
                                      << "-"
                                      << "DATABASE_URL" << file << "d";
    QTest::newRow("environment alone") << "SQLALCHEMY_DATABASE_URL=sqlite:///x.db"
                                       << "-"
                                       << "-"
                                       << "SQLALCHEMY_DATABASE_URL" << env << "";
    QTest::newRow("empty value skipped") << ""
                                         << "DATABASE_URL="
                                         << "postgresql://i/db"
                                         << "sqlalchemy.url" << file << "i";
    QTest::newRow("empty environment variable skipped") << "DATABASE_URL="
                                                        << "-"
                                                        << "postgresql://i/db"
                                                        << "sqlalchemy.url" << file << "i";
    QTest::newRow("bare key skipped") << ""
                                      << "DATABASE_URL"
                                      << "postgresql://i/db"
                                      << "sqlalchemy.url" << file << "i";
    QTest::newRow("alembic placeholder skipped") << ""
                                                 << "-"
                                                 << "driver://user:pass@localhost/dbname"
                                                 << "" << 0 << "";
    QTest::newRow("nothing") << ""
                             << "OTHER=1"
                             << "-"
                             << "" << 0 << "";
}

void TestWorkspace::urlPriority()
{
    QFETCH(QString, environment);
    QFETCH(QString, dotenv);
    QFETCH(QString, iniUrl);
    QFETCH(QString, winner);
    QFETCH(int, kind);
    QFETCH(QString, host);
    Project p;
    if (dotenv != QStringLiteral("-"))
        QVERIFY(writeFile(p.path(QStringLiteral(".env")), dotenv + QLatin1Char('\n')));
    QString ini = QStringLiteral("[alembic]\nscript_location = m\n");
    if (iniUrl != QStringLiteral("-"))
        ini += QStringLiteral("sqlalchemy.url = ") + iniUrl + QLatin1Char('\n');
    QVERIFY(writeFile(p.path(QStringLiteral("alembic.ini")), ini));
    QProcessEnvironment env;
    for (const QString &line : environment.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        env.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));

    const Workspace ws = WorkspaceDiscovery(env).discover(p.root);
    QVERIFY2(ws.ok(), qPrintable(errorsOf(ws)));
    if (winner.isEmpty()) {
        QVERIFY(!ws.urlText.has_value());
        QVERIFY(!ws.notes.isEmpty());
        return;
    }
    QVERIFY(ws.urlText.has_value());
    QCOMPARE(ws.urlText->origin.key, winner);
    QCOMPARE(int(ws.urlText->origin.kind), kind);
    QVERIFY(ws.url.has_value());
    QCOMPARE(ws.url->host(), host);
}

// load_dotenv() semantics: an existing environment variable wins, also inside ${...}.
void TestWorkspace::dotEnvInterpolatesLikeLoadDotenv()
{
    Project p;
    QVERIFY(writeFile(p.path(QStringLiteral(".env")),
                      QStringLiteral("DB_USER=fileuser\nDB_HOST=filehost\n"
                                     "DATABASE_URL=postgresql://${DB_USER}@${DB_HOST}/db\n")));
    QProcessEnvironment env;
    env.insert(QStringLiteral("DB_USER"), QStringLiteral("envuser"));
    const Workspace ws = WorkspaceDiscovery(env).discover(p.root);
    QVERIFY2(ws.ok(), qPrintable(errorsOf(ws)));
    QCOMPARE(ws.url->username(), QStringLiteral("envuser"));
    QCOMPARE(ws.url->host(), QStringLiteral("filehost"));
    QCOMPARE(ws.urlText->origin.line, 3);
    QVERIFY(ws.alembicIni.isEmpty());
}

void TestWorkspace::iniSearchStopsAtGitRoot()
{
    QTemporaryDir tmp;
    const QString root = QDir(tmp.path()).canonicalPath();
    QVERIFY(writeFile(root + QStringLiteral("/alembic.ini"), iniText()));  // outside the repo
    QVERIFY(QDir(root).mkpath(QStringLiteral("repo/.git")));
    QVERIFY(QDir(root).mkpath(QStringLiteral("repo/src/pkg")));
    const WorkspaceDiscovery discovery{QProcessEnvironment()};
    QCOMPARE(discovery.findAlembicIni(root + QStringLiteral("/repo/src/pkg")), QString());

    QVERIFY(writeFile(root + QStringLiteral("/repo/alembic.ini"), iniText()));
    QString foundBy;
    QCOMPARE(discovery.findAlembicIni(root + QStringLiteral("/repo/src/pkg"), &foundBy),
             root + QStringLiteral("/repo/alembic.ini"));
    QVERIFY(foundBy.contains(QStringLiteral("parent")));
    const Workspace ws = discovery.discover(root + QStringLiteral("/repo/src/pkg"));
    QCOMPARE(ws.scriptDirectory, root + QStringLiteral("/repo/migrations"));  // %(here)s
    // The folder's own alembic.ini comes first.
    QVERIFY(writeFile(root + QStringLiteral("/repo/src/alembic.ini"), iniText()));
    QCOMPARE(discovery.findAlembicIni(root + QStringLiteral("/repo/src"), &foundBy),
             root + QStringLiteral("/repo/src/alembic.ini"));
    QVERIFY(foundBy.contains(QStringLiteral("in the folder")));
}

void TestWorkspace::iniSearchOutsideGit()
{
    QTemporaryDir tmp;
    const QString root = QDir(tmp.path()).canonicalPath();
    QVERIFY(writeFile(root + QStringLiteral("/alembic.ini"), iniText()));
    QVERIFY(QDir(root).mkpath(QStringLiteral("a/b")));
    const WorkspaceDiscovery discovery{QProcessEnvironment()};
    QCOMPARE(discovery.findAlembicIni(root + QStringLiteral("/a/b")), QString());
    QCOMPARE(discovery.findAlembicIni(root), root + QStringLiteral("/alembic.ini"));
    const Workspace ws = discovery.discover(root + QStringLiteral("/a/b"));
    QVERIFY(ws.alembicIni.isEmpty());
    QVERIFY(ws.notes.join(QLatin1Char(' ')).contains(QStringLiteral("no alembic.ini")));
}

void TestWorkspace::alembicConfigVariable()
{
    Project p;
    QVERIFY(writeFile(p.path(QStringLiteral("conf/custom.ini")), iniText()));
    QVERIFY(writeFile(p.path(QStringLiteral("alembic.ini")), iniText()));
    QProcessEnvironment env;
    env.insert(QStringLiteral("ALEMBIC_CONFIG"), QStringLiteral("conf/custom.ini"));
    const Workspace ws = WorkspaceDiscovery(env).discover(p.root);
    QVERIFY2(ws.ok(), qPrintable(errorsOf(ws)));
    QCOMPARE(ws.alembicIni, p.path(QStringLiteral("conf/custom.ini")));
    QCOMPARE(ws.scriptDirectory, p.path(QStringLiteral("conf/migrations")));
    QVERIFY(ws.alembicIniFoundBy.contains(QStringLiteral("ALEMBIC_CONFIG")));

    env.insert(QStringLiteral("ALEMBIC_CONFIG"), QStringLiteral("missing.ini"));
    const Workspace bad = WorkspaceDiscovery(env).discover(p.root);
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY(bad.errors[0].source.contains(QStringLiteral("ALEMBIC_CONFIG")));
}

void TestWorkspace::malformedDotEnvIsReported()
{
    Project p;
    QVERIFY(writeFile(p.path(QStringLiteral(".env")),
                      QStringLiteral("A=1\nNOT VALID\nDATABASE_URL='sqlite:///x.db'\n")));
    const Workspace ws = WorkspaceDiscovery(QProcessEnvironment()).discover(p.root);
    QCOMPARE(ws.errors.size(), 1);
    QCOMPARE(ws.errors[0].source, p.path(QStringLiteral(".env")));
    QCOMPARE(ws.errors[0].line, 2);
    QCOMPARE(ws.errors[0].column, 5);
    // The rest of the file still counts.
    QVERIFY(ws.url.has_value());
    QCOMPARE(ws.urlText->origin.column, 15);  // inside the quotes
}

void TestWorkspace::malformedIniIsReported()
{
    Project p;
    QVERIFY(writeFile(p.path(QStringLiteral("alembic.ini")),
                      QStringLiteral("[alembic]\nscript_location = m\nthis line is wrong\n"
                                     "sqlalchemy.url = %(nope)s\n")));
    const Workspace ws = WorkspaceDiscovery(QProcessEnvironment()).discover(p.root);
    QCOMPARE(ws.errors.size(), 2);
    QCOMPARE(ws.errors[0].line, 3);
    QCOMPARE(ws.errors[1].line, 4);
    QCOMPARE(ws.errors[1].column, 18);
    QCOMPARE(ws.errors[1].code, QStringLiteral("interpolation"));
}

void TestWorkspace::badUrlPointsIntoTheFile()
{
    Project p;
    QVERIFY(writeFile(p.path(QStringLiteral(".env")),
                      QStringLiteral("# db\nDATABASE_URL=nosuchdb://scott:hunter2@h/db\n")));
    const Workspace ws = WorkspaceDiscovery(QProcessEnvironment()).discover(p.root);
    QCOMPARE(ws.errors.size(), 1);
    const stratum::Error &e = ws.errors[0];
    QCOMPARE(e.source, p.path(QStringLiteral(".env")));
    QCOMPARE(e.line, 2);
    QVERIFY(e.column >= 14);
    QVERIFY(e.message.contains(QStringLiteral("DATABASE_URL")));
    QVERIFY(!e.toString().contains(QStringLiteral("hunter2")));
    QVERIFY(!ws.url.has_value());

    // In alembic.ini the column is counted from the start of the line.
    Project q;
    QVERIFY(writeFile(q.path(QStringLiteral("alembic.ini")),
                      iniText(QStringLiteral("postgresql://u@host:99999999/db"))));
    const Workspace wi = WorkspaceDiscovery(QProcessEnvironment()).discover(q.root);
    QCOMPARE(wi.errors.size(), 1);
    QCOMPARE(wi.errors[0].line, 3);
    QVERIFY(wi.errors[0].column > 18);
}

void TestWorkspace::scriptLocationProblems()
{
    Project p;
    QVERIFY(writeFile(p.path(QStringLiteral("alembic.ini")),
                      QStringLiteral("[alembic]\nscript_location = myapp:migrations\n")));
    const Workspace ws = WorkspaceDiscovery(QProcessEnvironment()).discover(p.root);
    QCOMPARE(ws.errors.size(), 1);
    QCOMPARE(ws.errors[0].line, 2);

    QVERIFY(writeFile(p.path(QStringLiteral("alembic.ini")),
                      QStringLiteral("[alembic]\nsqlalchemy.url = sqlite://\n")));
    const Workspace missing = WorkspaceDiscovery(QProcessEnvironment()).discover(p.root);
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY(missing.errors[0].message.contains(QStringLiteral("script_location")));

    QVERIFY(writeFile(p.path(QStringLiteral("alembic.ini")), QStringLiteral("[other]\nx = 1\n")));
    const Workspace noSection = WorkspaceDiscovery(QProcessEnvironment()).discover(p.root);
    QCOMPARE(noSection.errors.size(), 1);
    QVERIFY(noSection.errors[0].message.contains(QStringLiteral("[alembic]")));
}

void TestWorkspace::notAFolder()
{
    QTemporaryDir tmp;
    const Workspace ws =
        WorkspaceDiscovery(QProcessEnvironment()).discover(tmp.filePath(QStringLiteral("nope")));
    QCOMPARE(ws.errors.size(), 1);
    QCOMPARE(ws.errors[0].code, QStringLiteral("io"));
}

namespace {

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DATABASE_URL", "SQLALCHEMY_DATABASE_URL", "ALEMBIC_CONFIG"})
        env.remove(QString::fromLatin1(name));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(STRATUM_BINARY_DIR "/app/stratum-cli"), args);
    CliRun r;
    if (!cli.waitForFinished(30000))
        return r;
    r.status = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    r.out = QString::fromUtf8(cli.readAllStandardOutput());
    r.err = QString::fromUtf8(cli.readAllStandardError());
    return r;
}

}  // namespace

void TestWorkspace::cliPrintsTheWorkspace()
{
    Project p;
    QVERIFY(writeFile(p.path(QStringLiteral(".env")),
                      QStringLiteral("DATABASE_URL=postgresql+psycopg2://app:s3cret@db/app\n")));
    QVERIFY(writeFile(p.path(QStringLiteral("alembic.ini")), iniText()));
    const CliRun r = runCli({QStringLiteral("config"), p.root});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("postgresql+psycopg2://app:***@db/app")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("s3cret")));
    QVERIFY(
        r.out.contains(p.path(QStringLiteral(".env")) + QStringLiteral(":1:14 (DATABASE_URL)")));
    QVERIFY(r.out.contains(p.path(QStringLiteral("alembic.ini"))));
    QVERIFY(r.out.contains(p.path(QStringLiteral("migrations"))));
    QVERIFY(r.out.contains(QStringLiteral("sqlalchemy.url")));  // listed as lower priority
    QVERIFY(r.err.isEmpty());
}

void TestWorkspace::cliExitsTwoOnMalformedInput()
{
    Project p;
    QVERIFY(writeFile(p.path(QStringLiteral(".env")),
                      QStringLiteral("OK=1\nDATABASE_URL=\"unterminated\n")));
    const CliRun r = runCli({QStringLiteral("config"), p.root});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(p.path(QStringLiteral(".env")) + QStringLiteral(":2:14: ")),
             qPrintable(r.err));
}

void TestWorkspace::cliRejectsBadUsage()
{
    QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("a"), QStringLiteral("b")}).status,
             2);
    QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("--bogus")}).status, 2);
    QTemporaryDir tmp;
    const CliRun missing = runCli({QStringLiteral("config"), tmp.filePath(QStringLiteral("x"))});
    QCOMPARE(missing.status, 2);
    QVERIFY(missing.err.contains(QStringLiteral("not a folder")));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
