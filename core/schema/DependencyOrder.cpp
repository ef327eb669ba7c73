#include "core/schema/DependencyOrder.h"

#include "core/schema/MetaData.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <queue>

namespace stratum::schema {
namespace {

// Tarjan's strongly connected components with an explicit stack, so that a
// 1,000-table chain is as safe as a 3-table one.
std::vector<int> components(const std::vector<std::vector<int>> &adjacent)
{
    const int n = int(adjacent.size());
    std::vector<int> index(n, -1), low(n, 0), component(n, -1);
    std::vector<bool> onStack(n, false);
    std::vector<int> stack;
    std::vector<std::pair<int, size_t>> calls;  // (vertex, next edge to visit)
    int counter = 0;
    int componentCount = 0;
    for (int root = 0; root < n; ++root) {
        if (index[root] >= 0)
            continue;
        auto enter = [&](int v) {
            index[v] = low[v] = counter++;
            stack.push_back(v);
            onStack[v] = true;
            calls.emplace_back(v, 0);
        };
        enter(root);
        while (!calls.empty()) {
            const int u = calls.back().first;
            size_t &edge = calls.back().second;
            if (edge < adjacent[u].size()) {
                const int w = adjacent[u][edge++];
                if (index[w] < 0)
                    enter(w);
                else if (onStack[w])
                    low[u] = std::min(low[u], index[w]);
                continue;
            }
            if (low[u] == index[u]) {
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = false;
                    component[w] = componentCount;
                } while (w != u);
                ++componentCount;
            }
            calls.pop_back();
            if (!calls.empty()) {
                const int parent = calls.back().first;
                low[parent] = std::min(low[parent], low[u]);
            }
        }
    }
    return component;
}

}  // namespace

bool TableOrder::isCyclic(int table, int foreignKey) const
{
    return std::find(cyclicForeignKeys.begin(), cyclicForeignKeys.end(),
                     std::make_pair(table, foreignKey)) != cyclicForeignKeys.end();
}

TableOrder DependencyOrder::sortTables(const MetaData &metadata)
{
    const int n = int(metadata.tables.size());
    QHash<QString, int> byName;
    auto key = [](const QString &schema, const QString &name) {
        return schema + QChar(0) + name;  // NUL cannot occur in a valid identifier
    };
    for (int i = 0; i < n; ++i)
        byName.insert(key(metadata.tables[i].schema, metadata.tables[i].name), i);

    // referred[t][k]: the table that foreign key k of table t refers to, or -1.
    std::vector<std::vector<int>> referred(n);
    std::vector<std::vector<int>> dependsOn(n);
    for (int t = 0; t < n; ++t) {
        for (const ForeignKey &fk : metadata.tables[t].foreignKeys) {
            const int r = byName.value(key(fk.referredSchema, fk.referredTable), -1);
            referred[t].push_back(r);
            if (r >= 0 && r != t)
                dependsOn[t].push_back(r);
        }
    }

    TableOrder result;
    const std::vector<int> component = components(dependsOn);
    std::vector<std::vector<int>> dependents(n);
    std::vector<int> pending(n, 0);
    for (int t = 0; t < n; ++t) {
        std::vector<int> seen;
        for (size_t k = 0; k < referred[t].size(); ++k) {
            const int r = referred[t][k];
            if (r < 0 || r == t)
                continue;
            if (component[r] == component[t]) {
                result.cyclicForeignKeys.emplace_back(t, int(k));
                continue;
            }
            if (std::find(seen.begin(), seen.end(), r) != seen.end())
                continue;
            seen.push_back(r);
            dependents[r].push_back(t);
            ++pending[t];
        }
    }

    // Kahn's algorithm; the smallest ready index goes first.
    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (int t = 0; t < n; ++t) {
        if (pending[t] == 0)
            ready.push(t);
    }
    result.order.reserve(n);
    while (!ready.empty()) {
        const int t = ready.top();
        ready.pop();
        result.order.push_back(t);
        for (int d : dependents[t]) {
            if (--pending[d] == 0)
                ready.push(d);
        }
    }
    return result;
}

}  // namespace stratum::schema
