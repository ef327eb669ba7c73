// SessionCore: the connection, commit, rollback and savepoints.
#include "core/session/SessionCore.h"

namespace stratum::session {

Result<engine::ConnectionHandle *> SessionCore::connection()
{
    if (m_needsRollback)
        return needsRollbackError();
    if (m_connection)
        return &*m_connection;
    if (!m_pool)
        return sessionError(QStringLiteral("The session has no engine."));
    Result<engine::ConnectionHandle> handle = m_pool->checkout(m_options.label);
    if (!handle)
        return handle.error();
    m_connection.emplace(std::move(handle).value());
    Result<engine::Transaction> tx = engine::Transaction::begin(m_connection->driver());
    if (!tx) {
        m_connection.reset();
        return tx.error();
    }
    m_transaction.emplace(std::move(tx).value());
    return &*m_connection;
}

void SessionCore::releaseConnection()
{
    m_transaction.reset();  // rolls back when still active
    m_connection.reset();   // back to the pool
}

Status SessionCore::commitTransaction()
{
    if (m_transaction) {
        Status s = m_transaction->commit();
        if (!s) {
            // The server ended the transaction; the flushed work is gone.
            flushFailed(s.error(), {});
            return s;
        }
    }
    releaseConnection();
    return Ok{};
}

void SessionCore::finishCommit()
{
    for (const Frame &f : m_frames) {
        for (const auto &o : f.deleted) {
            if (o->session == this && o->state == ObjectState::Deleted) {
                o->session = nullptr;
                o->state = ObjectState::Detached;
            }
        }
    }
    m_frames.assign(1, Frame{});
    if (m_options.expireOnCommit)
        expireAll();
}

Status SessionCore::recoverFailedFlush()
{
    if (!m_needsRollback)
        return Ok{};
    for (const Frame &f : m_frames) {
        bool flushed = !f.deleted.empty() || !f.updated.empty();
        for (const auto &o : f.added)
            flushed = flushed || (o->session == this && o->state != ObjectState::Pending);
        if (flushed)
            return sessionError(QStringLiteral("An earlier flush of this transaction had "
                                               "succeeded and was rolled back with it; call "
                                               "rollback() to start again."),
                                QStringLiteral("needs_rollback"));
    }
    releaseConnection();
    m_needsRollback = false;
    m_flushError = Error{};
    m_failedObjects.clear();
    // The savepoints ended with the transaction; what was added in them is
    // still pending and belongs to the next transaction.
    Frame outer;
    for (const Frame &f : m_frames)
        outer.added.insert(outer.added.end(), f.added.begin(), f.added.end());
    m_frames.assign(1, std::move(outer));
    return Ok{};
}

Status SessionCore::rollback()
{
    Status result = Ok{};
    if (m_transaction) {
        result = m_transaction->rollback();
        m_transaction.reset();
    }
    m_connection.reset();
    m_needsRollback = false;
    m_flushError = Error{};
    m_failedObjects.clear();
    undoFrames(0, true);
    return result;
}

void SessionCore::close()
{
    releaseConnection();
    m_needsRollback = false;
    m_flushError = Error{};
    // Objects added in the open transaction never reached a commit.
    undoFrames(0, false);
    expungeAll();
}

bool SessionCore::hasSavepoint(quint64 id) const
{
    for (size_t i = 1; i < m_frames.size(); ++i) {
        if (m_frames[i].id == id)
            return true;
    }
    return false;
}

Result<Savepoint> SessionCore::beginNested()
{
    if (const Status s = flush(); !s)
        return s.error();
    Result<engine::ConnectionHandle *> c = connection();
    if (!c)
        return c.error();
    Frame frame;
    frame.id = m_nextFrame++;
    frame.name = QStringLiteral("sa_savepoint_%1").arg(frame.id);
    if (m_hook)
        m_hook(QStringLiteral("SAVEPOINT ") + SqlBuilder::column(frame.name), {});
    if (const Status s = (*c)->driver().savepoint(frame.name); !s)
        return s.error();
    const quint64 id = frame.id;
    m_frames.push_back(std::move(frame));
    return Savepoint(weak_from_this(), id);
}

Status SessionCore::releaseSavepoint(quint64 id)
{
    size_t index = 0;
    for (size_t i = 1; i < m_frames.size(); ++i) {
        if (m_frames[i].id == id)
            index = i;
    }
    if (index == 0)
        return sessionError(QStringLiteral("The savepoint is no longer active."),
                            QStringLiteral("invalid_request"));
    if (const Status s = flush(); !s)
        return s;
    Result<engine::ConnectionHandle *> c = connection();
    if (!c)
        return c.error();
    if (m_hook)
        m_hook(QStringLiteral("RELEASE SAVEPOINT ") + SqlBuilder::column(m_frames[index].name), {});
    if (const Status s = (*c)->driver().releaseSavepoint(m_frames[index].name); !s)
        return s;
    // Its work (and that of savepoints inside it) now belongs to the parent.
    Frame &parent = m_frames[index - 1];
    for (size_t i = index; i < m_frames.size(); ++i) {
        Frame &f = m_frames[i];
        parent.added.insert(parent.added.end(), f.added.begin(), f.added.end());
        parent.deleted.insert(parent.deleted.end(), f.deleted.begin(), f.deleted.end());
        parent.updated.insert(parent.updated.end(), f.updated.begin(), f.updated.end());
    }
    m_frames.resize(index);
    return Ok{};
}

Status SessionCore::rollbackSavepoint(quint64 id)
{
    size_t index = 0;
    for (size_t i = 1; i < m_frames.size(); ++i) {
        if (m_frames[i].id == id)
            index = i;
    }
    if (index == 0)
        return sessionError(QStringLiteral("The savepoint is no longer active."),
                            QStringLiteral("invalid_request"));
    Result<engine::ConnectionHandle *> c = connection();
    if (!c)
        return c.error();
    const QString name = m_frames[index].name;
    if (m_hook)
        m_hook(QStringLiteral("ROLLBACK TO SAVEPOINT ") + SqlBuilder::column(name), {});
    if (const Status s = (*c)->driver().rollbackToSavepoint(name); !s)
        return s;
    undoFrames(index, false);
    return Ok{};
}

}  // namespace stratum::session
