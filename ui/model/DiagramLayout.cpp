#include "ui/model/DiagramLayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stratum::ui {

namespace {

// Longest-path layering over the "refers to" graph with an iterative DFS;
// an edge into a node still on the stack closes a cycle and is ignored.
std::vector<int> assignLayers(int n, const std::vector<std::vector<int>> &refs)
{
    std::vector<int> layer(n, -1);
    std::vector<char> state(n, 0);  // 0 new, 1 on stack, 2 done
    std::vector<std::pair<int, std::size_t>> stack;
    for (int root = 0; root < n; ++root) {
        if (state[root] != 0)
            continue;
        stack.emplace_back(root, 0);
        state[root] = 1;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next < refs[v].size()) {
                const int w = refs[v][next++];
                if (state[w] == 0) {
                    state[w] = 1;
                    stack.emplace_back(w, 0);
                }
                continue;
            }
            int l = 0;
            for (int w : refs[v]) {
                if (state[w] == 2)
                    l = std::max(l, layer[w] + 1);
            }
            layer[v] = l;
            state[v] = 2;
            stack.pop_back();
        }
    }
    return layer;
}

}  // namespace

DiagramLayout::Result DiagramLayout::compute(const std::vector<QSizeF> &sizes,
                                             const std::vector<std::pair<int, int>> &edges)
{
    const int n = int(sizes.size());
    Result result;
    result.positions.assign(n, QPointF());
    if (n == 0)
        return result;

    std::vector<std::vector<int>> refs(n), referrers(n);
    for (const auto &[from, to] : edges) {
        if (from == to || from < 0 || to < 0 || from >= n || to >= n)
            continue;
        refs[from].push_back(to);
        referrers[to].push_back(from);
    }
    for (auto *lists : {&refs, &referrers}) {
        for (auto &list : *lists) {
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
        }
    }

    std::vector<int> layer = assignLayers(n, refs);
    // A table that refers to nothing moves right, next to the first table
    // that refers to it (a lookup table beside its user rather than in the
    // first column with a long line across the diagram).
    for (int v = 0; v < n; ++v) {
        if (!refs[v].empty() || referrers[v].empty())
            continue;
        int nearest = -1;
        for (int w : referrers[v]) {
            if (w != v && (nearest < 0 || layer[w] < nearest))
                nearest = layer[w];
        }
        if (nearest > 0)
            layer[v] = nearest - 1;
    }
    std::vector<int> unrelated;
    int layerCount = 0;
    for (int v = 0; v < n; ++v) {
        if (refs[v].empty() && referrers[v].empty()) {
            layer[v] = -1;
            unrelated.push_back(v);
        } else {
            layerCount = std::max(layerCount, layer[v] + 1);
        }
    }
    result.layers = layer;

    // Initial order: by node index, which is the document's table order.
    std::vector<std::vector<int>> layers(layerCount);
    for (int v = 0; v < n; ++v) {
        if (layer[v] >= 0)
            layers[layer[v]].push_back(v);
    }
    std::vector<double> rank(n, 0);  // position in its layer, normalised to [0, 1]
    auto renumber = [&](const std::vector<int> &nodes) {
        const double span = std::max<std::size_t>(1, nodes.size() - 1);
        for (std::size_t i = 0; i < nodes.size(); ++i)
            rank[nodes[i]] = double(i) / span;
    };
    for (const auto &l : layers)
        renumber(l);

    // Barycenter sweeps: left to right ordering by the tables referred to,
    // then right to left by the referring ones. Ties keep the current order.
    auto sweep = [&](std::vector<int> &nodes, const std::vector<std::vector<int>> &neighbours) {
        std::vector<std::pair<double, int>> keyed;
        keyed.reserve(nodes.size());
        for (int v : nodes) {
            double sum = 0;
            for (int w : neighbours[v])
                sum += rank[w];
            keyed.emplace_back(neighbours[v].empty() ? rank[v] : sum / neighbours[v].size(), v);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t i = 0; i < nodes.size(); ++i)
            nodes[i] = keyed[i].second;
        renumber(nodes);
    };
    for (int iteration = 0; iteration < 4; ++iteration) {
        for (int l = 1; l < layerCount; ++l)
            sweep(layers[l], refs);
        for (int l = layerCount - 2; l >= 0; --l)
            sweep(layers[l], referrers);
    }

    // Target column height for a roughly 16:10 diagram; a taller layer wraps.
    double area = 0;
    qreal tallest = 0;
    for (const QSizeF &s : sizes) {
        area += (s.width() + kColumnGap) * (s.height() + kRowGap);
        tallest = std::max(tallest, s.height());
    }
    const qreal targetHeight = std::max<qreal>(tallest, std::sqrt(area / 1.6));

    std::vector<double> centreY(n, 0);
    qreal x = 0;
    qreal bottom = 0;
    for (const auto &nodes : layers) {
        std::size_t i = 0;
        while (i < nodes.size()) {
            // One column: cards until the target height is reached.
            std::size_t end = i;
            qreal height = 0;
            qreal width = 0;
            while (end < nodes.size() &&
                   (end == i || height + sizes[nodes[end]].height() <= targetHeight)) {
                height += sizes[nodes[end]].height() + kRowGap;
                width = std::max(width, sizes[nodes[end]].width());
                ++end;
            }
            qreal y = 0;
            for (std::size_t k = i; k < end; ++k) {
                const int v = nodes[k];
                const QSizeF s = sizes[v];
                qreal top = y;
                if (!refs[v].empty()) {
                    // Level with the tables it refers to, where there is room.
                    double sum = 0;
                    for (int w : refs[v])
                        sum += centreY[w];
                    top = std::max(y, qreal(sum / refs[v].size() - s.height() / 2));
                }
                result.positions[v] = QPointF(x, top);
                centreY[v] = top + s.height() / 2;
                y = top + s.height() + kRowGap;
            }
            bottom = std::max(bottom, y);
            x += width + kColumnGap;
            i = end;
        }
    }

    // Unrelated tables: a grid below, rows as wide as the layered part.
    const qreal rowWidth = std::max<qreal>(x, targetHeight * 1.6);
    qreal gx = 0;
    qreal gy = layerCount > 0 ? bottom + kRowGap : 0;
    qreal rowHeight = 0;
    for (int v : unrelated) {
        const QSizeF s = sizes[v];
        if (gx > 0 && gx + s.width() > rowWidth) {
            gx = 0;
            gy += rowHeight + kRowGap;
            rowHeight = 0;
        }
        result.positions[v] = QPointF(gx, gy);
        gx += s.width() + kColumnGap / 2;
        rowHeight = std::max(rowHeight, s.height());
    }
    return result;
}

}  // namespace stratum::ui
