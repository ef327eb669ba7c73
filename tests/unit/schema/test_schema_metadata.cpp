// MetaData as a value: equality, canonical order and the versioned JSON form.
#include "SchemaTestUtil.h"
#include "core/schema/MetaDataJson.h"

#include <QTest>

using namespace stratum::schema;
using namespace stratum::schema::test;

namespace {

MetaData sample()
{
    MetaData m;
    m.naming.set("fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s");
    m.schemas = {"sales", "archive"};
    m.enums.push_back({"sales", "mood", {"sad", "ok", "happy"}});
    Sequence s;
    s.schema = "sales";
    s.name = "big_seq";
    s.maxValue = std::numeric_limits<qint64>::max();
    s.minValue = std::numeric_limits<qint64>::min();
    s.start = 5;
    s.cycle = true;
    m.sequences.push_back(s);
    Table b = tableWithId("b", "sales");
    b.comment = "second";
    b.columns.push_back(column("mood", ColumnType::enumeration("mood", "sales"), false));
    b.columns.push_back(column("tags", ColumnType::verbatimType("tsvector").arrayOf(2)));
    b.columns.push_back(column("price", ColumnType::numeric(10, 2)));
    b.columns.back().serverDefault = "0.00";
    b.columns.back().comment = u8"price in €";
    b.columns.push_back(column("doubled", ColumnType::numeric()));
    b.columns.back().computed = "price * 2";
    b.columns[0].identity = Identity{false, 1, 1, 1, 1000, 1, false};
    b.foreignKeys.push_back(foreignKey("id", "a"));
    b.foreignKeys.back().onDelete = ReferentialAction::SetDefault;
    b.foreignKeys.back().deferrable = true;
    b.uniqueConstraints.push_back({"uq_b", {"mood", "price"}, false, false});
    b.checkConstraints.push_back({"ck_b", "price > 0"});
    b.indexes.push_back({"ix_z",
                         {IndexElement::ofExpression("lower(mood::text)")},
                         true,
                         "price > 1",
                         "btree",
                         {"price"}});
    b.indexes.push_back({"ix_a", {IndexElement::ofColumn("price")}, false, {}, {}, {}});
    m.tables.push_back(b);
    Table a = tableWithId("a", "sales");
    a.columns[0].autoincrement = true;
    a.columns.push_back(column("when", ColumnType::dateTime(true)));
    m.tables.push_back(a);
    m.views.push_back({"sales", "v", "SELECT 1", true, "a view"});
    return m;
}

}  // namespace

class TestSchemaMetadata : public QObject
{
    Q_OBJECT
private slots:
    void equalityIsDeep()
    {
        const MetaData m = sample();
        MetaData copy = m;
        QVERIFY(copy == m);
        copy.tables[0].columns[2].nullable = false;
        QVERIFY(!(copy == m));
        copy = m;
        copy.tables[0].foreignKeys[0].onUpdate = ReferentialAction::Cascade;
        QVERIFY(!(copy == m));
        copy = m;
        copy.naming.remove("ix");
        QVERIFY(!(copy == m));
    }

    void canonicalOrder()
    {
        MetaData m = sample();
        m.canonicalize();
        QCOMPARE(m.schemas, QStringList({"archive", "sales"}));
        QCOMPARE(m.tables[0].name, QStringLiteral("a"));
        QCOMPARE(m.tables[1].indexes[0].name, QStringLiteral("ix_a"));
        // column order is meaningful and kept
        QCOMPARE(m.tables[1].columns[1].name, QStringLiteral("mood"));
        // order-only differences vanish once canonical
        MetaData shuffled = sample();
        std::reverse(shuffled.tables.begin(), shuffled.tables.end());
        QVERIFY(!(shuffled == sample()));
        QVERIFY(shuffled.canonical() == sample().canonical());
    }

    void jsonRoundTrip()
    {
        const MetaData m = sample();
        const QByteArray text = MetaDataJson::serialize(m);
        const auto parsed = MetaDataJson::parse(text);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QVERIFY(parsed.value() == m.canonical());
        // stable: the same model in another order gives the same bytes
        MetaData shuffled = m;
        std::reverse(shuffled.tables.begin(), shuffled.tables.end());
        std::reverse(shuffled.tables[0].indexes.begin(), shuffled.tables[0].indexes.end());
        QCOMPARE(MetaDataJson::serialize(shuffled), text);
        QCOMPARE(MetaDataJson::serialize(parsed.value()), text);
        // 64-bit values survive
        QCOMPARE(parsed->sequences[0].maxValue,
                 std::optional<qint64>(std::numeric_limits<qint64>::max()));
        QVERIFY(text.contains("\"version\": 1"));
        QVERIFY(text.contains("\"9223372036854775807\""));
    }

    void emptyModelRoundTrip()
    {
        const MetaData empty;
        const auto parsed = MetaDataJson::parse(MetaDataJson::serialize(empty));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == empty);
        MetaData noNaming;
        noNaming.naming = NamingConvention::none();
        QVERIFY(MetaDataJson::parse(MetaDataJson::serialize(noNaming)).value() == noNaming);
    }

    void parseErrorsNameTheField()
    {
        QVERIFY(!MetaDataJson::parse("not json").ok());
        QVERIFY(MetaDataJson::parse("{\"format\": \"other\", \"version\": 1}")
                    .error()
                    .message.contains("not a Stratum metadata document"));
        QVERIFY(MetaDataJson::parse("{\"format\": \"stratum-metadata\", \"version\": 99}")
                    .error()
                    .message.contains("unsupported format version"));
        const QByteArray badKind = R"({"format": "stratum-metadata", "version": 1,
            "tables": [{"name": "t", "columns": [{"name": "c", "type": {"kind": "blob"}}]}]})";
        const auto r = MetaDataJson::parse(badKind);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith("tables[0].columns[0].type.kind"),
                 qPrintable(r.error().message));
        const QByteArray badAction = R"({"format": "stratum-metadata", "version": 1,
            "tables": [{"name": "t", "columns": [], "foreign_keys": [{"referred_table": "u",
            "on_delete": "DROP TABLE x"}]}]})";
        QVERIFY(
            MetaDataJson::parse(badAction).error().message.contains("unknown referential action"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMetadata)
#include "test_schema_metadata.moc"
