// ModelsPyWriter: the typed 2.0 export parsed back by Stratum's reader gives
// an equal MetaData (every typed case, and a model that uses what the
// reader's cases do not: identity, computed, arrays, verbatim types, named
// primary keys, composite and deferrable keys, tables without primary key,
// awkward names); the classic export too; and the text is deterministic.
#include "core/migrate/models/ModelsPyReader.h"
#include "core/migrate/models/ModelsPyWriter.h"
#include "core/schema/MetaDataJson.h"

#include <QTest>

using namespace stratum;
using namespace stratum::migrate;
using namespace stratum::schema;

namespace {

const QString kCases = QStringLiteral(STRATUM_SOURCE_DIR "/tests/unit/models_py/typed/");

QString firstDifference(const MetaData &a, const MetaData &b)
{
    const QStringList left = QString::fromUtf8(MetaDataJson::serialize(a)).split(u'\n');
    const QStringList right = QString::fromUtf8(MetaDataJson::serialize(b)).split(u'\n');
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i))
            return QStringLiteral("line %1:\n  model:  %2\n  parsed: %3")
                .arg(i + 1)
                .arg(left.value(i), right.value(i));
    }
    return QStringLiteral("(no difference in the JSON form)");
}

Column col(const QString &name, const ColumnType &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

// A PostgreSQL model with the constructs the typed cases do not cover.
MetaData richModel()
{
    MetaData md;
    md.naming = NamingConvention::none();
    md.naming.set(QStringLiteral("ix"), QStringLiteral("ix_%(column_0_label)s"));
    md.naming.set(QStringLiteral("fk"), QStringLiteral("fk_%(table_name)s_%(column_0_name)s"));
    md.enums.push_back({QStringLiteral("shop"),
                        QStringLiteral("mood"),
                        {QStringLiteral("happy"), QStringLiteral("it's complicated")}});

    Table customer;
    customer.schema = QStringLiteral("shop");
    customer.name = QStringLiteral("customer");
    customer.comment = QStringLiteral("people who buy");
    Column id = col(QStringLiteral("id"), ColumnType::bigInteger(), false);
    id.identity = Identity{true, 100, 5, {}, {}, 20, false};
    customer.columns.push_back(id);
    customer.columns.push_back(col(QStringLiteral("region"), ColumnType::fixedChar(2), false));
    customer.columns.push_back(col(QStringLiteral("class"), ColumnType::text()));  // a keyword
    customer.columns.push_back(col(QStringLiteral("metadata"), ColumnType::jsonb()));
    customer.columns.push_back(col(QStringLiteral("first name"), ColumnType::string(40)));
    customer.columns.push_back(
        col(QStringLiteral("mood"),
            ColumnType::enumeration(QStringLiteral("mood"), QStringLiteral("shop"))));
    customer.columns.push_back(col(QStringLiteral("tags"), ColumnType::text().arrayOf()));
    customer.columns.push_back(col(QStringLiteral("grid"), ColumnType::integer().arrayOf(2)));
    customer.columns.push_back(
        col(QStringLiteral("ip"), ColumnType::verbatimType(QStringLiteral("INET"))));
    customer.columns.push_back(
        col(QStringLiteral("born"), ColumnType::verbatimType(QStringLiteral("year"))));
    Column seen = col(QStringLiteral("seen"), ColumnType::dateTime(true), false);
    seen.serverDefault = QStringLiteral("now()");
    seen.comment = QStringLiteral("last \"visit\"");
    customer.columns.push_back(seen);
    ColumnType precise = ColumnType::dateTime(false);
    precise.precision = 3;
    customer.columns.push_back(col(QStringLiteral("precise"), precise));
    Column upper = col(QStringLiteral("upper_region"), ColumnType::text());
    upper.computed = QStringLiteral("upper(region)");
    customer.columns.push_back(upper);
    Column note = col(QStringLiteral("note"), ColumnType::string(), false);
    note.serverDefault = QStringLiteral("'n/a'");
    customer.columns.push_back(note);
    customer.columns.push_back(col(QStringLiteral("price"), ColumnType::numeric(10, 2)));
    customer.columns.push_back(col(QStringLiteral("ratio"), ColumnType::floating(24)));
    customer.columns.push_back(col(QStringLiteral("key"), ColumnType::uuid()));
    customer.primaryKey = {QStringLiteral("customer_pk"), {QStringLiteral("id")}};
    customer.uniqueConstraints.push_back({QStringLiteral("customer_region_class"),
                                          {QStringLiteral("region"), QStringLiteral("class")},
                                          true,
                                          true});
    customer.uniqueConstraints.push_back({{}, {QStringLiteral("key")}, false, false});
    customer.checkConstraints.push_back(
        {QStringLiteral("ck_region"), QStringLiteral("length(region) = 2")});
    Index partial;
    partial.name = QStringLiteral("ix_customer_seen_recent");
    partial.elements = {IndexElement::ofColumn(QStringLiteral("seen")),
                        IndexElement::ofExpression(QStringLiteral("lower(note)"))};
    partial.where = QStringLiteral("seen > '2020-01-01'");
    partial.include = {QStringLiteral("region")};
    customer.indexes.push_back(partial);
    Index gin;
    gin.name = QStringLiteral("ix_customer_tags");
    gin.elements = {IndexElement::ofColumn(QStringLiteral("tags"))};
    gin.method = QStringLiteral("gin");
    customer.indexes.push_back(gin);
    Index plain;
    plain.name = QStringLiteral("ix_shop_customer_region");  // the convention's own name
    plain.elements = {IndexElement::ofColumn(QStringLiteral("region"))};
    customer.indexes.push_back(plain);
    md.tables.push_back(customer);

    Table line;
    line.schema = QStringLiteral("shop");
    line.name = QStringLiteral("order_line");
    line.columns.push_back(col(QStringLiteral("order_id"), ColumnType::integer(), false));
    line.columns.push_back(col(QStringLiteral("line_no"), ColumnType::smallInteger(), false));
    line.columns.push_back(col(QStringLiteral("customer_id"), ColumnType::bigInteger(), false));
    Column serial = col(QStringLiteral("seq"), ColumnType::integer(), false);
    line.columns.push_back(serial);
    line.primaryKey = {{}, {QStringLiteral("order_id"), QStringLiteral("line_no")}};
    ForeignKey fk;
    fk.columns = {QStringLiteral("customer_id")};
    fk.referredSchema = QStringLiteral("shop");
    fk.referredTable = QStringLiteral("customer");
    fk.referredColumns = {QStringLiteral("id")};
    fk.onDelete = ReferentialAction::Cascade;
    fk.onUpdate = ReferentialAction::Restrict;
    fk.deferrable = true;
    fk.initiallyDeferred = true;
    line.foreignKeys.push_back(fk);
    md.tables.push_back(line);

    Table log;  // no primary key: a Table on Base.metadata
    log.name = QStringLiteral("audit log");
    log.columns.push_back(col(QStringLiteral("at"), ColumnType::dateTime(true), false));
    log.columns.push_back(col(QStringLiteral("what"), ColumnType::text()));
    Column counter = col(QStringLiteral("n"), ColumnType::integer(), false);
    counter.serverDefault = QStringLiteral("0");
    log.columns.push_back(counter);
    md.tables.push_back(log);

    Table serialTable;
    serialTable.name = QStringLiteral("ticket");
    Column tid = col(QStringLiteral("id"), ColumnType::integer(), false);
    tid.autoincrement = true;
    serialTable.columns.push_back(tid);
    Column other = col(QStringLiteral("code"), ColumnType::integer(), false);
    serialTable.columns.push_back(other);
    serialTable.primaryKey = {{}, {QStringLiteral("id")}};
    md.tables.push_back(serialTable);

    Table manual;  // an integer primary key that is NOT autoincrement
    manual.name = QStringLiteral("manual_key");
    manual.columns.push_back(col(QStringLiteral("id"), ColumnType::integer(), false));
    manual.primaryKey = {{}, {QStringLiteral("id")}};
    md.tables.push_back(manual);
    md.canonicalize();
    return md;
}

}  // namespace

