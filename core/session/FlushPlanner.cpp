#include "core/session/FlushPlanner.h"

#include "core/schema/DependencyOrder.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <tuple>
#include <unordered_map>

namespace stratum::session {

namespace {

int tableIndex(const schema::MetaData &metadata, const QString &schema, const QString &name)
{
    const schema::Table *t = metadata.table(schema, name);
    return t ? int(t - metadata.tables.data()) : -1;
}

// Positions of columns (by name) in table, or empty when one is missing.
std::vector<int> columnIndexes(const schema::Table &table, const QStringList &names)
{
    std::vector<int> out;
    for (const QString &n : names) {
        const schema::Column *c = table.column(n);
        if (!c)
            return {};
        out.push_back(int(c - table.columns.data()));
    }
    return out;
}

}  // namespace

Error sessionError(const QString &message, const QString &code)
{
    Error e;
    e.message = message;
    e.source = QStringLiteral("session");
    e.code = code;
    return e;
}

FlushPlanner::FlushPlanner(const schema::MetaData &metadata, const std::vector<int> &tableRank,
                           const std::vector<TableSettings> &tables, Settings settings)
    : m_metadata(metadata)
    , m_rank(tableRank)
    , m_tables(tables)
    , m_settings(settings)
    , m_sql(settings.dialect)
{}

std::vector<int> FlushPlanner::rankTables(const schema::MetaData &metadata)
{
    const schema::TableOrder order = schema::DependencyOrder::sortTables(metadata);
    std::vector<int> rank(metadata.tables.size(), 0);
    for (size_t i = 0; i < order.order.size(); ++i)
        rank[size_t(order.order[i])] = int(i);
    return rank;
}

QString FlushPlanner::describe(const ObjectData &object)
{
    const schema::Table &t = object.tableRef();
    QStringList parts;
    const QStringList &pk = t.primaryKey.columns;
    for (int i = 0; i < pk.size(); ++i) {
        QVariant v;
        if (i < object.identity.size()) {
            v = object.identity[i];
        } else {
            const int c = object.columnIndex(pk[i]);
            if (c < 0 || !object.attributes[size_t(c)].loaded)
                return t.displayName() + QLatin1String("(new)");
            v = object.attributes[size_t(c)].value;
        }
        parts << pk[i] + u'=' + (v.isNull() ? QStringLiteral("NULL") : v.toString());
    }
    if (parts.isEmpty())
        return t.displayName() + QLatin1String("(no primary key)");
    return t.displayName() + u'(' + parts.join(QLatin1String(", ")) + u')';
}

FlushStatement FlushPlanner::toStatement(const FlushStep &step)
{
    FlushStatement s;
    s.sql = step.sql;
    s.description = step.description;
    s.params.reserve(step.params.size());
    for (size_t i = 0; i < step.params.size(); ++i) {
        s.params.push_back(step.params[i].source ? QVariant() : step.params[i].value);
        if (step.params[i].source)
            s.generatedParams << int(i);
    }
    return s;
}

Result<ParamValue> FlushPlanner::referenceValue(const Reference &ref, int referredColumn)
{
    ObjectData *target = ref.target.get();
    const Attribute &a = target->attributes[size_t(referredColumn)];
    if (target->state == ObjectState::Pending && target->session) {
        bool fromReference = false;
        for (const Reference &r : target->references) {
            const schema::ForeignKey &fk = target->tableRef().foreignKeys[size_t(r.foreignKey)];
            if (fk.columns.contains(target->tableRef().columns[size_t(referredColumn)].name))
                fromReference = true;
        }
        if (a.loaded && !fromReference)
            return ParamValue{a.value, nullptr, -1};
        return ParamValue{QVariant(), target, referredColumn};
    }
    if (target->state == ObjectState::Persistent && !target->markedDeleted) {
        if (a.loaded)
            return ParamValue{a.value, nullptr, -1};
        const QString name = target->tableRef().columns[size_t(referredColumn)].name;
        const int k = target->tableRef().primaryKey.columns.indexOf(name);
        if (k >= 0 && k < target->identity.size())
            return ParamValue{target->identity[k], nullptr, -1};
        return sessionError(QStringLiteral("The referenced row %1 has no loaded value for %2.")
                                .arg(describe(*target), name));
    }
    return sessionError(QStringLiteral("A row refers to %1, which is %2 and cannot be referred to; "
                                       "add it to the session first.")
                            .arg(describe(*target), objectStateName(target->state)));
}

Status FlushPlanner::addInsertNode(ObjectData *object)
{
    const schema::Table &t = object->tableRef();
    Node node;
    node.object = object;
    node.kind = Node::Insert;
    node.values.resize(t.columns.size());
    node.provided.assign(t.columns.size(), false);
    for (size_t c = 0; c < t.columns.size(); ++c) {
        const Attribute &a = object->attributes[c];
        if (a.loaded || a.modified) {
            node.values[c].value = a.value;
            node.provided[c] = true;
        }
    }
    const TableSettings &settings = m_tables[size_t(object->table)];
    if (settings.check == ConcurrencyCheck::VersionColumn && settings.versionColumn >= 0 &&
        !node.provided[size_t(settings.versionColumn)]) {
        node.values[size_t(settings.versionColumn)].value = qint64(1);
        node.provided[size_t(settings.versionColumn)] = true;
    }
    m_nodes.push_back(std::move(node));
    return Ok{};
}

Status FlushPlanner::addUpdateNode(ObjectData *object)
{
    const schema::Table &t = object->tableRef();
    Node node;
    node.object = object;
    node.kind = Node::Update;
    node.values.resize(t.columns.size());
    node.provided.assign(t.columns.size(), false);
    for (size_t c = 0; c < t.columns.size(); ++c) {
        const Attribute &a = object->attributes[c];
        if (a.modified) {
            node.values[c].value = a.value;
            node.provided[c] = true;
        }
    }
    const TableSettings &settings = m_tables[size_t(object->table)];
    if (settings.check == ConcurrencyCheck::VersionColumn && settings.versionColumn >= 0) {
        const Attribute &v = object->attributes[size_t(settings.versionColumn)];
        if (!v.loaded)
            return sessionError(
                QStringLiteral("The version column of %1 is not loaded.").arg(describe(*object)));
        const QVariant old = v.modified && v.originalKnown ? v.original : v.value;
        node.newVersion = old.toLongLong() + 1;
        node.values[size_t(settings.versionColumn)].value = node.newVersion;
        node.provided[size_t(settings.versionColumn)] = true;
    }
    m_nodes.push_back(std::move(node));
    return Ok{};
}

Status FlushPlanner::buildWriteNodes(const FlushInput &input)
{
    for (ObjectData *o : input.inserts) {
        if (const Status s = addInsertNode(o); !s)
            return s;
    }
    for (ObjectData *o : input.updates) {
        if (const Status s = addUpdateNode(o); !s)
            return s;
    }
    // Values from references, and the edges they imply.
    std::unordered_map<const ObjectData *, int> nodeOf;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == Node::Insert)
            nodeOf[m_nodes[i].object] = int(i);
    }
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        Node &node = m_nodes[i];
        const schema::Table &t = node.object->tableRef();
        for (const Reference &ref : node.object->references) {
            const schema::ForeignKey &fk = t.foreignKeys[size_t(ref.foreignKey)];
            const std::vector<int> childColumns = columnIndexes(t, fk.columns);
            const std::vector<int> referred =
                columnIndexes(ref.target->tableRef(), fk.referredColumns);
            if (childColumns.empty() || referred.size() != childColumns.size())
                return sessionError(
                    QStringLiteral("The foreign key %1 of %2 does not match %3.")
                        .arg(fk.name, t.displayName(), ref.target->tableRef().displayName()));
            for (size_t k = 0; k < childColumns.size(); ++k) {
                Result<ParamValue> v = referenceValue(ref, referred[k]);
                if (!v)
                    return v.error();
                node.values[size_t(childColumns[k])] = *v;
                node.provided[size_t(childColumns[k])] = true;
            }
            const auto parent = nodeOf.find(ref.target.get());
            if (parent != nodeOf.end() && parent->second != int(i)) {
                m_edges.push_back({parent->second, int(i), ref.foreignKey, int(i), false});
            }
        }
    }
    addValueEdges();
    for (size_t e = 0; e < m_edges.size(); ++e) {
        m_nodes[size_t(m_edges[e].from)].out.push_back(int(e));
        m_nodes[size_t(m_edges[e].to)].in.push_back(int(e));
        ++m_nodes[size_t(m_edges[e].to)].indegree;
    }
    return Ok{};
}

