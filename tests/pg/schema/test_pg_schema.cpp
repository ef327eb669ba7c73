// The DDL compiler and the Inspector against a real PostgreSQL: hostile
// identifiers, every object kind, a 1,000-table chain and a cycle, each created
// from a model, reflected back, recreated from the reflection in a second
// database and reflected again (A == B).
#include "PgTestDatabase.h"
#include "core/schema/Keywords.h"
#include "tests/unit/schema/ModelDiff.h"

#include <QElapsedTimer>
#include <QTest>

using namespace stratum::schema;
using namespace stratum::schema::test;

namespace {

Column column(const QString &name, const ColumnType &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

Table tableWithId(const QString &name, const QString &schema = {})
{
    Table t;
    t.schema = schema;
    t.name = name;
    t.columns.push_back(column("id", ColumnType::integer(), false));
    t.primaryKey.columns = QStringList{"id"};
    return t;
}

const QString kInjection = QStringLiteral("\"; DROP TABLE x; --");

MetaData hostileModel()
{
    MetaData m;
    m.schemas = {"Sch\"ema"};
    m.enums.push_back({"Sch\"ema", "int", {"it's", "back\\slash", "\"q\""}});
    Table order = tableWithId("order", "Sch\"ema");
    order.columns.push_back(column("User", ColumnType::string(20)));
    order.columns.push_back(column("a\"b", ColumnType::enumeration("int", "Sch\"ema")));
    order.columns.push_back(column(kInjection, ColumnType::text(), false));
    order.columns.back().comment = "'); DROP TABLE y; -- \\";
    order.columns.back().serverDefault = "'x'::text";
    order.comment = "it's an \"order\"";
    order.uniqueConstraints.push_back({"uq \"User\"", {"User"}, false, false});
    order.checkConstraints.push_back({"select", "(\"User\" IS NOT NULL)"});
    Index ix;
    ix.name = "ix.\"weird\"";
    ix.elements = {IndexElement::ofColumn(kInjection),
                   IndexElement::ofExpression("lower((\"User\")::text)")};
    ix.where = "(\"User\" IS NOT NULL)";
    order.indexes.push_back(ix);
    m.tables.push_back(order);
    Table user = tableWithId("User", "Sch\"ema");
    user.columns.push_back(column("order_id", ColumnType::integer()));
    ForeignKey fk;
    fk.name = kInjection;
    fk.columns = {"order_id"};
    fk.referredSchema = "Sch\"ema";
    fk.referredTable = "order";
    fk.referredColumns = {"id"};
    fk.onDelete = ReferentialAction::Cascade;
    user.foreignKeys.push_back(fk);
    m.tables.push_back(user);
    return m;
}

}  // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT
private slots:
    void keywordListMatchesServer()
    {
        PgTestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        const QString reserved = db.scalar(
            "SELECT string_agg(word, ' ') FROM pg_get_keywords() WHERE catcode IN ('R', 'T')");
        const QStringList words = reserved.split(u' ');
        QVERIFY(words.size() > 90);
        for (const QString &w : words)
            QVERIFY2(Keywords::isReserved(Dialect::PostgreSQL, w), qPrintable(w));
        const QStringList columnNames =
            db.scalar("SELECT string_agg(word, ' ') FROM pg_get_keywords() WHERE catcode = 'C'")
                .split(u' ');
        for (const QString &w : columnNames)
            QVERIFY2(Keywords::isColumnNameKeyword(Dialect::PostgreSQL, w), qPrintable(w));
        // and no unreserved keyword is on the list
        const QStringList unreserved =
            db.scalar("SELECT string_agg(word, ' ') FROM pg_get_keywords() WHERE catcode = 'U'")
                .split(u' ');
        for (const QString &w : unreserved)
            QVERIFY2(!Keywords::isReserved(Dialect::PostgreSQL, w), qPrintable(w));
    }

