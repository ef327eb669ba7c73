// ModelValidator: each rule fires on a model that breaks it, names the table,
// the object and the cause, and a clean model gives no problems at all.
#include "core/schema/ModelValidator.h"

#include <QTest>

using namespace stratum::schema;
using Severity = ModelProblem::Severity;
using Kind = ModelProblem::ObjectKind;

namespace {

Column col(const QString &name, ColumnType type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

// artist(id PK) <- album(id PK, artist_id FK) : a valid model.
MetaData sample()
{
    MetaData md;
    md.naming = NamingConvention::none();
    Table artist;
    artist.name = "artist";
    artist.columns = {col("id", ColumnType::integer(), false),
                      col("name", ColumnType::string(120))};
    artist.primaryKey.columns = {"id"};
    Table album;
    album.name = "album";
    album.columns = {col("id", ColumnType::integer(), false),
                     col("artist_id", ColumnType::integer(), false),
                     col("title", ColumnType::string(160))};
    album.primaryKey.columns = {"id"};
    ForeignKey fk;
    fk.columns = {"artist_id"};
    fk.referredTable = "artist";
    fk.referredColumns = {"id"};
    album.foreignKeys.push_back(fk);
    Index ix;
    ix.name = "ix_album_artist_id";
    ix.elements = {IndexElement::ofColumn("artist_id")};
    album.indexes.push_back(ix);
    md.tables = {artist, album};
    return md;
}

// The problems whose message contains `needle`.
std::vector<ModelProblem> matching(const std::vector<ModelProblem> &all, const QString &needle)
{
    std::vector<ModelProblem> out;
    for (const ModelProblem &p : all) {
        if (p.message.contains(needle))
            out.push_back(p);
    }
    return out;
}

QString dump(const std::vector<ModelProblem> &all)
{
    QStringList lines;
    for (const ModelProblem &p : all)
        lines << p.table + " | " + p.object + " | " + p.message;
    return lines.join('\n');
}

}  // namespace

class TestSchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void cleanModelHasNoProblems()
    {
        for (Dialect d : {Dialect::PostgreSQL, Dialect::SQLite}) {
            const auto problems = validateModel(sample(), d);
            QVERIFY2(problems.empty(), qPrintable(dump(problems)));
            QVERIFY(!hasBlockingProblems(problems));
        }
    }

    void duplicateTableAndColumnNames()
    {
        MetaData md = sample();
        md.tables.push_back(md.tables[0]);
        md.tables[1].columns.push_back(col("title", ColumnType::text()));
        const auto problems = validateModel(md, Dialect::SQLite);
        const auto tables = matching(problems, "Another table");
        QCOMPARE(tables.size(), std::size_t(1));
        QCOMPARE(tables[0].index, 2);
        QCOMPARE(tables[0].kind, Kind::Table);
        const auto columns = matching(problems, "Another column");
        QCOMPARE(columns.size(), std::size_t(1));
        QCOMPARE(columns[0].table, QString("album"));
        QCOMPARE(columns[0].object, QString("column title"));
        QCOMPARE(columns[0].index, 3);
        QVERIFY(hasBlockingProblems(problems));
    }

    void emptyNames()
    {
        MetaData md = sample();
        md.tables[0].columns[1].name = "";
        Table blank;
        blank.columns = {col("x", ColumnType::integer())};
        md.tables.push_back(blank);
        const auto problems = validateModel(md, Dialect::PostgreSQL);
        QCOMPARE(matching(problems, "The column has no name").size(), std::size_t(1));
        QCOMPARE(matching(problems, "The table has no name").size(), std::size_t(1));
    }

