#pragma once

#include <QPointF>
#include <QSizeF>

#include <utility>
#include <vector>

namespace stratum::ui {

// The ER diagram's automatic layout: a layered (Sugiyama-style) layout that
// follows foreign-key direction, left to right. A table goes one layer right
// of every table it refers to, so referenced tables stand left of the tables
// that refer to them (cycles are broken where a depth-first search meets
// them; self-references are ignored). Within a layer, barycenter sweeps
// reduce crossings; a layer taller than the diagram's target height wraps
// into several columns so that a 1,000-table schema keeps a screen-like
// shape; cards are stacked with their real sizes and nudged towards the
// tables they refer to. Tables with no relationship at all go into a grid
// below. Deterministic (same input, same output) and O((tables + edges) x
// sweeps). A pure function; thread-safe.
class DiagramLayout
{
public:
    struct Result
    {
        std::vector<QPointF> positions;  // top-left corner of each node
        std::vector<int> layers;         // each node's layer; -1: unrelated
    };

    static constexpr qreal kColumnGap = 110;
    static constexpr qreal kRowGap = 40;

    // sizes: one per node. edges: (from, to) pairs where `from` refers to `to`.
    static Result compute(const std::vector<QSizeF> &sizes,
                          const std::vector<std::pair<int, int>> &edges);
};

}  // namespace stratum::ui
