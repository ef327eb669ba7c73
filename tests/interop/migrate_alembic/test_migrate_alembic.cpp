// Interop between stratum-cli and the real Alembic 1.8 on the same projects
// and databases:
// 1. a history built with Alembic's CLI (branch, merge, branch label,
//    depends_on, batch operations), upgraded by Alembic: Stratum's current,
//    heads and history agree; Stratum's downgrades and upgrade give what
//    Alembic's give (version table and reflected schema);
// 2. scripts written by Alembic's autogenerate: Stratum's upgrade gives the
//    same pg_dump --schema-only as Alembic's (PostgreSQL) and the same
//    reflected schema (SQLite); offline SQL is identical on PostgreSQL;
// 3. files written by stratum-cli (init, revision, merge) run unchanged
//    under alembic upgrade head / downgrade base.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/run/VersionTable.h"
#include "core/schema/Inspector.h"
#include "core/schema/MetaDataJson.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QStringList sortedLines(const QString &text)
{
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    std::sort(lines.begin(), lines.end());
    return lines;
}

// Replaces the "pass" bodies of a generated revision file.
bool setBodies(const QString &path, const QStringList &upgrade, const QStringList &downgrade)
{
    QString text = readText(path);
    auto body = [](const QStringList &lines) {
        QStringList out;
        for (const QString &l : lines)
            out << QStringLiteral("    ") + QString(l).replace(u'\n', QLatin1String("\n    "));
        return out.join(u'\n');
    };
    const QString up = QStringLiteral("def upgrade() -> None:\n    pass");
    const QString down = QStringLiteral("def downgrade() -> None:\n    pass");
    if (!text.contains(up) || !text.contains(down))
        return false;
    text.replace(up, QStringLiteral("def upgrade() -> None:\n") + body(upgrade));
    text.replace(down, QStringLiteral("def downgrade() -> None:\n") + body(downgrade));
    return writeText(path, text);
}

void setIniUrl(const QString &ini, const QString &url)
{
    QString text = readText(ini);
    static const QRegularExpression line(QStringLiteral("(?m)^sqlalchemy\\.url = .*$"));
    text.replace(line, QStringLiteral("sqlalchemy.url = ") +
                           QString(url).replace(u'%', QLatin1String("%%")));
    writeText(ini, text);
}

}  // namespace

class TestMigrateAlembic : public QObject
{
    Q_OBJECT

    config::Url m_admin;
    QStringList m_databases;

