#pragma once
// Shared helpers of the model editor's document tests (sources, export,
// Generate revision): Chinook on SQLite and PostgreSQL, a throwaway Alembic
// project, opening a model through DatabaseModelLoader, the edit the tests
// make, the review dialog's result, and upgrading with the core runner.

#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/Engine.h"
#include "core/migrate/RevisionReader.h"
#include "core/migrate/run/MigrationEnvironment.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/ScriptOperations.h"
#include "core/schema/Inspector.h"
#include "core/schema/MetaDataJson.h"
#include "tests/gui/migrations/MigrationsTestUtil.h"
#include "ui/migrations/AutogenerateReviewDialog.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/ModelSources.h"
#include "ui/model/RevisionGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace modeltest {

using namespace stratum;

using migtest::waitFor;

inline QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

inline QString fixture(const char *relative)
{
    return readFile(QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/") +
                    QLatin1String(relative));
}

// A connection of its own to url (no pool), or the error.
inline Result<std::unique_ptr<engine::DriverConnection>> connectTo(const QString &url)
{
    Result<config::Url> parsed = config::Url::parse(url);
    if (!parsed)
        return parsed.error();
    auto driver = engine::Driver::create(parsed.value());
    if (!driver)
        return driver.error();
    return driver.value()->connect();
}

inline QString run(engine::DriverConnection &c, const QStringList &statements)
{
    for (const QString &s : statements)
        if (auto r = c.execute(s); !r)
            return r.error().message + QStringLiteral("\n  in: ") + s.left(300);
    return {};
}

// Chinook loaded into a new SQLite file; empty on success.
inline QString loadChinookSqlite(const QString &path)
{
    const QString sql = fixture("chinook/Chinook_Sqlite.sql");
    if (sql.isEmpty())
        return QStringLiteral("no Chinook fixture");
    auto c = connectTo(QStringLiteral("sqlite:///") + path);
    if (!c)
        return c.error().message;
    return run(*c.value(), {QStringLiteral("BEGIN"), sql, QStringLiteral("COMMIT")});
}

inline Result<schema::MetaData> reflect(const QString &url, schema::Dialect dialect)
{
    auto c = connectTo(url);
    if (!c)
        return c.error();
    Result<schema::Reflection> r = schema::Inspector(*c.value(), dialect).reflect();
    if (!r)
        return r.error();
    return r->metadata;
}

inline std::shared_ptr<engine::Engine> engineFor(const QString &url)
{
    Result<config::Url> parsed = config::Url::parse(url);
    if (!parsed)
        return nullptr;
    auto e = engine::Engine::create(parsed.value());
    return e ? std::shared_ptr<engine::Engine>(std::move(e.value())) : nullptr;
}

// alembic.ini + migrations/versions (no revisions yet) in root; returns the
// ini's path.
inline QString writeProject(const QString &root, const QString &url)
{
    migtest::writeProject(root, url);
    return root + QStringLiteral("/alembic.ini");
}

// Compares the foreign keys of every reflected table with the model's;
// returns how many there are, or -1 with *error set.
inline int sameForeignKeys(const schema::MetaData &model, const schema::MetaData &reflected,
                           QString *error)
{
    int count = 0;
    for (const schema::Table &t : reflected.tables) {
        const schema::Table *mine = model.table(t.schema, t.name);
        if (!mine || mine->foreignKeys != t.foreignKeys) {
            *error = QStringLiteral("table %1 differs").arg(t.displayName());
            return -1;
        }
        count += int(t.foreignKeys.size());
    }
    return count;
}

// Opens the database model through DatabaseModelLoader (as the shell does).
inline Result<ui::OpenedModel> openFromDatabase(const QString &url, const QString &name,
                                                const QString &alembicIni = QString())
{
    ui::DatabaseModelLoader loader;
    QSignalSpy loaded(&loader, &ui::DatabaseModelLoader::loaded);
    QSignalSpy failed(&loader, &ui::DatabaseModelLoader::failed);
    loader.start(engineFor(url), name, alembicIni);
    QElapsedTimer t;
    t.start();
    while (loaded.isEmpty() && failed.isEmpty() && t.elapsed() < 120000)
        QTest::qWait(50);
    if (!failed.isEmpty()) {
        Error e;
        e.message = failed.first().first().toString();
        return e;
    }
    if (loaded.isEmpty()) {
        Error e;
        e.message = QStringLiteral("the loader did not finish");
        return e;
    }
    return loader.result();
}

// The edit the tests make: a nullable INTEGER column "rating" and the index
// ix_track_rating on it, in two undo steps.
inline void addRatingAndIndex(ui::EditableModelDocument &doc, const QString &key)
{
    schema::Table t = *doc.table(key);
    schema::Column rating;
    rating.name = QStringLiteral("rating");
    rating.type = schema::ColumnType::integer();
    t.columns.push_back(rating);
    doc.replaceTable(key, t, QStringLiteral("add column"));
    schema::Index index;
    index.name = QStringLiteral("ix_") + t.name + QStringLiteral("_rating");
    index.elements.push_back(schema::IndexElement::ofColumn(QStringLiteral("rating")));
    t.indexes.push_back(index);
    doc.replaceTable(key, t, QStringLiteral("add index"));
}

// The calls of operations, batch operations flattened and "batch_op." read
// as "op.", e.g. {"op.add_column", "op.create_index"}.
inline QStringList callsOf(const QList<migrate::Operation> &ops)
{
    QStringList calls;
    for (const migrate::Operation &op : ops) {
        if (const auto *batch = op.as<migrate::BatchAlterTableOp>()) {
            for (const migrate::Operation &inner : batch->operations)
                calls << QString(inner.call)
                             .replace(QLatin1String("batch_op."), QLatin1String("op."));
        } else {
            calls << op.call;
        }
    }
    return calls;
}

