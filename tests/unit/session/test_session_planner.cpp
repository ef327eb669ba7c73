// FlushPlanner and SessionObject as pure logic, no database: row order across
// tables and inside one, multi-row batching, post-updates for cycles and the
// error naming an unbreakable one, UPDATE/DELETE shapes with concurrency
// checks, quoting of hostile identifiers, and change tracking.
#include "core/session/FlushPlanner.h"
#include "core/session/SessionObject.h"

#include <QTest>

using namespace stratum;
using namespace stratum::session;
using schema::Column;
using schema::ColumnType;

namespace {

Column column(const QString &name, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = ColumnType::integer();
    c.nullable = nullable;
    return c;
}

schema::ForeignKey fk(const QString &name, const QString &col, const QString &table)
{
    schema::ForeignKey f;
    f.name = name;
    f.columns = {col};
    f.referredTable = table;
    f.referredColumns = {QStringLiteral("id")};
    return f;
}

schema::Table table(const QString &name, std::vector<Column> columns,
                    std::vector<schema::ForeignKey> fks = {})
{
    schema::Table t;
    t.name = name;
    t.columns = std::move(columns);
    t.primaryKey.columns = {QStringLiteral("id")};
    t.foreignKeys = std::move(fks);
    return t;
}

// Objects are created pending-like: attributes given, state Pending.
std::shared_ptr<ObjectData> pending(const std::shared_ptr<const schema::MetaData> &m,
                                    const QString &t, const QList<std::pair<QString, int>> &v,
                                    quint64 sequence)
{
    SessionObject o = SessionObject::create(m, t).value();
    for (const auto &[c, x] : v)
        (void)o.setValue(c, x);
    o.data()->state = ObjectState::Pending;
    o.data()->sequence = sequence;
    return o.data();
}

struct Planner
{
    std::shared_ptr<const schema::MetaData> metadata;
    std::vector<int> rank;
    std::vector<TableSettings> settings;
    FlushPlanner::Settings options;

    explicit Planner(schema::MetaData m)
        : metadata(std::make_shared<const schema::MetaData>(std::move(m)))
        , rank(FlushPlanner::rankTables(*metadata))
        , settings(metadata->tables.size())
    {}
    Result<std::vector<FlushStep>> plan(const FlushInput &input)
    {
        FlushPlanner p(*metadata, rank, settings, options);
        return p.plan(input);
    }
};

QStringList sqlOf(const std::vector<FlushStep> &steps)
{
    QStringList out;
    for (const FlushStep &s : steps)
        out << s.sql;
    return out;
}

}  // namespace

class TestSessionPlanner : public QObject
{
    Q_OBJECT
private slots:
    void parentsFirstAndBatched()
    {
        schema::MetaData m;
        m.tables.push_back(table("child", {column("id", false), column("parent_id")},
                                 {fk("child_parent_fk", "parent_id", "parent")}));
        m.tables.push_back(table("parent", {column("id", false), column("v")}));
        Planner p(m);
        FlushInput in;
        std::vector<std::shared_ptr<ObjectData>> keep;
        for (int i = 1; i <= 3; ++i)
            keep.push_back(pending(p.metadata, "child", {{"id", i}, {"parent_id", i}}, quint64(i)));
        for (int i = 1; i <= 3; ++i)
            keep.push_back(pending(p.metadata, "parent", {{"id", i}, {"v", i}}, quint64(10 + i)));
        for (const auto &o : keep)
            in.inserts.push_back(o.get());
        auto steps = p.plan(in);
        QVERIFY(steps);
        QCOMPARE(sqlOf(*steps),
                 (QStringList{"INSERT INTO \"parent\" (\"id\", \"v\") VALUES ($1, $2), ($3, $4), "
                              "($5, $6)",
                              "INSERT INTO \"child\" (\"id\", \"parent_id\") VALUES ($1, $2), "
                              "($3, $4), ($5, $6)"}));
        QCOMPARE((*steps)[0].params.size(), size_t(6));
        QCOMPARE((*steps)[0].params[2].value.toInt(), 2);
        p.options.maxRowsPerInsert = 2;
        steps = p.plan(in);
        QVERIFY(steps);
        QCOMPARE(steps->size(), size_t(4));
        QCOMPARE((*steps)[1].objects.size(), size_t(1));
    }

    void generatedKeysOnPostgreSqlReturn()
    {
        schema::MetaData m;
        m.tables.push_back(table("t", {column("id", false), column("v")}));
        m.tables[0].columns[0].autoincrement = true;
        Planner p(m);
        auto a = pending(p.metadata, "t", {{"v", 1}}, 1);
        auto b = pending(p.metadata, "t", {{"v", 2}}, 2);
        FlushInput in;
        in.inserts = {a.get(), b.get()};
        auto steps = p.plan(in);
        QVERIFY(steps);
        QCOMPARE(sqlOf(*steps),
                 QStringList{"INSERT INTO \"t\" (\"v\") VALUES ($1), ($2) RETURNING \"id\""});
        p.options.dialect = schema::Dialect::SQLite;
        steps = p.plan(in);
        QVERIFY(steps);
        QCOMPARE(
            sqlOf(*steps),
            (QStringList{"INSERT INTO \"t\" (\"v\") VALUES ($1)", "SELECT last_insert_rowid()",
                         "INSERT INTO \"t\" (\"v\") VALUES ($1)", "SELECT last_insert_rowid()"}));
    }