// Edges for foreign key values that name a row inserted in the same flush.
void FlushPlanner::addValueEdges()
{
    std::unordered_map<QString, int> insertByKey;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.kind != Node::Insert)
            continue;
        const schema::Table &t = n.object->tableRef();
        const std::vector<int> pk = columnIndexes(t, t.primaryKey.columns);
        QVariantList values;
        for (int c : pk) {
            if (!n.provided[size_t(c)] || n.values[size_t(c)].source)
                break;
            values << n.values[size_t(c)].value;
        }
        if (!pk.empty() && values.size() == qsizetype(pk.size()))
            insertByKey.emplace(identityKey(n.object->table, values), int(i));
    }
    if (insertByKey.empty())
        return;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        const schema::Table &t = n.object->tableRef();
        for (size_t f = 0; f < t.foreignKeys.size(); ++f) {
            const bool referenced =
                std::any_of(n.object->references.begin(), n.object->references.end(),
                            [&](const Reference &r) { return r.foreignKey == int(f); });
            if (referenced)
                continue;
            const schema::ForeignKey &fk = t.foreignKeys[f];
            const std::vector<int> cols = columnIndexes(t, fk.columns);
            const int parentTable =
                tableIndex(m_metadata, fk.referredSchema.isEmpty() ? t.schema : fk.referredSchema,
                           fk.referredTable);
            if (cols.empty() || parentTable < 0)
                continue;
            const schema::Table &pt = m_metadata.tables[size_t(parentTable)];
            QVariantList key;
            for (const QString &pkName : pt.primaryKey.columns) {
                const int k = int(fk.referredColumns.indexOf(pkName));
                if (k < 0 || size_t(k) >= cols.size())
                    break;
                const ParamValue &v = n.values[size_t(cols[size_t(k)])];
                if (!n.provided[size_t(cols[size_t(k)])] || v.source || v.value.isNull())
                    break;
                key << v.value;
            }
            if (key.isEmpty() || key.size() != pt.primaryKey.columns.size() ||
                fk.referredColumns.size() != pt.primaryKey.columns.size())
                continue;
            const auto parent = insertByKey.find(identityKey(parentTable, key));
            if (parent != insertByKey.end() && parent->second != int(i))
                m_edges.push_back({parent->second, int(i), int(f), int(i), false});
        }
    }
}

