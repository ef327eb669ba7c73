// The demo workspace on real SQLite files: what it contains, that it is the
// same every time and everywhere, that it survives interruption, and that
// Stratum's migrator can apply what it leaves pending.
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/demo/DemoData.h"
#include "core/migrate/demo/DemoMigrations.h"
#include "core/migrate/demo/DemoRevisions.h"
#include "core/migrate/demo/DemoWorkspace.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/pyread/Module.h"
#include "core/schema/MetaDataJson.h"
#include "tests/sqlite/demo/DemoTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::migrate;
using namespace demotest;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsEveryFile();
    void templatesAreUnchanged();
    void historyHasBranchAndMerge();
    void scriptsAreInterpretable();
    void databaseIsBetweenBranchPointAndMerge();
    void rowCounts();
    void modelFileIsTheHeadSchema();
    void ensureTwiceChangesNothing();
    void identicalInTwoFolders();
    void rebuildsMissingDatabase();
    void rebuildsPartialMarker();
    void rebuildsOutdatedMarker();
    void removesLeftoverStagingFolder();
    void refusesForeignFolder();
    void cancelLeavesNothing();
    void migratorAppliesPendingRevisions();
    void inspectAndRecreate();

private:
    QTemporaryDir m_tmp;
    QString m_folder;
    DemoWorkspaceInfo m_info;
    QByteArray m_dataHash;
};

void TestDemoWorkspace::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_folder = m_tmp.filePath(QStringLiteral("data/demo"));
    QList<int> steps;
    QElapsedTimer timer;
    timer.start();
    Result<DemoWorkspaceInfo> info =
        DemoWorkspace::ensure(m_folder, [&](int step, int total, const QString &) {
            QCOMPARE(total, 5);
            steps << step;
        });
    QVERIFY2(info.ok(), why(info).constData());
    qInfo("created in %lld ms", qint64(timer.elapsed()));
    m_info = info.value();
    QVERIFY(m_info.created);
    QVERIFY(steps.contains(0) && steps.contains(5));
    QVERIFY(std::is_sorted(steps.begin(), steps.end()));
    m_dataHash = dataHash(m_info.databaseFile);
}

void TestDemoWorkspace::createsEveryFile()
{
    QCOMPARE(m_info.folder, QDir::cleanPath(m_folder));
    for (const QString &f : {m_info.alembicIni, m_info.databaseFile, m_info.modelFile,
                             m_info.modelsPy, m_info.scriptDirectory + QStringLiteral("/env.py"),
                             m_info.scriptDirectory + QStringLiteral("/script.py.mako"),
                             m_folder + QStringLiteral("/.stratum-demo.json")})
        QVERIFY2(QFileInfo(f).isFile(), qPrintable(f));
    const QStringList scripts =
        QDir(m_info.versionsDirectory).entryList({QStringLiteral("*.py")}, QDir::Files);
    QCOMPARE(scripts.size(), DemoRevisions::revisionIds().size());
    QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral(".partial")));
    QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral(".lock")));
    QVERIFY(!QFileInfo::exists(m_folder + QStringLiteral("/.stratum-demo.partial")));
    QCOMPARE(m_info.url.dialect(), QStringLiteral("sqlite"));
    QCOMPARE(m_info.url.sqliteFilePath(QString()), m_info.databaseFile);

    QFile ini(m_info.alembicIni);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(ini.readAll().contains("sqlalchemy.url = sqlite:///%(here)s/demo.db"));
}

// The demo's alembic.ini, env.py, script.py.mako and README are derived from
// `alembic init`'s templates (InitTemplates); this pins them byte for byte.
void TestDemoWorkspace::templatesAreUnchanged()
{
    const QString expected = QStringLiteral(STRATUM_SOURCE_DIR "/tests/sqlite/demo/expected/");
    const QList<std::pair<QString, QString>> files = {
        {m_info.alembicIni, QStringLiteral("alembic.ini")},
        {m_info.scriptDirectory + QStringLiteral("/env.py"), QStringLiteral("env.py")},
        {m_info.scriptDirectory + QStringLiteral("/script.py.mako"),
         QStringLiteral("script.py.mako")},
        {m_info.scriptDirectory + QStringLiteral("/README"), QStringLiteral("README")}};
    for (const auto &[written, name] : files) {
        QFile a(written);
        QFile b(expected + name);
        QVERIFY2(a.open(QIODevice::ReadOnly), qPrintable(written));
        QVERIFY2(b.open(QIODevice::ReadOnly), qPrintable(b.fileName()));
        QCOMPARE(QString::fromUtf8(a.readAll()), QString::fromUtf8(b.readAll()));
    }
}

