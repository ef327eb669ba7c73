// The version table and stamp on real SQLite files, and the offline (--sql)
// layout, for revisions without operations. Head bookkeeping follows
// Alembic's HeadMaintainer across a branch and a merge.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/DriverConnection.h"
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/run/HeadMaintainer.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/OfflineScript.h"
#include "core/migrate/run/VersionTable.h"
#include "core/migrate/write/RevisionWriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace stratum;
using namespace stratum::migrate;

namespace {

// The revisions here are all "pass": no operations to run or render. (A
// test double for pure orchestration logic; the real StepOperations is
// exercised by the upgrade tests.)
class NoOperations : public StepOperations
{
public:
    Status check(const MigrationStep &) override { return Ok{}; }
    Status execute(const MigrationStep &step, engine::DriverConnection &) override
    {
        executed << step.revisionId;
        return Ok{};
    }
    Result<QStringList> render(const MigrationStep &) override { return QStringList(); }
    QStringList executed;
};

QStringList sorted(QStringList l)
{
    std::sort(l.begin(), l.end());
    return l;
}

}  // namespace

class TestSqliteVersionTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    RevisionGraph m_graph;

    // a -> b; c (own base, label "other"); d merges b and c.
    void writeHistory()
    {
        const QString versions = m_tmp.filePath(QStringLiteral("m/versions"));
        QVERIFY(QDir().mkpath(versions));
        RevisionWriterConfig config;
        config.versionDirectories = {versions};
        struct Spec
        {
            const char *id;
            QStringList heads;
            QStringList labels;
        };
        const Spec specs[] = {
            {"aaaaaaaaaaaa", {QStringLiteral("base")}, {}},
            {"bbbbbbbbbbbb", {QStringLiteral("aaaaaaaaaaaa")}, {}},
            {"cccccccccccc", {QStringLiteral("base")}, {QStringLiteral("other")}},
            {"dddddddddddd", {QStringLiteral("bbbbbbbbbbbb"), QStringLiteral("cccccccccccc")}, {}},
        };
        for (const Spec &s : specs) {
            ScriptDirectory::Location loc;
            loc.scriptLocation = m_tmp.filePath(QStringLiteral("m"));
            Result<ScriptDirectory> dir = ScriptDirectory::load(loc);
            QVERIFY(dir);
            Result<RevisionGraph> g = dir->strictGraph();
            QVERIFY(g);
            RevisionRequest req;
            req.revisionId = QLatin1String(s.id);
            req.message = QStringLiteral("rev %1").arg(QLatin1String(s.id).left(1));
            req.heads = s.heads;
            req.branchLabels = s.labels;
            Result<Revision> written = RevisionWriter(g.value(), config).write(req);
            QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        }
        ScriptDirectory::Location loc;
        loc.scriptLocation = m_tmp.filePath(QStringLiteral("m"));
        Result<ScriptDirectory> dir = ScriptDirectory::load(loc);
        QVERIFY(dir);
        Result<RevisionGraph> g = dir->strictGraph();
        QVERIFY(g);
        m_graph = g.value();
    }

    std::unique_ptr<engine::DriverConnection> open(const QString &name)
    {
        Result<config::Url> url =
            config::Url::parse(QStringLiteral("sqlite:///") + m_tmp.filePath(name));
        if (!url)
            return {};
        Result<std::unique_ptr<engine::Driver>> driver = engine::Driver::create(url.value());
        if (!driver)
            return {};
        Result<std::unique_ptr<engine::DriverConnection>> c = driver.value()->connect();
        return c ? std::move(c.value()) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        writeHistory();
        QCOMPARE(m_graph.size(), 4);
    }

    void statementsAsAlembicPrintsThem()
    {
        const VersionTable pg(schema::Dialect::PostgreSQL);
        QCOMPARE(pg.createSql(), QStringLiteral("CREATE TABLE alembic_version (\n"
                                                "    version_num VARCHAR(32) NOT NULL, \n"
                                                "    CONSTRAINT alembic_version_pkc PRIMARY KEY "
                                                "(version_num)\n)"));
        QCOMPARE(pg.insertSql(QStringLiteral("e25fa8485639"), true),
                 QStringLiteral("INSERT INTO alembic_version (version_num) VALUES "
                                "('e25fa8485639') RETURNING alembic_version.version_num"));
        QCOMPARE(pg.updateSql(QStringLiteral("a1"), QStringLiteral("b2")),
                 QStringLiteral("UPDATE alembic_version SET version_num='b2' WHERE "
                                "alembic_version.version_num = 'a1'"));
        QCOMPARE(pg.deleteSql(QStringLiteral("a1")),
                 QStringLiteral("DELETE FROM alembic_version WHERE "
                                "alembic_version.version_num = 'a1'"));
        const VersionTable lite(schema::Dialect::SQLite);
        QCOMPARE(lite.insertSql(QStringLiteral("x"), true),
                 QStringLiteral("INSERT INTO alembic_version (version_num) VALUES ('x')"));
        // SQLAlchemy 1.4's text for a custom table in a schema that needs quoting.
        const VersionTable custom(schema::Dialect::PostgreSQL, QStringLiteral("versions"),
                                  QStringLiteral("My Schema"));
        QCOMPARE(custom.updateSql(QStringLiteral("a"), QStringLiteral("b")),
                 QStringLiteral("UPDATE \"My Schema\".versions SET version_num='b' WHERE "
                                "\"My Schema\".versions.version_num = 'a'"));
        QVERIFY(custom.createSql().contains(QStringLiteral("CONSTRAINT versions_pkc PRIMARY KEY")));
    }

    void stampAcrossBranchesAndMerge()
    {
        auto conn = open(QStringLiteral("stamp.db"));
        QVERIFY(conn);
        NoOperations ops;
        Migrator migrator(m_graph, *conn, schema::Dialect::SQLite, ops);
        QCOMPARE(migrator.currentHeads().value(), QStringList());
        Result<bool> exists = migrator.versionTable().exists(*conn);
        QVERIFY(exists && !exists.value());

        auto stamp = [&](const QStringList &to, bool purge = false) {
            Result<MigrationRun> r = migrator.stamp(to, purge);
            if (!r)
                qWarning() << r.error().toString();
            return r ? sorted(r->headsAfter) : QStringList{QStringLiteral("ERROR")};
        };
        auto stored = [&]() { return sorted(migrator.currentHeads().value()); };

        QCOMPARE(stamp({QStringLiteral("bbbbbbbbbbbb")}),
                 QStringList{QStringLiteral("bbbbbbbbbbbb")});
        QCOMPARE(stored(), QStringList{QStringLiteral("bbbbbbbbbbbb")});
        // Another branch's revision becomes a second head.
        QCOMPARE(stamp({QStringLiteral("cccc")}),
                 (QStringList{QStringLiteral("bbbbbbbbbbbb"), QStringLiteral("cccccccccccc")}));
        QCOMPARE(stored(),
                 (QStringList{QStringLiteral("bbbbbbbbbbbb"), QStringLiteral("cccccccccccc")}));
        // The merge point replaces both rows with one ("other@head" is the
        // head of the branch labelled "other", which the merge inherits).
        QCOMPARE(stamp({QStringLiteral("other@head")}),
                 QStringList{QStringLiteral("dddddddddddd")});
        QCOMPARE(stored(), QStringList{QStringLiteral("dddddddddddd")});
        // Down to a: one row.
        QCOMPARE(stamp({QStringLiteral("aaaa")}), QStringList{QStringLiteral("aaaaaaaaaaaa")});
        QCOMPARE(stored(), QStringList{QStringLiteral("aaaaaaaaaaaa")});
        QCOMPARE(stamp({QStringLiteral("base")}), QStringList());
        QCOMPARE(stored(), QStringList());
        // --purge empties whatever is there, even an unknown id.
        QVERIFY(
            conn->execute(QStringLiteral("INSERT INTO alembic_version VALUES ('ffffffffffff')")));
        Result<MigrationRun> unknown = migrator.stamp({QStringLiteral("head")});
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("ffffffffffff")));
        QCOMPARE(stamp({QStringLiteral("cccccccccccc")}, true),
                 QStringList{QStringLiteral("cccccccccccc")});
        QCOMPARE(stored(), QStringList{QStringLiteral("cccccccccccc")});
        QVERIFY(ops.executed.isEmpty());  // stamps run nothing
    }

    void offlineLayout()
    {
        NoOperations ops;
        OfflineScript offline(m_graph, schema::Dialect::PostgreSQL, ops);
        QStringList info;
        offline.setInfo([&](const QString &l) { info << l; });
        Result<QString> sql = offline.upgrade(QStringLiteral("heads"));
        QVERIFY2(sql, qPrintable(sql ? QString() : sql.error().toString()));
        const QString text = sql.value();
        QVERIFY(text.startsWith(QStringLiteral("BEGIN;\n\nCREATE TABLE alembic_version (\n")));
        QVERIFY(text.endsWith(QStringLiteral(
                    "UPDATE alembic_version SET version_num='dddddddddddd' WHERE "
                    "alembic_version.version_num = 'cccccccccccc';\n\nCOMMIT;\n\n")) ||
                text.endsWith(QStringLiteral(
                    "UPDATE alembic_version SET version_num='dddddddddddd' WHERE "
                    "alembic_version.version_num = 'bbbbbbbbbbbb';\n\nCOMMIT;\n\n")));
        QCOMPARE(text.count(QStringLiteral("-- Running upgrade ")), 4);
        QCOMPARE(text.count(QStringLiteral("INSERT INTO alembic_version")), 2);  // two bases
        QCOMPARE(text.count(QStringLiteral("DELETE FROM alembic_version")), 1);  // the merge
        QVERIFY(text.contains(QStringLiteral("-- Running upgrade  -> aaaaaaaaaaaa\n\n")));
        QVERIFY(info.contains(QStringLiteral("Generating static SQL")));
        QVERIFY(
            info.contains(QStringLiteral("Running upgrade aaaaaaaaaaaa -> bbbbbbbbbbbb, rev b")));

        // Downgrade needs a range; to base it drops the table again.
        QVERIFY(!offline.downgrade(QStringLiteral("base")));
        Result<QString> down = offline.downgrade(QStringLiteral("dddddddddddd:base"));
        QVERIFY2(down, qPrintable(down ? QString() : down.error().toString()));
        QVERIFY(down->endsWith(QStringLiteral("DROP TABLE alembic_version;\n\nCOMMIT;\n\n")));
        QVERIFY(!down->contains(QStringLiteral("CREATE TABLE")));

        // SQLite: no BEGIN/COMMIT (Alembic treats its DDL as non-transactional).
        OfflineScript lite(m_graph, schema::Dialect::SQLite, ops);
        Result<QString> stamp = lite.stamp({QStringLiteral("aaaaaaaaaaaa:bbbbbbbbbbbb")});
        QVERIFY(stamp);
        QCOMPARE(stamp.value(),
                 QStringLiteral("-- Running stamp_revision aaaaaaaaaaaa -> bbbbbbbbbbbb\n\n"
                                "UPDATE alembic_version SET version_num='bbbbbbbbbbbb' WHERE "
                                "alembic_version.version_num = 'aaaaaaaaaaaa';\n\n"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteVersionTable)
#include "test_sqlite_version_table.moc"
