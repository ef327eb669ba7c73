// Unit tests for the Stratum model file (ModelFile, readModelFile,
// writeModelFile): byte-exact round trips, stable order, diagram positions,
// format version and errors that name the field.
#include "core/schema/ModelFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::schema;

namespace {

Column column(const QString &name, const ColumnType &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

// A model that uses every part of the format.
MetaData richModel()
{
    MetaData m;
    m.naming.set(QStringLiteral("uq"), QStringLiteral("uq_%(table_name)s_%(column_0_name)s"));
    m.schemas << QStringLiteral("sales");
    Table users;
    users.name = QStringLiteral("users");
    users.comment = QStringLiteral("people, \"quoted\"\nand a newline");
    Column id = column(QStringLiteral("id"), ColumnType::bigInteger(), false);
    id.identity = Identity{true, 1, 1, std::nullopt, std::nullopt, 20, false};
    users.columns.push_back(id);
    Column email = column(QStringLiteral("email"), ColumnType::string(255), false);
    email.serverDefault = QStringLiteral("'nobody@example.com'::character varying");
    users.columns.push_back(email);
    users.columns.push_back(column(QStringLiteral("mood"), ColumnType::enumeration("mood")));
    users.columns.push_back(column(QStringLiteral("tags"), ColumnType::text().arrayOf(2)));
    Column total = column(QStringLiteral("total"), ColumnType::numeric(12, 2));
    total.computed = QStringLiteral("id * 2");
    users.columns.push_back(total);
    users.columns.push_back(
        column(QString::fromUtf8("naïve ✓"), ColumnType::verbatimType(QStringLiteral("tsvector"))));
    users.primaryKey = {QStringLiteral("users_pkey"), {QStringLiteral("id")}};
    users.uniqueConstraints.push_back(
        {QStringLiteral("uq_users_email"), {QStringLiteral("email")}, true, true});
    users.checkConstraints.push_back({QStringLiteral("ck_total"), QStringLiteral("total >= 0")});
    Index ix;
    ix.name = QStringLiteral("ix_lower_email");
    ix.elements = {IndexElement::ofExpression(QStringLiteral("lower(email)")),
                   IndexElement::ofColumn(QStringLiteral("id"))};
    ix.where = QStringLiteral("id > 0");
    ix.method = QStringLiteral("btree");
    ix.include = {QStringLiteral("mood")};
    users.indexes.push_back(ix);
    Table orders;
    orders.schema = QStringLiteral("sales");
    orders.name = QStringLiteral("orders");
    orders.columns.push_back(column(QStringLiteral("id"), ColumnType::integer(), false));
    orders.columns.back().autoincrement = true;
    orders.columns.push_back(column(QStringLiteral("user_id"), ColumnType::bigInteger()));
    orders.columns.push_back(column(QStringLiteral("at"), ColumnType::dateTime(true)));
    orders.primaryKey = {{}, {QStringLiteral("id")}};
    ForeignKey fk;
    fk.columns = {QStringLiteral("user_id")};
    fk.referredTable = QStringLiteral("users");
    fk.referredColumns = {QStringLiteral("id")};
    fk.onDelete = ReferentialAction::Cascade;
    orders.foreignKeys.push_back(fk);
    // tables out of order: the file is canonical whatever the input order
    m.tables.push_back(users);
    m.tables.push_back(orders);
    m.enums.push_back({{}, QStringLiteral("mood"), {QStringLiteral("sad"), QStringLiteral("ok")}});
    Sequence s;
    s.name = QStringLiteral("big_seq");
    s.start = (qint64(1) << 60);
    m.sequences.push_back(s);
    m.views.push_back({{}, QStringLiteral("v"), QStringLiteral("SELECT 1"), false, {}});
    return m;
}

}  // namespace

class TestModelFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsByteExact()
    {
        ModelDocument doc;
        doc.metadata = richModel();
        doc.setPosition(QStringLiteral("sales"), QStringLiteral("orders"), 320.5, -40);
        doc.setPosition({}, QStringLiteral("users"), 10, 20.25);
        const QByteArray first = ModelFile::serialize(doc);
        Result<ModelDocument> read = ModelFile::parse(first);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(ModelFile::serialize(*read), first);
        // MetaData -> file -> MetaData: equal (in canonical order)
        QVERIFY(read->metadata == doc.metadata.canonical());
        QCOMPARE(read->formatVersion, ModelFile::kFormatVersion);
        QCOMPARE(read->position({}, QStringLiteral("users"))->y, 20.25);
        QCOMPARE(read->position(QStringLiteral("sales"), QStringLiteral("orders"))->x, 320.5);
        QVERIFY(!read->position({}, QStringLiteral("orders")));
        QCOMPARE(read->metadata.sequences[0].start, qint64(1) << 60);
    }

