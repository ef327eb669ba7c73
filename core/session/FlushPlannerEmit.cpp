// FlushPlanner, second half: turning the sorted rows into statements.
#include "core/session/FlushPlanner.h"

#include <algorithm>

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

bool generatedByServer(const schema::Column &c)
{
    return !c.serverDefault.isEmpty() || c.identity || c.autoincrement || !c.computed.isEmpty();
}

// Integer primary keys are SQLite's rowid aliases: last_insert_rowid() is the key.
bool isRowidAlias(const schema::Table &t, const std::vector<int> &pk)
{
    if (pk.size() != 1)
        return false;
    const schema::ColumnType &type = t.columns[size_t(pk[0])].type;
    return type.isInteger() || type.verbatim.contains(QLatin1String("INT"), Qt::CaseInsensitive);
}

QString rows(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 row") : QStringLiteral("%1 rows").arg(n);
}

}  // namespace

std::vector<ParamValue> FlushPlanner::whereIdentity(const ObjectData &object, QString *sql,
                                                    int *next) const
{
    const schema::Table &t = object.tableRef();
    const std::vector<int> pk = primaryKeyColumns(t);
    std::vector<ParamValue> params;
    std::vector<bool> nulls;
    for (size_t i = 0; i < pk.size(); ++i) {
        const QVariant v =
            qsizetype(i) < object.identity.size() ? object.identity[qsizetype(i)] : QVariant();
        nulls.push_back(v.isNull());
        if (!v.isNull())
            params.push_back({v, nullptr, -1});
    }
    *sql += m_sql.conditions(t, pk, nulls, next);
    return params;
}

Status FlushPlanner::emitWrites(const std::vector<int> &order)
{
    std::vector<int> batchOf(m_nodes.size(), -1);
    size_t i = 0;
    while (i < order.size()) {
        Node &n = m_nodes[size_t(order[i])];
        if (n.kind == Node::Update) {
            emitUpdate(n);
            ++i;
            continue;
        }
        const schema::Table &t = n.object->tableRef();
        const std::vector<int> pk = primaryKeyColumns(t);
        const bool pkGiven =
            std::all_of(pk.begin(), pk.end(), [&](int c) { return n.provided[size_t(c)]; });
        if (!pkGiven && m_settings.dialect == schema::Dialect::SQLite && !isRowidAlias(t, pk))
            return sessionError(QStringLiteral("Cannot insert %1: SQLite generates only integer "
                                               "rowid keys; give the primary key a value.")
                                    .arg(describe(*n.object)));
        const qsizetype columns = std::count(n.provided.begin(), n.provided.end(), true);
        const bool batchable =
            columns > 0 && (pkGiven || m_settings.dialect == schema::Dialect::PostgreSQL);
        const int maxParams = m_settings.dialect == schema::Dialect::PostgreSQL ? 65535 : 32766;
        const size_t limit =
            batchable
                ? size_t(std::max<qsizetype>(
                      1, std::min<qsizetype>(m_settings.maxRowsPerInsert, maxParams / columns)))
                : 1;
        std::vector<int> batch{order[i]};
        batchOf[size_t(order[i])] = int(i);
        size_t j = i + 1;
        while (j < order.size() && batch.size() < limit) {
            const Node &m = m_nodes[size_t(order[j])];
            if (m.kind != Node::Insert || m.object->table != n.object->table ||
                m.provided != n.provided)
                break;
            const bool dependsOnBatch = std::any_of(m.in.begin(), m.in.end(), [&](int e) {
                return !m_edges[size_t(e)].removed &&
                       batchOf[size_t(m_edges[size_t(e)].from)] == int(i);
            });
            if (dependsOnBatch)
                break;
            batchOf[size_t(order[j])] = int(i);
            batch.push_back(order[j]);
            ++j;
        }
        emitInsertBatch(batch, pkGiven);
        i = j;
    }
    return Ok{};
}

