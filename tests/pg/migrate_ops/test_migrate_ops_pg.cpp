// execute() on the private PostgreSQL cluster (STRATUM_TEST_PG_URL), one fresh
// database per test: the pg_* revision chain of tests/unit/migrate_ops/data
// (Alembic's autogenerate output plus a hand-written script) upgrades and
// downgrades; enum types, comments, identity columns and partial indexes are
// checked in the catalogue; server errors keep their position.
#include "../schema/PgTestDatabase.h"

#include "core/migrate/ops/OperationExecutor.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/pyread/Module.h"

#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;
using stratum::schema::test::PgTestDatabase;

namespace {

const QStringList kChain = {QStringLiteral("pg_c3d4e5f6a7b8_pg_schema.py"),
                            QStringLiteral("pg_d4e5f6a7b8c9_pg_alter.py"),
                            QStringLiteral("pg_e5f6a7b8c9d0_hand_written.py")};

RevisionOperations operationsOf(const QString &file)
{
    const QString path = QStringLiteral(STRATUM_SOURCE_DIR "/tests/unit/migrate_ops/data/") + file;
    Result<pyread::Module> m = pyread::Module::parseFile(path);
    if (!m)
        qFatal("%s", qPrintable(m.error().toString()));
    Result<RevisionOperations> ops = interpretRevision(*m, path);
    if (!ops)
        qFatal("%s", qPrintable(ops.error().toString()));
    return ops.value();
}

}  // namespace

class TestMigrateOpsPg : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("STRATUM_TEST_PG_URL"))
            QFAIL("STRATUM_TEST_PG_URL is not set; run through scripts/test.sh or "
                  "scripts/dev-cluster.sh");
    }

    void upgradeAndDowngradeTheChain()
    {
        PgTestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        QCOMPARE(db.run({QStringLiteral("CREATE SCHEMA blog")}), QString());
        engine::DriverConnection &c = db.connection();

        RenderState state;
        ExecuteContext ctx;
        ctx.state = &state;
        QStringList progress;
        ctx.progress = [&](int, int, const Operation &op) { progress << op.describe(); };
        QVERIFY(c.begin());
        for (const QString &file : kChain) {
            Status s = execute(operationsOf(file).upgrade, c, schema::Dialect::PostgreSQL, ctx);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        }
        QVERIFY(c.commit());
        QCOMPARE(progress.size(), 4 + 7 + 13);
        QCOMPARE(progress.first(), QStringLiteral("create table account"));

        // enums: created by create_table (account_status, "odd mood") and by op.execute
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(typname, ',' ORDER BY typname) FROM "
                                          "pg_type WHERE typtype = 'e'")),
                 QStringLiteral("account_status,odd mood,priority"));
        // comments
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT obj_description('odd_table'::regclass, 'pg_class')")),
            QStringLiteral("renamed"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT col_description('account'::regclass, "
                                          "(SELECT attnum FROM pg_attribute WHERE attrelid = "
                                          "'account'::regclass AND attname = 'email'))")),
                 QStringLiteral("primary contact"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT coalesce(obj_description('account'::regclass, "
                                          "'pg_class'), '<none>')")),
                 QStringLiteral("<none>"));
        // identity columns
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT string_agg(attname || '=' || attidentity::text, ',' "
                                     "ORDER BY attname) FROM pg_attribute WHERE attidentity "
                                     "<> '' AND attrelid IN ('account'::regclass, "
                                     "'odd_table'::regclass)")),
            QStringLiteral("id=a,uid=d"));
        QCOMPARE(db.scalar(QStringLiteral(
                     "INSERT INTO account (name, email, position) VALUES ('nn', 'e', 1) "
                     "RETURNING id")),
                 QStringLiteral("100"));
        // partial and covering indexes
        QCOMPARE(db.scalar(
                     QStringLiteral("SELECT pg_get_indexdef('ix_account_email_active'::regclass)")),
                 QStringLiteral("CREATE UNIQUE INDEX ix_account_email_active ON public.account "
                                "USING btree (email) WHERE (status = 'active'::account_status)"));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT pg_get_indexdef('ix_odd_partial'::regclass)")),
            QStringLiteral("CREATE UNIQUE INDEX ix_odd_partial ON public.odd_table USING btree "
                           "(prio, id) INCLUDE (\"MixedCase\") WHERE (prio = 'high'::priority)"));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT pg_get_indexdef('ix_account_settings'::regclass)")),
            QStringLiteral(
                "CREATE INDEX ix_account_settings ON public.account USING gin (settings)"));
        // a renamed column with its comment, and the schema-qualified foreign keys
        QCOMPARE(db.scalar(QStringLiteral("SELECT col_description('account'::regclass, "
                                          "(SELECT attnum FROM pg_attribute WHERE attrelid = "
                                          "'account'::regclass AND attname = 'position'))")),
                 QStringLiteral("ordering"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(conname, ',' ORDER BY conname) FROM "
                                          "pg_constraint WHERE contype = 'f'")),
                 QStringLiteral("fk_odd_account,fk_odd_post,fk_post_account,fk_post_reviewer"));

        QVERIFY(c.begin());
        for (qsizetype i = kChain.size() - 1; i >= 0; --i) {
            Status s =
                execute(operationsOf(kChain[i]).downgrade, c, schema::Dialect::PostgreSQL, ctx);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        }
        QVERIFY(c.commit());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname IN "
                                          "('public', 'blog')")),
                 QStringLiteral("0"));
        // As with Alembic: drop_table leaves the enum types create_table made.
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(typname, ',' ORDER BY typname) FROM "
                                          "pg_type WHERE typtype = 'e'")),
                 QStringLiteral("account_status,odd mood"));
    }

    void failedStatementKeepsServerPosition()
    {
        PgTestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const QString source = QStringLiteral(
            "from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n"
            "    op.create_table('t', sa.Column('id', sa.Integer(), primary_key=True))\n"
            "    op.execute('SELECT nosuchcolumn FROM t')\n");
        Result<pyread::Module> m =
            pyread::Module::parse(source, QStringLiteral("versions/42_x.py"));
        QVERIFY(m);
        Result<RevisionOperations> ops = interpretRevision(*m, QStringLiteral("versions/42_x.py"));
        QVERIFY(ops);
        Status s = execute(ops->upgrade, db.connection(), schema::Dialect::PostgreSQL, {});
        QVERIFY(!s);
        QCOMPARE(s.error().source, QStringLiteral("versions/42_x.py"));
        QCOMPARE(s.error().line, 7);
        QCOMPARE(s.error().column, 5);
        QCOMPARE(s.error().code, QStringLiteral("42703"));
        QCOMPARE(s.error().position, 8);
        QVERIFY2(s.error().message.contains(QLatin1String("nosuchcolumn")),
                 qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QLatin1String("op.execute")));
    }
};

QTEST_GUILESS_MAIN(TestMigrateOpsPg)
#include "test_migrate_ops_pg.moc"
