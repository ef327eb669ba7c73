// The Session on real SQLite files: states and their transitions, identity
// map, change tracking, autobegin and autoflush, rollback rules, flush order
// on Chinook, generated keys, cycles, stale data, savepoints and previews
// compared with the statements that reached the driver.
#include "core/config/Url.h"
#include "core/schema/Inspector.h"
#include "core/session/Session.h"
#include "tests/unit/session/ChinookScenario.h"
#include "tests/unit/session/RecordingConnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::session;
using namespace stratum::session::test;

namespace {

QString message(const Status &s)
{
    return s ? QString() : s.error().toString();
}

// A database file with a recording pool, its reflected model and a session.
struct Db
{
    std::shared_ptr<engine::Driver> driver;
    std::shared_ptr<StatementLog> log = std::make_shared<StatementLog>();
    std::shared_ptr<engine::Pool> pool;
    std::shared_ptr<const schema::MetaData> metadata;
    QString error;

    explicit Db(const QString &path, const QStringList &ddl = {})
    {
        auto url = config::Url::parse(QStringLiteral("sqlite:///") + path);
        if (!url) {
            error = url.error().message;
            return;
        }
        auto d = engine::Driver::create(*url);
        if (!d) {
            error = d.error().message;
            return;
        }
        driver = std::move(d).value();
        pool = recordingPool(driver, log);
        auto c = pool->checkout();
        if (!c) {
            error = c.error().message;
            return;
        }
        for (const QString &sql : ddl) {
            if (auto r = c.value().execute(sql); !r) {
                error = r.error().message;
                return;
            }
        }
        auto reflected = schema::Inspector(c->driver(), schema::Dialect::SQLite).reflect();
        if (!reflected) {
            error = reflected.error().message;
            return;
        }
        metadata = std::make_shared<const schema::MetaData>(reflected->metadata);
        log->take();
    }
    std::unique_ptr<Session> session(SessionOptions options = {})
    {
        return std::make_unique<Session>(pool, schema::Dialect::SQLite, metadata, options);
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
};

}  // namespace

class TestSqliteSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_chinook;  // the loaded fixture, copied for each test
    int m_copies = 0;

    std::unique_ptr<Db> chinook()
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.db").arg(++m_copies));
        if (!QFile::copy(m_chinook, path))
            return nullptr;
        return std::make_unique<Db>(path);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile fixture(
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_Sqlite.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        m_chinook = m_dir.filePath(QStringLiteral("chinook.db"));
        Db db(m_chinook, {"BEGIN", QString::fromUtf8(fixture.readAll()), "COMMIT"});
        QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
        QCOMPARE(db.scalar("SELECT count(*) FROM Track"), QStringLiteral("3503"));
    }

    void statesThroughInsertAndDelete()
    {
        auto db = chinook();
        QVERIFY(db && db->error.isEmpty());
        auto s = db->session();
        Result<SessionObject> artist = s->create("Artist");
        QVERIFY(artist);
        QCOMPARE(artist->state(), ObjectState::Transient);
        QVERIFY(artist->setValue("Name", "New artist"));
        QVERIFY(!artist->setValue("Nope", 1));
        QVERIFY(!s->inTransaction());
        QVERIFY(s->add(*artist));
        QCOMPARE(artist->state(), ObjectState::Pending);
        QVERIFY(s->contains(*artist));
        QVERIFY(!s->inTransaction());  // adding needs no database
        QVERIFY2(s->flush(), qPrintable(message(s->flush())));
        QVERIFY(s->inTransaction());  // autobegin
        QCOMPARE(artist->state(), ObjectState::Persistent);
        QCOMPARE(artist->identity(), QVariantList{276});  // last_insert_rowid
        QCOMPARE(artist->value("ArtistId").toLongLong(), 276);
        QVERIFY(!artist->isModified());
        QVERIFY(s->remove(*artist));
        QCOMPARE(artist->state(), ObjectState::Persistent);
        QVERIFY(artist->isMarkedForDeletion());
        QVERIFY(s->flush());
        QCOMPARE(artist->state(), ObjectState::Deleted);
        QVERIFY(s->commit());
        QCOMPARE(artist->state(), ObjectState::Detached);
        QVERIFY(!s->contains(*artist));
        QVERIFY(!s->inTransaction());
        QCOMPARE(db->pool->statistics().checkedOut, 0);
        QCOMPARE(db->scalar("SELECT count(*) FROM Artist WHERE ArtistId = 276"), "0");
    }

