// Stratum's renderSql against the real Alembic 1.8 (/usr/bin/alembic, offline
// --sql mode, PostgreSQL dialect: no server needed): the revision scripts of
// tests/unit/migrate_ops/data (Alembic's own autogenerate output plus a
// hand-written one) must render to the same statements, compared one by one
// after whitespace normalisation, for upgrade and for downgrade.
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/migrate/ops/OperationSql.h"
#include "core/pyread/Module.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;

namespace {

const QStringList kChain = {QStringLiteral("pg_c3d4e5f6a7b8_pg_schema.py"),
                            QStringLiteral("pg_d4e5f6a7b8c9_pg_alter.py"),
                            QStringLiteral("pg_e5f6a7b8c9d0_hand_written.py")};

QString dataPath(const QString &name)
{
    return QStringLiteral(STRATUM_SOURCE_DIR "/tests/unit/migrate_ops/data/") + name;
}

QString normalise(QString sql)
{
    sql = sql.simplified();
    while (sql.endsWith(u';'))
        sql.chop(1);
    return sql.trimmed();
}

// Alembic's offline output: statements end with ";" followed by a blank line;
// "-- Running upgrade a -> b" starts each revision. Version-table bookkeeping
// and BEGIN/COMMIT belong to the migrator, not to the operations.
QList<QStringList> sections(const QString &output)
{
    QList<QStringList> out;
    QString current;
    auto flush = [&]() {
        const QString s = normalise(current);
        current.clear();
        if (s.isEmpty() || out.isEmpty())
            return;
        static const QRegularExpression bookkeeping(
            QStringLiteral("^(BEGIN|COMMIT|(INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE|DROP "
                           "TABLE) alembic_version\\b)"));
        if (!bookkeeping.match(s).hasMatch())
            out.last() << s;
    };
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(QLatin1String("-- Running "))) {
            flush();
            out << QStringList();
            continue;
        }
        current += line + u'\n';
        if (line.trimmed().endsWith(u';'))
            flush();
    }
    flush();
    return out;
}

RevisionOperations operationsOf(const QString &file)
{
    Result<pyread::Module> m = pyread::Module::parseFile(dataPath(file));
    if (!m)
        qFatal("%s", qPrintable(m.error().toString()));
    Result<RevisionOperations> ops = interpretRevision(*m, dataPath(file));
    if (!ops)
        qFatal("%s", qPrintable(ops.error().toString()));
    return ops.value();
}

QString runAlembic(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("/usr/bin/alembic"), args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("alembic %s failed: %s", qPrintable(args.join(u' ')),
               p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

void compareSection(const QStringList &alembic, const QStringList &stratum, const QString &what)
{
    for (int i = 0; i < qMax(alembic.size(), stratum.size()); ++i) {
        const QString a = alembic.value(i, QStringLiteral("<none>"));
        const QString s = i < stratum.size() ? normalise(stratum[i]) : QStringLiteral("<none>");
        if (a != s)
            QFAIL(qPrintable(QStringLiteral("%1, statement %2:\n  alembic: %3\n  stratum: %4")
                                 .arg(what)
                                 .arg(i + 1)
                                 .arg(a, s)));
    }
}

}  // namespace

class TestMigrateOpsInterop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral("/usr/bin/alembic")));
        runAlembic(m_dir.path(), {QStringLiteral("init"), QStringLiteral("migrations")});
        QFile ini(m_dir.filePath(QStringLiteral("alembic.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(ini.readAll());
        ini.close();
        // Offline mode only needs the dialect; nothing connects to this URL.
        text.replace(QRegularExpression(QStringLiteral("(?m)^sqlalchemy\\.url = .*$")),
                     QStringLiteral("sqlalchemy.url = postgresql://nobody@localhost/nothing"));
        QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ini.write(text.toUtf8());
        ini.close();
        for (const QString &f : kChain)
            QVERIFY(QFile::copy(dataPath(f),
                                m_dir.filePath(QStringLiteral("migrations/versions/") + f)));
    }

    void upgradeMatchesAlembic()
    {
        const QList<QStringList> alembic =
            sections(runAlembic(m_dir.path(), {QStringLiteral("upgrade"), QStringLiteral("head"),
                                               QStringLiteral("--sql")}));
        QCOMPARE(alembic.size(), kChain.size());
        RenderState state;  // one run: enum memo and tracked tables carry over
        RenderContext context;
        context.state = &state;
        int statements = 0;
        for (int i = 0; i < kChain.size(); ++i) {
            const RevisionOperations ops = operationsOf(kChain[i]);
            Result<QStringList> sql = renderSql(ops.upgrade, schema::Dialect::PostgreSQL, context);
            QVERIFY2(sql, qPrintable(sql ? QString() : sql.error().toString()));
            compareSection(alembic[i], *sql, QStringLiteral("upgrade of ") + kChain[i]);
            statements += int(sql->size());
        }
        QCOMPARE(statements, 37);
        QVERIFY(state.createdEnums.contains(QStringLiteral("account_status")));
    }

    void downgradeMatchesAlembic()
    {
        const QList<QStringList> alembic = sections(runAlembic(
            m_dir.path(), {QStringLiteral("downgrade"), QStringLiteral("e5f6a7b8c9d0:base"),
                           QStringLiteral("--sql")}));
        QCOMPARE(alembic.size(), kChain.size());
        RenderState state;
        RenderContext context;
        context.state = &state;
        for (int i = 0; i < kChain.size(); ++i) {
            const QString file = kChain[kChain.size() - 1 - i];
            const RevisionOperations ops = operationsOf(file);
            Result<QStringList> sql =
                renderSql(ops.downgrade, schema::Dialect::PostgreSQL, context);
            QVERIFY2(sql, qPrintable(sql ? QString() : sql.error().toString()));
            compareSection(alembic[i], *sql, QStringLiteral("downgrade of ") + file);
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrateOpsInterop)
#include "test_migrate_ops_interop.moc"