    Run run(const QString &program, const QStringList &args, const QString &cwd) const
    {
        QProcess p;
        p.setWorkingDirectory(cwd);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DATABASE_URL"));
        env.remove(QStringLiteral("SQLALCHEMY_DATABASE_URL"));
        env.remove(QStringLiteral("ALEMBIC_CONFIG"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(300000)) {
            r.err = QStringLiteral("did not finish: ") + p.errorString();
            p.kill();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run alembic(const QString &cwd, const QStringList &args) const
    {
        return run(QStringLiteral("/usr/bin/alembic"), args, cwd);
    }
    Run stratum(const QString &cwd, const QStringList &args) const
    {
        return run(QStringLiteral(STRATUM_CLI_PATH), args, cwd);
    }

    // The id of the revision a "Generating <path> ...  done" line names.
    QString generatedId(const Run &r) const
    {
        static const QRegularExpression gen(QStringLiteral("Generating (\\S+\\.py) \\.\\.\\."));
        const QRegularExpressionMatch m = gen.match(r.out);
        if (!m.hasMatch())
            return {};
        static const QRegularExpression rev(QStringLiteral("(?m)^revision = '(\\w+)'"));
        return rev.match(readText(m.captured(1))).captured(1);
    }
    QString generatedPath(const Run &r) const
    {
        static const QRegularExpression gen(QStringLiteral("Generating (\\S+\\.py) \\.\\.\\."));
        return gen.match(r.out).captured(1);
    }

    std::unique_ptr<engine::DriverConnection> connect(const QString &urlText)
    {
        Result<config::Url> url = config::Url::parse(urlText);
        if (!url)
            return {};
        Result<std::unique_ptr<engine::Driver>> driver = engine::Driver::create(url.value());
        if (!driver)
            return {};
        Result<std::unique_ptr<engine::DriverConnection>> c = driver.value()->connect();
        return c ? std::move(c.value()) : nullptr;
    }

    QString freshPgDatabase()
    {
        const QString name = QStringLiteral("stratum_interop_%1")
                                 .arg(QRandomGenerator::global()->generate64(), 0, 16);
        auto admin = connect(m_admin.toString(false));
        if (!admin || !admin->execute(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            return {};
        m_databases << name;
        config::Url url = m_admin;
        url.setDatabase(name);
        return url.toString(false);
    }

    QByteArray reflect(const QString &urlText, schema::Dialect dialect)
    {
        auto c = connect(urlText);
        if (!c)
            return "no connection";
        schema::Inspector inspector(*c, dialect);
        Result<schema::Reflection> r = inspector.reflect();
        return r ? schema::MetaDataJson::serialize(r->metadata) : r.error().toString().toUtf8();
    }

    QString pgDump(const QString &urlText)
    {
        QProcess p;
        const QString bindir = qEnvironmentVariable("STRATUM_TEST_PG_BINDIR",
                                                    QStringLiteral("/usr/lib/postgresql/15/bin"));
        p.start(bindir + QStringLiteral("/pg_dump"),
                {QStringLiteral("--schema-only"), QStringLiteral("--no-owner"),
                 QStringLiteral("--no-privileges"), urlText});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return QStringLiteral("pg_dump failed: ") + QString::fromUtf8(p.readAllStandardError());
        QStringList kept;
        // \restrict / \unrestrict carry a random token; comments name the dump.
        for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
            if (!line.startsWith(QLatin1String("\\restrict")) &&
                !line.startsWith(QLatin1String("\\unrestrict")) &&
                !line.startsWith(QLatin1String("--")))
                kept << line;
        return kept.join(u'\n');
    }

    // An Alembic project whose env.py has models.py as target metadata.
    bool autogenProject(const QString &dir, const QString &url)
    {
        if (alembic(dir, {QStringLiteral("init"), QStringLiteral("migrations")}).code != 0)
            return false;
        setIniUrl(dir + QStringLiteral("/alembic.ini"), url);
        QFile::remove(dir + QStringLiteral("/migrations/env.py"));
        return QFile::copy(QStringLiteral(MIGRATE_ALEMBIC_DATA "/env.py"),
                           dir + QStringLiteral("/migrations/env.py"));
    }
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/alembic")),
                 "the alembic package is needed");
        const QString url = qEnvironmentVariable("STRATUM_TEST_PG_URL");
        if (url.isEmpty())
            QFAIL("STRATUM_TEST_PG_URL is not set (scripts/dev-cluster.sh start)");
        Result<config::Url> parsed = config::Url::parse(url);
        QVERIFY(parsed);
        m_admin = parsed.value();
    }

    void cleanupTestCase()
    {
        auto admin = connect(m_admin.toString(false));
        if (!admin)
            return;
        for (const QString &db : m_databases)
            (void)admin->execute(
                QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(db));
    }

    void alembicHistoryRunByStratum();
    void autogeneratedScriptsGiveTheSameSchema_data();
    void autogeneratedScriptsGiveTheSameSchema();
    void stratumWrittenFilesRunUnderAlembic();
};

void TestMigrateAlembic::alembicHistoryRunByStratum()
{
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    QCOMPARE(alembic(dir, {QStringLiteral("init"), QStringLiteral("migrations")}).code, 0);
    const QString mainDb = QStringLiteral("sqlite:///") + dir + QStringLiteral("/main.db");
    const QString copyDb = QStringLiteral("sqlite:///") + dir + QStringLiteral("/copy.db");
    setIniUrl(dir + QStringLiteral("/alembic.ini"), mainDb);
    QVERIFY(QFile::copy(dir + QStringLiteral("/alembic.ini"), dir + QStringLiteral("/copy.ini")));
    setIniUrl(dir + QStringLiteral("/copy.ini"), copyDb);

    auto rev = [&](const QStringList &args, const QStringList &up, const QStringList &down) {
        const Run r = alembic(dir, QStringList{QStringLiteral("revision")} + args);
        if (r.code != 0)
            return QString();
        if (!setBodies(generatedPath(r), up, down))
            return QString();
        return generatedId(r);
    };
    const QString r1 =
        rev({QStringLiteral("-m"), QStringLiteral("create account")},
            {QStringLiteral("op.create_table('account',\n    sa.Column('id', sa.Integer(), "
                            "nullable=False),\n    sa.Column('name', sa.String(length=50), "
                            "nullable=True),\n    sa.PrimaryKeyConstraint('id')\n)"),
             QStringLiteral(
                 "op.execute(\"INSERT INTO account (id, name) VALUES (1, 'ada'), (2, 'bob')\")")},
            {QStringLiteral("op.drop_table('account')")});
    const QString r2 = rev(
        {QStringLiteral("-m"), QStringLiteral("batch account")},
        {QStringLiteral(
            "with op.batch_alter_table('account', schema=None) as batch_op:\n    "
            "batch_op.add_column(sa.Column('email', sa.String(length=100), nullable=True))\n    "
            "batch_op.alter_column('name', existing_type=sa.String(length=50), nullable=False)\n   "
            " batch_op.create_index('ix_account_email', ['email'], unique=False)")},
        {QStringLiteral("with op.batch_alter_table('account', schema=None) as batch_op:\n    "
                        "batch_op.drop_index('ix_account_email')\n    "
                        "batch_op.alter_column('name', existing_type=sa.String(length=50), "
                        "nullable=True)\n    batch_op.drop_column('email')")});
    const QString s1 = rev(
        {QStringLiteral("-m"), QStringLiteral("audit root"), QStringLiteral("--head"),
         QStringLiteral("base"), QStringLiteral("--branch-label"), QStringLiteral("audit")},
        {QStringLiteral(
            "op.create_table('audit_log',\n    sa.Column('id', sa.Integer(), nullable=False),\n    "
            "sa.Column('note', sa.Text(), nullable=True),\n    sa.PrimaryKeyConstraint('id')\n)")},
        {QStringLiteral("op.drop_table('audit_log')")});
    const QString s2 = rev(
        {QStringLiteral("-m"), QStringLiteral("audit link"), QStringLiteral("--head"),
         QStringLiteral("audit@head"), QStringLiteral("--depends-on"), r2},
        {QStringLiteral(
            "op.add_column('audit_log', sa.Column('account_id', sa.Integer(), nullable=True))")},
        {QStringLiteral("with op.batch_alter_table('audit_log', schema=None) as batch_op:\n    "
                        "batch_op.drop_column('account_id')")});
    QVERIFY(!r1.isEmpty() && !r2.isEmpty() && !s1.isEmpty() && !s2.isEmpty());
    const Run merge = alembic(dir, {QStringLiteral("merge"), r2, s2, QStringLiteral("-m"),
                                    QStringLiteral("merge audit")});
    QCOMPARE(merge.code, 0);
    const QString r3 =
        rev({QStringLiteral("-m"), QStringLiteral("settings")},
            {QStringLiteral("op.create_table('settings',\n    sa.Column('key', "
                            "sa.String(length=40), nullable=False),\n    sa.Column('value', "
                            "sa.Text(), nullable=True),\n    sa.PrimaryKeyConstraint('key')\n)")},
            {QStringLiteral("op.drop_table('settings')")});
    QVERIFY(!r3.isEmpty());

    // Alembic upgrades both databases.
    for (const QString &ini : {QStringLiteral("alembic.ini"), QStringLiteral("copy.ini")}) {
        const Run up = alembic(
            dir, {QStringLiteral("-c"), ini, QStringLiteral("upgrade"), QStringLiteral("heads")});
        QVERIFY2(up.code == 0, qPrintable(up.all()));
    }
    // Stratum reads the same state.
    for (const char *verb : {"current", "heads", "history"}) {
        const Run a = alembic(dir, {QLatin1String(verb)});
        const Run s = stratum(dir, {QLatin1String(verb)});
        QVERIFY2(a.code == 0 && s.code == 0, qPrintable(a.all() + s.all()));
        QCOMPARE(sortedLines(s.out), sortedLines(a.out));
    }
    QCOMPARE(alembic(dir, {QStringLiteral("current")}).out.trimmed(),
             r3 + QStringLiteral(" (head)"));

    auto sameAsAlembic = [&](const QStringList &args) {
        const Run s = stratum(dir, args);
        const Run a =
            alembic(dir, QStringList{QStringLiteral("-c"), QStringLiteral("copy.ini")} + args);
        if (s.code != 0 || a.code != 0) {
            qWarning() << s.all() << a.all();
            return false;
        }
        const Run sc = alembic(dir, {QStringLiteral("current")});
        const Run ac = alembic(
            dir, {QStringLiteral("-c"), QStringLiteral("copy.ini"), QStringLiteral("current")});
        if (sortedLines(sc.out) != sortedLines(ac.out)) {
            qWarning() << args << "current differs:" << sc.out << ac.out;
            return false;
        }
        const QByteArray ms = reflect(mainDb, schema::Dialect::SQLite);
        const QByteArray cs = reflect(copyDb, schema::Dialect::SQLite);
        if (ms != cs) {
            qWarning() << args << "schemas differ:\n" << ms << "\n----\n" << cs;
            return false;
        }
        return true;
    };
    QVERIFY(sameAsAlembic({QStringLiteral("downgrade"), s1}));
    QVERIFY(sameAsAlembic({QStringLiteral("downgrade"), QStringLiteral("-1")}));
    QVERIFY(sameAsAlembic({QStringLiteral("upgrade"), QStringLiteral("audit@head")}));
    QVERIFY(sameAsAlembic({QStringLiteral("downgrade"), QStringLiteral("base")}));
    QCOMPARE(alembic(dir, {QStringLiteral("current")}).out.trimmed(), QString());
    QVERIFY(sameAsAlembic({QStringLiteral("upgrade"), QStringLiteral("heads")}));
    QCOMPARE(alembic(dir, {QStringLiteral("current")}).out.trimmed(),
             r3 + QStringLiteral(" (head)"));

    // The batch revision kept the rows it copied.
    auto c = connect(mainDb);
    QVERIFY(c);
    Result<QStringList> names =
        migrate::queryColumn(*c, QStringLiteral("SELECT name FROM account ORDER BY id"));
    QVERIFY(names);
    QCOMPARE(names.value(), (QStringList{QStringLiteral("ada"), QStringLiteral("bob")}));
}

void TestMigrateAlembic::autogeneratedScriptsGiveTheSameSchema_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("postgresql") << true;
    QTest::newRow("sqlite") << false;
}

void TestMigrateAlembic::autogeneratedScriptsGiveTheSameSchema()
{
    QFETCH(bool, postgres);
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    const QString alembicDb =
        postgres ? freshPgDatabase() : QStringLiteral("sqlite:///") + dir + QStringLiteral("/a.db");
    const QString stratumDb =
        postgres ? freshPgDatabase() : QStringLiteral("sqlite:///") + dir + QStringLiteral("/s.db");
    QVERIFY(!alembicDb.isEmpty() && !stratumDb.isEmpty());
    QString alembicUrl = alembicDb;
    if (postgres)
        alembicUrl.replace(QRegularExpression(QStringLiteral("^postgresql:")),
                           QStringLiteral("postgresql+psycopg2:"));
    QVERIFY(autogenProject(dir, alembicUrl));

    const char *models[] = {"models_v1.py", "models_v2.py"};
    for (const char *m : models) {
        QFile::remove(dir + QStringLiteral("/models.py"));
        QVERIFY(QFile::copy(QStringLiteral(MIGRATE_ALEMBIC_DATA "/") + QLatin1String(m),
                            dir + QStringLiteral("/models.py")));
        const Run gen = alembic(dir, {QStringLiteral("revision"), QStringLiteral("--autogenerate"),
                                      QStringLiteral("-m"), QLatin1String(m)});
        QVERIFY2(gen.code == 0, qPrintable(gen.all()));
        const Run up = alembic(dir, {QStringLiteral("upgrade"), QStringLiteral("head")});
        QVERIFY2(up.code == 0, qPrintable(up.all()));
    }
    const Run s = stratum(dir, {QStringLiteral("upgrade"), QStringLiteral("head"),
                                QStringLiteral("--url"), stratumDb});
    QVERIFY2(s.code == 0, qPrintable(s.all()));
    QCOMPARE(s.err.count(QStringLiteral("Running upgrade")), 2);

    if (postgres) {
        const QString a = pgDump(alembicDb);
        const QString b = pgDump(stratumDb);
        QVERIFY(a.contains(QStringLiteral("CREATE TABLE public.post_tag")));
        QCOMPARE(b, a);
        // Offline SQL: Stratum's and Alembic's are the same text.
        const Run so = stratum(
            dir, {QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--sql")});
        const Run ao = alembic(
            dir, {QStringLiteral("upgrade"), QStringLiteral("head"), QStringLiteral("--sql")});
        QVERIFY2(so.code == 0 && ao.code == 0, qPrintable(so.all() + ao.all()));
        QCOMPARE(so.out, ao.out);
    } else {
        const QByteArray a = reflect(alembicDb, schema::Dialect::SQLite);
        QVERIFY(a.contains("post_tag"));
        QCOMPARE(reflect(stratumDb, schema::Dialect::SQLite), a);
    }

    // And back down: both tools leave the same schema.
    const Run sd = stratum(dir, {QStringLiteral("downgrade"), QStringLiteral("base"),
                                 QStringLiteral("--url"), stratumDb});
    QVERIFY2(sd.code == 0, qPrintable(sd.all()));
    const Run ad = alembic(dir, {QStringLiteral("downgrade"), QStringLiteral("base")});
    QVERIFY2(ad.code == 0, qPrintable(ad.all()));
    if (postgres)
        QCOMPARE(pgDump(stratumDb), pgDump(alembicDb));
    else
        QCOMPARE(reflect(stratumDb, schema::Dialect::SQLite),
                 reflect(alembicDb, schema::Dialect::SQLite));
}

void TestMigrateAlembic::stratumWrittenFilesRunUnderAlembic()
{
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    const Run init = stratum(dir, {QStringLiteral("init"), QStringLiteral("migrations")});
    QVERIFY2(init.code == 0, qPrintable(init.all()));
    setIniUrl(dir + QStringLiteral("/alembic.ini"),
              QStringLiteral("sqlite:///") + dir + QStringLiteral("/w.db"));
    auto rev = [&](const QStringList &args) {
        const Run r = stratum(dir, args);
        if (r.code != 0)
            qWarning() << r.all();
        return generatedId(r);
    };
    const QString one =
        rev({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("one")});
    const QString two = rev(
        {QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("two: it's \"quoted\"")});
    const QString side =
        rev({QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("side"),
             QStringLiteral("--head"), QStringLiteral("base"), QStringLiteral("--branch-label"),
             QStringLiteral("side")});
    const QString dep = rev({QStringLiteral("revision"), QStringLiteral("-m"),
                             QStringLiteral("side dep"), QStringLiteral("--head"),
                             QStringLiteral("side@head"), QStringLiteral("--depends-on"), one});
    QVERIFY(!one.isEmpty() && !two.isEmpty() && !side.isEmpty() && !dep.isEmpty());
    // Two heads: a plain revision is refused, as Alembic refuses it.
    const Run refused =
        stratum(dir, {QStringLiteral("revision"), QStringLiteral("-m"), QStringLiteral("x")});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.err.contains(QStringLiteral("Multiple heads are present")));
    const QString merged = rev({QStringLiteral("merge"), QStringLiteral("heads"),
                                QStringLiteral("-m"), QStringLiteral("join")});
    QVERIFY(!merged.isEmpty());

    for (const char *verb : {"heads", "history"}) {
        const Run a = alembic(dir, {QLatin1String(verb)});
        const Run s = stratum(dir, {QLatin1String(verb)});
        QVERIFY2(a.code == 0 && s.code == 0, qPrintable(a.all() + s.all()));
        QCOMPARE(sortedLines(s.out), sortedLines(a.out));
    }
    const Run up = alembic(dir, {QStringLiteral("upgrade"), QStringLiteral("head")});
    QVERIFY2(up.code == 0, qPrintable(up.all()));
    QCOMPARE(alembic(dir, {QStringLiteral("current")}).out.trimmed(),
             merged + QStringLiteral(" (head) (mergepoint)"));
    QCOMPARE(stratum(dir, {QStringLiteral("current")}).out.trimmed(),
             merged + QStringLiteral(" (head) (mergepoint)"));
    const Run down = alembic(dir, {QStringLiteral("downgrade"), QStringLiteral("base")});
    QVERIFY2(down.code == 0, qPrintable(down.all()));
    QCOMPARE(alembic(dir, {QStringLiteral("current")}).out.trimmed(), QString());
    QCOMPARE(stratum(dir, {QStringLiteral("current")}).out.trimmed(), QString());
}

QTEST_GUILESS_MAIN(TestMigrateAlembic)
#include "test_migrate_alembic.moc"
