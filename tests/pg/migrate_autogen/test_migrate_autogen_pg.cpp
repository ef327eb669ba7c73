// Autogenerate against a fresh database on the private cluster
// (STRATUM_TEST_PG_URL): the operations it finds are applied with execute()
// and a second run must find nothing (no false positives); the downgrade
// returns the database to where it started.
#include "../schema/PgTestDatabase.h"

#include "core/migrate/autogen/Autogenerate.h"
#include "core/migrate/ops/OperationExecutor.h"

#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;
using namespace stratum::migrate::autogen;
using schema::ColumnType;
using stratum::schema::test::PgTestDatabase;

namespace {

schema::Column col(const QString &name, ColumnType type, bool nullable = true,
                   const QString &def = {})
{
    schema::Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    c.serverDefault = def;
    return c;
}

// A model with the defaults Alembic users see as changes on every run.
schema::MetaData model()
{
    schema::MetaData m;
    m.enums.push_back({{},
                       QStringLiteral("mood"),
                       {QStringLiteral("sad"), QStringLiteral("ok"), QStringLiteral("happy")}});
    schema::Sequence ticket;
    ticket.name = QStringLiteral("ticket_seq");
    ticket.dataType = schema::TypeKind::BigInteger;
    ticket.start = 1000;
    m.sequences.push_back(ticket);

    schema::Table account;
    account.name = QStringLiteral("account");
    account.comment = QStringLiteral("who signs in");
    schema::Column id = col(QStringLiteral("id"), ColumnType::integer(), false);
    id.autoincrement = true;
    account.columns.push_back(id);
    account.columns.push_back(col(QStringLiteral("email"), ColumnType::string(100), false));
    account.columns.push_back(col(QStringLiteral("created"), ColumnType::dateTime(true), false,
                                  QStringLiteral("CURRENT_TIMESTAMP")));
    account.columns.push_back(
        col(QStringLiteral("updated"), ColumnType::dateTime(false), true, QStringLiteral("now()")));
    account.columns.push_back(
        col(QStringLiteral("label"), ColumnType::text(), false, QStringLiteral("'x'::text")));
    account.columns.push_back(
        col(QStringLiteral("note"), ColumnType::string(20), true, QStringLiteral("'n'")));
    account.columns.push_back(col(QStringLiteral("status"),
                                  ColumnType::enumeration(QStringLiteral("mood")), false,
                                  QStringLiteral("'ok'")));
    account.columns.push_back(
        col(QStringLiteral("active"), ColumnType::boolean(), false, QStringLiteral("true")));
    account.columns.push_back(
        col(QStringLiteral("price"), ColumnType::numeric(10, 2), true, QStringLiteral("0")));
    account.columns.push_back(col(QStringLiteral("ticket"), ColumnType::bigInteger(), false,
                                  QStringLiteral("nextval('ticket_seq')")));
    schema::Column code = col(QStringLiteral("code"), ColumnType::bigInteger(), false);
    code.identity = schema::Identity{true, 10, {}, {}, {}, {}, false};
    code.comment = QStringLiteral("external code");
    account.columns.push_back(code);
    account.columns.push_back(col(QStringLiteral("tags"), ColumnType::text().arrayOf(), true,
                                  QStringLiteral("'{}'::text[]")));
    account.primaryKey.columns = {QStringLiteral("id")};
    account.uniqueConstraints.push_back({{}, {QStringLiteral("email")}, false, false});
    account.checkConstraints.push_back({{}, QStringLiteral("price >= 0")});
    account.checkConstraints.push_back(
        {QStringLiteral("ck_account_note"), QStringLiteral("note IN ('a', 'n')")});
    schema::Index lowerEmail;
    lowerEmail.name = QStringLiteral("ix_account_lower_email");
    lowerEmail.elements = {schema::IndexElement::ofExpression(QStringLiteral("lower(email)"))};
    account.indexes.push_back(lowerEmail);
    schema::Index happy;
    happy.name = QStringLiteral("ix_account_happy");
    happy.elements = {schema::IndexElement::ofColumn(QStringLiteral("created"))};
    happy.where = QStringLiteral("status <> 'sad'");
    account.indexes.push_back(happy);
    m.tables.push_back(account);

    schema::Table post;
    post.name = QStringLiteral("post");
    schema::Column pid = col(QStringLiteral("id"), ColumnType::bigInteger(), false);
    pid.identity = schema::Identity{};
    post.columns.push_back(pid);
    post.columns.push_back(col(QStringLiteral("account_id"), ColumnType::integer(), false));
    post.columns.push_back(col(QStringLiteral("title"), ColumnType::string(200), false));
    post.columns.push_back(
        col(QStringLiteral("day"), ColumnType::date(), true, QStringLiteral("CURRENT_DATE")));
    post.primaryKey.columns = {QStringLiteral("id")};
    schema::ForeignKey fk;
    fk.columns = {QStringLiteral("account_id")};
    fk.referredTable = QStringLiteral("account");
    fk.referredColumns = {QStringLiteral("id")};
    fk.onDelete = schema::ReferentialAction::Cascade;
    post.foreignKeys.push_back(fk);
    schema::Index byAccount;  // named by the default convention: ix_post_account_id
    byAccount.elements = {schema::IndexElement::ofColumn(QStringLiteral("account_id"))};
    post.indexes.push_back(byAccount);
    m.tables.push_back(post);
    return m;
}

QString describe(const AutogenResult &r)
{
    return r.differences().join(u'\n');
}

}  // namespace

