// The DDL compiler and the Inspector against real SQLite files: hostile
// identifiers, a 1,000-table chain with a cycle, and the Chinook round trip:
// load the fixture, reflect (A), create A in a fresh file, reflect (B), A == B.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/ResultStream.h"
#include "core/schema/DdlPlanner.h"
#include "core/schema/Inspector.h"
#include "tests/unit/schema/ModelDiff.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
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

class SqliteFile
{
public:
    explicit SqliteFile(const QString &path)
    {
        auto url = config::Url::parse(QStringLiteral("sqlite:///") + path);
        if (!url) {
            error = url.error().message;
            return;
        }
        auto driver = engine::Driver::create(*url);
        if (!driver) {
            error = driver.error().message;
            return;
        }
        auto c = driver.value()->connect();
        if (!c) {
            error = c.error().message;
            return;
        }
        connection = std::move(c).value();
    }
    QString run(const QStringList &statements)
    {
        for (const QString &s : statements) {
            auto r = connection->execute(s);
            if (!r)
                return r.error().message + QStringLiteral("\n  in: ") + s;
        }
        return {};
    }
    QString createAll(const MetaData &m, QStringList *warnings = nullptr)
    {
        auto script = DdlPlanner::createAll(m, Dialect::SQLite);
        if (!script)
            return script.error().message;
        if (warnings)
            *warnings = script->warnings;
        // one transaction: a commit per statement would fsync a thousand times
        return run(QStringList{"BEGIN"} + script->statements + QStringList{"COMMIT"});
    }
    Result<Reflection> reflect() { return Inspector(*connection, Dialect::SQLite).reflect(); }
    QString scalar(const QString &sql)
    {
        auto stream = connection->stream(sql);
        if (!stream)
            return QStringLiteral("ERROR: ") + stream.error().message;
        engine::RowBatch batch;
        auto more = stream.value()->next(batch, 10);
        if (!more || !*more)
            return QStringLiteral("ERROR: no row");
        return batch.text(0, 0);
    }

    QString error;
    std::unique_ptr<engine::DriverConnection> connection;
};

const QString kInjection = QStringLiteral("\"; DROP TABLE x; --");

}  // namespace