    void hostileIdentifiersRoundTrip()
    {
        PgTestDatabase a;
        QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
        a.run({"CREATE TABLE x (id int)", "CREATE TABLE y (id int)"});
        const MetaData model = hostileModel();
        const QString failed = a.createAll(model);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // nothing was injected
        QCOMPARE(a.scalar("SELECT count(*) FROM pg_tables WHERE tablename IN ('x', 'y')"),
                 QStringLiteral("2"));
        auto reflectedA = a.reflect({"Sch\"ema"});
        QVERIFY2(reflectedA.ok(),
                 qPrintable(reflectedA.ok() ? QString() : reflectedA.error().message));
        const MetaData &A = reflectedA->metadata;
        // every name and text came back exactly
        QCOMPARE(A.schemas, QStringList{"Sch\"ema"});
        QCOMPARE(A.enums.size(), size_t(1));
        QCOMPARE(A.enums[0], model.enums[0]);
        const Table *order = A.table("Sch\"ema", "order");
        QVERIFY(order);
        QCOMPARE(order->columns.size(), size_t(4));
        QCOMPARE(order->columns[1].name, QStringLiteral("User"));
        QCOMPARE(order->columns[2].name, QStringLiteral("a\"b"));
        QCOMPARE(order->columns[2].type, ColumnType::enumeration("int", "Sch\"ema"));
        QCOMPARE(order->columns[3].name, kInjection);
        QCOMPARE(order->columns[3].comment, model.tables[0].columns[3].comment);
        QCOMPARE(order->comment, model.tables[0].comment);
        QCOMPARE(order->uniqueConstraints, model.tables[0].uniqueConstraints);
        QCOMPARE(order->checkConstraints, model.tables[0].checkConstraints);
        QCOMPARE(order->indexes.size(), size_t(1));
        QCOMPARE(order->indexes[0].name, QStringLiteral("ix.\"weird\""));
        QCOMPARE(order->indexes[0].elements[0].column, kInjection);
        const Table *user = A.table("Sch\"ema", "User");
        QVERIFY(user);
        QCOMPARE(user->foreignKeys.size(), size_t(1));
        QCOMPARE(user->foreignKeys[0], model.tables[1].foreignKeys[0]);

        PgTestDatabase b;
        QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
        const QString failedB = b.createAll(A);
        QVERIFY2(failedB.isEmpty(), qPrintable(failedB));
        auto reflectedB = b.reflect({"Sch\"ema"});
        QVERIFY(reflectedB.ok());
        QVERIFY2(reflectedB->metadata == A, qPrintable(firstDifference(A, reflectedB->metadata)));
    }

