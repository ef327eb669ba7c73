// SessionCore: objects, states and the identity map.
#include "core/session/SessionCore.h"

#include <algorithm>

namespace stratum::session {

namespace {

void eraseObject(std::vector<std::shared_ptr<ObjectData>> &list, const ObjectData *object)
{
    list.erase(
        std::remove_if(list.begin(), list.end(),
                       [&](const std::shared_ptr<ObjectData> &o) { return o.get() == object; }),
        list.end());
}

}  // namespace

SessionCore::SessionCore(std::shared_ptr<engine::Pool> pool, schema::Dialect dialect,
                         std::shared_ptr<const schema::MetaData> metadata, SessionOptions options)
    : m_pool(std::move(pool))
    , m_dialect(dialect)
    , m_metadata(std::move(metadata))
    , m_options(std::move(options))
{
    if (!m_metadata)
        m_metadata = std::make_shared<const schema::MetaData>();
    m_rank = FlushPlanner::rankTables(*m_metadata);
    m_tableSettings.resize(m_metadata->tables.size());
    m_frames.push_back(Frame{});
}

SessionCore::~SessionCore()
{
    close();
}

int SessionCore::tableIndex(const QString &schema, const QString &table) const
{
    const schema::Table *t = m_metadata->table(schema, table);
    return t ? int(t - m_metadata->tables.data()) : -1;
}

Error SessionCore::needsRollbackError() const
{
    Error e = sessionError(QStringLiteral("This session's transaction was rolled back because a "
                                          "flush failed (%1). Call rollback() before using the "
                                          "database again.")
                               .arg(m_flushError.message),
                           QStringLiteral("needs_rollback"));
    e.detail = m_flushError.detail;
    return e;
}

Status SessionCore::add(const std::shared_ptr<ObjectData> &object)
{
    if (!object)
        return sessionError(QStringLiteral("add() needs an object."),
                            QStringLiteral("invalid_request"));
    if (object->metadata != m_metadata)
        return sessionError(QStringLiteral("%1 belongs to another model than this session's.")
                                .arg(FlushPlanner::describe(*object)),
                            QStringLiteral("invalid_request"));
    if (object->session && object->session != this)
        return sessionError(QStringLiteral("%1 is already attached to another session.")
                                .arg(FlushPlanner::describe(*object)),
                            QStringLiteral("invalid_request"));
    switch (object->state) {
    case ObjectState::Pending:
    case ObjectState::Persistent:
        return Ok{};
    case ObjectState::Deleted:
        return sessionError(QStringLiteral("%1 was deleted in this transaction; commit or roll "
                                           "back before adding it again.")
                                .arg(FlushPlanner::describe(*object)),
                            QStringLiteral("invalid_request"));
    case ObjectState::Transient:
        object->state = ObjectState::Pending;
        object->session = this;
        object->sequence = ++m_sequence;
        m_new.push_back(object);
        m_frames.back().added.push_back(object);
        return Ok{};
    case ObjectState::Detached: {
        const QString key = identityKey(object->table, object->identity);
        const auto it = m_identity.find(key);
        if (it != m_identity.end() && it->second != object)
            return sessionError(QStringLiteral("Another object with the identity %1 is already "
                                               "in this session.")
                                    .arg(FlushPlanner::describe(*object)),
                                QStringLiteral("invalid_request"));
        object->state = ObjectState::Persistent;
        object->session = this;
        object->sequence = ++m_sequence;
        m_identity[key] = object;
        return Ok{};
    }
    }
    return Ok{};
}

Status SessionCore::remove(const std::shared_ptr<ObjectData> &object)
{
    if (!object || object->session != this)
        return sessionError(QStringLiteral("%1 is not in this session.")
                                .arg(object ? FlushPlanner::describe(*object) : QString()),
                            QStringLiteral("invalid_request"));
    if (object->state == ObjectState::Pending)
        return sessionError(QStringLiteral("%1 is not persisted; expunge() a pending object "
                                           "instead of deleting it.")
                                .arg(FlushPlanner::describe(*object)),
                            QStringLiteral("invalid_request"));
    if (object->state != ObjectState::Persistent || object->markedDeleted)
        return Ok{};
    object->markedDeleted = true;
    m_deleted.push_back(object);
    return Ok{};
}

void SessionCore::expunge(ObjectData *object)
{
    if (!object || object->session != this)
        return;
    eraseObject(m_new, object);
    eraseObject(m_deleted, object);
    if (!object->identity.isEmpty()) {
        const auto it = m_identity.find(identityKey(object->table, object->identity));
        if (it != m_identity.end() && it->second.get() == object)
            m_identity.erase(it);
    }
    object->markedDeleted = false;
    object->session = nullptr;
    object->state =
        object->state == ObjectState::Pending ? ObjectState::Transient : ObjectState::Detached;
}

void SessionCore::expungeAll()
{
    std::vector<std::shared_ptr<ObjectData>> all;
    all.reserve(m_identity.size() + m_new.size());
    for (const auto &[key, o] : m_identity)
        all.push_back(o);
    all.insert(all.end(), m_new.begin(), m_new.end());
    for (const Frame &f : m_frames)
        all.insert(all.end(), f.deleted.begin(), f.deleted.end());
    for (const auto &o : all)
        expunge(o.get());
    m_identity.clear();
    m_new.clear();
    m_deleted.clear();
}

void SessionCore::expireAll()
{
    for (const auto &[key, o] : m_identity)
        o->expire();
}

std::vector<SessionObject> SessionCore::objects() const
{
    std::vector<SessionObject> out;
    out.reserve(m_identity.size());
    for (const auto &[key, o] : m_identity)
        out.emplace_back(o);
    std::sort(out.begin(), out.end(), [](const SessionObject &a, const SessionObject &b) {
        return a.data()->sequence < b.data()->sequence;
    });
    return out;
}

std::vector<PendingChange> SessionCore::pendingChanges() const
{
    std::vector<PendingChange> out;
    for (const auto &o : m_new) {
        PendingChange c;
        c.kind = PendingChange::Kind::Insert;
        c.table = o->tableRef().displayName();
        c.identity = FlushPlanner::describe(*o);
        c.columns = SessionObject(o).modifiedColumns();
        out.push_back(std::move(c));
    }
    for (const SessionObject &o : objects()) {
        if (o.isMarkedForDeletion() || !o.isModified())
            continue;
        PendingChange c;
        c.kind = PendingChange::Kind::Update;
        c.table = o.table().displayName();
        c.identity = o.describe();
        c.columns = o.modifiedColumns();
        out.push_back(std::move(c));
    }
    for (const auto &o : m_deleted) {
        PendingChange c;
        c.kind = PendingChange::Kind::Delete;
        c.table = o->tableRef().displayName();
        c.identity = FlushPlanner::describe(*o);
        out.push_back(std::move(c));
    }
    return out;
}

// The rollback rules for frames [from, end): objects added there become
// transient, objects deleted there persistent again, objects changed there
// expired. The frames are removed.
void SessionCore::undoFrames(size_t from, bool expireEverything)
{
    for (size_t f = m_frames.size(); f-- > from;) {
        Frame &frame = m_frames[f];
        for (const auto &o : frame.added) {
            if (o->session != this)
                continue;
            eraseObject(m_new, o.get());
            if (!o->identity.isEmpty()) {
                const auto it = m_identity.find(identityKey(o->table, o->identity));
                if (it != m_identity.end() && it->second == o)
                    m_identity.erase(it);
            }
            o->identity.clear();
            o->markedDeleted = false;
            o->session = nullptr;
            o->state = ObjectState::Transient;
            for (Attribute &a : o->attributes) {
                if (a.loaded)
                    a.modified = true;  // a transient object's values are all "given"
            }
        }
        for (const auto &o : frame.deleted) {
            if (o->session != this || o->state != ObjectState::Deleted)
                continue;
            o->state = ObjectState::Persistent;
            o->expire();
            m_identity[identityKey(o->table, o->identity)] = o;
        }
        for (const auto &o : frame.updated) {
            if (o->session == this)
                o->expire();
        }
    }
    for (const auto &o : m_deleted)
        o->markedDeleted = false;
    m_deleted.clear();
    // Changes made since the frame began were not flushed: discard them.
    for (const auto &[key, o] : m_identity) {
        if (expireEverything || o->isModified() || !o->references.empty()) {
            o->expire();
            o->references.clear();
        }
    }
    m_frames.resize(std::max<size_t>(from, 1));
    if (from == 0)
        m_frames.front() = Frame{};
}

}  // namespace stratum::session