// Delete nodes: a child row's committed foreign key naming a row that is
// deleted too puts the child first.
void FlushPlanner::addDeleteEdges()
{
    std::unordered_map<QString, int> deleteByKey;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == Node::Delete)
            deleteByKey.emplace(identityKey(m_nodes[i].object->table, m_nodes[i].object->identity),
                                int(i));
    }
    const size_t first = m_edges.size();
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.kind != Node::Delete)
            continue;
        const schema::Table &t = n.object->tableRef();
        for (size_t f = 0; f < t.foreignKeys.size(); ++f) {
            const schema::ForeignKey &fk = t.foreignKeys[f];
            const std::vector<int> cols = columnIndexes(t, fk.columns);
            const int parentTable =
                tableIndex(m_metadata, fk.referredSchema.isEmpty() ? t.schema : fk.referredSchema,
                           fk.referredTable);
            if (cols.empty() || parentTable < 0)
                continue;
            const schema::Table &pt = m_metadata.tables[size_t(parentTable)];
            QVariantList key;
            for (const QString &pkName : pt.primaryKey.columns) {
                const int k = int(fk.referredColumns.indexOf(pkName));
                if (k < 0 || size_t(k) >= cols.size())
                    break;
                const ParamValue &v = n.values[size_t(cols[size_t(k)])];
                if (v.value.isNull())
                    break;
                key << v.value;
            }
            if (key.isEmpty() || key.size() != pt.primaryKey.columns.size())
                continue;
            const auto parent = deleteByKey.find(identityKey(parentTable, key));
            if (parent != deleteByKey.end() && parent->second != int(i))
                m_edges.push_back({int(i), parent->second, int(f), int(i), false});
        }
    }
    for (size_t e = first; e < m_edges.size(); ++e) {
        m_nodes[size_t(m_edges[e].from)].out.push_back(int(e));
        m_nodes[size_t(m_edges[e].to)].in.push_back(int(e));
        ++m_nodes[size_t(m_edges[e].to)].indegree;
    }
}