std::vector<int> FlushPlanner::brokenColumns(const Node &node) const
{
    std::vector<int> out;
    const schema::Table &t = node.object->tableRef();
    for (int e : node.broken) {
        const schema::ForeignKey &fk = t.foreignKeys[size_t(m_edges[size_t(e)].foreignKey)];
        for (const QString &name : fk.columns) {
            if (const schema::Column *c = t.column(name))
                out.push_back(int(c - t.columns.data()));
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void FlushPlanner::emitInsertBatch(const std::vector<int> &batch, bool pkGiven)
{
    const Node &first = m_nodes[size_t(batch.front())];
    const schema::Table &t = first.object->tableRef();
    const std::vector<int> pk = primaryKeyColumns(t);
    FlushStep step;
    step.kind = StepKind::Insert;
    step.table = first.object->table;
    for (size_t c = 0; c < t.columns.size(); ++c) {
        if (first.provided[c]) {
            step.columns.push_back(int(c));
            continue;
        }
        const bool isPk = std::find(pk.begin(), pk.end(), int(c)) != pk.end();
        if (m_settings.dialect == schema::Dialect::PostgreSQL) {
            if (isPk || generatedByServer(t.columns[c]))
                step.returning.push_back(int(c));
        } else if (!isPk && generatedByServer(t.columns[c])) {
            step.expired.push_back(int(c));
        }
    }
    step.params.reserve(batch.size() * step.columns.size());
    for (int index : batch) {
        const Node &n = m_nodes[size_t(index)];
        const std::vector<int> broken = brokenColumns(n);
        step.objects.push_back(n.object);
        for (int c : step.columns) {
            if (std::binary_search(broken.begin(), broken.end(), c))
                step.params.push_back({QVariant(), nullptr, -1});
            else
                step.params.push_back(n.values[size_t(c)]);
        }
    }
    step.values = step.params;
    step.sql = m_sql.insert(t, step.columns, int(batch.size()), step.returning);
    step.expectedRows = qint64(batch.size());
    step.description =
        QStringLiteral("insert %1 into %2").arg(rows(qsizetype(batch.size())), t.displayName());
    m_steps.push_back(std::move(step));
    if (!pkGiven && m_settings.dialect == schema::Dialect::SQLite) {
        FlushStep fetch;
        fetch.kind = StepKind::FetchRowid;
        fetch.table = first.object->table;
        fetch.sql = QStringLiteral("SELECT last_insert_rowid()");
        fetch.objects.push_back(first.object);
        fetch.returning = pk;
        fetch.description = QStringLiteral("fetch the key of %1").arg(describe(*first.object));
        m_steps.push_back(std::move(fetch));
    }
}

void FlushPlanner::emitUpdate(Node &node)
{
    ObjectData &o = *node.object;
    const schema::Table &t = o.tableRef();
    const std::vector<int> broken = brokenColumns(node);
    FlushStep step;
    step.kind = StepKind::Update;
    step.table = o.table;
    step.objects.push_back(&o);
    for (size_t c = 0; c < t.columns.size(); ++c) {
        if (node.provided[c] && !std::binary_search(broken.begin(), broken.end(), int(c))) {
            step.columns.push_back(int(c));
            step.params.push_back(node.values[c]);
        }
    }
    if (step.columns.empty())
        return;
    step.values = step.params;
    int next = 1;
    step.sql = m_sql.update(t, step.columns, &next);
    const std::vector<ParamValue> where = whereIdentity(o, &step.sql, &next);
    step.params.insert(step.params.end(), where.begin(), where.end());
    const TableSettings &settings = m_tables[size_t(o.table)];
    std::vector<int> checkColumns;
    std::vector<bool> nulls;
    std::vector<ParamValue> checkParams;
    auto committed = [&](int c) {
        const Attribute &a = o.attributes[size_t(c)];
        return a.modified ? a.original : a.value;
    };
    if (settings.check == ConcurrencyCheck::VersionColumn && settings.versionColumn >= 0) {
        checkColumns.push_back(settings.versionColumn);
        const QVariant v = committed(settings.versionColumn);
        nulls.push_back(v.isNull());
        if (!v.isNull())
            checkParams.push_back({v, nullptr, -1});
    } else if (settings.check == ConcurrencyCheck::OriginalValues) {
        for (int c : step.columns) {
            const Attribute &a = o.attributes[size_t(c)];
            if (!a.modified || !a.originalKnown)
                continue;
            checkColumns.push_back(c);
            nulls.push_back(a.original.isNull());
            if (!a.original.isNull())
                checkParams.push_back({a.original, nullptr, -1});
        }
    }
    if (!checkColumns.empty()) {
        step.sql += QLatin1String(" AND ") + m_sql.conditions(t, checkColumns, nulls, &next);
        step.params.insert(step.params.end(), checkParams.begin(), checkParams.end());
    }
    step.expectedRows = 1;
    step.description = QStringLiteral("update %1").arg(describe(o));
    m_steps.push_back(std::move(step));
}

void FlushPlanner::emitPostUpdates(const std::vector<int> &order)
{
    for (int index : order) {
        const Node &n = m_nodes[size_t(index)];
        if (n.broken.empty())
            continue;
        ObjectData &o = *n.object;
        const schema::Table &t = o.tableRef();
        FlushStep step;
        step.kind = StepKind::PostUpdate;
        step.table = o.table;
        step.objects.push_back(&o);
        step.columns = brokenColumns(n);
        for (int c : step.columns)
            step.params.push_back(n.values[size_t(c)]);
        step.values = step.params;
        int next = 1;
        step.sql = m_sql.update(t, step.columns, &next);
        if (n.kind == Node::Update) {
            const std::vector<ParamValue> where = whereIdentity(o, &step.sql, &next);
            step.params.insert(step.params.end(), where.begin(), where.end());
        } else {
            // A new row: its key is what the INSERT gave or got back.
            const std::vector<int> pk = primaryKeyColumns(t);
            step.sql += m_sql.conditions(t, pk, std::vector<bool>(pk.size(), false), &next);
            for (int c : pk) {
                if (n.provided[size_t(c)])
                    step.params.push_back(n.values[size_t(c)]);
                else
                    step.params.push_back({QVariant(), &o, c});
            }
        }
        step.expectedRows = 1;
        step.description = QStringLiteral("post-update %1").arg(describe(o));
        m_steps.push_back(std::move(step));
    }
}

void FlushPlanner::emitDeletes(const std::vector<int> &order)
{
    // Rows of a cycle first let go of the row they refer to.
    for (int index : order) {
        const Node &n = m_nodes[size_t(index)];
        if (n.broken.empty())
            continue;
        ObjectData &o = *n.object;
        FlushStep step;
        step.kind = StepKind::PostUpdate;
        step.table = o.table;
        step.objects.push_back(&o);
        step.columns = brokenColumns(n);
        step.params.assign(step.columns.size(), ParamValue{});
        step.values = step.params;
        int next = 1;
        step.sql = m_sql.update(o.tableRef(), step.columns, &next);
        const std::vector<ParamValue> where = whereIdentity(o, &step.sql, &next);
        step.params.insert(step.params.end(), where.begin(), where.end());
        step.expectedRows = 1;
        step.description = QStringLiteral("unlink %1 before deleting").arg(describe(o));
        m_steps.push_back(std::move(step));
    }
    for (int index : order) {
        ObjectData &o = *m_nodes[size_t(index)].object;
        const schema::Table &t = o.tableRef();
        FlushStep step;
        step.kind = StepKind::Delete;
        step.table = o.table;
        step.objects.push_back(&o);
        int next = 1;
        step.sql = m_sql.remove(t);
        step.params = whereIdentity(o, &step.sql, &next);
        const TableSettings &settings = m_tables[size_t(o.table)];
        if (settings.check == ConcurrencyCheck::VersionColumn && settings.versionColumn >= 0) {
            const ParamValue &v = m_nodes[size_t(index)].values[size_t(settings.versionColumn)];
            step.sql += QLatin1String(" AND ") +
                        m_sql.conditions(t, {settings.versionColumn}, {v.value.isNull()}, &next);
            if (!v.value.isNull())
                step.params.push_back(v);
        }
        step.expectedRows = 1;
        step.description = QStringLiteral("delete %1").arg(describe(o));
        m_steps.push_back(std::move(step));
    }
}

}  // namespace stratum::session