    void orderDoesNotDependOnInput()
    {
        ModelDocument a;
        a.metadata = richModel();
        a.setPosition({}, QStringLiteral("users"), 1, 2);
        a.setPosition(QStringLiteral("sales"), QStringLiteral("orders"), 3, 4);
        ModelDocument b = a;
        std::reverse(b.metadata.tables.begin(), b.metadata.tables.end());
        std::reverse(b.positions.begin(), b.positions.end());
        QCOMPARE(ModelFile::serialize(a), ModelFile::serialize(b));
        // one edit is a small diff: a column's nullability changes one line
        ModelDocument c = a;
        c.metadata.table({}, QStringLiteral("users"))->column(QStringLiteral("mood"))->nullable =
            false;
        const QList<QByteArray> la = ModelFile::serialize(a).split('\n');
        const QList<QByteArray> lc = ModelFile::serialize(c).split('\n');
        QCOMPARE(la.size(), lc.size());
        int differing = 0;
        for (int i = 0; i < la.size(); ++i)
            differing += la[i] != lc[i];
        QCOMPARE(differing, 1);
    }

    void header()
    {
        const QByteArray text = ModelFile::serialize(ModelDocument{});
        QVERIFY(text.contains("\"format\": \"stratum-model\""));
        QVERIFY(text.contains("\"version\": 1"));
        Result<ModelDocument> empty = ModelFile::parse(text);
        QVERIFY(empty.ok());
        QVERIFY(empty->metadata.tables.empty());
        QVERIFY(empty->positions.empty());
    }

    void positionsAreEditable()
    {
        ModelDocument doc;
        doc.setPosition({}, QStringLiteral("t"), 1, 2);
        doc.setPosition({}, QStringLiteral("t"), 5, 6);
        QCOMPARE(doc.positions.size(), size_t(1));
        QCOMPARE(doc.position({}, QStringLiteral("t"))->x, 5.0);
        doc.removePosition({}, QStringLiteral("t"));
        QVERIFY(doc.positions.empty());
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\"format\": ") << QString();
        QTest::newRow("not object") << QByteArray("[]") << QStringLiteral("top level");
        QTest::newRow("format") << QByteArray(R"({"format": "x", "version": 1})")
                                << QStringLiteral("format");
        QTest::newRow("newer") << QByteArray(R"({"format": "stratum-model", "version": 2})")
                               << QStringLiteral("version");
        QTest::newRow("metadata")
            << QByteArray(R"({"format": "stratum-model", "version": 1, "metadata": 3})")
            << QStringLiteral("metadata");
        QTest::newRow("column kind")
            << QByteArray(R"({"format": "stratum-model", "version": 1, "metadata": {
                 "format": "stratum-metadata", "version": 1, "tables": [{"name": "t",
                 "columns": [{"name": "c", "nullable": true, "type": {"kind": "wat"}}]}]}})")
            << QStringLiteral("metadata.tables[0].columns[0].type.kind");
        const QByteArray okMeta = R"("metadata": {"format": "stratum-metadata", "version": 1})";
        QTest::newRow("x") << (QByteArray(R"({"format": "stratum-model", "version": 1, )") +
                               okMeta + R"(, "diagram": [{"table": "t", "x": "1", "y": 2}]})")
                           << QStringLiteral("diagram[0].x");
        QTest::newRow("duplicate")
            << (QByteArray(R"({"format": "stratum-model", "version": 1, )") + okMeta +
                R"(, "diagram": [{"table": "t", "x": 1, "y": 2}, {"table": "t", "x": 1, "y": 2}]})")
            << QStringLiteral("diagram[1]");
    }
    void errorsNameTheField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        Result<ModelDocument> r = ModelFile::parse(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        if (expected.isEmpty())
            QVERIFY(r.error().position > 0);
    }

    void filesOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.stratum-model"));
        ModelDocument doc;
        doc.metadata = richModel();
        doc.setPosition({}, QStringLiteral("users"), 7, 8);
        QVERIFY(writeModelFile(path, doc).ok());
        Result<ModelDocument> read = readModelFile(path);
        QVERIFY(read.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(writeModelFile(path, *read).ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);

        Result<ModelDocument> missing = readModelFile(dir.filePath(QStringLiteral("nope")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().source.endsWith(QLatin1String("nope")));
        QVERIFY(!writeModelFile(dir.filePath(QStringLiteral("no/such/dir/x")), doc).ok());
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "test_model_file.moc"