    void identityMapAndChangeTracking()
    {
        auto db = chinook();
        QVERIFY(db && db->error.isEmpty());
        auto s = db->session();
        Result<SessionObject> a = s->get("Album", {1});
        QVERIFY(a && !a->isNull());
        QCOMPARE(a->state(), ObjectState::Persistent);
        const QString title = a->value("Title").toString();
        QCOMPARE(title, QStringLiteral("For Those About To Rock We Salute You"));
        db->log->take();
        Result<SessionObject> again = s->get("Album", {qint64(1)});
        QVERIFY(again && *again == *a);
        QVERIFY(db->log->take().isEmpty());  // answered by the identity map
        QVERIFY(a->setValue("Title", "Changed"));
        QVERIFY(a->isModified());
        QCOMPARE(a->modifiedColumns(), QStringList{"Title"});
        QCOMPARE(a->originalValue("Title").toString(), title);
        // back to the original: clean again
        QVERIFY(a->setValue("Title", title));
        QVERIFY(!a->isModified());
        QVERIFY(s->pendingChanges().empty());
        // a query returning the row keeps the change (autoflush off: not yet sent)
        QVERIFY(a->setValue("Title", "Changed"));
        s->setAutoflush(false);
        Result<std::vector<SessionObject>> rows =
            s->select("Album", {"\"ArtistId\" = $1", {1}, "\"AlbumId\"", -1, 0});
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(2));
        QVERIFY(rows->front() == *a);
        QCOMPARE(a->value("Title").toString(), QStringLiteral("Changed"));
        QVERIFY(a->isModified());
        s->setAutoflush(true);
        Result<std::vector<FlushStatement>> preview = s->previewFlush();
        QVERIFY(preview);
        QCOMPARE(preview->size(), size_t(1));
        QCOMPARE(preview->front().sql,
                 QStringLiteral("UPDATE \"Album\" SET \"Title\" = $1 WHERE \"AlbumId\" = $2"));
        QCOMPARE(preview->front().params, (engine::Params{QString("Changed"), qint64(1)}));
        const std::vector<PendingChange> changes = s->pendingChanges();
        QCOMPARE(changes.size(), size_t(1));
        QCOMPARE(changes[0].kind, PendingChange::Kind::Update);
        QCOMPARE(changes[0].identity, QStringLiteral("Album(AlbumId=1)"));
        QCOMPARE(changes[0].columns, QStringList{"Title"});
        QVERIFY(s->commit());
        QVERIFY(a->isExpired());
        QCOMPARE(a->value("Title").toString(), QStringLiteral("Changed"));  // reloads
        QVERIFY(s->inTransaction());
        s->close();
        QCOMPARE(a->state(), ObjectState::Detached);
        QCOMPARE(db->scalar("SELECT Title FROM Album WHERE AlbumId = 1"), "Changed");
    }

    void expungeAndReattach()
    {
        auto db = chinook();
        QVERIFY(db && db->error.isEmpty());
        auto s = db->session();
        Result<SessionObject> g = s->get("Genre", {1});
        QVERIFY(g && !g->isNull());
        s->expunge(*g);
        QCOMPARE(g->state(), ObjectState::Detached);
        Result<SessionObject> other = s->get("Genre", {1});
        QVERIFY(other && !(*other == *g));  // a new object: the old one was expunged
        QVERIFY(!s->add(*g));               // same identity already in the map
        s->expunge(*other);
        QVERIFY(s->add(*g));
        QCOMPARE(g->state(), ObjectState::Persistent);
        Result<SessionObject> p = s->create("Genre");
        QVERIFY(p && p->setValue("Name", "Pending"));
        QVERIFY(s->add(*p));
        QVERIFY(!s->remove(*p));  // not persisted yet
        s->expunge(*p);
        QCOMPARE(p->state(), ObjectState::Transient);
        QVERIFY(s->pendingChanges().empty());
    }

    void rollbackRules()
    {
        auto db = chinook();
        QVERIFY(db && db->error.isEmpty());
        auto s = db->session();
        Result<SessionObject> flushedNew = s->create("Genre");
        QVERIFY(flushedNew && flushedNew->setValue("Name", "Flushed"));
        QVERIFY(s->add(*flushedNew));
        QVERIFY(s->flush());
        QCOMPARE(flushedNew->state(), ObjectState::Persistent);
        Result<SessionObject> pending = s->create("Genre");
        QVERIFY(pending && pending->setValue("Name", "Pending"));
        QVERIFY(s->add(*pending));
        Result<SessionObject> changed = s->get("Genre", {1});
        QVERIFY(changed && changed->setValue("Name", "Changed"));
        Result<SessionObject> flushedDelete = s->get("Playlist", {2});
        QVERIFY(flushedDelete && s->remove(*flushedDelete));
        QVERIFY(s->flush());
        QCOMPARE(flushedDelete->state(), ObjectState::Deleted);
        Result<SessionObject> marked = s->get("Playlist", {4});
        QVERIFY(marked && s->remove(*marked));
        Result<SessionObject> flushedChange = s->get("Genre", {2});
        QVERIFY(flushedChange && flushedChange->setValue("Name", "Flushed change"));
        QVERIFY(s->flush());
        QVERIFY(changed->setValue("Name", "Changed again"));

        QVERIFY(s->rollback());
        QVERIFY(!s->inTransaction());
        QCOMPARE(flushedNew->state(), ObjectState::Transient);
        QCOMPARE(pending->state(), ObjectState::Transient);
        QCOMPARE(flushedDelete->state(), ObjectState::Persistent);
        QVERIFY(!marked->isMarkedForDeletion());
        QCOMPARE(marked->state(), ObjectState::Persistent);
        for (const SessionObject &o : {*changed, *flushedChange, *flushedDelete})
            QVERIFY(o.isExpired());
        QCOMPARE(changed->value("Name").toString(), QStringLiteral("Rock"));
        QCOMPARE(flushedChange->value("Name").toString(), QStringLiteral("Jazz"));
        QCOMPARE(flushedDelete->value("Name").toString(), QStringLiteral("Movies"));
        QVERIFY(s->pendingChanges().empty());
        QCOMPARE(db->scalar("SELECT count(*) FROM Genre"), "25");
        QCOMPARE(db->scalar("SELECT count(*) FROM Playlist"), "18");
    }

    void autoflushSwitch()
    {
        auto db = chinook();
        QVERIFY(db && db->error.isEmpty());
        auto s = db->session();
        QVERIFY(s->autoflush());
        Result<SessionObject> g = s->create("Genre");
        QVERIFY(g && g->setValue("GenreId", 500) && g->setValue("Name", "Auto"));
        QVERIFY(s->add(*g));
        Result<SessionObject> found = s->get("Genre", {500});
        QVERIFY(found && *found == *g);
        QCOMPARE(g->state(), ObjectState::Persistent);
        s->setAutoflush(false);
        Result<SessionObject> h = s->create("Genre");
        QVERIFY(h && h->setValue("GenreId", 501) && h->setValue("Name", "Manual"));
        QVERIFY(s->add(*h));
        found = s->get("Genre", {501});
        QVERIFY(found && found->isNull());
        QCOMPARE(h->state(), ObjectState::Pending);
        QVERIFY(s->flush());
        found = s->get("Genre", {501});
        QVERIFY(found && *found == *h);
    }

    void failedFlushNeedsRollback()
    {
        auto db = chinook();
        QVERIFY(db && db->error.isEmpty());
        auto s = db->session();
        Result<SessionObject> ok = s->create("Genre");
        QVERIFY(ok && ok->setValue("GenreId", 600) && ok->setValue("Name", "Fine"));
        Result<SessionObject> dup = s->create("Genre");
        QVERIFY(dup && dup->setValue("GenreId", 1) && dup->setValue("Name", "Duplicate"));
        Result<SessionObject> rock = s->get("Genre", {2});
        QVERIFY(rock && rock->setValue("Name", "Still pending"));
        QVERIFY(s->add(*ok) && s->add(*dup));
        s->setAutoflush(false);
        const Status failed = s->flush();
        QVERIFY(!failed);
        QVERIFY(s->needsRollback());
        QVERIFY(!s->inTransaction());
        QCOMPARE(db->pool->statistics().checkedOut, 0);
        // nothing lost: the objects are as before the flush
        QCOMPARE(ok->state(), ObjectState::Pending);
        QCOMPARE(dup->state(), ObjectState::Pending);
        QCOMPARE(rock->value("Name").toString(), QStringLiteral("Still pending"));
        QCOMPARE(s->pendingChanges().size(), size_t(3));
        const Result<SessionObject> refused = s->get("Genre", {3});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("needs_rollback"));
        QVERIFY(!s->commit());
        QVERIFY(s->rollback());
        QVERIFY(!s->needsRollback());
        QCOMPARE(ok->state(), ObjectState::Transient);
        QCOMPARE(rock->value("Name").toString(), QStringLiteral("Jazz"));
        QCOMPARE(db->scalar("SELECT count(*) FROM Genre WHERE GenreId = 600"), "0");
    }

    void chinookFlushOrdering()
    {
        auto db = chinook();
        QVERIFY(db && db->error.isEmpty());
        auto s = db->session();
        chinookFlushOrder(*s, sqliteChinook(), *db->log);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(db->scalar("SELECT count(*) FROM PlaylistTrack WHERE PlaylistId = 900001"), "1");
        QCOMPARE(db->scalar("SELECT count(*) FROM Artist WHERE ArtistId > 900001"), "0");
    }

    void generatedKeysThroughReferences()
    {
        auto db = chinook();
        QVERIFY(db && db->error.isEmpty());
        auto s = db->session();
        Result<SessionObject> artist = s->create("Artist");
        Result<SessionObject> album = s->create("Album");
        QVERIFY(artist && album);
        QVERIFY(artist->setValue("Name", "Generated"));
        QVERIFY(album->setValue("Title", "Referencing"));
        QVERIFY(album->setReference("ArtistId", *artist));
        QVERIFY(s->add(*album) && s->add(*artist));
        Result<std::vector<FlushStatement>> preview = s->previewFlush();
        QVERIFY(preview);
        QCOMPARE(preview->size(), size_t(4));
        QCOMPARE((*preview)[0].sql,
                 QStringLiteral("INSERT INTO \"Artist\" (\"Name\") VALUES ($1)"));
        QCOMPARE((*preview)[1].sql, QStringLiteral("SELECT last_insert_rowid()"));
        QCOMPARE((*preview)[2].generatedParams, QList<int>{1});
        QVERIFY(s->flush());
        QCOMPARE(artist->value("ArtistId").toLongLong(), 276);
        QCOMPARE(album->value("ArtistId").toLongLong(), 276);
        QCOMPARE(album->value("AlbumId").toLongLong(), 348);
        QVERIFY(s->commit());
        QCOMPARE(db->scalar("SELECT ArtistId FROM Album WHERE Title = 'Referencing'"), "276");
    }

    void staleDataWithTwoSessions()
    {
        const QString path = m_dir.filePath("stale.db");
        Db db(path, {"CREATE TABLE doc (id INTEGER PRIMARY KEY, body TEXT, version INTEGER NOT "
                     "NULL)",
                     "INSERT INTO doc VALUES (1, 'first', 1)"});
        QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
        SessionOptions keep;
        keep.expireOnCommit = false;
        auto a = db.session(keep);
        auto b = db.session();
        QVERIFY(a->setConcurrencyCheck("doc", ConcurrencyCheck::VersionColumn, "version"));
        QVERIFY(b->setConcurrencyCheck("doc", ConcurrencyCheck::VersionColumn, "version"));
        Result<SessionObject> docA = a->get("doc", {1});
        QVERIFY(docA && !docA->isNull());
        QVERIFY(a->commit());  // ends A's read transaction; values stay loaded
        Result<SessionObject> docB = b->get("doc", {1});
        QVERIFY(docB && docB->setValue("body", "from B"));
        QVERIFY(b->commit());
        QCOMPARE(db.scalar("SELECT version FROM doc"), "2");
        QVERIFY(docA->setValue("body", "from A"));
        const Status stale = a->commit();
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, QStringLiteral("stale_data"));
        QVERIFY2(stale.error().message.contains("doc(id=1)"), qPrintable(stale.error().message));
        QVERIFY(a->needsRollback());
        QCOMPARE(docA->value("body").toString(), QStringLiteral("from A"));
        QCOMPARE(docA->modifiedColumns(), QStringList{"body"});
        QCOMPARE(a->pendingChanges().size(), size_t(1));
        QCOMPARE(db.scalar("SELECT body FROM doc"), "from B");
    }

    void serverDefaultsLoadOnAccess()
    {
        Db db(m_dir.filePath("defaults.db"),
              {"CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER NOT "
               "NULL DEFAULT 7, note TEXT)"});
        QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
        auto s = db.session();
        Result<SessionObject> item = s->create("item");
        QVERIFY(item && item->setValue("name", "widget"));
        QVERIFY(s->add(*item));
        QVERIFY(s->flush());
        QCOMPARE(item->value("id").toLongLong(), 1);
        QVERIFY(item->isLoaded("note"));  // no default: known to be NULL
        QVERIFY(item->value("note").isNull());
        QVERIFY(!item->isLoaded("qty"));  // the server's default, fetched on access
        QCOMPARE(item->value("qty").toInt(), 7);
        QVERIFY(s->commit());
    }

    void staleDelete()
    {
        Db db(m_dir.filePath("stale-delete.db"),
              {"CREATE TABLE doc (id INTEGER PRIMARY KEY, body TEXT, version INTEGER NOT NULL)",
               "INSERT INTO doc VALUES (1, 'first', 1)"});
        QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
        SessionOptions keep;
        keep.expireOnCommit = false;
        auto a = db.session(keep);
        auto b = db.session();
        QVERIFY(a->setConcurrencyCheck("doc", ConcurrencyCheck::VersionColumn, "version"));
        Result<SessionObject> docA = a->get("doc", {1});
        QVERIFY(docA && !docA->isNull());
        QVERIFY(a->commit());
        Result<SessionObject> docB = b->get("doc", {1});
        QVERIFY(docB && docB->setValue("version", 5));
        QVERIFY(b->commit());
        QVERIFY(a->remove(*docA));
        Result<std::vector<FlushStatement>> preview = a->previewFlush();
        QVERIFY(preview);
        QCOMPARE(preview->front().sql,
                 QStringLiteral("DELETE FROM \"doc\" WHERE \"id\" = $1 AND \"version\" = $2"));
        const Status stale = a->commit();
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, QStringLiteral("stale_data"));
        QVERIFY(docA->isMarkedForDeletion());
        QVERIFY(a->rollback());
        QVERIFY(!docA->isMarkedForDeletion());
        QCOMPARE(docA->value("version").toInt(), 5);
        QCOMPARE(db.scalar("SELECT count(*) FROM doc"), "1");
    }

    void savepointRollbackKeepsOuterChanges()
    {
        auto db = chinook();
        QVERIFY(db && db->error.isEmpty());
        auto s = db->session();
        Result<SessionObject> outer = s->get("Genre", {1});
        QVERIFY(outer && outer->setValue("Name", "Outer"));
        Result<SessionObject> outerNew = s->create("Genre");
        QVERIFY(outerNew && outerNew->setValue("Name", "Outer new") && s->add(*outerNew));
        {
            Result<Savepoint> sp = s->beginNested();
            QVERIFY2(sp, qPrintable(sp ? QString() : sp.error().message));
            QCOMPARE(outerNew->state(), ObjectState::Persistent);  // flushed first
            QVERIFY(outer->setValue("Name", "Inner"));
            Result<SessionObject> innerNew = s->create("Genre");
            QVERIFY(innerNew && innerNew->setValue("Name", "Inner new") && s->add(*innerNew));
            Result<SessionObject> jazz = s->get("Playlist", {6});
            QVERIFY(jazz && s->remove(*jazz));
            QVERIFY(s->flush());
            QCOMPARE(jazz->state(), ObjectState::Deleted);
            QVERIFY(sp.value().rollback());
            QVERIFY(!sp->isActive());
            QCOMPARE(innerNew->state(), ObjectState::Transient);
            QCOMPARE(jazz->state(), ObjectState::Persistent);
            QCOMPARE(jazz->value("Name").toString(), QStringLiteral("Audiobooks"));
        }
        QCOMPARE(outer->value("Name").toString(), QStringLiteral("Outer"));
        QCOMPARE(outerNew->state(), ObjectState::Persistent);
        {
            Result<Savepoint> sp = s->beginNested();
            QVERIFY(sp && outer->setValue("Name", "Released"));
            QVERIFY(sp.value().commit());
        }
        QVERIFY(s->commit());
        QCOMPARE(db->scalar("SELECT Name FROM Genre WHERE GenreId = 1"), "Released");
        QCOMPARE(db->scalar("SELECT count(*) FROM Genre WHERE Name = 'Outer new'"), "1");
        QCOMPARE(db->scalar("SELECT count(*) FROM Genre WHERE Name = 'Inner new'"), "0");
        QCOMPARE(db->scalar("SELECT count(*) FROM Playlist WHERE PlaylistId = 6"), "1");
    }

    void selfReferencingCycle()
    {
        Db db(m_dir.filePath("self.db"),
              {"CREATE TABLE node (id INTEGER PRIMARY KEY, name TEXT, parent_id INTEGER "
               "CONSTRAINT node_parent_fk REFERENCES node (id))"});
        QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
        auto s = db.session();
        Result<SessionObject> a = s->create("node");
        Result<SessionObject> b = s->create("node");
        Result<SessionObject> c = s->create("node");
        QVERIFY(a && b && c);
        QVERIFY(a->setValue("id", 1) && a->setValue("parent_id", 2));
        QVERIFY(b->setValue("id", 2) && b->setValue("parent_id", 1));
        QVERIFY(c->setValue("id", 3) && c->setValue("parent_id", 1));  // child of a
        QVERIFY(s->add(*c) && s->add(*b) && s->add(*a));
        Result<std::vector<FlushStatement>> preview = s->previewFlush();
        QVERIFY(preview);
        db.log->take();
        const Status flushed = s->flush();
        QVERIFY2(flushed, qPrintable(message(flushed)));
        const QList<FlushStatement> executed = db.log->take();
        QCOMPARE(executed.size(), qsizetype(preview->size()));
        for (qsizetype i = 0; i < executed.size(); ++i)
            QCOMPARE(executed[i].sql, (*preview)[size_t(i)].sql);
        QVERIFY(std::any_of(executed.begin(), executed.end(), [](const FlushStatement &st) {
            return st.sql.startsWith("UPDATE \"node\" SET \"parent_id\"");
        }));
        QVERIFY(s->commit());
        QCOMPARE(db.scalar("SELECT group_concat(parent_id) FROM (SELECT parent_id FROM node "
                           "ORDER BY id)"),
                 "2,1,1");
        // and deleted in one flush: the cycle is unlinked first
        for (const SessionObject &o : {*a, *b, *c})
            QVERIFY(s->add(o) && s->remove(o));
        const Status deleted = s->commit();
        QVERIFY2(deleted, qPrintable(message(deleted)));
        QCOMPARE(db.scalar("SELECT count(*) FROM node"), "0");
    }

    void twoTableCycle()
    {
        Db db(m_dir.filePath("two.db"),
              {"CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER CONSTRAINT a_b_fk "
               "REFERENCES b (id))",
               "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL CONSTRAINT b_a_fk "
               "REFERENCES a (id))",
               "CREATE TABLE c (id INTEGER PRIMARY KEY, d_id INTEGER NOT NULL CONSTRAINT c_d_fk "
               "REFERENCES d (id))",
               "CREATE TABLE d (id INTEGER PRIMARY KEY, c_id INTEGER NOT NULL CONSTRAINT d_c_fk "
               "REFERENCES c (id))"});
        QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
        auto s = db.session();
        Result<SessionObject> a = s->create("a");
        Result<SessionObject> b = s->create("b");
        QVERIFY(a && b);
        QVERIFY(b->setReference("b_a_fk", *a));
        QVERIFY(a->setReference("a_b_fk", *b));
        QVERIFY(s->add(*b) && s->add(*a));
        const Status flushed = s->commit();
        QVERIFY2(flushed, qPrintable(message(flushed)));
        QCOMPARE(db.scalar("SELECT b_id FROM a"), db.scalar("SELECT id FROM b"));
        QCOMPARE(db.scalar("SELECT a_id FROM b"), db.scalar("SELECT id FROM a"));

        // Neither side accepts NULL: a clear error naming the cycle.
        Result<SessionObject> c = s->create("c");
        Result<SessionObject> d = s->create("d");
        QVERIFY(c && d);
        QVERIFY(c->setValue("id", 1) && c->setValue("d_id", 1));
        QVERIFY(d->setValue("id", 1) && d->setValue("c_id", 1));
        QVERIFY(s->add(*c) && s->add(*d));
        const Status cycle = s->flush();
        QVERIFY(!cycle);
        QCOMPARE(cycle.error().code, QStringLiteral("circular_dependency"));
        QVERIFY2(cycle.error().message.contains("c(id=1)") &&
                     cycle.error().message.contains("d(id=1)") &&
                     cycle.error().message.contains("c_d_fk") &&
                     cycle.error().message.contains("d_c_fk"),
                 qPrintable(cycle.error().message));
        QCOMPARE(c->state(), ObjectState::Pending);  // nothing was sent
    }
};

QTEST_GUILESS_MAIN(TestSqliteSession)
#include "test_sqlite_session.moc"
