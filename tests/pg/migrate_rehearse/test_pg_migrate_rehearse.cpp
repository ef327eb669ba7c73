// Rehearsal on PostgreSQL: a database at revision r1 with data is rehearsed
// to head (r2: ALTER TABLE and CREATE INDEX) and to a failing revision (r3:
// a unique index over duplicates). Each report names the steps, their times,
// errors and the locks they took, and a schema-and-data pg_dump taken before
// and after is identical. Also ConnectionLintData against the same rows.
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/lint/MigrationLint.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/Rehearsal.h"
#include "core/migrate/run/ScriptOperations.h"
#include "core/pyread/Module.h"
#include "tests/pg/schema/PgTestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;
using stratum::schema::Dialect;

namespace {

bool writeRevision(const QString &dir, const QString &id, const QString &down, const QString &body)
{
    QFile f(dir + u'/' + id + QStringLiteral("_rev.py"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("\"\"\"%1\n\nRevision ID: %1\nRevises: %2\n\"\"\"\n"
                           "from alembic import op\nimport sqlalchemy as sa\n\n"
                           "revision = '%1'\ndown_revision = %3\nbranch_labels = None\n"
                           "depends_on = None\n\n\ndef upgrade():\n%4\n\n\ndef downgrade():\n"
                           "    pass\n")
                .arg(id, down, down.isEmpty() ? QStringLiteral("None") : u'\'' + down + u'\'', body)
                .toUtf8());
    return true;
}

// pg_dump of schema and data, without the \restrict lines whose key changes
// on every run (PostgreSQL 15.14+).
QString dump(const schema::test::PgTestDatabase &db)
{
    const QString bindir = qEnvironmentVariable("STRATUM_TEST_PG_BINDIR");
    QProcess p;
    p.start(bindir.isEmpty() ? QStringLiteral("pg_dump") : bindir + QStringLiteral("/pg_dump"),
            {QStringLiteral("--no-owner"), QStringLiteral("-d"), db.urlText()});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return QStringLiteral("pg_dump failed: ") + QString::fromUtf8(p.readAllStandardError());
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
    lines.removeIf([](const QString &l) {
        return l.startsWith(QLatin1String("\\restrict")) ||
               l.startsWith(QLatin1String("\\unrestrict"));
    });
    return lines.join(u'\n');
}

bool hasLock(const RehearsalStep &step, const QString &mode, const QString &object)
{
    for (const RehearsalLock &l : step.newLocks) {
        if (l.mode == mode && l.object == object && l.granted)
            return true;
    }
    return false;
}

}  // namespace

class TestPgMigrateRehearse : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<schema::test::PgTestDatabase> m_db;
    std::optional<RevisionGraph> m_graph;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString versions = m_dir.path() + QStringLiteral("/versions");
        QVERIFY(QDir().mkpath(versions));
        QVERIFY(writeRevision(versions, QStringLiteral("r1"), {},
                              QStringLiteral("    op.create_table('items',\n"
                                             "        sa.Column('id', sa.Integer(), "
                                             "primary_key=True),\n"
                                             "        sa.Column('name', sa.String(length=40), "
                                             "nullable=False))")));
        QVERIFY(writeRevision(
            versions, QStringLiteral("r2"), QStringLiteral("r1"),
            QStringLiteral("    op.add_column('items', sa.Column('price', sa.Numeric(10, 2), "
                           "server_default='0', nullable=False))\n"
                           "    op.create_index('ix_items_name', 'items', ['name'])")));
        QVERIFY(writeRevision(versions, QStringLiteral("r3"), QStringLiteral("r2"),
                              QStringLiteral("    op.create_index('uq_items_name', 'items', "
                                             "['name'], unique=True)")));
        ScriptDirectory::Location location;
        location.scriptLocation = m_dir.path();
        location.useCache = false;
        Result<ScriptDirectory> scripts = ScriptDirectory::load(location);
        QVERIFY(scripts.ok());
        Result<RevisionGraph> graph = scripts->strictGraph();
        QVERIFY(graph.ok());
        m_graph = graph.value();

