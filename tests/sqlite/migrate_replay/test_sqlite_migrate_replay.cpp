// Replay against the real thing on SQLite: the Chinook history
// (tests/fixtures/migrations/chinook, generated once by Alembic 1.8 from the
// fixture reflected by SQLAlchemy 1.4, see its README; the last revision uses
// batch mode) upgraded revision by revision by Stratum's migrator; at each
// one the reflected database equals the schema replayed in memory.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/ScriptOperations.h"
#include "core/migrate/state/SchemaReplay.h"
#include "core/schema/Inspector.h"
#include "tests/pg/migrate_replay/ReplayCompare.h"
#include "tests/unit/schema/ModelDiff.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::migrate;
using stratum::schema::Dialect;

class TestSqliteMigrateReplay : public QObject
{
    Q_OBJECT
private slots:
    void chinookReplayEqualsTheUpgradedDatabase()
    {
        ScriptDirectory::Location location;
        location.scriptLocation =
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/migrations/chinook");
        location.useCache = false;
        Result<ScriptDirectory> scripts = ScriptDirectory::load(location);
        QVERIFY(scripts.ok());
        QCOMPARE(scripts->revisions().size(), 4);
        Result<RevisionGraph> graph = scripts->strictGraph();
        QVERIFY(graph.ok());

        QTemporaryDir dir;
        auto url = config::Url::parse(QStringLiteral("sqlite:///") + dir.filePath("chinook.db"));
        QVERIFY(url.ok());
        auto driver = engine::Driver::create(*url);
        QVERIFY(driver.ok());
        auto connection = driver.value()->connect();
        QVERIFY(connection.ok());
        ScriptOperations operations(*graph, Dialect::SQLite);
        for (const QString &target : {QStringLiteral("chinook0001"), QStringLiteral("chinook0002"),
                                      QStringLiteral("chinook0003"), QStringLiteral("head")}) {
            Migrator migrator(*graph, *connection.value(), Dialect::SQLite, operations);
            Result<MigrationRun> run = migrator.upgrade(target);
            QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().toString()));
            auto reflected = schema::Inspector(*connection.value(), Dialect::SQLite).reflect();
            QVERIFY(reflected.ok());
            schema::MetaData actual = reflected->metadata;
            std::erase_if(actual.tables, [](const schema::Table &t) {
                return t.name == QLatin1String("alembic_version");
            });
            Result<SchemaState> state = schemaStateAtRevision(*scripts, target, Dialect::SQLite);
            QVERIFY(state.ok());
            const schema::MetaData expected = test::structure(state->metadata);
            const schema::MetaData got = test::structure(actual);
            QVERIFY2(expected == got, qPrintable(target + QStringLiteral(": ") +
                                                 schema::test::firstDifference(expected, got)));
            if (target == QLatin1String("head")) {
                QCOMPARE(expected.tables.size(), size_t(11));
                QCOMPARE(state->warnings.size(), 1);  // the UPDATE run by op.execute
                const schema::Table *customer = expected.table({}, QStringLiteral("Customer"));
                QVERIFY(customer->column(QStringLiteral("CompanyName")));
                QVERIFY(customer->column(QStringLiteral("Loyalty")));
                QVERIFY(!customer->column(QStringLiteral("Fax")));
                QCOMPARE(customer->foreignKeys.size(), size_t(1));  // kept by the batch copy
                const schema::Table *playlistTrack =
                    expected.table({}, QStringLiteral("PlaylistTrack"));
                QCOMPARE(playlistTrack->foreignKeys.size(), size_t(2));
                QVERIFY(expected.table({}, QStringLiteral("Playlists")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSqliteMigrateReplay)
#include "test_sqlite_migrate_replay.moc"