class TestSqliteSchema : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Creates model in a.db, reflects it, recreates the reflection in b.db,
    // reflects again and checks A == B. Returns A.
    std::optional<Reflection> roundTrip(const QString &name, const MetaData &model,
                                        const QStringList &preamble = {})
    {
        SqliteFile a(m_dir.filePath(name + "_a.db"));
        if (!a.error.isEmpty()) {
            qWarning("%s", qPrintable(a.error));
            return std::nullopt;
        }
        const QString failed = a.run(preamble) + a.createAll(model);
        if (!failed.isEmpty()) {
            qWarning("%s", qPrintable(failed));
            return std::nullopt;
        }
        return roundTripFrom(name, a);
    }
    std::optional<Reflection> roundTripFrom(const QString &name, SqliteFile &a)
    {
        auto ra = a.reflect();
        if (!ra) {
            qWarning("%s", qPrintable(ra.error().message));
            return std::nullopt;
        }
        SqliteFile b(m_dir.filePath(name + "_b.db"));
        const QString failedB = b.createAll(ra->metadata);
        if (!failedB.isEmpty()) {
            qWarning("%s", qPrintable(failedB));
            return std::nullopt;
        }
        auto rb = b.reflect();
        if (!rb || !(rb->metadata == ra->metadata)) {
            qWarning("A != B: %s", rb ? qPrintable(firstDifference(ra->metadata, rb->metadata))
                                      : qPrintable(rb.error().message));
            return std::nullopt;
        }
        return ra.value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hostileIdentifiersRoundTrip()
    {
        MetaData m;
        Table order;
        order.name = "order";
        order.columns = {column("id", ColumnType::integer(), false),
                         column("User", ColumnType::string(20)), column("a\"b", ColumnType::text()),
                         column(kInjection, ColumnType::text(), false),
                         column("action", ColumnType::numeric(10, 2))};
        order.columns[3].serverDefault = "'it''s'";
        order.columns[4].computed = "\"action\" * 2";
        order.columns[4].name = "key";
        order.columns[4].computed = "id * 2";
        order.primaryKey = {"pk \"order\"", {"id"}};
        order.uniqueConstraints.push_back({"uq;User", {"User"}, false, false});
        order.checkConstraints.push_back({"select", "\"User\" <> 'x'"});
        Index ix;
        ix.name = "ix.\"weird\"";
        ix.elements = {IndexElement::ofColumn(kInjection),
                       IndexElement::ofExpression("lower(\"User\")")};
        ix.where = "\"User\" IS NOT NULL";
        order.indexes.push_back(ix);
        m.tables.push_back(order);
        Table user;
        user.name = "User";
        user.columns = {column("id", ColumnType::integer(), false),
                        column("order_id", ColumnType::integer())};
        user.columns[0].autoincrement = true;
        user.primaryKey.columns = {"id"};
        ForeignKey fk;
        fk.name = kInjection;
        fk.columns = {"order_id"};
        fk.referredTable = "order";
        fk.referredColumns = {"id"};
        fk.onDelete = ReferentialAction::Cascade;
        fk.deferrable = true;
        fk.initiallyDeferred = true;
        user.foreignKeys.push_back(fk);
        m.tables.push_back(user);

        const auto a = roundTrip("hostile", m, {"CREATE TABLE x (id int)"});
        QVERIFY(a);
        const MetaData &A = a->metadata;
        QCOMPARE(A.tables.size(), size_t(3));
        const Table *o = A.table({}, "order");
        QVERIFY(o);
        QCOMPARE(o->columns[3].name, kInjection);
        QCOMPARE(o->columns[3].serverDefault, QStringLiteral("'it''s'"));
        QCOMPARE(o->columns[4].computed, QStringLiteral("id * 2"));
        QCOMPARE(o->primaryKey, order.primaryKey);
        QCOMPARE(o->uniqueConstraints, order.uniqueConstraints);
        QCOMPARE(o->checkConstraints, order.checkConstraints);
        QCOMPARE(o->indexes.size(), size_t(1));
        QCOMPARE(o->indexes[0], ix);
        const Table *u = A.table({}, "User");
        QCOMPARE(u->foreignKeys.size(), size_t(1));
        QCOMPARE(u->foreignKeys[0], fk);
        QVERIFY(u->columns[0].autoincrement);
        QVERIFY(A.table({}, "x"));
    }

    void chainAndCycle()
    {
        MetaData m;
        for (int i = 0; i < 1000; ++i) {
            Table t;
            t.name = QStringLiteral("t%1").arg(i, 4, 10, QChar(u'0'));
            t.columns = {column("id", ColumnType::integer(), false)};
            t.primaryKey.columns = {"id"};
            if (i > 0) {
                t.columns.push_back(column("prev_id", ColumnType::integer()));
                ForeignKey fk;
                fk.columns = {"prev_id"};
                fk.referredTable = QStringLiteral("t%1").arg(i - 1, 4, 10, QChar(u'0'));
                fk.referredColumns = {"id"};
                t.foreignKeys.push_back(fk);
            }
            if (i == 999) {
                // close a cycle back to the first table
                ForeignKey back;
                back.name = "back_fk";
                back.columns = {"id"};
                back.referredTable = "t0000";
                back.referredColumns = {"id"};
                t.foreignKeys.push_back(back);
            }
            m.tables.push_back(t);
        }
        const auto a = roundTrip("chain", m);
        QVERIFY(a);
        QCOMPARE(a->metadata.tables.size(), size_t(1000));
        QCOMPARE(a->queries, 4);
        QCOMPARE(a->metadata.table({}, "t0999")->foreignKeys.size(), size_t(2));
    }

    void chinookRoundTrip()
    {
        QFile fixture(
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_Sqlite.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        SqliteFile a(m_dir.filePath("chinook_a.db"));
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        const QString loaded = a.run({"BEGIN", QString::fromUtf8(fixture.readAll()), "COMMIT"});
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded.left(500)));
        QCOMPARE(a.scalar("SELECT count(*) FROM Track"), QStringLiteral("3503"));
        const auto r = roundTripFrom("chinook", a);
        QVERIFY(r);
        const MetaData &A = r->metadata;
        QCOMPARE(A.tables.size(), size_t(11));
        QVERIFY(r->skipped.isEmpty());
        const Table *album = A.table({}, "Album");
        QVERIFY(album);
        QCOMPARE(album->primaryKey, (PrimaryKey{"PK_Album", {"AlbumId"}}));
        QCOMPARE(album->columns[1].type, ColumnType::string(160));
        QCOMPARE(album->foreignKeys.size(), size_t(1));
        QCOMPARE(album->foreignKeys[0].referredTable, QStringLiteral("Artist"));
        QCOMPARE(album->indexes.size(), size_t(1));
        QCOMPARE(album->indexes[0].name, QStringLiteral("IFK_AlbumArtistId"));
        const Table *track = A.table({}, "Track");
        QCOMPARE(track->foreignKeys.size(), size_t(3));
        QCOMPARE(track->columns.back().type, ColumnType::numeric(10, 2));
    }

    // Regression: REFERENCES carried a schema prefix (a syntax error in SQLite)
    // and index expressions got a second pair of parentheses.
    void attachedDatabaseForeignKeysAndIndexExpressions()
    {
        MetaData m;
        for (const QString &schema : {QString(), QStringLiteral("aux")}) {
            Table parent;
            parent.schema = schema;
            parent.name = "parent";
            parent.columns = {column("id", ColumnType::integer(), false),
                              column("name", ColumnType::text())};
            parent.primaryKey.columns = {"id"};
            Index ix;
            ix.name = "ix_parent_keys";
            ix.elements = {IndexElement::ofColumn("name"),
                           IndexElement::ofExpression("lower(name)"),
                           IndexElement::ofExpression("(id + 1)")};
            parent.indexes.push_back(ix);
            m.tables.push_back(parent);
            Table child;
            child.schema = schema;
            child.name = "child";
            child.columns = {column("id", ColumnType::integer(), false),
                             column("parent_id", ColumnType::integer())};
            child.primaryKey.columns = {"id"};
            ForeignKey fk;
            fk.referredSchema = schema.isEmpty() ? QStringLiteral("main") : schema;
            fk.columns = {"parent_id"};
            fk.referredTable = "parent";
            fk.referredColumns = {"id"};
            child.foreignKeys.push_back(fk);
            m.tables.push_back(child);
        }
        const QString attach =
            QStringLiteral("ATTACH DATABASE '%1' AS aux").arg(m_dir.filePath("attached_aux.db"));
        SqliteFile f(m_dir.filePath("attached.db"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QVERIFY(f.run({attach}).isEmpty());
        const QString failed = f.createAll(m);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        for (const QString &schema : {QStringLiteral("main"), QStringLiteral("aux")}) {
            QCOMPARE(f.scalar(QStringLiteral("SELECT sql FROM %1.sqlite_master WHERE name = "
                                             "'ix_parent_keys'")
                                  .arg(schema)),
                     QStringLiteral("CREATE INDEX ix_parent_keys ON parent (name, lower(name), "
                                    "(id + 1))"));
            QVERIFY(f.scalar(QStringLiteral("SELECT sql FROM %1.sqlite_master WHERE name = "
                                            "'child'")
                                 .arg(schema))
                        .contains("FOREIGN KEY(parent_id) REFERENCES parent (id)"));
        }
        // each foreign key is enforced against the parent in its own database
        QVERIFY(f.run({"PRAGMA foreign_keys = ON", "INSERT INTO aux.parent (id) VALUES (7)",
                       "INSERT INTO aux.child (id, parent_id) VALUES (1, 7)"})
                    .isEmpty());
        QVERIFY(!f.run({"INSERT INTO main.child (id, parent_id) VALUES (1, 7)"}).isEmpty());

        // reflect both databases, recreate the reflection in fresh files, reflect again
        auto a = Inspector(*f.connection, Dialect::SQLite).reflect({QString(), "aux"});
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        const Table *auxChild = a->metadata.table("aux", "child");
        QVERIFY(auxChild);
        QCOMPARE(auxChild->foreignKeys.size(), size_t(1));
        QCOMPARE(auxChild->foreignKeys[0].referredTable, QStringLiteral("parent"));
        const Table *mainParent = a->metadata.table({}, "parent");
        QVERIFY(mainParent);
        QCOMPARE(mainParent->indexes.size(), size_t(1));
        QCOMPARE(mainParent->indexes[0].elements.size(), size_t(3));
        QCOMPARE(mainParent->indexes[0].elements[1].expression, QStringLiteral("lower(name)"));
        QCOMPARE(mainParent->indexes[0].elements[2].expression, QStringLiteral("id + 1"));
        SqliteFile g(m_dir.filePath("attached_b.db"));
        QVERIFY(g.run({QStringLiteral("ATTACH DATABASE '%1' AS aux")
                           .arg(m_dir.filePath("attached_aux_b.db"))})
                    .isEmpty());
        const QString failedB = g.createAll(a->metadata);
        QVERIFY2(failedB.isEmpty(), qPrintable(failedB));
        auto b = Inspector(*g.connection, Dialect::SQLite).reflect({QString(), "aux"});
        QVERIFY(b.ok());
        QVERIFY2(b->metadata == a->metadata, qPrintable(firstDifference(a->metadata, b->metadata)));

        // a foreign key from one database into another cannot be written
        MetaData across;
        Table t = m.tables[3];
        t.foreignKeys[0].referredSchema = "main";
        across.tables.push_back(t);
        const auto refused = DdlPlanner::createAll(across, Dialect::SQLite);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains("same database"));
    }

    void whatSqliteCannotExpressIsReported()
    {
        MetaData m;
        m.enums.push_back({{}, "mood", {"sad", "ok"}});
        Table t;
        t.name = "t";
        t.columns = {column("id", ColumnType::integer(), false),
                     column("mood", ColumnType::enumeration("mood")),
                     column("tags", ColumnType::text().arrayOf())};
        t.comment = "not stored";
        t.primaryKey.columns = {"id"};
        m.tables.push_back(t);
        SqliteFile f(m_dir.filePath("limits.db"));
        QStringList warnings;
        const QString failed = f.createAll(m, &warnings);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(warnings.size(), 4);  // enum type, enum column, ARRAY, comment
        // the enum's CHECK is really enforced
        QVERIFY(f.run({"INSERT INTO t (id, mood) VALUES (1, 'ok')"}).isEmpty());
        QVERIFY(!f.run({"INSERT INTO t (id, mood) VALUES (2, 'angry')"}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteSchema)
#include "test_sqlite_schema.moc"
