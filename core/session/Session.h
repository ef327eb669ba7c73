#pragma once

#include "core/config/Result.h"
#include "core/engine/DriverConnection.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"
#include "core/session/ConcurrencyCheck.h"
#include "core/session/FlushStatement.h"
#include "core/session/Savepoint.h"
#include "core/session/SessionObject.h"

#include <QVariantMap>

#include <functional>
#include <memory>
#include <vector>

namespace stratum::engine {
class Engine;
class Pool;
}  // namespace stratum::engine

namespace stratum::session {

class SessionCore;

struct SessionOptions
{
    bool autoflush = true;         // flush before get() and select() go to the database
    bool expireOnCommit = true;    // commit() expires every object
    bool postUpdateCycles = true;  // break row cycles through nullable foreign keys
    int maxRowsPerInsert = 1000;   // rows per multi-row INSERT
    QString label = QStringLiteral("session");  // the pool's holder name
};

// A filter for Session::select(): SQL text with $1..$n parameters. Values go
// in params, never into the text.
struct SelectOptions
{
    QString where;
    engine::Params params;
    QString orderBy;
    qint64 limit = -1;
    qint64 offset = 0;
};

// The unit of work, after SQLAlchemy's Session: objects (rows of the
// metadata's tables) are created, changed and deleted in memory and written by
// flush() in foreign-key order; commit() flushes and commits.
//
// - Identity map: one object per primary key; get() looks there first.
// - Autobegin: the first operation that needs the database checks out one
//   pooled connection and begins a transaction; commit(), rollback() and
//   close() end it and give the connection back. Nothing else holds one, and
//   the destructor closes, so a connection cannot leak.
// - A failed flush rolls the database transaction back and leaves the session
//   refusing database work until rollback() or recoverFailedFlush(); the
//   failed changes stay visible (pendingChanges()) until then. commit()
//   changes no object before the COMMIT succeeded.
// - rollback(): objects added in the transaction become transient, deleted
//   ones persistent again, and every object is expired.
//
// Not thread-safe: use a session and its objects from one thread.
class Session
{
public:
    using StatementHook = std::function<void(const QString &sql, const engine::Params &params)>;

    Session(engine::Engine &engine, std::shared_ptr<const schema::MetaData> metadata,
            SessionOptions options = {});
    Session(std::shared_ptr<engine::Pool> pool, schema::Dialect dialect,
            std::shared_ptr<const schema::MetaData> metadata, SessionOptions options = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const schema::MetaData &metadata() const;
    schema::Dialect dialect() const;

    // --- objects
    // A transient object of table; add() it to insert it.
    Result<SessionObject> create(const QString &table, const QString &schema = {}) const;
    Status add(const SessionObject &object);     // transient -> pending, detached -> persistent
    Status remove(const SessionObject &object);  // SQLAlchemy's delete(): deleted at flush
    void expunge(const SessionObject &object);   // pending -> transient, persistent -> detached
    void expungeAll();
    void expire(const SessionObject &object);
    void expireAll();
    Status refresh(const SessionObject &object);  // reload, discarding its changes
    bool contains(const SessionObject &object) const;
    std::vector<SessionObject> objects() const;  // the identity map, in load order
    // A row the caller read from the database itself (a console's grid), as a
    // persistent object without a query: the identity map's object for its
    // key when there is one (unloaded attributes filled, changes kept), else a
    // new persistent object with these columns loaded and the others expired.
    // values must hold the whole primary key.
    Result<SessionObject> merge(const QString &table, const QVariantMap &values,
                                const QString &schema = {});

    // --- queries. A row already in the identity map comes back as that
    // object, its changes kept.
    // A null object when no row has that key.
    Result<SessionObject> get(const QString &table, const QVariantList &primaryKey,
                              const QString &schema = {});
    Result<std::vector<SessionObject>>
    select(const QString &table, const SelectOptions &options = {}, const QString &schema = {});

    // --- unit of work
    Status flush();
    Status commit();
    Status rollback();
    void close();  // rolls back and expunges everything
    Result<Savepoint> beginNested();

    // After a failed flush or commit (needsRollback()): ends the dead
    // transaction and keeps every unflushed change exactly as it was (new,
    // changed and deleted objects), so that a value can be fixed and the
    // commit tried again. Refused (code "needs_rollback") when an earlier
    // flush of the same transaction had succeeded: that work is gone from the
    // database, so only rollback() can make objects and database agree.
    Status recoverFailedFlush();
    // The objects of the statement the last failed flush or commit stopped
    // at (empty when nothing failed, or a failure no row caused).
    std::vector<SessionObject> failedObjects() const;

    std::vector<PendingChange> pendingChanges() const;
    // True when a flush must read rows first (an object to delete, or a
    // version column, not loaded): previewFlush() then does I/O.
    bool flushNeedsLoad() const;
    // The exact statements flush() would send now, in order, with parameters.
    Result<std::vector<FlushStatement>> previewFlush();

    // --- state and settings
    bool inTransaction() const;  // holds a connection
    bool needsRollback() const;  // a flush failed; call rollback()
    bool autoflush() const;
    void setAutoflush(bool on);
    const SessionOptions &options() const;
    // Optimistic concurrency for one table (see ConcurrencyCheck); versionColumn
    // is needed for VersionColumn only.
    Status setConcurrencyCheck(const QString &table, ConcurrencyCheck check,
                               const QString &versionColumn = {}, const QString &schema = {});
    // Called with every statement the session sends, just before it runs.
    void setStatementHook(StatementHook hook);

private:
    std::shared_ptr<SessionCore> d;
};

}  // namespace stratum::session
