#include "core/session/SessionObject.h"

#include "core/session/FlushPlanner.h"
#include "core/session/ObjectData.h"
#include "core/session/SessionCore.h"

namespace stratum::session {

QString objectStateName(ObjectState state)
{
    switch (state) {
    case ObjectState::Transient:
        return QStringLiteral("transient");
    case ObjectState::Pending:
        return QStringLiteral("pending");
    case ObjectState::Persistent:
        return QStringLiteral("persistent");
    case ObjectState::Deleted:
        return QStringLiteral("deleted");
    case ObjectState::Detached:
        return QStringLiteral("detached");
    }
    return QStringLiteral("unknown");
}

namespace {

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

Error unknownColumn(const ObjectData &d, const QString &column)
{
    return sessionError(
        QStringLiteral("The table %1 has no column %2.").arg(d.tableRef().displayName(), column),
        QStringLiteral("invalid_request"));
}

}  // namespace

Result<SessionObject> SessionObject::create(std::shared_ptr<const schema::MetaData> metadata,
                                            const QString &table, const QString &schema)
{
    const schema::Table *t = metadata ? metadata->table(schema, table) : nullptr;
    if (!t)
        return sessionError(QStringLiteral("The model has no table %1.")
                                .arg(schema.isEmpty() ? table : schema + u'.' + table),
                            QStringLiteral("invalid_request"));
    auto d = std::make_shared<ObjectData>();
    d->table = int(t - metadata->tables.data());
    d->attributes.resize(t->columns.size());
    d->metadata = std::move(metadata);
    return SessionObject(std::move(d));
}

ObjectState SessionObject::state() const
{
    return m_d ? m_d->state : ObjectState::Transient;
}

const schema::Table &SessionObject::table() const
{
    return m_d->tableRef();
}

QVariant SessionObject::value(const QString &column) const
{
    const int c = m_d->columnIndex(column);
    if (c < 0)
        return {};
    if (!m_d->attributes[size_t(c)].loaded && m_d->session && m_d->state == ObjectState::Persistent)
        (void)m_d->session->load(*m_d);
    return m_d->attributes[size_t(c)].value;
}

bool SessionObject::isLoaded(const QString &column) const
{
    const int c = m_d->columnIndex(column);
    return c >= 0 && m_d->attributes[size_t(c)].loaded;
}

Status SessionObject::setValue(const QString &column, const QVariant &value) const
{
    const int c = m_d->columnIndex(column);
    if (c < 0)
        return unknownColumn(*m_d, column);
    Attribute &a = m_d->attributes[size_t(c)];
    const bool tracksOriginal =
        m_d->state == ObjectState::Persistent || m_d->state == ObjectState::Detached;
    if (!tracksOriginal) {
        a.value = value;
        a.loaded = true;
        a.modified = true;
        return Ok{};
    }
    if (!a.modified) {
        if (a.loaded && sameValue(a.value, value))
            return Ok{};
        a.originalKnown = a.loaded;
        a.original = a.loaded ? a.value : QVariant();
        a.modified = true;
    } else if (a.originalKnown && sameValue(a.original, value)) {
        // back to what the database holds: clean again
        a.modified = false;
        a.originalKnown = false;
        a.original = QVariant();
    }
    a.value = value;
    a.loaded = true;
    return Ok{};
}

Status SessionObject::setReference(const QString &fk, const SessionObject &parent) const
{
    if (parent.isNull())
        return sessionError(QStringLiteral("setReference() needs a parent object."),
                            QStringLiteral("invalid_request"));
    const schema::Table &t = m_d->tableRef();
    int index = -1;
    for (size_t i = 0; i < t.foreignKeys.size() && index < 0; ++i) {
        const schema::ForeignKey &f = t.foreignKeys[i];
        if ((!f.name.isEmpty() && f.name == fk) || (!f.columns.isEmpty() && f.columns[0] == fk))
            index = int(i);
    }
    if (index < 0)
        return sessionError(
            QStringLiteral("The table %1 has no foreign key %2.").arg(t.displayName(), fk),
            QStringLiteral("invalid_request"));
    const schema::ForeignKey &f = t.foreignKeys[size_t(index)];
    const schema::Table &pt = parent.table();
    const QString referredSchema = f.referredSchema.isEmpty() ? t.schema : f.referredSchema;
    if (pt.name != f.referredTable || pt.schema != referredSchema)
        return sessionError(QStringLiteral("The foreign key %1 of %2 refers to %3, not to %4.")
                                .arg(fk, t.displayName(), f.referredTable, pt.displayName()),
                            QStringLiteral("invalid_request"));
    // Mark the columns as set now; flush() fills in the parent's values.
    for (int k = 0; k < f.columns.size(); ++k) {
        const int c = m_d->columnIndex(f.columns[k]);
        const int pc = parent.data()->columnIndex(f.referredColumns.value(k));
        if (c < 0 || pc < 0)
            return unknownColumn(*m_d, f.columns[k]);
        const Attribute &pa = parent.data()->attributes[size_t(pc)];
        if (const Status s = setValue(f.columns[k], pa.loaded ? pa.value : QVariant()); !s)
            return s;
        Attribute &a = m_d->attributes[size_t(c)];
        a.modified = true;
        a.loaded = true;
    }
    for (Reference &r : m_d->references) {
        if (r.foreignKey == index) {
            r.target = parent.data();
            return Ok{};
        }
    }
    m_d->references.push_back({index, parent.data()});
    return Ok{};
}

bool SessionObject::isModified() const
{
    return m_d && (m_d->isModified() || !m_d->references.empty());
}

QStringList SessionObject::modifiedColumns() const
{
    QStringList out;
    for (size_t c = 0; c < m_d->attributes.size(); ++c) {
        if (m_d->attributes[c].modified)
            out << m_d->tableRef().columns[c].name;
    }
    return out;
}

QVariant SessionObject::originalValue(const QString &column) const
{
    const int c = m_d->columnIndex(column);
    if (c < 0)
        return {};
    const Attribute &a = m_d->attributes[size_t(c)];
    if (a.modified)
        return a.originalKnown ? a.original : QVariant();
    return value(column);
}

QVariantList SessionObject::identity() const
{
    return m_d ? m_d->identity : QVariantList();
}

QString SessionObject::describe() const
{
    return m_d ? FlushPlanner::describe(*m_d) : QStringLiteral("(null)");
}

bool SessionObject::isMarkedForDeletion() const
{
    return m_d && m_d->markedDeleted;
}

bool SessionObject::isExpired() const
{
    if (!m_d)
        return false;
    for (const Attribute &a : m_d->attributes) {
        if (!a.loaded)
            return true;
    }
    return false;
}

}  // namespace stratum::session