    void foreignKeyToMissingTableAndColumn()
    {
        MetaData md = sample();
        md.tables[1].foreignKeys[0].referredColumns = {"ident"};
        ForeignKey ghost;
        ghost.columns = {"artist_id"};
        ghost.referredTable = "ghost";
        ghost.referredColumns = {"id"};
        md.tables[1].foreignKeys.push_back(ghost);
        const auto problems = validateModel(md, Dialect::PostgreSQL);
        const auto col = matching(problems, "referred column \"ident\" does not exist in artist");
        QCOMPARE(col.size(), std::size_t(1));
        QCOMPARE(col[0].kind, Kind::ForeignKey);
        QCOMPARE(col[0].index, 0);
        const auto table = matching(problems, "\"ghost\" does not exist");
        QCOMPARE(table.size(), std::size_t(1));
        QCOMPARE(table[0].index, 1);
    }

    void foreignKeyColumnCountMismatch()
    {
        MetaData md = sample();
        md.tables[1].foreignKeys[0].columns = {"artist_id", "title"};
        const auto problems = validateModel(md, Dialect::SQLite);
        QCOMPARE(matching(problems, "has 2 column(s) but refers to 1").size(), std::size_t(1));
    }

    void foreignKeyTypeMismatchIsAnErrorAcrossFamilies()
    {
        MetaData md = sample();
        md.tables[1].columns[1].type = ColumnType::text();
        const auto problems = validateModel(md, Dialect::PostgreSQL);
        const auto hits = matching(problems, "the types do not match");
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits[0].severity, Severity::Error);
        QVERIFY(hits[0].blocksGeneration);
        QVERIFY2(hits[0].message.contains("album.artist_id (TEXT)") &&
                     hits[0].message.contains("artist.id (INTEGER)"),
                 qPrintable(hits[0].message));
    }

    void foreignKeyWidthMismatchIsAWarning()
    {
        MetaData md = sample();
        md.tables[1].columns[1].type = ColumnType::bigInteger();
        const auto problems = validateModel(md, Dialect::PostgreSQL);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].severity, Severity::Warning);
        QVERIFY(!problems[0].blocksGeneration);
        QVERIFY(!hasBlockingProblems(problems));
    }

    void foreignKeyToNonUniqueColumns()
    {
        MetaData md = sample();
        md.tables[1].foreignKeys[0].referredColumns = {"name"};
        md.tables[1].columns[1].type = ColumnType::string(120);
        const auto problems = validateModel(md, Dialect::PostgreSQL);
        QCOMPARE(matching(problems, "neither the primary key nor unique").size(), std::size_t(1));
        UniqueConstraint uq;
        uq.columns = {"name"};
        md.tables[0].uniqueConstraints.push_back(uq);
        QVERIFY2(validateModel(md, Dialect::PostgreSQL).empty(),
                 qPrintable(dump(validateModel(md, Dialect::PostgreSQL))));
    }

    void nullablePrimaryKeyColumn()
    {
        MetaData md = sample();
        md.tables[0].columns[0].nullable = true;
        const auto pg = validateModel(md, Dialect::PostgreSQL);
        const auto hits = matching(pg, "silently make it NOT NULL");
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits[0].kind, Kind::Column);
        QCOMPARE(hits[0].index, 0);
        QCOMPARE(hits[0].table, QString("artist"));
        QCOMPARE(matching(validateModel(md, Dialect::SQLite), "accept NULL").size(),
                 std::size_t(1));
    }

    void namesLongerThanPostgresKeeps()
    {
        MetaData md = sample();
        // 32 two-byte characters: 32 characters but 64 bytes of UTF-8.
        md.tables[0].columns[1].name = QString(32, QChar(0x00e9));
        const auto pg = validateModel(md, Dialect::PostgreSQL);
        const auto hits = matching(pg, "64 bytes long");
        QCOMPARE(hits.size(), std::size_t(1));
        QVERIFY(hits[0].message.contains("63"));
        QVERIFY(validateModel(md, Dialect::SQLite).empty());
        md.tables[0].columns[1].name = QString(63, 'a');
        QVERIFY(validateModel(md, Dialect::PostgreSQL).empty());
    }

    void missingColumnsInKeysAndIndexes()
    {
        MetaData md = sample();
        md.tables[0].primaryKey.columns = {"ident"};
        md.tables[1].indexes[0].elements = {IndexElement::ofColumn("nope")};
        UniqueConstraint uq;
        uq.columns = {"gone"};
        md.tables[1].uniqueConstraints.push_back(uq);
        const auto problems = validateModel(md, Dialect::SQLite);
        const auto pk = matching(problems, "\"ident\" does not exist in artist");
        QCOMPARE(pk.size(), std::size_t(1));
        QCOMPARE(pk[0].kind, Kind::PrimaryKey);
        const auto ix = matching(problems, "\"nope\" does not exist in album");
        QCOMPARE(ix.size(), std::size_t(1));
        QCOMPARE(ix[0].kind, Kind::Index);
        QCOMPARE(ix[0].object, QString("index ix_album_artist_id"));
        QCOMPARE(matching(problems, "\"gone\" does not exist").size(), std::size_t(1));
    }

    void missingEnum()
    {
        MetaData md = sample();
        md.tables[0].columns.push_back(col("mood", ColumnType::enumeration("mood")));
        QCOMPARE(matching(validateModel(md, Dialect::PostgreSQL), "\"mood\" is not defined").size(),
                 std::size_t(1));
        md.enums.push_back({{}, "mood", {"happy", "sad"}});
        QVERIFY(validateModel(md, Dialect::PostgreSQL).empty());
        md.enums.push_back({{}, "mood", {"x", "x"}});
        const auto problems = validateModel(md, Dialect::PostgreSQL);
        QCOMPARE(matching(problems, "Another enum").size(), std::size_t(1));
        QCOMPARE(matching(problems, "appears twice").size(), std::size_t(1));
        QCOMPARE(matching(problems, "appears twice")[0].kind, Kind::Enum);
    }

    void indexAndConstraintNamespaces()
    {
        MetaData md = sample();
        // PostgreSQL: a unique constraint's index and a plain index share the
        // schema namespace, and an index cannot take a table's name.
        UniqueConstraint uq;
        uq.name = "ix_album_artist_id";
        uq.columns = {"title"};
        md.tables[1].uniqueConstraints.push_back(uq);
        md.tables[0].indexes.push_back(
            {"album", {IndexElement::ofColumn("name")}, false, {}, {}, {}});
        const auto pg = validateModel(md, Dialect::PostgreSQL);
        QCOMPARE(matching(pg, "\"ix_album_artist_id\" is already used").size(), std::size_t(1));
        QCOMPARE(matching(pg, "\"album\" is already used by table album").size(), std::size_t(1));
        // SQLite: unique constraints get automatic index names; only the index
        // named like a table collides.
        const auto lite = validateModel(md, Dialect::SQLite);
        QCOMPARE(matching(lite, "is already used").size(), std::size_t(1));
    }

    void conventionNamesTakePartInDuplicates()
    {
        MetaData md = sample();
        md.naming = NamingConvention();  // ix_%(column_0_label)s
        md.tables[1].indexes[0].name.clear();
        Index second;
        second.elements = {IndexElement::ofColumn("artist_id")};
        md.tables[1].indexes.push_back(second);
        const auto problems = validateModel(md, Dialect::PostgreSQL);
        const auto hits = matching(problems, "\"ix_album_artist_id\" is already used");
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits[0].index, 1);
    }

    void duplicateConstraintNamesInATable()
    {
        MetaData md = sample();
        md.tables[1].foreignKeys[0].name = "dup";
        md.tables[1].checkConstraints.push_back({"dup", "id > 0"});
        QCOMPARE(matching(validateModel(md, Dialect::PostgreSQL), "Another constraint").size(),
                 std::size_t(1));
    }

    void identityNeedsAnIntegerColumn()
    {
        MetaData md = sample();
        md.tables[0].columns[1].identity = Identity{};
        const auto problems = validateModel(md, Dialect::PostgreSQL);
        QCOMPARE(matching(problems, "identity column must be").size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSchemaValidator)
#include "test_schema_validator.moc"
