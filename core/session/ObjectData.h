#pragma once

#include "core/schema/MetaData.h"
#include "core/session/ObjectState.h"

#include <QVariant>

#include <memory>
#include <vector>

namespace stratum::session {

class SessionCore;

// One column of one object. value is what the object holds now; when modified
// and originalKnown, original is the committed value it replaced, so that
// setting it back makes the attribute clean again. An unloaded (expired)
// attribute is fetched from the database on first read.
struct Attribute
{
    QVariant value;
    QVariant original;
    bool loaded = false;
    bool modified = false;
    bool originalKnown = false;
};

struct ObjectData;

// "Take this foreign key's columns from that object at flush time": how a row
// refers to a parent whose key the database has not generated yet.
struct Reference
{
    int foreignKey = -1;  // index into the table's foreignKeys
    std::shared_ptr<ObjectData> target;
};

// The shared state behind a SessionObject handle. Internal to the session
// layer; other layers use SessionObject. Not thread-safe (a session and its
// objects belong to one thread).
struct ObjectData
{
    std::shared_ptr<const schema::MetaData> metadata;
    int table = -1;  // index into metadata->tables
    ObjectState state = ObjectState::Transient;
    std::vector<Attribute> attributes;  // one per table column
    QVariantList identity;              // primary key values once persistent
    std::vector<Reference> references;
    SessionCore *session = nullptr;  // set while Pending, Persistent or Deleted
    bool markedDeleted = false;      // Session::remove() called, not yet flushed
    quint64 sequence = 0;            // order of add(), for a stable flush order

    const schema::Table &tableRef() const { return metadata->tables[size_t(table)]; }
    int columnIndex(const QString &name) const
    {
        const auto &columns = tableRef().columns;
        for (size_t i = 0; i < columns.size(); ++i) {
            if (columns[i].name == name)
                return int(i);
        }
        return -1;
    }
    bool isModified() const
    {
        for (const Attribute &a : attributes) {
            if (a.modified)
                return true;
        }
        return false;
    }
    // Forgets every loaded value and every change; the identity stays.
    void expire()
    {
        for (Attribute &a : attributes)
            a = Attribute{};
    }
    // The current changes become the committed state.
    void markClean()
    {
        for (Attribute &a : attributes) {
            a.modified = false;
            a.originalKnown = false;
            a.original = QVariant();
        }
    }
};

// The identity map's key for a row: table index and primary key values in key
// order. Values are compared as text, so 5, 5LL and 5.0 name the same row.
inline QString identityKey(int table, const QVariantList &values)
{
    QString key = QString::number(table);
    for (const QVariant &v : values) {
        key += QChar(0x1f);
        if (v.isNull())
            key += QChar(0x1);
        else if (v.typeId() == QMetaType::QByteArray)
            key += QLatin1String("\\x") + QString::fromLatin1(v.toByteArray().toHex());
        else
            key += v.toString();
    }
    return key;
}

}  // namespace stratum::session