class TestModelsPyWriter : public QObject
{
    Q_OBJECT

private slots:
    void typedCasesRoundTrip_data();
    void typedCasesRoundTrip();
    void richModelRoundTrip_data();
    void richModelRoundTrip();
    void deterministic();
};

void TestModelsPyWriter::typedCasesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("style");
    for (const QString c : {"01_scalars", "02_more_types", "03_table_args", "04_naming_fk",
                            "05_mixins", "06_registry_tables"}) {
        for (int d : {int(Dialect::PostgreSQL), int(Dialect::SQLite)}) {
            for (int s : {int(ModelsPyStyle::Typed), int(ModelsPyStyle::Classic)}) {
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 %2 %3")
                                   .arg(c, d ? QStringLiteral("sqlite") : QStringLiteral("pg"),
                                        s ? QStringLiteral("classic") : QStringLiteral("typed"))))
                    << c << d << s;
            }
        }
    }
}

void TestModelsPyWriter::typedCasesRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(int, dialect);
    QFETCH(int, style);
    auto original = readModelsPy(kCases + name + QStringLiteral(".py"), Dialect(dialect));
    QVERIFY(original);
    const QString text = writeModelsPy(original->metadata, ModelsPyStyle(style));
    auto parsed = readModelsPySource(text, QStringLiteral("exported.py"), Dialect(dialect));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message + u'\n' + text));
    QStringList warnings;
    for (const ModelsWarning &w : parsed->warnings)
        warnings << QStringLiteral("%1: %2").arg(w.line).arg(w.message);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n') + u'\n' + text));
    if (!(parsed->metadata == original->metadata))
        qWarning().noquote() << text;
    QVERIFY2(parsed->metadata == original->metadata,
             qPrintable(firstDifference(original->metadata, parsed->metadata)));
}