class TestMigrateAutogenPg : public QObject
{
    Q_OBJECT

    // Runs ops in one transaction.
    static QString apply(engine::DriverConnection &c, const QList<Operation> &ops,
                         const schema::MetaData &m)
    {
        RenderState state;
        ExecuteContext ctx;
        ctx.naming = m.naming;
        ctx.state = &state;
        if (!c.begin())
            return QStringLiteral("begin failed");
        Status s = execute(ops, c, schema::Dialect::PostgreSQL, ctx);
        if (!s) {
            (void)c.rollback();
            return s.error().toString();
        }
        return c.commit() ? QString() : QStringLiteral("commit failed");
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("STRATUM_TEST_PG_URL"))
            QFAIL("STRATUM_TEST_PG_URL is not set; run through scripts/test.sh or "
                  "scripts/dev-cluster.sh");
    }

    void applyThenNothingLeftThenDowngrade()
    {
        PgTestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        engine::DriverConnection &c = db.connection();
        const schema::MetaData target = model();

        Result<AutogenResult> first = autogenerate(c, schema::Dialect::PostgreSQL, target);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(!first->upgrade.isEmpty());
        const QString applied = apply(c, first->upgrade, target);
        QVERIFY2(applied.isEmpty(), qPrintable(applied + u'\n' + describe(first.value())));

        AutogenStats stats;
        Result<AutogenResult> second =
            autogenerate(c, schema::Dialect::PostgreSQL, target, {}, &stats);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        QVERIFY2(second->isEmpty(), qPrintable(describe(second.value())));
        QVERIFY(stats.probes > 0);  // the defaults went through the server
        // Normalising left nothing behind.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname LIKE "
                                          "'stratum_autogen%'")),
                 QStringLiteral("0"));

        const QString down = apply(c, first->downgrade, target);
        QVERIFY2(down.isEmpty(), qPrintable(down));
        schema::Inspector inspector(c, schema::Dialect::PostgreSQL);
        Result<schema::Reflection> after = inspector.reflect();
        QVERIFY(after);
        QVERIFY(after->metadata.tables.empty());
        QVERIFY(after->metadata.enums.empty());
        QVERIFY(after->metadata.sequences.empty());
    }

    void serverSpellingsAreNoChange()
    {
        PgTestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        QCOMPARE(db.run({QStringLiteral("CREATE SEQUENCE legacy_n_seq"),
                         QStringLiteral(
                             "CREATE TABLE legacy (id serial PRIMARY KEY, "
                             "created timestamptz NOT NULL DEFAULT now(), "
                             "day date DEFAULT now(), "
                             "label text DEFAULT 'x', "
                             "n bigint DEFAULT nextval('legacy_n_seq'::regclass), "
                             "amount numeric(8,2) CHECK (amount > 0), "
                             "kind varchar(10) CONSTRAINT legacy_kind CHECK (kind IN ('a', 'b')), "
                             "code int GENERATED BY DEFAULT AS IDENTITY)")}),
                 QString());
        schema::MetaData target;
        schema::Sequence seq;
        seq.name = QStringLiteral("legacy_n_seq");
        target.sequences.push_back(seq);
        schema::Table t;
        t.name = QStringLiteral("legacy");
        schema::Column id = col(QStringLiteral("id"), ColumnType::integer(), false);
        id.autoincrement = true;
        t.columns.push_back(id);
        t.columns.push_back(col(QStringLiteral("created"), ColumnType::dateTime(true), false,
                                QStringLiteral("CURRENT_TIMESTAMP")));
        t.columns.push_back(
            col(QStringLiteral("day"), ColumnType::date(), true, QStringLiteral("now()")));
        t.columns.push_back(
            col(QStringLiteral("label"), ColumnType::text(), true, QStringLiteral("'x'::text")));
        t.columns.push_back(col(QStringLiteral("n"), ColumnType::bigInteger(), true,
                                QStringLiteral("nextval('legacy_n_seq')")));
        t.columns.push_back(col(QStringLiteral("amount"), ColumnType::numeric(8, 2)));
        t.columns.push_back(col(QStringLiteral("kind"), ColumnType::string(10)));
        schema::Column code = col(QStringLiteral("code"), ColumnType::integer(), false);
        code.identity = schema::Identity{};
        t.columns.push_back(code);
        t.primaryKey.columns = {QStringLiteral("id")};
        t.checkConstraints.push_back({{}, QStringLiteral("amount > 0")});
        t.checkConstraints.push_back(
            {QStringLiteral("legacy_kind"), QStringLiteral("kind IN ('a', 'b')")});
        target.tables.push_back(t);

        Result<AutogenResult> r =
            autogenerate(db.connection(), schema::Dialect::PostgreSQL, target);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY2(r->isEmpty(), qPrintable(describe(r.value())));

        // A real change in the same spellings is still found.
        target.tables[0].column(QStringLiteral("label"))->serverDefault = QStringLiteral("'y'");
        r = autogenerate(db.connection(), schema::Dialect::PostgreSQL, target);
        QVERIFY(r);
        QCOMPARE(r->upgrade.size(), 1);
        const AlterColumnOp *alter = r->upgrade[0].as<AlterColumnOp>();
        QVERIFY(alter && alter->serverDefault);
        QCOMPARE(alter->serverDefault->value, QStringLiteral("'y'"));
    }

    void missingSchemaIsANote()
    {
        PgTestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        schema::MetaData target;
        schema::Table t;
        t.schema = QStringLiteral("reports");
        t.name = QStringLiteral("daily");
        t.columns.push_back(col(QStringLiteral("day"), ColumnType::date(), false));
        target.tables.push_back(t);
        Result<AutogenResult> r =
            autogenerate(db.connection(), schema::Dialect::PostgreSQL, target);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->upgrade.size(), 1);
        QCOMPARE(r->upgrade[0].describe(), QStringLiteral("create table reports.daily"));
        QVERIFY2(r->notes.join(u'\n').contains(QStringLiteral("schema reports does not exist")),
                 qPrintable(describe(r.value())));
    }

    void modelChangesApplyAndSettle()
    {
        PgTestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        engine::DriverConnection &c = db.connection();
        schema::MetaData target = model();
        Result<AutogenResult> r = autogenerate(c, schema::Dialect::PostgreSQL, target);
        QVERIFY(r);
        QCOMPARE(apply(c, r->upgrade, target), QString());
        QCOMPARE(db.run({QStringLiteral("INSERT INTO account (email) VALUES ('a@b.c')")}),
                 QString());

        // Edit the model: new label, new column, wider type, nullable,
        // another default, a dropped index, a new table referring to post.
        target.enums[0].labels.insert(1, QStringLiteral("meh"));
        schema::Table &account = *target.table({}, QStringLiteral("account"));
        account.columns.push_back(col(QStringLiteral("nick"), ColumnType::string(30)));
        account.column(QStringLiteral("email"))->type = ColumnType::string(200);
        account.column(QStringLiteral("updated"))->nullable = false;
        account.column(QStringLiteral("updated"))->serverDefault =
            QStringLiteral("CURRENT_TIMESTAMP");
        account.column(QStringLiteral("note"))->serverDefault.clear();
        account.comment.clear();
        account.indexes.erase(account.indexes.begin());
        schema::Table like;
        like.name = QStringLiteral("post_like");
        like.columns.push_back(col(QStringLiteral("post_id"), ColumnType::bigInteger(), false));
        like.columns.push_back(col(QStringLiteral("account_id"), ColumnType::integer(), false));
        like.primaryKey.columns = {QStringLiteral("post_id"), QStringLiteral("account_id")};
        schema::ForeignKey toPost;
        toPost.columns = {QStringLiteral("post_id")};
        toPost.referredTable = QStringLiteral("post");
        toPost.referredColumns = {QStringLiteral("id")};
        like.foreignKeys.push_back(toPost);
        target.tables.push_back(like);

        r = autogenerate(c, schema::Dialect::PostgreSQL, target);
        QVERIFY(r);
        const QString found = describe(r.value());
        QVERIFY2(found.contains(QStringLiteral("create table post_like")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("add column account.nick")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("drop index ix_account_lower_email")),
                 qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("ADD VALUE 'meh' AFTER 'sad'")) ||
                     found.contains(QStringLiteral("ALTER TYPE mood")),
                 qPrintable(found));
        const QString applied = apply(c, r->upgrade, target);
        QVERIFY2(applied.isEmpty(), qPrintable(applied + u'\n' + found));
        r = autogenerate(c, schema::Dialect::PostgreSQL, target);
        QVERIFY(r);
        QVERIFY2(r->isEmpty(), qPrintable(describe(r.value())));
    }
};

QTEST_GUILESS_MAIN(TestMigrateAutogenPg)
#include "test_migrate_autogen_pg.moc"