Result<std::vector<int>> FlushPlanner::sort(bool deletes)
{
    using Key = std::tuple<int, int, quint64, int>;
    std::priority_queue<Key, std::vector<Key>, std::greater<Key>> ready;
    auto push = [&](int i) {
        const Node &n = m_nodes[size_t(i)];
        const int rank = m_rank[size_t(n.object->table)];
        ready.emplace(deletes ? -rank : rank, int(n.kind), n.object->sequence, i);
    };
    int remaining = 0;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if ((m_nodes[i].kind == Node::Delete) != deletes)
            continue;
        ++remaining;
        if (m_nodes[i].indegree == 0)
            push(int(i));
    }
    std::vector<int> order;
    order.reserve(size_t(remaining));
    while (remaining > 0) {
        while (!ready.empty()) {
            const int i = std::get<3>(ready.top());
            ready.pop();
            Node &n = m_nodes[size_t(i)];
            n.emitted = true;
            order.push_back(i);
            --remaining;
            for (int e : n.out) {
                Edge &edge = m_edges[size_t(e)];
                if (!edge.removed && --m_nodes[size_t(edge.to)].indegree == 0)
                    push(edge.to);
            }
        }
        if (remaining == 0)
            break;
        // Stalled: walk backwards along unsatisfied edges until a node repeats.
        int v = -1;
        for (size_t i = 0; i < m_nodes.size() && v < 0; ++i) {
            if ((m_nodes[i].kind == Node::Delete) == deletes && !m_nodes[i].emitted)
                v = int(i);
        }
        std::vector<int> path;       // nodes
        std::vector<int> pathEdges;  // pathEdges[k] enters path[k]
        std::unordered_map<int, size_t> seen;
        while (!seen.count(v)) {
            seen[v] = path.size();
            path.push_back(v);
            int via = -1;
            for (int e : m_nodes[size_t(v)].in) {
                const Edge &edge = m_edges[size_t(e)];
                if (!edge.removed && !m_nodes[size_t(edge.from)].emitted) {
                    via = e;
                    break;
                }
            }
            pathEdges.push_back(via);
            v = m_edges[size_t(via)].from;
        }
        // The cycle, in execution-dependency order: parent before child.
        std::vector<int> cycleNodes(path.begin() + qsizetype(seen[v]), path.end());
        std::vector<int> cycleEdges(pathEdges.begin() + qsizetype(seen[v]), pathEdges.end());
        std::reverse(cycleNodes.begin(), cycleNodes.end());
        std::reverse(cycleEdges.begin(), cycleEdges.end());
        int breakAt = -1;
        for (int e : cycleEdges) {
            const Edge &edge = m_edges[size_t(e)];
            const Node &child = m_nodes[size_t(edge.child)];
            const schema::Table &t = child.object->tableRef();
            bool nullable = m_settings.postUpdateCycles;
            for (const int c : columnIndexes(t, t.foreignKeys[size_t(edge.foreignKey)].columns))
                nullable = nullable && t.columns[size_t(c)].nullable;
            if (nullable) {
                breakAt = e;
                break;
            }
        }
        if (breakAt < 0)
            return cycleError(cycleNodes, deletes);
        Edge &edge = m_edges[size_t(breakAt)];
        edge.removed = true;
        m_nodes[size_t(edge.child)].broken.push_back(breakAt);
        if (--m_nodes[size_t(edge.to)].indegree == 0)
            push(edge.to);
    }
    return order;
}

Error FlushPlanner::cycleError(const std::vector<int> &cycle, bool deletes) const
{
    QStringList rows;
    QStringList constraints;
    for (int i : cycle)
        rows << describe(*m_nodes[size_t(i)].object);
    rows << rows.front();
    for (const Edge &e : m_edges) {
        if (e.removed)
            continue;
        if (std::find(cycle.begin(), cycle.end(), e.from) == cycle.end() ||
            std::find(cycle.begin(), cycle.end(), e.to) == cycle.end())
            continue;
        const schema::Table &t = m_nodes[size_t(e.child)].object->tableRef();
        const schema::ForeignKey &fk = t.foreignKeys[size_t(e.foreignKey)];
        const QString name =
            fk.name.isEmpty() ? t.displayName() + u'(' + fk.columns.join(u',') + u')' : fk.name;
        if (!constraints.contains(name))
            constraints << name;
    }
    return sessionError(
        QStringLiteral("Cannot order the %1: the rows form a foreign-key cycle %2 (through %3). "
                       "None of these foreign key columns accepts NULL, so the cycle cannot be "
                       "broken with a post-update; make one of them nullable or deferrable, or "
                       "flush the rows in two steps.")
            .arg(deletes ? QStringLiteral("deletes") : QStringLiteral("inserts"),
                 rows.join(QLatin1String(" -> ")), constraints.join(QLatin1String(", "))),
        QStringLiteral("circular_dependency"));
}

Result<std::vector<FlushStep>> FlushPlanner::plan(const FlushInput &input)
{
    m_nodes.clear();
    m_edges.clear();
    m_steps.clear();
    if (const Status s = buildWriteNodes(input); !s)
        return s.error();
    for (ObjectData *o : input.deletes) {
        Node node;
        node.object = o;
        node.kind = Node::Delete;
        const size_t n = o->tableRef().columns.size();
        node.values.resize(n);
        node.provided.assign(n, false);
        for (size_t c = 0; c < n; ++c) {
            const Attribute &a = o->attributes[c];
            node.values[c].value = a.modified && a.originalKnown ? a.original : a.value;
        }
        m_nodes.push_back(std::move(node));
    }
    addDeleteEdges();
    Result<std::vector<int>> writes = sort(false);
    if (!writes)
        return writes.error();
    Result<std::vector<int>> deletes = sort(true);
    if (!deletes)
        return deletes.error();
    if (const Status s = emitWrites(*writes); !s)
        return s.error();
    emitPostUpdates(*writes);
    emitDeletes(*deletes);
    return std::move(m_steps);
}

}  // namespace stratum::session
