// SessionCore: queries, loading rows into the identity map, running statements.
#include "core/engine/ResultStream.h"
#include "core/session/SessionCore.h"

namespace stratum::session {

namespace {

std::vector<int> primaryKeyColumns(const schema::Table &t)
{
    std::vector<int> out;
    for (const QString &name : t.primaryKey.columns) {
        if (const schema::Column *c = t.column(name))
            out.push_back(int(c - t.columns.data()));
    }
    return out;
}

// Fills what the object does not hold yet; loaded and changed values stay, as
// SQLAlchemy keeps an object's state when a query returns its row again.
void fillUnloaded(ObjectData &o, const QVariantList &row)
{
    for (size_t c = 0; c < o.attributes.size(); ++c) {
        Attribute &a = o.attributes[c];
        if (a.modified && !a.originalKnown) {
            // changed while expired: now the committed value is known
            a.original = row.value(qsizetype(c));
            a.originalKnown = true;
        }
        if (a.loaded)
            continue;
        a.value = row.value(qsizetype(c));
        a.loaded = true;
    }
}

}  // namespace

Result<engine::ExecResult> SessionCore::execute(const QString &sql, const engine::Params &params)
{
    Result<engine::ConnectionHandle *> c = connection();
    if (!c)
        return c.error();
    if (m_hook)
        m_hook(sql, params);
    return (*c)->execute(sql, params);
}

Result<QueryRows> SessionCore::query(const QString &sql, const engine::Params &params)
{
    Result<engine::ConnectionHandle *> c = connection();
    if (!c)
        return c.error();
    if (m_hook)
        m_hook(sql, params);
    auto stream = (*c)->driver().stream(sql, params);
    if (!stream)
        return stream.error();
    QueryRows out;
    engine::RowBatch batch;
    for (;;) {
        Result<bool> more = stream.value()->next(batch, 1024);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const int columns = batch.columnCount();
        for (int r = 0; r < batch.rowCount(); ++r) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row << batch.value(r, c);
            out.rows.push_back(std::move(row));
        }
    }
    out.rowsAffected = stream.value()->rowsAffected();
    return out;
}

Result<std::vector<SessionObject>> SessionCore::select(int table, const SelectOptions &options)
{
    if (m_needsRollback)
        return needsRollbackError();
    if (m_options.autoflush) {
        if (const Status s = flush(); !s)
            return s.error();
    }
    const schema::Table &t = m_metadata->tables[size_t(table)];
    const std::vector<int> pk = primaryKeyColumns(t);
    if (pk.empty())
        return sessionError(QStringLiteral("The table %1 has no primary key; the session can "
                                           "only hold rows it can address.")
                                .arg(t.displayName()),
                            QStringLiteral("invalid_request"));
    const SqlBuilder sql(m_dialect);
    QString text = sql.select(t);
    if (!options.where.isEmpty())
        text += QLatin1String(" WHERE ") + options.where;
    if (!options.orderBy.isEmpty())
        text += QLatin1String(" ORDER BY ") + options.orderBy;
    if (options.limit >= 0)
        text += QLatin1String(" LIMIT ") + QString::number(options.limit);
    if (options.offset > 0)
        text += QLatin1String(" OFFSET ") + QString::number(options.offset);
    Result<QueryRows> rows = query(text, options.params);
    if (!rows)
        return rows.error();
    std::vector<SessionObject> out;
    out.reserve(rows->rows.size());
    for (const QVariantList &row : rows->rows) {
        QVariantList key;
        for (int c : pk)
            key << row.value(c);
        const QString k = identityKey(table, key);
        const auto it = m_identity.find(k);
        if (it != m_identity.end()) {
            fillUnloaded(*it->second, row);
            out.emplace_back(it->second);
            continue;
        }
        auto o = std::make_shared<ObjectData>();
        o->metadata = m_metadata;
        o->table = table;
        o->state = ObjectState::Persistent;
        o->session = this;
        o->identity = key;
        o->sequence = ++m_sequence;
        o->attributes.resize(t.columns.size());
        fillUnloaded(*o, row);
        m_identity.emplace(k, o);
        out.emplace_back(std::move(o));
    }
    return out;
}