inline QStringList upgradeCalls(const migrate::RevisionOperations &ops)
{
    return callsOf(ops.upgrade);
}

// Runs Generate revision on doc against the project at ini (url: the
// database to compare with; empty: the project's), waits for the review,
// lets check(dialog) adjust it, writes the revision and returns it.
template <typename Check>
Result<migrate::Revision> generateAndWrite(ui::EditableModelDocument &doc, QWidget *parent,
                                           const QString &ini, const QString &url, Check check)
{
    ui::RevisionGenerator generator(&doc, parent);
    ui::MigrationSource project;
    project.title = QStringLiteral("test project");
    project.iniPath = ini;
    project.url = url;
    generator.setProject(project);
    QPointer<ui::AutogenerateReviewDialog> dialog;
    QObject::connect(&generator, &ui::RevisionGenerator::reviewShown,
                     [&dialog](ui::AutogenerateReviewDialog *d) { dialog = d; });
    QSignalSpy failed(&generator, &ui::RevisionGenerator::failed);
    generator.generate();
    QElapsedTimer t;
    t.start();
    while (!dialog && failed.isEmpty() && t.elapsed() < 120000)
        QTest::qWait(50);
    Error e;
    if (!failed.isEmpty()) {
        e.message = failed.first().first().toString();
        return e;
    }
    if (!dialog) {
        e.message = QStringLiteral("no review dialog");
        return e;
    }
    if (Status s = check(dialog); !s)
        return s.error();
    QSignalSpy written(&generator, &ui::RevisionGenerator::revisionWritten);
    Result<migrate::Revision> revision = dialog->write();
    if (revision && written.isEmpty()) {
        e.message = QStringLiteral("revisionWritten was not emitted");
        return e;
    }
    return revision;
}

// The interpreted operations of the revision file at path.
inline Result<migrate::RevisionOperations> operationsOf(const QString &ini, const QString &id,
                                                        schema::Dialect dialect)
{
    migrate::MigrationEnvironment::Options options;
    options.iniPath = ini;
    options.url = QStringLiteral("sqlite://");
    Result<migrate::MigrationEnvironment> env = migrate::MigrationEnvironment::open(options);
    if (!env)
        return env.error();
    const int index = env->graph().indexOf(id);
    if (index < 0) {
        Error e;
        e.message = QStringLiteral("revision %1 not in the graph").arg(id);
        return e;
    }
    migrate::ScriptOperations scripts(env->graph(), dialect);
    Result<const migrate::RevisionOperations *> ops = scripts.operations(index);
    if (!ops)
        return ops.error();
    return *ops.value();
}

// `upgrade head` with the core runner (what stratum-cli upgrade runs).
inline Status upgradeHead(const QString &ini, const QString &url)
{
    migrate::MigrationEnvironment::Options options;
    options.iniPath = ini;
    options.url = url;
    Result<migrate::MigrationEnvironment> env = migrate::MigrationEnvironment::open(options);
    if (!env)
        return env.error();
    Result<schema::Dialect> dialect = env->dialect();
    if (!dialect)
        return dialect.error();
    auto c = env->connect();
    if (!c)
        return c.error();
    migrate::ScriptOperations operations(env->graph(), dialect.value());
    migrate::Migrator migrator(env->graph(), *c.value(), dialect.value(), operations);
    Result<migrate::MigrationRun> ran = migrator.upgrade(QStringLiteral("head"));
    if (!ran)
        return ran.error();
    return Ok{};
}

// A uniquely named database on the test cluster (STRATUM_TEST_PG_URL),
// created by the constructor and dropped by the destructor.
class PgDatabase
{
public:
    PgDatabase()
    {
        const QString admin = qEnvironmentVariable("STRATUM_TEST_PG_URL");
        if (admin.isEmpty()) {
            m_error = QStringLiteral("STRATUM_TEST_PG_URL is not set; run the pg tests through "
                                     "scripts/test.sh or scripts/dev-cluster.sh");
            return;
        }
        Result<config::Url> parsed = config::Url::parse(admin);
        if (!parsed) {
            m_error = parsed.error().message;
            return;
        }
        m_admin = parsed.value();
        m_name = QStringLiteral("stratum_model_%1")
                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
        auto c = connectTo(admin);
        if (!c) {
            m_error = c.error().message;
            m_name.clear();
            return;
        }
        m_error = run(*c.value(), {QStringLiteral("CREATE DATABASE %1").arg(m_name)});
        if (!m_error.isEmpty())
            m_name.clear();
    }
    ~PgDatabase()
    {
        if (m_name.isEmpty())
            return;
        if (auto c = connectTo(m_admin.toString(false)))
            run(*c.value(),
                {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)});
    }
    PgDatabase(const PgDatabase &) = delete;
    PgDatabase &operator=(const PgDatabase &) = delete;

    const QString &error() const { return m_error; }
    // The URL with its password (never printed).
    QString url() const
    {
        config::Url u = m_admin;
        u.setDatabase(m_name);
        return u.toString(false);
    }

private:
    config::Url m_admin;
    QString m_name;
    QString m_error;
};

// Chinook's PostgreSQL script, from after its own CREATE DATABASE / \c.
inline QString loadChinookPg(const QString &url)
{
    QString sql = fixture("chinook/Chinook_PostgreSql.sql");
    const qsizetype connect = sql.indexOf(QLatin1String("\\c chinook;"));
    if (connect < 0)
        return QStringLiteral("unexpected Chinook script");
    sql = sql.mid(connect + qsizetype(qstrlen("\\c chinook;")));
    auto c = connectTo(url);
    if (!c)
        return c.error().message;
    return run(*c.value(), {sql});
}

}  // namespace modeltest