    void everyObjectKindRoundTrips()
    {
        MetaData m;
        m.enums.push_back({{}, "mood", {"sad", "ok"}});
        Sequence seq;
        seq.name = "ticket_seq";
        seq.start = 1000;
        seq.increment = 10;
        seq.cycle = true;
        seq.dataType = TypeKind::Integer;
        m.sequences.push_back(seq);
        Table t = tableWithId("thing");
        t.columns[0].autoincrement = true;  // SERIAL
        t.columns.push_back(column("big", ColumnType::bigInteger(), false));
        t.columns.back().identity = Identity{true, 5, 2, {}, {}, 3, false};
        for (const ColumnType &type : {ColumnType::smallInteger(),
                                       ColumnType::numeric(10, 2),
                                       ColumnType::numeric(),
                                       ColumnType::floating(53),
                                       ColumnType::floating(24),
                                       ColumnType::string(),
                                       ColumnType::string(45),
                                       ColumnType::fixedChar(3),
                                       ColumnType::text(),
                                       ColumnType::boolean(),
                                       ColumnType::date(),
                                       ColumnType::dateTime(),
                                       ColumnType::dateTime(true),
                                       ColumnType::time(),
                                       ColumnType::time(true),
                                       ColumnType::interval(),
                                       ColumnType::uuid(),
                                       ColumnType::json(),
                                       ColumnType::jsonb(),
                                       ColumnType::largeBinary(),
                                       ColumnType::enumeration("mood"),
                                       ColumnType::text().arrayOf(),
                                       ColumnType::integer().arrayOf(),
                                       ColumnType::enumeration("mood").arrayOf(),
                                       ColumnType::verbatimType("tsvector"),
                                       ColumnType::verbatimType("inet")})
            t.columns.push_back(column(QStringLiteral("c%1").arg(t.columns.size()), type));
        t.columns.push_back(column("ticket", ColumnType::integer()));
        t.columns.back().serverDefault = "nextval('ticket_seq'::regclass)";
        t.columns.push_back(column("doubled", ColumnType::numeric()));
        t.columns.back().computed = "(c3 * (2)::numeric)";
        t.comment = "a thing";
        Index gin;
        gin.name = "ix_gin";
        gin.method = "gin";
        gin.elements = {IndexElement::ofColumn("c23")};
        t.indexes.push_back(gin);
        Index covering;
        covering.name = "ix_covering";
        covering.unique = true;
        covering.elements = {IndexElement::ofColumn("c2")};
        covering.include = {"c3"};
        t.indexes.push_back(covering);
        m.tables.push_back(t);
        Table child = tableWithId("child");
        child.columns.push_back(column("thing_id", ColumnType::integer(), false));
        ForeignKey fk;
        fk.name = "child_thing_fk";
        fk.columns = {"thing_id"};
        fk.referredTable = "thing";
        fk.referredColumns = {"id"};
        fk.onUpdate = ReferentialAction::Restrict;
        fk.onDelete = ReferentialAction::SetNull;
        fk.deferrable = true;
        fk.initiallyDeferred = true;
        child.foreignKeys.push_back(fk);
        child.uniqueConstraints.push_back({"uq_child", {"thing_id"}, true, false});
        m.tables.push_back(child);
        m.views.push_back({{}, "thing_names", "SELECT id FROM thing", false, "a view"});
        m.views.push_back({{}, "thing_count", "SELECT count(*) AS n FROM thing", true, {}});

        PgTestDatabase a;
        QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
        const QString failed = a.createAll(m);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        auto ra = a.reflect();
        QVERIFY2(ra.ok(), qPrintable(ra.ok() ? QString() : ra.error().message));
        const MetaData &A = ra->metadata;
        // the reflection matches the model where the server does not rewrite it
        const Table *thing = A.table({}, "thing");
        QVERIFY(thing);
        QCOMPARE(thing->columns.size(), t.columns.size());
        for (size_t i = 2; i + 2 < t.columns.size(); ++i)
            QCOMPARE(thing->columns[i].type, t.columns[i].type);
        QVERIFY(thing->columns[0].autoincrement);
        QCOMPARE(thing->columns[0].serverDefault,
                 QStringLiteral("nextval('thing_id_seq'::regclass)"));
        QCOMPARE(thing->columns[1].identity, t.columns[1].identity);
        QCOMPARE(thing->columns.back().computed, t.columns.back().computed);
        QCOMPARE(thing->comment, QStringLiteral("a thing"));
        QCOMPARE(thing->indexes.size(), size_t(2));
        QCOMPARE(thing->indexes[0], covering);
        QCOMPARE(thing->indexes[1], gin);
        QCOMPARE(A.table({}, "child")->foreignKeys[0], fk);
        QCOMPARE(A.table({}, "child")->uniqueConstraints[0], child.uniqueConstraints[0]);
        QCOMPARE(A.enums, m.enums);
        QCOMPARE(A.sequences.size(), size_t(2));  // ours and the serial's
        QCOMPARE(*A.sequence({}, "ticket_seq"), seq);
        QCOMPARE(A.sequence({}, "thing_id_seq")->ownedByColumn, QStringLiteral("id"));
        QCOMPARE(A.views.size(), size_t(2));
        QVERIFY(A.views[0].materialized);
        QCOMPARE(A.views[1].comment, QStringLiteral("a view"));
        QVERIFY(ra->skipped.isEmpty());

        PgTestDatabase b;
        QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
        const QString failedB = b.createAll(A);
        QVERIFY2(failedB.isEmpty(), qPrintable(failedB));
        auto rb = b.reflect();
        QVERIFY(rb.ok());
        QVERIFY2(rb->metadata == A, qPrintable(firstDifference(A, rb->metadata)));
    }

    // Regression: an index expression got a second pair of parentheses. The
    // server deparses an operator expression key as "((n + 1))" (parentheses
    // included) and a function call bare, so DDL from a reflection must list
    // the keys exactly as pg_get_indexdef does.
    void indexExpressionsAreWrappedOnce()
    {
        MetaData m;
        Table t = tableWithId("things");
        t.columns.push_back(column("name", ColumnType::text()));
        t.columns.push_back(column("n", ColumnType::integer()));
        Index ix;
        ix.name = "ix_things";
        ix.elements = {IndexElement::ofColumn("name"), IndexElement::ofExpression("lower(name)"),
                       IndexElement::ofExpression("n + 1"),
                       IndexElement::ofExpression("(n) * (2)")};
        t.indexes.push_back(ix);
        m.tables.push_back(t);
        const QString keys = QStringLiteral("(name, lower(name), ((n + 1)), ((n * 2)))");
        const QString indexdef = QStringLiteral("SELECT pg_get_indexdef('ix_things'::regclass)");

        PgTestDatabase a;
        QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
        const QString failed = a.createAll(m);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(a.scalar(indexdef),
                 QStringLiteral("CREATE INDEX ix_things ON public.things USING btree ") + keys);
        auto ra = a.reflect();
        QVERIFY(ra.ok());
        const auto script = DdlPlanner::createAll(ra->metadata, Dialect::PostgreSQL);
        QVERIFY(script.ok());
        QVERIFY2(
            script->statements.contains(QStringLiteral("CREATE INDEX ix_things ON things ") + keys),
            qPrintable(script->statements.join(u'\n')));

        PgTestDatabase b;
        QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
        QVERIFY(b.run(script->statements).isEmpty());
        QCOMPARE(b.scalar(indexdef), a.scalar(indexdef));
        auto rb = b.reflect();
        QVERIFY(rb.ok());
        QVERIFY2(rb->metadata == ra->metadata,
                 qPrintable(firstDifference(ra->metadata, rb->metadata)));
    }