        m_db = std::make_unique<schema::test::PgTestDatabase>();
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        ScriptOperations operations(*m_graph, Dialect::PostgreSQL);
        Migrator migrator(*m_graph, m_db->connection(), Dialect::PostgreSQL, operations);
        QVERIFY(migrator.upgrade(QStringLiteral("r1")).ok());
        // 2,000 rows, every name twice
        QVERIFY(m_db->connection()
                    .execute(QStringLiteral("INSERT INTO items (name) SELECT 'item ' || (g % "
                                            "1000) FROM generate_series(1, 2000) g"))
                    .ok());
    }

    void rehearsalReportsAndLeavesNoTrace()
    {
        const QString before = dump(*m_db);
        QVERIFY2(!before.startsWith(QLatin1String("pg_dump failed")), qPrintable(before));
        QVERIFY(before.contains(QLatin1String("item 999")));  // data is in the snapshot

        ScriptOperations operations(*m_graph, Dialect::PostgreSQL);
        Rehearsal rehearsal(*m_graph, m_db->connection(), operations);
        Result<RehearsalReport> report = rehearsal.upgrade(QStringLiteral("r2"));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QVERIFY(report->succeeded());
        QCOMPARE(report->headsBefore, QStringList{QStringLiteral("r1")});
        QCOMPARE(report->steps.size(), 1);
        const RehearsalStep &step = report->steps[0];
        QCOMPARE(step.step.revisionId, QStringLiteral("r2"));
        QVERIFY(step.elapsedMs >= 0);
        // ALTER TABLE ... ADD COLUMN takes ACCESS EXCLUSIVE; CREATE INDEX takes SHARE
        QVERIFY2(
            hasLock(step, QStringLiteral("AccessExclusiveLock"), QStringLiteral("public.items")),
            qPrintable(report->toText()));
        QVERIFY2(hasLock(step, QStringLiteral("ShareLock"), QStringLiteral("public.items")),
                 qPrintable(report->toText()));
        QVERIFY(report->toText().contains(QLatin1String("rolled back")));
        QVERIFY(report->toText().contains(QLatin1String("AccessExclusiveLock on public.items")));

        QCOMPARE(m_db->connection().transactionStatus(), engine::TransactionStatus::Idle);
        QCOMPARE(dump(*m_db), before);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT version_num FROM alembic_version")),
                 QStringLiteral("r1"));
    }

    void failingStepIsReportedAndRolledBack()
    {
        const QString before = dump(*m_db);
        ScriptOperations operations(*m_graph, Dialect::PostgreSQL);
        Rehearsal rehearsal(*m_graph, m_db->connection(), operations);
        Result<RehearsalReport> report = rehearsal.upgrade(QStringLiteral("head"));
        QVERIFY(report.ok());
        QVERIFY(!report->succeeded());
        QCOMPARE(report->steps.size(), 2);
        QVERIFY(!report->steps[0].error);
        QVERIFY(report->steps[1].error);
        QCOMPARE(report->steps[1].error->code, QStringLiteral("23505"));  // unique_violation
        QVERIFY(report->toText().contains(QLatin1String("FAILED")));
        QCOMPARE(m_db->connection().transactionStatus(), engine::TransactionStatus::Idle);
        QCOMPARE(dump(*m_db), before);
        // the advisory lock is released: a real upgrade can run now
        ScriptOperations real(*m_graph, Dialect::PostgreSQL);
        Migrator migrator(*m_graph, m_db->connection(), Dialect::PostgreSQL, real);
        QVERIFY(migrator.upgrade(QStringLiteral("r2")).ok());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT version_num FROM alembic_version")),
                 QStringLiteral("r2"));
    }

    void sqliteIsRefused()
    {
        ScriptOperations operations(*m_graph, Dialect::SQLite);
        Rehearsal rehearsal(*m_graph, m_db->connection(), operations,
                            VersionTable(Dialect::SQLite));
        Result<RehearsalReport> report = rehearsal.upgrade(QStringLiteral("head"));
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(QLatin1String("PostgreSQL")));
    }

    void lintWithTheLiveDatabase()
    {
        ConnectionLintData data(m_db->connection(), Dialect::PostgreSQL);
        const std::optional<qint64> rows = data.rowCount({}, QStringLiteral("items"));
        QVERIFY(rows);
        QCOMPARE(*rows, qint64(2000));
        QCOMPARE(data.hasDuplicates({}, QStringLiteral("items"), {QStringLiteral("name")}),
                 std::optional<bool>(true));
        QCOMPARE(data.hasDuplicates({}, QStringLiteral("items"), {QStringLiteral("id")}),
                 std::optional<bool>(false));
        QCOMPARE(data.hasNulls({}, QStringLiteral("items"), QStringLiteral("name")),
                 std::optional<bool>(false));
        QVERIFY(!data.rowCount({}, QStringLiteral("no_such_table")));

        Result<pyread::Module> module =
            pyread::Module::parseFile(m_dir.path() + QStringLiteral("/versions/r3_rev.py"));
        QVERIFY(module.ok());
        Result<RevisionOperations> ops = interpretRevision(*module, QStringLiteral("r3_rev.py"));
        QVERIFY(ops.ok());
        LintContext context;
        context.data = &data;
        const QList<LintFinding> findings =
            lintOperations(ops->upgrade, Dialect::PostgreSQL, context);
        QCOMPARE(findings.size(), 1);  // 2,000 rows is not large: no Locking
        QCOMPARE(findings[0].kind, LintClass::DataDependent);
        QVERIFY(findings[0].confirmed);
        QVERIFY(findings[0].explanation.contains(QLatin1String("already has duplicate")));
    }

    void commandLine()
    {
        // an Alembic project over the same scripts; the URL given with --url
        QFile ini(m_dir.path() + QStringLiteral("/alembic.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[alembic]\nscript_location = %(here)s\n");
        ini.close();
        auto run = [&](const QStringList &args, QString *out) {
            QProcess p;
            p.setWorkingDirectory(m_dir.path());
            p.start(QStringLiteral(STRATUM_CLI_PATH),
                    args + QStringList{QStringLiteral("--url"), m_db->urlText()});
            if (!p.waitForFinished(120000))
                return -1;
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        const QString before = dump(*m_db);
        QString out;
        // the database is at r2 now: r3 is pending, a unique index over duplicates
        QCOMPARE(run({QStringLiteral("lint")}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("Revision r3")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("create unique index `uq_items_name` on `items` "
                                            "(name)")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Data-dependent: the new unique key (name) fails: "
                                            "`items` already has duplicate values")),
                 qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("Revision r2")));  // already applied
        QCOMPARE(run({QStringLiteral("lint"), QStringLiteral("--strict")}, &out), 1);

        QCOMPARE(
            run({QStringLiteral("upgrade"), QStringLiteral("--rehearse"), QStringLiteral("head")},
                &out),
            1);
        QVERIFY2(out.contains(QLatin1String("upgrade r2 -> r3")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("FAILED")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("the database was left as it was")), qPrintable(out));
        QVERIFY(!out.contains(
            qEnvironmentVariable("STRATUM_TEST_PG_PASSWORD", QStringLiteral("\x01"))));
        QCOMPARE(dump(*m_db), before);
        QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--rehearse"),
                      QStringLiteral("--sql"), QStringLiteral("head")},
                     &out),
                 2);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestPgMigrateRehearse)
#include "test_pg_migrate_rehearse.moc"