void TestModelsPyWriter::richModelRoundTrip_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("typed") << int(ModelsPyStyle::Typed);
    QTest::newRow("classic") << int(ModelsPyStyle::Classic);
}

void TestModelsPyWriter::richModelRoundTrip()
{
    QFETCH(int, style);
    const MetaData md = richModel();
    const QString text = writeModelsPy(md, ModelsPyStyle(style));
    auto parsed = readModelsPySource(text, QStringLiteral("exported.py"), Dialect::PostgreSQL);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message + u'\n' + text));
    QStringList warnings;
    for (const ModelsWarning &w : parsed->warnings)
        warnings << QStringLiteral("%1: %2").arg(w.line).arg(w.message);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n') + u'\n' + text));
    if (!(parsed->metadata == md))
        qWarning().noquote() << text;
    QVERIFY2(parsed->metadata == md, qPrintable(firstDifference(md, parsed->metadata)));
    // the style is visible in the text
    if (ModelsPyStyle(style) == ModelsPyStyle::Typed) {
        QVERIFY(text.contains(QStringLiteral("class Base(DeclarativeBase):")));
        QVERIFY(text.contains(QStringLiteral("Mapped[")));
        QVERIFY(!text.contains(QStringLiteral("sa.Column(\"region\"")));
    } else {
        QVERIFY(text.contains(QStringLiteral("Base = declarative_base(")));
        QVERIFY(!text.contains(QStringLiteral("Mapped[")));
    }
}

void TestModelsPyWriter::deterministic()
{
    const MetaData md = richModel();
    MetaData shuffled = md;
    std::reverse(shuffled.tables.begin(), shuffled.tables.end());
    QCOMPARE(writeModelsPy(shuffled, ModelsPyStyle::Typed),
             writeModelsPy(md, ModelsPyStyle::Typed));
    QCOMPARE(writeModelsPy(md, ModelsPyStyle::Classic), writeModelsPy(md, ModelsPyStyle::Classic));
}

QTEST_GUILESS_MAIN(TestModelsPyWriter)
#include "test_models_py_writer.moc"
