// Replay against the real thing on PostgreSQL: the Pagila history
// (tests/fixtures/migrations/pagila, generated once by Alembic 1.8 from the
// reflected fixture, see its README) is upgraded to head by Stratum's
// migrator on a fresh database; the reflected database must equal the schema
// that replaying the same revisions gives in memory, and so at every
// revision on the way. The reflected Pagila model also round-trips through
// the model file.
#include "ReplayCompare.h"
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/ScriptOperations.h"
#include "core/migrate/state/SchemaReplay.h"
#include "core/schema/ModelFile.h"
#include "tests/pg/schema/PgTestDatabase.h"
#include "tests/unit/schema/ModelDiff.h"

#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;
using stratum::schema::Dialect;

class TestPgMigrateReplay : public QObject
{
    Q_OBJECT
private slots:
    void pagilaReplayEqualsTheUpgradedDatabase()
    {
        ScriptDirectory::Location location;
        location.scriptLocation =
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/migrations/pagila");
        location.useCache = false;
        Result<ScriptDirectory> scripts = ScriptDirectory::load(location);
        QVERIFY(scripts.ok());
        QCOMPARE(scripts->revisions().size(), 4);
        Result<RevisionGraph> graph = scripts->strictGraph();
        QVERIFY(graph.ok());

        schema::test::PgTestDatabase db;
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
        ScriptOperations operations(*graph, Dialect::PostgreSQL);
        const QStringList steps = {QStringLiteral("pagila0001"), QStringLiteral("pagila0002"),
                                   QStringLiteral("pagila0003"), QStringLiteral("head")};
        for (const QString &target : steps) {
            Migrator migrator(*graph, db.connection(), Dialect::PostgreSQL, operations);
            Result<MigrationRun> run = migrator.upgrade(target);
            QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().toString()));

            auto reflected = db.reflect();
            QVERIFY(reflected.ok());
            schema::MetaData actual = reflected->metadata;
            std::erase_if(actual.tables, [](const schema::Table &t) {
                return t.name == QLatin1String("alembic_version");
            });
            Result<SchemaState> state =
                schemaStateAtRevision(*scripts, target, Dialect::PostgreSQL);
            QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().toString()));
            const schema::MetaData expected = test::structure(state->metadata);
            const schema::MetaData got = test::structure(actual);
            QVERIFY2(expected == got, qPrintable(target + QStringLiteral(": ") +
                                                 schema::test::firstDifference(expected, got)));
            if (target == QLatin1String("head")) {
                // 4 revisions; the one UPDATE run by op.execute is the only warning
                QCOMPARE(state->revisions.size(), 4);
                QCOMPARE(state->warnings.size(), 1);
                QVERIFY(state->warnings[0].message.contains(QLatin1String("op.execute")));
                QCOMPARE(expected.tables.size(),
                         size_t(70));  // Pagila's partitions are plain tables here
                const schema::Table *actor = expected.table({}, QStringLiteral("actor"));
                QVERIFY(actor && actor->column(QStringLiteral("given_name")));
                QVERIFY(expected.table({}, QStringLiteral("genre")));
                QVERIFY(!expected.table({}, QStringLiteral("category")));
                QCOMPARE(expected.enums.size(), size_t(1));
                // the comparison covers keys, indexes and types, not just names
                size_t foreignKeys = 0;
                for (const schema::Table &t : expected.tables)
                    foreignKeys += t.foreignKeys.size();
                QVERIFY(foreignKeys > 20);
                QCOMPARE(actor->indexes.size(), size_t(1));
                QCOMPARE(actor->indexes[0].name, QStringLiteral("ix_actor_names"));
                QCOMPARE(actor->comment, QStringLiteral("People who act in films"));
                const schema::Table *language = expected.table({}, QStringLiteral("language"));
                QCOMPARE(language->uniqueConstraints.size(), size_t(1));
                const schema::Table *address = expected.table({}, QStringLiteral("address"));
                QVERIFY(!address->column(QStringLiteral("address2")));
                QVERIFY(!address->column(QStringLiteral("postal_code"))->nullable);
                QCOMPARE(expected.table({}, QStringLiteral("film"))
                             ->column(QStringLiteral("description"))
                             ->type,
                         schema::ColumnType::string(2000));
            }
        }

        // Pagila's reflected model through the model file: same bytes, same model
        auto reflected = db.reflect();
        QVERIFY(reflected.ok());
        schema::ModelDocument doc;
        doc.metadata = reflected->metadata;
        doc.setPosition({}, QStringLiteral("film"), 12.5, 80);
        const QByteArray text = schema::ModelFile::serialize(doc);
        Result<schema::ModelDocument> read = schema::ModelFile::parse(text);
        QVERIFY(read.ok());
        QVERIFY(read->metadata == reflected->metadata.canonical());
        QCOMPARE(schema::ModelFile::serialize(*read), text);
    }
};

QTEST_GUILESS_MAIN(TestPgMigrateReplay)
#include "test_pg_migrate_replay.moc"