    void selfCycleBrokenByPostUpdate()
    {
        schema::MetaData m;
        m.tables.push_back(table("emp", {column("id", false), column("boss")},
                                 {fk("emp_boss_fk", "boss", "emp")}));
        Planner p(m);
        auto a = pending(p.metadata, "emp", {{"id", 1}, {"boss", 2}}, 1);
        auto b = pending(p.metadata, "emp", {{"id", 2}, {"boss", 1}}, 2);
        FlushInput in;
        in.inserts = {a.get(), b.get()};
        auto steps = p.plan(in);
        QVERIFY2(steps, qPrintable(steps ? QString() : steps.error().message));
        QCOMPARE(steps->size(), size_t(3));
        QCOMPARE(steps->back().kind, StepKind::PostUpdate);
        QCOMPARE(steps->back().sql,
                 QStringLiteral("UPDATE \"emp\" SET \"boss\" = $1 WHERE \"id\" = $2"));
        // one of the two rows was inserted with NULL
        const FlushStep &first = steps->front();
        QVERIFY(first.params[1].value.isNull());
        p.options.postUpdateCycles = false;
        steps = p.plan(in);
        QVERIFY(!steps);
        QCOMPARE(steps.error().code, QStringLiteral("circular_dependency"));
        QVERIFY(steps.error().message.contains("emp(id=1) -> emp(id=2) -> emp(id=1)") ||
                steps.error().message.contains("emp(id=2) -> emp(id=1) -> emp(id=2)"));
        QVERIFY(steps.error().message.contains("emp_boss_fk"));
    }

    void updatesAndDeletesWithChecks()
    {
        schema::MetaData m;
        m.tables.push_back(table("we\"ird", {column("id", false), column("a"), column("ver")}));
        Planner p(m);
        SessionObject o = SessionObject::create(p.metadata, "we\"ird").value();
        o.data()->state = ObjectState::Persistent;
        o.data()->identity = {7};
        for (auto &attr : o.data()->attributes)
            attr.loaded = true;
        o.data()->attributes[1].value = 10;
        o.data()->attributes[2].value = 3;
        QVERIFY(o.setValue("a", 11));
        QCOMPARE(o.modifiedColumns(), QStringList{"a"});
        QVERIFY(o.setValue("a", 10));
        QVERIFY(!o.isModified());
        QVERIFY(o.setValue("a", 12));
        FlushInput in;
        in.updates = {o.data().get()};
        p.settings[0] = {ConcurrencyCheck::VersionColumn, 2};
        auto steps = p.plan(in);
        QVERIFY(steps);
        QCOMPARE(steps->front().sql,
                 QStringLiteral("UPDATE \"we\"\"ird\" SET \"a\" = $1, \"ver\" = $2 WHERE \"id\" = "
                                "$3 AND \"ver\" = $4"));
        const FlushStatement st = FlushPlanner::toStatement(steps->front());
        QCOMPARE(st.params, (engine::Params{12, qint64(4), 7, 3}));
        p.settings[0] = {ConcurrencyCheck::OriginalValues, -1};
        steps = p.plan(in);
        QVERIFY(steps);
        QCOMPARE(steps->front().sql,
                 QStringLiteral("UPDATE \"we\"\"ird\" SET \"a\" = $1 WHERE \"id\" = $2 AND \"a\" "
                                "= $3"));
        in.updates.clear();
        in.deletes = {o.data().get()};
        steps = p.plan(in);
        QVERIFY(steps);
        QCOMPARE(steps->front().sql, QStringLiteral("DELETE FROM \"we\"\"ird\" WHERE \"id\" = $1"));
    }

    void deletesChildrenFirst()
    {
        schema::MetaData m;
        m.tables.push_back(table("parent", {column("id", false)}));
        m.tables.push_back(table("child", {column("id", false), column("parent_id", false)},
                                 {fk("c_p", "parent_id", "parent")}));
        Planner p(m);
        auto make = [&](const QString &t, int id, int parent) {
            SessionObject o = SessionObject::create(p.metadata, t).value();
            o.data()->state = ObjectState::Persistent;
            o.data()->identity = {id};
            o.data()->attributes[0] = {id, {}, true, false, false};
            if (parent)
                o.data()->attributes[1] = {parent, {}, true, false, false};
            return o.data();
        };
        auto parent = make("parent", 1, 0);
        auto child = make("child", 5, 1);
        FlushInput in;
        in.deletes = {parent.get(), child.get()};
        auto steps = p.plan(in);
        QVERIFY(steps);
        QCOMPARE(sqlOf(*steps), (QStringList{"DELETE FROM \"child\" WHERE \"id\" = $1",
                                             "DELETE FROM \"parent\" WHERE \"id\" = $1"}));
    }
};

QTEST_GUILESS_MAIN(TestSessionPlanner)
#include "test_session_planner.moc"