    void chainAndCycleRoundTrip()
    {
        MetaData m;
        for (int i = 0; i < 1000; ++i) {
            Table t = tableWithId(QStringLiteral("t%1").arg(i, 4, 10, QChar(u'0')));
            if (i > 0) {
                t.columns.push_back(column("prev_id", ColumnType::integer()));
                ForeignKey fk;
                fk.columns = {"prev_id"};
                fk.referredTable = QStringLiteral("t%1").arg(i - 1, 4, 10, QChar(u'0'));
                fk.referredColumns = {"id"};
                t.foreignKeys.push_back(fk);
            }
            m.tables.push_back(t);
        }
        // and a three-table cycle
        for (const char *name : {"ca", "cb", "cc"})
            m.tables.push_back(tableWithId(name));
        auto link = [&](const char *from, const char *to) {
            Table *t = m.table({}, from);
            t->columns.push_back(column("other_id", ColumnType::integer()));
            ForeignKey fk;
            fk.name = QString(from) + "_fk";
            fk.columns = {"other_id"};
            fk.referredTable = to;
            fk.referredColumns = {"id"};
            t->foreignKeys.push_back(fk);
        };
        link("ca", "cb");
        link("cb", "cc");
        link("cc", "ca");

        PgTestDatabase a;
        QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
        QVERIFY(a.run({"BEGIN"}).isEmpty());
        const QString failed = a.createAll(m);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(a.run({"COMMIT"}).isEmpty());
        QElapsedTimer timer;
        timer.start();
        auto ra = a.reflect();
        const qint64 ms = timer.elapsed();
        QVERIFY2(ra.ok(), qPrintable(ra.ok() ? QString() : ra.error().message));
        qInfo("reflected %zu tables in %lld ms with %d queries", ra->metadata.tables.size(), ms,
              ra->queries);
        QCOMPARE(ra->metadata.tables.size(), size_t(1003));
        QCOMPARE(ra->queries, 8);
        QCOMPARE(ra->metadata.table({}, "t0999")->foreignKeys[0].name,
                 QStringLiteral("t0999_prev_id_fkey"));

        PgTestDatabase b;
        QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
        QVERIFY(b.run({"BEGIN"}).isEmpty());
        const QString failedB = b.createAll(ra->metadata);
        QVERIFY2(failedB.isEmpty(), qPrintable(failedB));
        QVERIFY(b.run({"COMMIT"}).isEmpty());
        auto rb = b.reflect();
        QVERIFY(rb.ok());
        QVERIFY2(rb->metadata == ra->metadata,
                 qPrintable(firstDifference(ra->metadata, rb->metadata)));
        // and everything drops again in dependency order
        auto drop = DdlPlanner::dropAll(rb->metadata, Dialect::PostgreSQL);
        QVERIFY(drop.ok());
        QVERIFY(b.run(drop->statements).isEmpty());
        QCOMPARE(b.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                 QStringLiteral("0"));
    }

    void progressAndCancel()
    {
        PgTestDatabase a;
        QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
        a.run({"CREATE TABLE t (id int)"});
        Inspector inspector(a.connection(), Dialect::PostgreSQL);
        int calls = 0;
        int lastStep = -1;
        inspector.setProgress([&](int step, int steps, const QString &) {
            ++calls;
            QVERIFY(step >= lastStep);
            QVERIFY(step <= steps);
            lastStep = step;
        });
        QVERIFY(inspector.reflect().ok());
        QVERIFY(calls >= 8);
        QCOMPARE(lastStep, 8);
        // a cancel from the progress callback stops reflection at the next query
        inspector.setProgress([&](int step, int, const QString &) {
            if (step == 2)
                inspector.cancel();
        });
        auto r = inspector.reflect();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("cancelled"));
        // the connection is still usable
        QCOMPARE(a.scalar("SELECT 1"), QStringLiteral("1"));
        auto missing = Inspector(a.connection(), Dialect::PostgreSQL).reflect({"nope"});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains("does not exist"));
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "test_pg_schema.moc"