void TestDemoWorkspace::historyHasBranchAndMerge()
{
    Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(m_info.alembicIni);
    QVERIFY2(scripts.ok(), why(scripts).constData());
    QVERIFY(scripts->errors().isEmpty());
    Result<RevisionGraph> graph = scripts->strictGraph();
    QVERIFY2(graph.ok(), why(graph).constData());
    QVERIFY(graph->size() >= 6);
    int branchPoints = 0, merges = 0;
    for (int i = 0; i < graph->size(); ++i) {
        branchPoints += graph->isBranchPoint(i);
        merges += graph->isMergePoint(i);
        QVERIFY(!graph->revision(i).createDate.isEmpty());
    }
    QCOMPARE(branchPoints, 1);
    QCOMPARE(merges, 1);
    QCOMPARE(graph->heads().size(), 1);
    QCOMPARE(graph->id(graph->heads().first()), DemoRevisions::headRevision());
    QCOMPARE(m_info.headRevisions, QStringList{DemoRevisions::headRevision()});
}

void TestDemoWorkspace::scriptsAreInterpretable()
{
    const QStringList scripts =
        QDir(m_info.versionsDirectory).entryList({QStringLiteral("*.py")}, QDir::Files);
    int drops = 0, batches = 0, indexes = 0;
    for (const QString &name : scripts) {
        const QString path = QDir(m_info.versionsDirectory).filePath(name);
        Result<pyread::Module> module = pyread::Module::parseFile(path);
        QVERIFY2(module.ok(), why(module).constData());
        Result<RevisionOperations> ops = interpretRevision(module.value(), path);
        QVERIFY2(ops.ok(), why(ops).constData());
        QVERIFY2(ops->unsupportedUpgrade.isEmpty(), qPrintable(path));
        QVERIFY2(ops->unsupportedDowngrade.isEmpty(), qPrintable(path));
        for (const Operation &op : ops->upgrade) {
            indexes += op.kind() == OperationKind::CreateIndex;
            if (const BatchAlterTableOp *b = op.as<BatchAlterTableOp>()) {
                ++batches;
                for (const Operation &inner : b->operations)
                    drops += inner.kind() == OperationKind::DropColumn;
            }
        }
    }
    QVERIFY(batches >= 2);
    QVERIFY(indexes >= 2);
    QCOMPARE(drops, 1);  // the destructive step the lint warns about
}

void TestDemoWorkspace::databaseIsBetweenBranchPointAndMerge()
{
    QCOMPARE(m_info.currentRevisions, QStringList{DemoRevisions::databaseRevision()});
    QVERIFY(!m_info.headRevisions.contains(m_info.currentRevisions.first()));
    Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(m_info.alembicIni);
    QVERIFY(scripts.ok());
    Result<RevisionGraph> graph = scripts->graph();
    QVERIFY(graph.ok());
    const int current = graph->indexOf(m_info.currentRevisions.first());
    QVERIFY(current >= 0);
    QVERIFY(!graph->isHead(current));
    const QList<int> applied = graph->ancestors({current});
    bool pastBranchPoint = false, pastMerge = false;
    for (int i : applied) {
        pastBranchPoint |= graph->isBranchPoint(i);
        pastMerge |= graph->isMergePoint(i);
    }
    QVERIFY(pastBranchPoint);
    QVERIFY(!pastMerge);
    QCOMPARE(graph->size() - applied.size(), 4);  // the other branch, the merge and two more
}

