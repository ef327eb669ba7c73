#pragma once

#include "core/engine/ConnectionHandle.h"
#include "core/engine/Pool.h"
#include "core/engine/Transaction.h"
#include "core/session/FlushPlanner.h"
#include "core/session/Session.h"

#include <optional>
#include <unordered_map>

namespace stratum::session {

// Rows a query returned, as typed values.
struct QueryRows
{
    std::vector<QVariantList> rows;
    qint64 rowsAffected = -1;
};

// The state behind a Session: identity map, pending and deleted objects, the
// transaction with its savepoint frames, and the connection. Split over
// SessionCore.cpp (objects and states), SessionLoader.cpp (queries and
// loading), SessionFlush.cpp (flush and previews) and SessionTransaction.cpp
// (connection, commit, rollback, savepoints). Internal to the session layer.
// Not thread-safe.
class SessionCore : public std::enable_shared_from_this<SessionCore>
{
public:
    SessionCore(std::shared_ptr<engine::Pool> pool, schema::Dialect dialect,
                std::shared_ptr<const schema::MetaData> metadata, SessionOptions options);
    ~SessionCore();

    // What one transaction level (the outer transaction or a savepoint) did,
    // for the rollback rules.
    struct Frame
    {
        quint64 id = 0;
        QString name;  // savepoint name; empty for the outer transaction
        std::vector<std::shared_ptr<ObjectData>> added;    // became pending here
        std::vector<std::shared_ptr<ObjectData>> deleted;  // DELETE flushed here
        std::vector<std::shared_ptr<ObjectData>> updated;  // UPDATE flushed here
    };

    // SessionCore.cpp
    int tableIndex(const QString &schema, const QString &table) const;
    Status add(const std::shared_ptr<ObjectData> &object);
    Status remove(const std::shared_ptr<ObjectData> &object);
    void expunge(ObjectData *object);
    void expungeAll();
    void expireAll();
    std::vector<PendingChange> pendingChanges() const;
    std::vector<SessionObject> objects() const;
    Error needsRollbackError() const;
    Result<SessionObject> merge(int table, const QVariantMap &values);
    Status recoverFailedFlush();
    bool flushNeedsLoad() const;

    // SessionLoader.cpp
    Result<SessionObject> get(int table, const QVariantList &primaryKey);
    Result<std::vector<SessionObject>> select(int table, const SelectOptions &options);
    Status load(ObjectData &object);  // fills unloaded attributes
    Result<QueryRows> query(const QString &sql, const engine::Params &params);
    Result<engine::ExecResult> execute(const QString &sql, const engine::Params &params);

    // SessionFlush.cpp
    Status flush();
    Result<std::vector<FlushStatement>> previewFlush();

    // SessionTransaction.cpp
    Result<engine::ConnectionHandle *> connection();
    Status commit();
    Status commitTransaction();  // COMMIT and give the connection back
    void finishCommit();         // the objects' states after a COMMIT
    Status rollback();
    void close();
    Result<Savepoint> beginNested();
    Status releaseSavepoint(quint64 id);
    Status rollbackSavepoint(quint64 id);
    bool hasSavepoint(quint64 id) const;
    bool hasConnection() const { return m_connection.has_value(); }

    std::shared_ptr<engine::Pool> m_pool;
    schema::Dialect m_dialect;
    std::shared_ptr<const schema::MetaData> m_metadata;
    SessionOptions m_options;
    std::vector<int> m_rank;
    std::vector<TableSettings> m_tableSettings;
    Session::StatementHook m_hook;

    std::unordered_map<QString, std::shared_ptr<ObjectData>> m_identity;
    std::vector<std::shared_ptr<ObjectData>> m_new;      // pending, in add() order
    std::vector<std::shared_ptr<ObjectData>> m_deleted;  // marked by remove()
    std::vector<Frame> m_frames;                         // [0]: the outer transaction
    quint64 m_sequence = 0;
    quint64 m_nextFrame = 1;

    bool m_needsRollback = false;
    Error m_flushError;
    std::vector<std::weak_ptr<ObjectData>> m_failedObjects;  // of the failed statement

private:
    void releaseConnection();
    void undoFrames(size_t from, bool expireAll);
    Result<FlushInput> prepareFlush();
    Result<std::vector<FlushStep>> planFlush(const FlushInput &input);
    void applyFlush(const FlushInput &input, const std::vector<FlushStep> &steps,
                    const class FlushScratch &scratch);
    // Runs the plan without changing any object; on failure the session
    // needs a rollback and remembers the failing statement's objects.
    Status runFlush(const std::vector<FlushStep> &steps, class FlushExecutor &executor);
    void flushFailed(const Error &error, const std::vector<ObjectData *> &objects);

    // Declared last: the transaction refers to the handle's connection and
    // must end first.
    std::optional<engine::ConnectionHandle> m_connection;
    std::optional<engine::Transaction> m_transaction;
};

}  // namespace stratum::session
