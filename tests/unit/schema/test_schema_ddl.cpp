// DDL per dialect: statement text, dependency order (including a 1,000-table
// chain and cycles) and what SQLite reports it cannot express.
#include "SchemaTestUtil.h"
#include "core/schema/DdlPlanner.h"
#include "core/schema/DependencyOrder.h"

#include <QTest>

using namespace stratum::schema;
using namespace stratum::schema::test;

namespace {

qsizetype indexOf(const QStringList &statements, const QString &prefix)
{
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (statements[i].startsWith(prefix))
            return i;
    }
    return -1;
}

// t0 <- t1 <- ... <- t(n-1), listed in reverse so that ordering has real work.
MetaData chain(int n)
{
    MetaData m;
    for (int i = n - 1; i >= 0; --i) {
        Table t = tableWithId(QStringLiteral("t%1").arg(i, 4, 10, QChar(u'0')));
        if (i > 0) {
            t.columns.push_back(column("prev_id", ColumnType::integer()));
            t.foreignKeys.push_back(
                foreignKey("prev_id", QStringLiteral("t%1").arg(i - 1, 4, 10, QChar(u'0'))));
        }
        m.tables.push_back(t);
    }
    return m;
}

MetaData richModel()
{
    MetaData m;
    m.schemas = {"crm"};
    m.enums.push_back({"crm", "status", {"new", "it's done"}});
    Sequence seq;
    seq.schema = "crm";
    seq.name = "customer_id_seq";
    seq.dataType = TypeKind::Integer;
    seq.start = 10;
    seq.ownedByTable = "customer";
    seq.ownedByColumn = "id";
    m.sequences.push_back(seq);
    Table customer = tableWithId("customer", "crm");
    customer.columns[0].serverDefault = "nextval('crm.customer_id_seq'::regclass)";
    customer.columns.push_back(column("status", ColumnType::enumeration("status", "crm"), false));
    customer.columns.back().serverDefault = "'new'::crm.status";
    customer.columns.push_back(column("tags", ColumnType::text().arrayOf()));
    customer.columns.back().comment = "free-form tags";
    customer.comment = "people who pay";
    Index ix;
    ix.name = "ix_customer_tags";
    ix.method = "gin";
    ix.elements = {IndexElement::ofColumn("tags")};
    customer.indexes.push_back(ix);
    Index partial;
    partial.name = "uq_customer_lower_status";
    partial.unique = true;
    partial.elements = {IndexElement::ofExpression("lower(status::text)")};
    partial.where = "status <> 'new'";
    partial.include = {"tags"};
    customer.indexes.push_back(partial);
    m.tables.push_back(customer);

    Table order = tableWithId("order", "crm");
    order.columns[0].identity = Identity{true, 100, 5, {}, {}, {}, false};
    order.columns.push_back(column("customer_id", ColumnType::integer(), false));
    order.columns.push_back(column("total", ColumnType::numeric(10, 2)));
    order.columns.push_back(column("total_with_tax", ColumnType::numeric(10, 2)));
    order.columns.back().computed = "total * 1.2";
    ForeignKey fk = foreignKey("customer_id", "customer");
    fk.referredSchema = "crm";
    fk.name = "order_customer_fk";
    fk.onDelete = ReferentialAction::Cascade;
    fk.onUpdate = ReferentialAction::SetNull;
    fk.deferrable = true;
    fk.initiallyDeferred = true;
    order.foreignKeys.push_back(fk);
    order.checkConstraints.push_back({"positive_total", "total >= 0"});
    order.uniqueConstraints.push_back({{}, {"customer_id", "total"}, true, false});
    m.tables.push_back(order);
    m.views.push_back({"crm", "big_orders", "SELECT id FROM crm.\"order\" WHERE total > 100;",
                       false, "orders over 100"});
    return m;
}

}  // namespace

class TestSchemaDdl : public QObject
{
    Q_OBJECT
private slots:
    void chainOfAThousandTables()
    {
        const MetaData m = chain(1000);
        const TableOrder order = DependencyOrder::sortTables(m);
        QCOMPARE(order.order.size(), size_t(1000));
        QVERIFY(order.cyclicForeignKeys.empty());
        for (size_t i = 0; i < order.order.size(); ++i)
            QCOMPARE(m.tables[order.order[i]].name,
                     QStringLiteral("t%1").arg(i, 4, 10, QChar(u'0')));

        const auto create = DdlPlanner::createAll(m, Dialect::PostgreSQL);
        QVERIFY(create.ok());
        QCOMPARE(create->statements.size(), 1000);
        QVERIFY(create->statements.first().startsWith("CREATE TABLE t0000 "));
        QVERIFY(create->statements.last().startsWith("CREATE TABLE t0999 "));
        const auto drop = DdlPlanner::dropAll(m, Dialect::PostgreSQL);
        QVERIFY(drop.ok());
        QCOMPARE(drop->statements.first(), QStringLiteral("DROP TABLE t0999"));
        QCOMPARE(drop->statements.last(), QStringLiteral("DROP TABLE t0000"));
    }