void TestDemoWorkspace::rowCounts()
{
    Db db = open(m_info.databaseFile);
    engine::DriverConnection &c = db.handle.driver();
    QCOMPARE(count(c, QStringLiteral("genres")), qint64(DemoData::kGenres));
    QCOMPARE(count(c, QStringLiteral("authors")), qint64(DemoData::kAuthors));
    QCOMPARE(count(c, QStringLiteral("books")), qint64(DemoData::kBooks));
    QCOMPARE(count(c, QStringLiteral("customers")), qint64(DemoData::kCustomers));
    QCOMPARE(count(c, QStringLiteral("orders")), qint64(DemoData::kOrders));
    const qint64 items = count(c, QStringLiteral("order_items"));
    QVERIFY2(items > 30000 && items < 50000, qPrintable(QString::number(items)));
    QVERIFY(rows(c, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    QCOMPARE(rows(c, QStringLiteral("PRAGMA integrity_check")).value(0).value(0),
             QStringLiteral("ok"));
    // Every order has at least one item, and unique values are unique.
    QCOMPARE(rows(c, QStringLiteral("SELECT COUNT(DISTINCT order_id) FROM order_items"))[0][0],
             QString::number(DemoData::kOrders));
    QCOMPARE(rows(c, QStringLiteral("SELECT COUNT(DISTINCT isbn) FROM books"))[0][0],
             QString::number(DemoData::kBooks));
    // Tables that later revisions create are not there yet.
    QVERIFY(rows(c, QStringLiteral("SELECT name FROM sqlite_schema WHERE name IN "
                                   "('reviews', 'order_totals')"))
                .isEmpty());
}

void TestDemoWorkspace::modelFileIsTheHeadSchema()
{
    QFile f(m_info.modelFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Result<schema::MetaData> model = schema::MetaDataJson::parse(f.readAll());
    QVERIFY2(model.ok(), why(model).constData());
    QStringList tables;
    for (const schema::Table &t : model->tables)
        tables << t.name;
    QCOMPARE(tables, (QStringList{QStringLiteral("authors"), QStringLiteral("books"),
                                  QStringLiteral("customers"), QStringLiteral("genres"),
                                  QStringLiteral("order_items"), QStringLiteral("orders"),
                                  QStringLiteral("reviews")}));
    QVERIFY(model->table({}, QStringLiteral("books"))->column(QStringLiteral("genre_id")));
    QVERIFY(
        model->table({}, QStringLiteral("customers"))->column(QStringLiteral("loyalty_points")));
    QVERIFY(
        !model->table({}, QStringLiteral("order_items"))->column(QStringLiteral("discount_pct")));
    QCOMPARE(model->views.size(), size_t(1));
    QCOMPARE(model->views.front().name, QStringLiteral("order_totals"));
    QCOMPARE(model->naming.templateFor(QStringLiteral("fk")),
             QStringLiteral("fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"));

    // models.py speaks of the same tables.
    QFile py(m_info.modelsPy);
    QVERIFY(py.open(QIODevice::ReadOnly));
    const QByteArray text = py.readAll();
    for (const QString &t : tables)
        QVERIFY2(text.contains("__tablename__ = \"" + t.toUtf8() + '"'), qPrintable(t));
    QVERIFY(pyread::Module::parse(QString::fromUtf8(text)).ok());
}

void TestDemoWorkspace::ensureTwiceChangesNothing()
{
    const QMap<QString, QByteArray> before = fileHashes(m_folder);
    const QDateTime modified = QFileInfo(m_info.databaseFile).lastModified();
    Result<DemoWorkspaceInfo> again = DemoWorkspace::ensure(m_folder);
    QVERIFY2(again.ok(), why(again).constData());
    QVERIFY(!again->created);
    QCOMPARE(again->currentRevisions, m_info.currentRevisions);
    QCOMPARE(again->headRevisions, m_info.headRevisions);
    QCOMPARE(fileHashes(m_folder), before);  // demo.db included: byte-identical
    QCOMPARE(QFileInfo(m_info.databaseFile).lastModified(), modified);
    QCOMPARE(dataHash(m_info.databaseFile), m_dataHash);
}

void TestDemoWorkspace::identicalInTwoFolders()
{
    QTemporaryDir other;
    const QString folder = other.filePath(QStringLiteral("elsewhere/demo copy"));
    Result<DemoWorkspaceInfo> info = DemoWorkspace::ensure(folder);
    QVERIFY2(info.ok(), why(info).constData());
    const QStringList db{DemoRevisions::databaseFile()};
    QCOMPARE(fileHashes(folder, db), fileHashes(m_folder, db));
    QCOMPARE(dataHash(info->databaseFile), m_dataHash);
}

void TestDemoWorkspace::rebuildsMissingDatabase()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("demo"));
    QVERIFY(DemoWorkspace::ensure(folder).ok());
    QVERIFY(QFile::remove(folder + QStringLiteral("/demo.db")));
    Result<DemoWorkspaceInfo> info = DemoWorkspace::ensure(folder);
    QVERIFY2(info.ok(), why(info).constData());
    QVERIFY(info->created);
    QCOMPARE(dataHash(info->databaseFile), m_dataHash);
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".old")));

    // A damaged (truncated) database is rebuilt too.
    QFile db(info->databaseFile);
    QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
    db.write("not a database");
    db.close();
    info = DemoWorkspace::ensure(folder);
    QVERIFY2(info.ok(), why(info).constData());
    QVERIFY(info->created);
    QCOMPARE(dataHash(info->databaseFile), m_dataHash);
}

