#pragma once

#include "core/config/Result.h"
#include "core/schema/MetaData.h"
#include "core/session/ObjectState.h"

#include <QStringList>
#include <QVariant>

#include <memory>

namespace stratum::session {

struct ObjectData;

// A row of a schema::Table as an object: attributes by column name, its state
// (ObjectState), and change tracking. A SessionObject is a handle: copies
// refer to the same object (constness belongs to the handle, as with
// shared_ptr), and operator== means "the same object" (the
// identity map hands out one object per primary key per session).
//
// setValue() keeps the committed value of every changed attribute, so the
// object knows exactly which columns changed; setting a column back to its
// original value makes it clean again. Reading an expired attribute of a
// persistent object loads the row from the session's transaction.
//
// Not thread-safe: an object belongs to the thread of its session.
class SessionObject
{
public:
    SessionObject() = default;
    explicit SessionObject(std::shared_ptr<ObjectData> data)
        : m_d(std::move(data))
    {}

    // A new transient object for a table of metadata ("" schema: the default).
    static Result<SessionObject> create(std::shared_ptr<const schema::MetaData> metadata,
                                        const QString &table, const QString &schema = {});

    bool isNull() const { return !m_d; }
    ObjectState state() const;
    const schema::Table &table() const;

    // The attribute's value; an unloaded attribute of a persistent object is
    // loaded first (null when that fails: see Session::refresh()).
    QVariant value(const QString &column) const;
    bool isLoaded(const QString &column) const;
    // Fails only for an unknown column.
    Status setValue(const QString &column, const QVariant &value) const;
    // Takes the columns of foreign key fk (its name, or its first column's
    // name) from parent at flush time: for parents whose key the database
    // generates. Orders the flush as a foreign key value would.
    Status setReference(const QString &fk, const SessionObject &parent) const;

    bool isModified() const;
    QStringList modifiedColumns() const;
    // The committed value of a changed column, or value() when unchanged.
    QVariant originalValue(const QString &column) const;
    // Primary key values once persistent, in key order; empty before.
    QVariantList identity() const;
    // "album(album_id=5)", or "album(new)" before the key is known.
    QString describe() const;
    bool isMarkedForDeletion() const;
    bool isExpired() const;  // some attribute is not loaded

    bool operator==(const SessionObject &other) const { return m_d == other.m_d; }
    const std::shared_ptr<ObjectData> &data() const { return m_d; }

private:
    std::shared_ptr<ObjectData> m_d;
};

}  // namespace stratum::session