Result<SessionObject> SessionCore::get(int table, const QVariantList &primaryKey)
{
    const schema::Table &t = m_metadata->tables[size_t(table)];
    const std::vector<int> pk = primaryKeyColumns(t);
    if (pk.empty() || qsizetype(pk.size()) != primaryKey.size())
        return sessionError(QStringLiteral("The primary key of %1 has %2 column(s); %3 value(s) "
                                           "were given.")
                                .arg(t.displayName())
                                .arg(pk.size())
                                .arg(primaryKey.size()),
                            QStringLiteral("invalid_request"));
    const auto it = m_identity.find(identityKey(table, primaryKey));
    if (it != m_identity.end()) {
        bool expired = false;
        for (const Attribute &a : it->second->attributes)
            expired = expired || !a.loaded;
        if (!expired)
            return SessionObject(it->second);
    }
    SelectOptions options;
    QString where;
    for (size_t i = 0; i < pk.size(); ++i) {
        if (i)
            where += QLatin1String(" AND ");
        where += SqlBuilder::column(t.columns[size_t(pk[i])].name) + QLatin1String(" = $") +
                 QString::number(i + 1);
        options.params.push_back(primaryKey[qsizetype(i)]);
    }
    options.where = where;
    Result<std::vector<SessionObject>> found = select(table, options);
    if (!found)
        return found.error();
    if (found->empty())
        return SessionObject();
    return found->front();
}

Status SessionCore::load(ObjectData &object)
{
    if (m_needsRollback)
        return needsRollbackError();
    const schema::Table &t = object.tableRef();
    const std::vector<int> pk = primaryKeyColumns(t);
    const SqlBuilder sql(m_dialect);
    QString text = sql.select(t) + QLatin1String(" WHERE ");
    engine::Params params;
    for (size_t i = 0; i < pk.size(); ++i) {
        if (i)
            text += QLatin1String(" AND ");
        text += SqlBuilder::column(t.columns[size_t(pk[i])].name) + QLatin1String(" = $") +
                QString::number(i + 1);
        params.push_back(object.identity.value(qsizetype(i)));
    }
    Result<QueryRows> rows = query(text, params);
    if (!rows)
        return rows.error();
    if (rows->rows.empty())
        return sessionError(QStringLiteral("The row %1 no longer exists in the database.")
                                .arg(FlushPlanner::describe(object)),
                            QStringLiteral("object_deleted"));
    fillUnloaded(object, rows->rows.front());
    return Ok{};
}

Result<SessionObject> SessionCore::merge(int table, const QVariantMap &values)
{
    const schema::Table &t = m_metadata->tables[size_t(table)];
    const std::vector<int> pk = primaryKeyColumns(t);
    QVariantList key;
    for (int c : pk) {
        const auto it = values.find(t.columns[size_t(c)].name);
        if (it == values.end() || it->isNull())
            return sessionError(QStringLiteral("merge() needs the primary key of %1; %2 is "
                                               "missing.")
                                    .arg(t.displayName(), t.columns[size_t(c)].name),
                                QStringLiteral("invalid_request"));
        key << *it;
    }
    if (pk.empty())
        return sessionError(QStringLiteral("The table %1 has no primary key; the session can "
                                           "only hold rows it can address.")
                                .arg(t.displayName()),
                            QStringLiteral("invalid_request"));
    QVariantList row;
    std::vector<bool> given(t.columns.size(), false);
    for (size_t c = 0; c < t.columns.size(); ++c) {
        const auto it = values.find(t.columns[c].name);
        given[c] = it != values.end();
        row << (given[c] ? *it : QVariant());
    }
    const QString k = identityKey(table, key);
    std::shared_ptr<ObjectData> o;
    if (const auto it = m_identity.find(k); it != m_identity.end()) {
        o = it->second;
    } else {
        o = std::make_shared<ObjectData>();
        o->metadata = m_metadata;
        o->table = table;
        o->state = ObjectState::Persistent;
        o->session = this;
        o->identity = key;
        o->sequence = ++m_sequence;
        o->attributes.resize(t.columns.size());
        m_identity.emplace(k, o);
    }
    // Only the given columns: the others stay unloaded (read on first use).
    for (size_t c = 0; c < o->attributes.size(); ++c) {
        if (!given[c])
            continue;
        Attribute &a = o->attributes[c];
        if (a.modified && !a.originalKnown) {
            a.original = row.value(qsizetype(c));
            a.originalKnown = true;
        }
        if (!a.loaded) {
            a.value = row.value(qsizetype(c));
            a.loaded = true;
        }
    }
    return SessionObject(o);
}

}  // namespace stratum::session