    void cycleIsBrokenWithAlterTable()
    {
        // a -> b -> c -> a, plus d -> a and a self-reference on c
        MetaData m;
        for (const char *name : {"d", "c", "b", "a"})
            m.tables.push_back(tableWithId(name));
        auto link = [&](const char *from, const char *to, const char *fkName) {
            Table *t = m.table({}, from);
            t->columns.push_back(column(QString(to) + "_id", ColumnType::integer()));
            ForeignKey fk = foreignKey(QString(to) + "_id", to);
            fk.name = fkName;
            t->foreignKeys.push_back(fk);
        };
        link("a", "b", "a_b_fk");
        link("b", "c", "b_c_fk");
        link("c", "a", "c_a_fk");
        link("d", "a", "d_a_fk");
        link("c", "c", "c_parent_fk");
        const TableOrder order = DependencyOrder::sortTables(m);
        QCOMPARE(order.order.size(), size_t(4));
        QCOMPARE(order.cyclicForeignKeys.size(), size_t(3));

        const auto create = DdlPlanner::createAll(m, Dialect::PostgreSQL);
        QVERIFY(create.ok());
        const QStringList &s = create->statements;
        QCOMPARE(s.size(), 4 + 3);
        // the tables come first, d after a; the cyclic keys are ALTERed in afterwards
        QVERIFY(indexOf(s, "CREATE TABLE a ") < indexOf(s, "CREATE TABLE d "));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(s[i].startsWith("CREATE TABLE"));
            QVERIFY(!s[i].contains("a_b_fk") && !s[i].contains("b_c_fk") &&
                    !s[i].contains("c_a_fk"));
        }
        QVERIFY(s[indexOf(s, "CREATE TABLE c ")].contains("CONSTRAINT c_parent_fk FOREIGN KEY"));
        QVERIFY(s[indexOf(s, "CREATE TABLE d ")].contains("CONSTRAINT d_a_fk FOREIGN KEY"));
        QVERIFY(
            s.contains("ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY(b_id) REFERENCES b (id)"));

        const auto drop = DdlPlanner::dropAll(m, Dialect::PostgreSQL);
        QVERIFY(drop.ok());
        QCOMPARE(drop->statements.size(), 3 + 4);
        QCOMPARE(drop->statements[0], QStringLiteral("ALTER TABLE a DROP CONSTRAINT a_b_fk"));
        QVERIFY(indexOf(drop->statements, "DROP TABLE d") <
                indexOf(drop->statements, "DROP TABLE a"));

        // SQLite takes forward references inline: no ALTER at all
        const auto lite = DdlPlanner::createAll(m, Dialect::SQLite);
        QVERIFY(lite.ok());
        QCOMPARE(lite->statements.size(), 4);
        QVERIFY(lite->statements.join("\n").contains("CONSTRAINT a_b_fk FOREIGN KEY(b_id)"));

