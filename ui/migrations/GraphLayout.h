#pragma once

#include "core/migrate/RevisionGraph.h"

#include <QList>
#include <QVector>
#include <atomic>

namespace stratum::ui {

// The commit-graph layout of a revision DAG, computed once per history so
// that painting a row is a lookup and scrolling never lays anything out.
//
// Rows run newest first (a topological order with every revision above its
// down revisions and dependencies; among independent revisions the script
// directory's order decides). Each revision sits in a lane; a lane carries an
// edge from a child down to the parent it waits for. Per row the layout keeps
// the lanes passing through, the edges entering the node from above (from its
// children) and leaving it below (to its parents): that is all a row needs to
// paint itself, so the cost is O(rows x lanes), computed in one pass.
// depends_on edges get lanes of their own and are marked dashed.
// A value type; immutable after compute(), safe to read from any thread.
class GraphLayout
{
public:
    // A line segment in one row: from lane `from` to lane `to`. For lines
    // passing through, from == to. dashed: a depends_on edge.
    struct Line
    {
        int from = 0;
        int to = 0;
        bool dashed = false;
        int colour = 0;  // palette index, stable along the lane
    };
    struct Row
    {
        int revision = migrate::NoRevision;  // graph index
        int lane = 0;
        int colour = 0;
        QVector<Line> through;  // top to bottom, not touching the node
        QVector<Line> up;       // from lane `from` at the top edge into the node
        QVector<Line> down;     // from the node to lane `to` at the bottom edge
    };

    static GraphLayout compute(const migrate::RevisionGraph &graph);

    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int r) const { return m_rows[r]; }
    int rowOf(int revision) const { return m_rowOf.value(revision, -1); }
    int laneCount() const { return m_lanes; }

    // How many layouts compute() has made in this process: tests use it to
    // prove that scrolling and repainting never lay the graph out again.
    static int computeCount() { return s_computed.load(); }

private:
    QVector<Row> m_rows;
    QVector<int> m_rowOf;  // graph index -> row
    int m_lanes = 0;
    static std::atomic<int> s_computed;
};

}  // namespace stratum::ui