void TestDemoWorkspace::rebuildsPartialMarker()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("demo"));
    QVERIFY(DemoWorkspace::ensure(folder).ok());
    // As an interrupted build leaves its folder: the partial marker, no final marker.
    QFile partial(folder + QStringLiteral("/.stratum-demo.partial"));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.close();
    QVERIFY(QFile::remove(folder + QStringLiteral("/.stratum-demo.json")));
    QVERIFY(QFile::remove(folder + QStringLiteral("/model.stratum.json")));
    Result<DemoWorkspaceInfo> info = DemoWorkspace::ensure(folder);
    QVERIFY2(info.ok(), why(info).constData());
    QVERIFY(info->created);
    QVERIFY(!partial.exists());
    QCOMPARE(fileHashes(folder, {DemoRevisions::databaseFile()}),
             fileHashes(m_folder, {DemoRevisions::databaseFile()}));
}

void TestDemoWorkspace::rebuildsOutdatedMarker()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("demo"));
    QVERIFY(DemoWorkspace::ensure(folder).ok());
    QFile marker(folder + QStringLiteral("/.stratum-demo.json"));
    QVERIFY(marker.open(QIODevice::WriteOnly | QIODevice::Truncate));
    marker.write("{\"format\": 0}\n");
    marker.close();
    QVERIFY(QFile::remove(folder + QStringLiteral("/migrations/env.py")));
    Result<DemoWorkspaceInfo> info = DemoWorkspace::ensure(folder);
    QVERIFY2(info.ok(), why(info).constData());
    QVERIFY(info->created);
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/migrations/env.py")));
}

void TestDemoWorkspace::removesLeftoverStagingFolder()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("demo"));
    // A build killed half-way: staging folder with its partial marker and some files.
    QVERIFY(QDir().mkpath(folder + QStringLiteral(".partial/migrations/versions")));
    QFile partial(folder + QStringLiteral(".partial/.stratum-demo.partial"));
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.close();
    QFile half(folder + QStringLiteral(".partial/demo.db"));
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write("half");
    half.close();
    Result<DemoWorkspaceInfo> info = DemoWorkspace::ensure(folder);
    QVERIFY2(info.ok(), why(info).constData());
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".partial")));
    QCOMPARE(dataHash(info->databaseFile), m_dataHash);
}

void TestDemoWorkspace::refusesForeignFolder()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("project"));
    QVERIFY(QDir().mkpath(folder));
    QFile mine(folder + QStringLiteral("/notes.txt"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("my own file");
    mine.close();
    for (bool reset : {false, true}) {
        Result<DemoWorkspaceInfo> info =
            reset ? DemoWorkspace::recreate(folder) : DemoWorkspace::ensure(folder);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("foreign"));
        QVERIFY(info.error().message.contains(QStringLiteral("not a Stratum demo workspace")));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("notes.txt")});
    }
    QVERIFY(!DemoWorkspace::inspect(folder).ok());
}

void TestDemoWorkspace::cancelLeavesNothing()
{
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("demo"));
    for (int cancelAt : {0, 1, 2, 3}) {
        std::atomic<bool> cancel{false};
        Result<DemoWorkspaceInfo> info = DemoWorkspace::ensure(
            folder,
            [&](int step, int, const QString &) {
                if (step >= cancelAt)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("cancelled"));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral(".partial")));
    }
    // A cancelled reset keeps the existing workspace as it was.
    QVERIFY(DemoWorkspace::ensure(folder).ok());
    std::atomic<bool> cancel{false};
    Result<DemoWorkspaceInfo> reset = DemoWorkspace::recreate(
        folder, [&](int step, int, const QString &) { cancel = step >= 2; }, &cancel);
    QVERIFY(!reset.ok());
    QCOMPARE(reset.error().code, QStringLiteral("cancelled"));
    QVERIFY(DemoWorkspace::inspect(folder).ok());
}