        // an unnamed key in a cycle cannot be dropped first
        m.table({}, "a")->foreignKeys[0].name.clear();
        QVERIFY(!DdlPlanner::dropAll(m, Dialect::PostgreSQL).ok());
    }

    void postgresCreateAll()
    {
        const auto create = DdlPlanner::createAll(richModel(), Dialect::PostgreSQL);
        QVERIFY2(create.ok(), create.ok() ? "" : qPrintable(create.error().message));
        QVERIFY(create->warnings.isEmpty());
        const QStringList expected = {
            "CREATE SCHEMA crm",
            "CREATE TYPE crm.status AS ENUM ('new', 'it''s done')",
            "CREATE SEQUENCE crm.customer_id_seq AS INTEGER START WITH 10",
            "CREATE TABLE crm.customer (\n"
            "\tid INTEGER DEFAULT nextval('crm.customer_id_seq'::regclass) NOT NULL,\n"
            "\tstatus crm.status DEFAULT 'new'::crm.status NOT NULL,\n"
            "\ttags TEXT[],\n"
            "\tPRIMARY KEY (id)\n)",
            "CREATE INDEX ix_customer_tags ON crm.customer USING gin (tags)",
            "CREATE UNIQUE INDEX uq_customer_lower_status ON crm.customer (lower(status::text)) "
            "INCLUDE (tags) WHERE status <> 'new'",
            "COMMENT ON TABLE crm.customer IS 'people who pay'",
            "COMMENT ON COLUMN crm.customer.tags IS 'free-form tags'",
            "CREATE TABLE crm.\"order\" (\n"
            "\tid INTEGER GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) NOT NULL,\n"
            "\tcustomer_id INTEGER NOT NULL,\n"
            "\ttotal NUMERIC(10, 2),\n"
            "\ttotal_with_tax NUMERIC(10, 2) GENERATED ALWAYS AS (total * 1.2) STORED,\n"
            "\tPRIMARY KEY (id),\n"
            "\tCONSTRAINT order_customer_fk FOREIGN KEY(customer_id) REFERENCES crm.customer (id) "
            "ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,\n"
            "\tUNIQUE (customer_id, total) DEFERRABLE,\n"
            "\tCONSTRAINT positive_total CHECK (total >= 0)\n)",
            "ALTER SEQUENCE crm.customer_id_seq OWNED BY crm.customer.id",
            "CREATE VIEW crm.big_orders AS SELECT id FROM crm.\"order\" WHERE total > 100",
            "COMMENT ON VIEW crm.big_orders IS 'orders over 100'",
        };
        QCOMPARE(create->statements, expected);

        const auto drop = DdlPlanner::dropAll(richModel(), Dialect::PostgreSQL);
        QVERIFY(drop.ok());
        // the owned sequence goes with its table, so it is not dropped by name
        QCOMPARE(
            drop->statements,
            QStringList({"DROP VIEW crm.big_orders", "DROP TABLE crm.\"order\"",
                         "DROP TABLE crm.customer", "DROP TYPE crm.status", "DROP SCHEMA crm"}));
    }

    void serialColumns()
    {
        MetaData m;
        Table t = tableWithId("t");
        t.columns[0].autoincrement = true;
        t.columns.push_back(column("big", ColumnType::bigInteger(), false));
        t.columns.back().autoincrement = true;
        m.tables.push_back(t);
        const auto pg = DdlPlanner::createAll(m, Dialect::PostgreSQL);
        QVERIFY(pg->statements[0].contains("\tid SERIAL NOT NULL,\n\tbig BIGSERIAL NOT NULL"));
        const auto lite = DdlPlanner::createAll(m, Dialect::SQLite);
        QCOMPARE(lite->statements[0],
                 QStringLiteral("CREATE TABLE t (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,"
                                "\n\tbig BIGINT NOT NULL\n)"));
    }

    void sqliteReportsWhatItCannotExpress()
    {
        const auto create = DdlPlanner::createAll(richModel(), Dialect::SQLite);
        QVERIFY2(create.ok(), create.ok() ? "" : qPrintable(create.error().message));
        const QString sql = create->statements.join("\n;\n");
        // nothing SQLite would reject
        QVERIFY(!sql.contains("CREATE SCHEMA"));
        QVERIFY(!sql.contains("CREATE TYPE"));
        QVERIFY(!sql.contains("SEQUENCE"));
        QVERIFY(!sql.contains("COMMENT"));
        QVERIFY(!sql.contains("ALTER"));
        QVERIFY(!sql.contains("USING gin"));
        QVERIFY(!sql.contains("INCLUDE"));
        QVERIFY(!sql.contains("IDENTITY"));
        QVERIFY(sql.contains("status VARCHAR(9) DEFAULT ('new'::crm.status) NOT NULL"));
        QVERIFY(sql.contains("CHECK (status IN ('new', 'it''s done'))"));
        QVERIFY(sql.contains("CREATE INDEX crm.ix_customer_tags ON customer (tags)"));
        QVERIFY(sql.contains("CREATE UNIQUE INDEX crm.uq_customer_lower_status ON customer "
                             "(lower(status::text)) WHERE status <> 'new'"));
        const QString warnings = create->warnings.join("\n");
        for (const char *expected :
             {"schema crm: SQLite schemas are attached database files",
              "enum status: SQLite has no enum types",
              "sequence customer_id_seq: SQLite has no sequences",
              "column crm.customer.tags: SQLite has no ARRAY type",
              "SQLite has no index method \"gin\"", "SQLite has no INCLUDE columns",
              "table crm.customer: SQLite has no comments",
              "column crm.customer.tags: SQLite has no comments",
              "column crm.order.id: SQLite has no identity",
              "unique constraint on crm.order (customer_id, total): SQLite cannot defer it",
              "view big_orders: SQLite has no comments"})
            QVERIFY2(warnings.contains(QLatin1String(expected)), expected);
    }

    void sqliteRefusesAlterConstraint()
    {
        const DdlCompiler lite(Dialect::SQLite);
        MetaData m;
        const Table t = tableWithId("t");
        const auto add = lite.addForeignKey(t, foreignKey("id", "u"), m);
        QVERIFY(!add.ok());
        QCOMPARE(add.error().code, QStringLiteral("unsupported"));
        QVERIFY(add.error().message.contains("batch mode"));
        QVERIFY(!lite.dropConstraint(t, "x").ok());
        const DdlCompiler pg(Dialect::PostgreSQL);
        QCOMPARE(pg.addForeignKey(t, foreignKey("id", "u"), m)->statements.value(0),
                 QStringLiteral("ALTER TABLE t ADD FOREIGN KEY(id) REFERENCES u (id)"));
        QCOMPARE(pg.dropConstraint(t, "order", true)->statements.value(0),
                 QStringLiteral("ALTER TABLE t DROP CONSTRAINT IF EXISTS \"order\""));
    }

    void indexNames()
    {
        const DdlCompiler pg(Dialect::PostgreSQL);
        const DdlCompiler lite(Dialect::SQLite);
        MetaData none;
        none.naming = NamingConvention::none();
        const Table t = tableWithId("t");
        Index ix;
        ix.elements = {IndexElement::ofExpression("id + 1")};
        // PostgreSQL names an unnamed index itself; SQLite cannot
        QCOMPARE(pg.createIndex(t, ix, none)->statements.value(0),
                 QStringLiteral("CREATE INDEX ON t ((id + 1))"));
        QVERIFY(!lite.createIndex(t, ix, none).ok());
        QCOMPARE(
            pg.dropIndex(t, {"ix_x", {IndexElement::ofColumn("id")}, false, {}, {}, {}}, none, true)
                ->statements.value(0),
            QStringLiteral("DROP INDEX IF EXISTS ix_x"));
    }

    void indexExpressionsAreWrappedOnce()
    {
        MetaData none;
        none.naming = NamingConvention::none();
        Table t = tableWithId("t");
        t.columns.push_back(column("Name", ColumnType::text()));
        Index ix;
        ix.name = "ix";
        ix.elements = {IndexElement::ofColumn("Name"),
                       IndexElement::ofExpression("lower(name)"),
                       IndexElement::ofExpression("(id + 1)"),
                       IndexElement::ofExpression("(id) + (1)"),
                       IndexElement::ofExpression("'(' || name"),
                       IndexElement::ofExpression("lower(name) || 'x'"),
                       IndexElement::ofExpression("public.\"f(\"( name, ')' )")};
        // as SQLAlchemy and pg_get_indexdef write them: a function call bare,
        // any other expression in one pair of parentheses
        const QString keys = "(\"Name\", lower(name), (id + 1), ((id) + (1)), ('(' || name), "
                             "(lower(name) || 'x'), public.\"f(\"( name, ')' ))";
        for (const Dialect d : {Dialect::PostgreSQL, Dialect::SQLite}) {
            const auto create = DdlCompiler(d).createIndex(t, ix, none);
            QVERIFY2(create.ok(), qPrintable(create.ok() ? QString() : create.error().message));
            QCOMPARE(create->statements.value(0), QStringLiteral("CREATE INDEX ix ON t ") + keys);
        }
    }

    void sqliteForeignKeysNameOnlyTheTable()
    {
        const DdlCompiler lite(Dialect::SQLite);
        MetaData m;
        for (const QString &schema : {QString(), QStringLiteral("main")}) {
            ForeignKey fk = foreignKey("id", "u");
            fk.referredSchema = schema;
            Table t = tableWithId("t");
            t.foreignKeys.push_back(fk);
            const auto create = lite.createTable(t, m);
            QVERIFY2(create.ok(), qPrintable(create.ok() ? QString() : create.error().message));
            QVERIFY2(create->statements.value(0).contains("FOREIGN KEY(id) REFERENCES u (id)"),
                     qPrintable(create->statements.value(0)));
            // a table in an attached database refers within that database
            t.schema = schema.isEmpty() ? QStringLiteral("aux") : schema;
            t.foreignKeys[0].referredSchema = t.schema;
            QVERIFY(lite.createTable(t, m)->statements.value(0).contains("REFERENCES u (id)"));
        }
        Table t = tableWithId("t", "aux");
        ForeignKey across = foreignKey("id", "u");
        across.referredSchema = "main";
        t.foreignKeys.push_back(across);
        const auto refused = lite.createTable(t, m);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("unsupported"));
        QVERIFY2(refused.error().message.contains("same database"),
                 qPrintable(refused.error().message));
        // PostgreSQL keeps the schema
        QVERIFY(DdlCompiler(Dialect::PostgreSQL)
                    .createTable(t, m)
                    ->statements.value(0)
                    .contains("REFERENCES main.u (id)"));
    }

    void longNamesWarn()
    {
        MetaData m;
        m.tables.push_back(tableWithId(QString(64, u'x')));
        const auto create = DdlPlanner::createAll(m, Dialect::PostgreSQL);
        QVERIFY(create.ok());
        QCOMPARE(create->warnings.size(), 1);
        QVERIFY(create->warnings[0].contains("longer than 63 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaDdl)
#include "test_schema_ddl.moc"
