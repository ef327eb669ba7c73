#include "ui/migrations/GraphLayout.h"

#include <queue>
#include <utility>
#include <vector>

namespace stratum::ui {

std::atomic<int> GraphLayout::s_computed{0};

namespace {

struct Parent
{
    int revision;
    bool dashed;
};

// Down revisions first (solid), then depends_on entries that are not also
// down revisions (dashed).
QVector<QVector<Parent>> parentsOf(const migrate::RevisionGraph &graph)
{
    QVector<QVector<Parent>> parents(graph.size());
    for (int i = 0; i < graph.size(); ++i) {
        for (int p : graph.downRevisions(i))
            parents[i].push_back({p, false});
        for (int d : graph.dependencies(i)) {
            if (!graph.downRevisions(i).contains(d))
                parents[i].push_back({d, true});
        }
    }
    return parents;
}

// Newest first: a revision is emitted once all its children are, the newest
// ready one (by Create Date, then script order) first. Kahn's algorithm, O(n log n).
QVector<int> topologicalOrder(const migrate::RevisionGraph &graph,
                              const QVector<QVector<Parent>> &parents)
{
    const int n = graph.size();
    QVector<int> pendingChildren(n, 0);
    for (int i = 0; i < n; ++i) {
        for (const Parent &p : parents[i])
            ++pendingChildren[p.revision];
    }
    using Key = std::pair<QString, int>;
    std::priority_queue<Key> ready;
    for (int i = 0; i < n; ++i) {
        if (pendingChildren[i] == 0)
            ready.push({graph.revision(i).createDate, i});
    }
    QVector<int> order;
    order.reserve(n);
    while (!ready.empty()) {
        const int i = ready.top().second;
        ready.pop();
        order.push_back(i);
        for (const Parent &p : parents[i]) {
            if (--pendingChildren[p.revision] == 0)
                ready.push({graph.revision(p.revision).createDate, p.revision});
        }
    }
    return order;  // a built RevisionGraph has no cycles, so this holds every revision
}

struct Slot
{
    int waitsFor = -1;  // the revision this lane runs down to; -1: free
    bool dashed = false;
    int colour = 0;
};

int freeSlot(QVector<Slot> &lanes, const std::vector<bool> &taken)
{
    for (int s = 0; s < lanes.size(); ++s) {
        if (lanes[s].waitsFor < 0 && !(size_t(s) < taken.size() && taken[size_t(s)]))
            return s;
    }
    lanes.push_back({});
    return int(lanes.size()) - 1;
}

}  // namespace

GraphLayout GraphLayout::compute(const migrate::RevisionGraph &graph)
{
    ++s_computed;
    GraphLayout layout;
    const QVector<QVector<Parent>> parents = parentsOf(graph);
    const QVector<int> order = topologicalOrder(graph, parents);
    layout.m_rows.resize(order.size());
    layout.m_rowOf.fill(-1, graph.size());

    QVector<Slot> lanes;
    int nextColour = 0;
    for (int r = 0; r < order.size(); ++r) {
        const int v = order[r];
        Row &row = layout.m_rows[r];
        row.revision = v;
        layout.m_rowOf[v] = r;

        // Lanes that end here: the edges from this revision's children.
        int lane = -1;
        for (int s = 0; s < lanes.size(); ++s) {
            if (lanes[s].waitsFor != v)
                continue;
            if (lane < 0 || (lanes[lane].dashed && !lanes[s].dashed))
                lane = s;
        }
        // std::vector, not QVector: GCC 12 at -O3 cannot prove QVector's size
        // non-negative and warns (-Wstringop-overflow) about its memset.
        std::vector<bool> taken(size_t(lanes.size()), false);
        if (lane < 0) {
            lane = freeSlot(lanes, taken);
            taken.resize(size_t(lanes.size()));
            row.colour = nextColour++;
        } else {
            row.colour = lanes[lane].colour;
        }
        row.lane = lane;
        for (int s = 0; s < lanes.size(); ++s) {
            if (lanes[s].waitsFor == v) {
                row.up.push_back({s, lane, lanes[s].dashed, lanes[s].colour});
                lanes[s] = {};
            } else if (lanes[s].waitsFor >= 0) {
                row.through.push_back({s, s, lanes[s].dashed, lanes[s].colour});
                taken[size_t(s)] = true;
            }
        }

        // Edges to the parents: the first solid one continues this lane.
        bool laneUsed = false;
        for (const Parent &p : parents[v]) {
            int target;
            int colour;
            if (!laneUsed && !p.dashed) {
                target = lane;
                colour = row.colour;
                laneUsed = true;
            } else {
                taken[size_t(lane)] = true;
                target = freeSlot(lanes, taken);
                taken.resize(size_t(lanes.size()));
                colour = p.dashed ? row.colour : nextColour++;
            }
            taken[size_t(target)] = true;
            lanes[target] = {p.revision, p.dashed, colour};
            row.down.push_back({lane, target, p.dashed, colour});
        }
        while (!lanes.isEmpty() && lanes.last().waitsFor < 0)
            lanes.removeLast();
        layout.m_lanes = std::max({layout.m_lanes, int(lanes.size()), lane + 1});
    }
    return layout;
}

}  // namespace stratum::ui
