// The Session on PostgreSQL (STRATUM_TEST_PG_URL): Chinook loaded into a
// uniquely named database, flush order and previews compared with what reached
// the driver, RETURNING of identity keys and defaults in multi-row INSERTs,
// cycles, stale data between two sessions, savepoints, failed flushes and the
// connection's RAII lifetime.
#include "core/config/Url.h"
#include "core/schema/Inspector.h"
#include "core/session/Session.h"
#include "tests/unit/session/ChinookScenario.h"
#include "tests/unit/session/RecordingConnection.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace stratum;
using namespace stratum::session;
using namespace stratum::session::test;

namespace {

QString message(const Status &s)
{
    return s ? QString() : s.error().toString();
}

const QStringList kExtraTables = {
    "CREATE TABLE gen (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, "
    "created timestamptz NOT NULL DEFAULT now(), score int DEFAULT 7)",
    "CREATE TABLE gen_child (id serial PRIMARY KEY, gen_id int NOT NULL "
    "CONSTRAINT gen_child_gen_fk REFERENCES gen (id), label text)",
    "CREATE TABLE node (id int PRIMARY KEY, parent_id int CONSTRAINT node_parent_fk "
    "REFERENCES node (id))",
    "CREATE TABLE a (id serial PRIMARY KEY, b_id int)",
    "CREATE TABLE b (id serial PRIMARY KEY, a_id int NOT NULL CONSTRAINT b_a_fk REFERENCES a (id))",
    "ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id)",
    "CREATE TABLE c (id int PRIMARY KEY, d_id int NOT NULL)",
    "CREATE TABLE d (id int PRIMARY KEY, c_id int NOT NULL CONSTRAINT d_c_fk REFERENCES c (id))",
    "ALTER TABLE c ADD CONSTRAINT c_d_fk FOREIGN KEY (d_id) REFERENCES d (id)",
    "CREATE TABLE doc (id int PRIMARY KEY, body text, version int NOT NULL)",
    "INSERT INTO doc VALUES (1, 'first', 1), (2, 'second', 1)",
};

// A uniquely named database with Chinook and the tables above, a recording
// pool and the reflected model. Dropped again at the end.
class PgDb
{
public:
    PgDb()
    {
        const QString text = qEnvironmentVariable("STRATUM_TEST_PG_URL");
        if (text.isEmpty()) {
            m_error = "STRATUM_TEST_PG_URL is not set; start a cluster with scripts/dev-cluster.sh";
            return;
        }
        auto admin = config::Url::parse(text);
        if (!admin) {
            m_error = admin.error().message;
            return;
        }
        m_admin = *admin;
        m_name = QStringLiteral("stratum_session_%1")
                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            m_name.clear();
            return;
        }
        config::Url url = m_admin;
        url.setDatabase(m_name);
        auto driver = engine::Driver::create(url);
        if (!driver) {
            m_error = driver.error().message;
            return;
        }
        driver_ = std::move(driver).value();
        pool = recordingPool(driver_, log);
        QFile fixture(
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_PostgreSql.sql"));
        if (!fixture.open(QIODevice::ReadOnly)) {
            m_error = "cannot read the Chinook fixture";
            return;
        }
        QString sql = QString::fromUtf8(fixture.readAll());
        const qsizetype connect = sql.indexOf(QLatin1String("\\c chinook;"));
        if (connect < 0) {
            m_error = "unexpected Chinook fixture";
            return;
        }
        sql = sql.mid(connect + qsizetype(qstrlen("\\c chinook;")));
        auto c = pool->checkout();
        if (!c) {
            m_error = c.error().message;
            return;
        }
        for (const QString &s : QStringList{sql} + kExtraTables) {
            if (auto r = c.value().execute(s); !r) {
                m_error = r.error().message + " in " + s.left(200);
                return;
            }
        }
        auto reflected = schema::Inspector(c->driver(), schema::Dialect::PostgreSQL).reflect();
        if (!reflected) {
            m_error = reflected.error().message;
            return;
        }
        metadata = std::make_shared<const schema::MetaData>(reflected->metadata);
        log->take();
    }
    ~PgDb()
    {
        if (pool)
            pool->dispose();
        if (!m_name.isEmpty())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PgDb(const PgDb &) = delete;
    PgDb &operator=(const PgDb &) = delete;

    const QString &error() const { return m_error; }
    std::unique_ptr<Session> session(SessionOptions options = {})
    {
        return std::make_unique<Session>(pool, schema::Dialect::PostgreSQL, metadata, options);
    }
    QString scalar(const QString &sql)
    {
        auto c = pool->checkout();
        if (!c)
            return c.error().message;
        auto stream = c->driver().stream(sql);
        if (!stream)
            return QStringLiteral("ERROR: ") + stream.error().message;
        engine::RowBatch batch;
        auto more = stream.value()->next(batch, 10);
        if (!more || !*more)
            return QStringLiteral("ERROR: no row");
        return batch.text(0, 0);
    }

    std::shared_ptr<StatementLog> log = std::make_shared<StatementLog>();
    std::shared_ptr<engine::Pool> pool;
    std::shared_ptr<const schema::MetaData> metadata;

private:
    bool adminExec(const QString &sql)
    {
        auto driver = engine::Driver::create(m_admin);
        if (!driver) {
            m_error = driver.error().message;
            return false;
        }
        auto c = driver.value()->connect();
        if (!c) {
            m_error = c.error().message;
            return false;
        }
        auto r = c.value()->execute(sql);
        if (!r)
            m_error = r.error().message;
        return r.ok();
    }

    config::Url m_admin;
    QString m_name;
    QString m_error;
    std::shared_ptr<engine::Driver> driver_;
};

}  // namespace

class TestPgSession : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgDb> m_db;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<PgDb>();
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM track"), QStringLiteral("3503"));
    }
    void cleanupTestCase() { m_db.reset(); }

    void chinookFlushOrdering()
    {
        auto s = m_db->session();
        chinookFlushOrder(*s, pgChinook(), *m_db->log);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_db->scalar("SELECT count(*) FROM playlist_track WHERE playlist_id = 900001"),
                 "1");
        QCOMPARE(m_db->pool->statistics().checkedOut, 0);
    }

    void returningKeysAndDefaults()
    {
        auto s = m_db->session();
        std::vector<SessionObject> parents;
        std::vector<SessionObject> children;
        for (int i = 0; i < 3; ++i) {
            Result<SessionObject> g = s->create("gen");
            Result<SessionObject> c = s->create("gen_child");
            QVERIFY(g && c);
            QVERIFY(g->setValue("name", QStringLiteral("g%1").arg(i)));
            QVERIFY(c->setValue("label", QStringLiteral("c%1").arg(i)));
            QVERIFY(c->setReference("gen_child_gen_fk", *g));
            parents.push_back(*g);
            children.push_back(*c);
        }
        for (const SessionObject &c : children)
            QVERIFY(s->add(c));
        for (const SessionObject &g : parents)
            QVERIFY(s->add(g));
        Result<std::vector<FlushStatement>> preview = s->previewFlush();
        QVERIFY(preview);
        QCOMPARE(preview->size(), size_t(2));
        QCOMPARE((*preview)[0].sql,
                 QStringLiteral("INSERT INTO \"gen\" (\"name\") VALUES ($1), ($2), ($3) "
                                "RETURNING \"id\", \"created\", \"score\""));
        QCOMPARE((*preview)[1].sql,
                 QStringLiteral("INSERT INTO \"gen_child\" (\"gen_id\", \"label\") VALUES ($1, "
                                "$2), ($3, $4), ($5, $6) RETURNING \"id\""));
        QCOMPARE((*preview)[1].generatedParams, (QList<int>{0, 2, 4}));
        m_db->log->take();
        const Status flushed = s->flush();
        QVERIFY2(flushed, qPrintable(message(flushed)));
        const QList<FlushStatement> executed = m_db->log->take();
        QCOMPARE(executed.size(), qsizetype(2));
        QCOMPARE(executed[0].sql, (*preview)[0].sql);
        QCOMPARE(executed[0].params, (*preview)[0].params);
        QCOMPARE(executed[1].sql, (*preview)[1].sql);
        for (int i = 0; i < 3; ++i) {
            const qint64 id = parents[size_t(i)].value("id").toLongLong();
            QVERIFY(id > 0);
            QCOMPARE(parents[size_t(i)].identity(), QVariantList{id});
            QVERIFY(parents[size_t(i)].value("created").toDateTime().isValid());
            QCOMPARE(parents[size_t(i)].value("score").toInt(), 7);
            QCOMPARE(children[size_t(i)].value("gen_id").toLongLong(), id);
            QCOMPARE(executed[1].params[size_t(2 * i)].toLongLong(), id);
        }
        QVERIFY(s->commit());
        QCOMPARE(m_db->scalar("SELECT count(*) FROM gen_child c JOIN gen g ON g.id = c.gen_id "
                              "WHERE substr(g.name, 2) = substr(c.label, 2)"),
                 "3");
    }

    void cycles()
    {
        auto s = m_db->session();
        Result<SessionObject> n1 = s->create("node");
        Result<SessionObject> n2 = s->create("node");
        QVERIFY(n1 && n2);
        QVERIFY(n1->setValue("id", 1) && n1->setValue("parent_id", 2));
        QVERIFY(n2->setValue("id", 2) && n2->setValue("parent_id", 1));
        QVERIFY(s->add(*n2) && s->add(*n1));
        Status st = s->commit();
        QVERIFY2(st, qPrintable(message(st)));
        QCOMPARE(m_db->scalar("SELECT string_agg(parent_id::text, ',' ORDER BY id) FROM node"),
                 "2,1");
        QVERIFY(s->remove(*n1) && s->remove(*n2));
        st = s->commit();
        QVERIFY2(st, qPrintable(message(st)));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM node"), "0");

        Result<SessionObject> a = s->create("a");
        Result<SessionObject> b = s->create("b");
        QVERIFY(a && b);
        QVERIFY(a->setReference("a_b_fk", *b) && b->setReference("b_a_fk", *a));
        QVERIFY(s->add(*a) && s->add(*b));
        st = s->commit();
        QVERIFY2(st, qPrintable(message(st)));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM a JOIN b ON a.b_id = b.id AND b.a_id = a.id"),
                 "1");

        Result<SessionObject> c = s->create("c");
        Result<SessionObject> d = s->create("d");
        QVERIFY(c && d);
        QVERIFY(c->setValue("id", 1) && c->setValue("d_id", 1));
        QVERIFY(d->setValue("id", 1) && d->setValue("c_id", 1));
        QVERIFY(s->add(*c) && s->add(*d));
        st = s->flush();
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("circular_dependency"));
        QVERIFY2(st.error().message.contains("c(id=1)") && st.error().message.contains("d_c_fk"),
                 qPrintable(st.error().message));
        QVERIFY(!s->needsRollback());  // nothing was sent
    }

    void staleDataBetweenTwoSessions()
    {
        for (const ConcurrencyCheck check :
             {ConcurrencyCheck::VersionColumn, ConcurrencyCheck::OriginalValues}) {
            const int id = check == ConcurrencyCheck::VersionColumn ? 1 : 2;
            auto a = m_db->session();
            auto b = m_db->session();
            QVERIFY(a->setConcurrencyCheck("doc", check, "version"));
            QVERIFY(b->setConcurrencyCheck("doc", check, "version"));
            Result<SessionObject> docA = a->get("doc", {id});
            Result<SessionObject> docB = b->get("doc", {id});
            QVERIFY(docA && !docA->isNull() && docB && !docB->isNull());
            QVERIFY(a->inTransaction() && b->inTransaction());
            QVERIFY(docB->setValue("body", "from B"));
            QVERIFY(b->commit());
            QVERIFY(docA->setValue("body", "from A"));
            Result<SessionObject> other = a->create("doc");
            QVERIFY(other && other->setValue("id", 10 + id) && other->setValue("version", 1));
            QVERIFY(a->add(*other));
            const Status stale = a->flush();
            QVERIFY(!stale);
            QCOMPARE(stale.error().code, QStringLiteral("stale_data"));
            QVERIFY2(stale.error().message.contains(QStringLiteral("doc(id=%1)").arg(id)),
                     qPrintable(stale.error().message));
            // nothing lost from the session
            QCOMPARE(docA->value("body").toString(), QStringLiteral("from A"));
            QCOMPARE(docA->modifiedColumns(), QStringList{"body"});
            QCOMPARE(other->state(), ObjectState::Pending);
            QCOMPARE(a->pendingChanges().size(), size_t(2));
            QVERIFY(a->needsRollback());
            QCOMPARE(m_db->scalar(QStringLiteral("SELECT body FROM doc WHERE id = %1").arg(id)),
                     "from B");
            QCOMPARE(
                m_db->scalar(QStringLiteral("SELECT count(*) FROM doc WHERE id = %1").arg(10 + id)),
                "0");
            QVERIFY(a->rollback());
            QCOMPARE(docA->value("body").toString(), QStringLiteral("from B"));
        }
        QCOMPARE(m_db->pool->statistics().checkedOut, 0);
    }

    void savepointNestedRollback()
    {
        auto s = m_db->session();
        Result<SessionObject> genre = s->get("genre", {1});
        QVERIFY(genre && genre->setValue("name", "Outer"));
        {
            Result<Savepoint> sp = s->beginNested();
            QVERIFY2(sp, qPrintable(sp ? QString() : sp.error().message));
            QVERIFY(genre->setValue("name", "Inner"));
            Result<SessionObject> added = s->create("genre");
            QVERIFY(added && added->setValue("genre_id", 777) && added->setValue("name", "x"));
            QVERIFY(s->add(*added));
            QVERIFY(s->flush());
            // destroyed while active: rolled back to the savepoint
        }
        QCOMPARE(genre->value("name").toString(), QStringLiteral("Outer"));
        Result<SessionObject> gone = s->get("genre", {777});
        QVERIFY(gone && gone->isNull());
        QVERIFY(s->commit());
        QCOMPARE(m_db->scalar("SELECT name FROM genre WHERE genre_id = 1"), "Outer");
    }

    void failedFlushAndRaii()
    {
        {
            auto s = m_db->session();
            Result<SessionObject> dup = s->create("genre");
            QVERIFY(dup && dup->setValue("genre_id", 2) && dup->setValue("name", "dup"));
            QVERIFY(s->add(*dup));
            const Status failed = s->flush();
            QVERIFY(!failed);
            QCOMPARE(failed.error().code, QStringLiteral("23505"));
            QVERIFY(s->needsRollback());
            QVERIFY(!s->inTransaction());
            QCOMPARE(m_db->pool->statistics().checkedOut, 0);
            QCOMPARE(dup->state(), ObjectState::Pending);
            QVERIFY(s->rollback());
            QCOMPARE(dup->state(), ObjectState::Transient);
        }
        {
            auto s = m_db->session();
            Result<SessionObject> g = s->create("genre");
            QVERIFY(g && g->setValue("genre_id", 888) && g->setValue("name", "never"));
            QVERIFY(s->add(*g) && s->flush());
            QCOMPARE(m_db->pool->statistics().checkedOut, 1);
            // the session goes away without commit
        }
        QCOMPARE(m_db->pool->statistics().checkedOut, 0);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM genre WHERE genre_id = 888"), "0");
    }
};

QTEST_GUILESS_MAIN(TestPgSession)
#include "test_pg_session.moc"