void TestDemoWorkspace::migratorAppliesPendingRevisions()
{
    // Work on a copy: upgrade to head with Stratum's migrator, then back.
    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("demo"));
    QVERIFY(DemoWorkspace::ensure(folder).ok());
    Db db = open(folder + QStringLiteral("/demo.db"), false);
    engine::DriverConnection &c = db.handle.driver();
    const qint64 items = count(c, QStringLiteral("order_items"));
    const QString ini = folder + QStringLiteral("/alembic.ini");

    Status up = DemoMigrations::upgrade(c, ini, QStringLiteral("heads"), nullptr);
    QVERIFY2(up.ok(), why(up).constData());
    QCOMPARE(rows(c, QStringLiteral("SELECT version_num FROM alembic_version")),
             QList<QStringList>{{DemoRevisions::headRevision()}});
    QCOMPARE(count(c, QStringLiteral("order_items")), items);
    QCOMPARE(count(c, QStringLiteral("customers")), qint64(DemoData::kCustomers));
    QCOMPARE(count(c, QStringLiteral("order_totals")), qint64(DemoData::kOrders));
    QCOMPARE(count(c, QStringLiteral("reviews")), qint64(0));
    QVERIFY(rows(c, QStringLiteral("SELECT 1 FROM pragma_table_info('order_items') "
                                   "WHERE name = 'discount_pct'"))
                .isEmpty());
    QVERIFY(rows(c, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

    // Back to the branch tip: as in Alembic, the other branch's tip stays applied.
    const QString loyalty = QStringLiteral("e2a6b8d0c347");
    Status down = DemoMigrations::downgrade(c, ini, DemoRevisions::databaseRevision(), nullptr);
    QVERIFY2(down.ok(), why(down).constData());
    QCOMPARE(rows(c, QStringLiteral("SELECT version_num FROM alembic_version ORDER BY 1")),
             (QList<QStringList>{{DemoRevisions::databaseRevision()}, {loyalty}}));
    QCOMPARE(count(c, QStringLiteral("order_items")), items);

    // Below the branch point: both branches' batch copies of tables that
    // others refer to (books, customers), with their rows.
    down = DemoMigrations::downgrade(c, ini, QStringLiteral("b5e8a2c4d691"), nullptr);
    QVERIFY2(down.ok(), why(down).constData());
    QCOMPARE(rows(c, QStringLiteral("SELECT version_num FROM alembic_version")),
             QList<QStringList>{{QStringLiteral("b5e8a2c4d691")}});
    QCOMPARE(count(c, QStringLiteral("books")), qint64(DemoData::kBooks));
    QCOMPARE(count(c, QStringLiteral("customers")), qint64(DemoData::kCustomers));
    QCOMPARE(count(c, QStringLiteral("order_items")), items);
    QVERIFY(
        rows(c, QStringLiteral("SELECT 1 FROM pragma_table_info('books') WHERE name = 'genre_id'"))
            .isEmpty());
    QVERIFY(rows(c, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    QCOMPARE(rows(c, QStringLiteral("PRAGMA foreign_keys")).value(0).value(0), QStringLiteral("1"));
}

void TestDemoWorkspace::inspectAndRecreate()
{
    Result<DemoWorkspaceInfo> seen = DemoWorkspace::inspect(m_folder);
    QVERIFY2(seen.ok(), why(seen).constData());
    QVERIFY(!seen->created);
    QCOMPARE(seen->databaseFile, m_info.databaseFile);

    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("demo"));
    QVERIFY(DemoWorkspace::ensure(folder).ok());
    // The user played: the database was upgraded to head; a reset undoes that.
    {
        Db db = open(folder + QStringLiteral("/demo.db"), false);
        QVERIFY(DemoMigrations::upgrade(db.handle.driver(), folder + QStringLiteral("/alembic.ini"),
                                        QStringLiteral("heads"), nullptr)
                    .ok());
    }
    Result<DemoWorkspaceInfo> played = DemoWorkspace::ensure(folder);
    QVERIFY(played.ok());
    QVERIFY(!played->created);  // ensure keeps the user's changes
    QCOMPARE(played->currentRevisions, QStringList{DemoRevisions::headRevision()});
    Result<DemoWorkspaceInfo> reset = DemoWorkspace::recreate(folder);
    QVERIFY2(reset.ok(), why(reset).constData());
    QVERIFY(reset->created);
    QCOMPARE(reset->currentRevisions, QStringList{DemoRevisions::databaseRevision()});
    QCOMPARE(dataHash(reset->databaseFile), m_dataHash);
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "test_demo_workspace.moc"
