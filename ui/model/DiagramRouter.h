#pragma once

#include <QHash>
#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace stratum::ui {

// Orthogonal routing of the diagram's relationship lines around the cards.
// The cards are obstacles in a uniform grid, so asking "which cards does this
// segment cross" costs a few hash lookups, not a scan of 1,000 cards. A route
// leaves its card from the side nearer the other card (both on the right when
// the cards overlap horizontally) and tries, cheapest first, a three-segment
// route through each free vertical channel between the cards, then
// five-segment detours above or below the cards in the way; it takes the one
// crossing the fewest cards, then the shortest. Self-references loop on the
// right. A value type; not thread-safe to mutate.
class DiagramRouter
{
public:
    static constexpr qreal kStub = 26;  // straight piece at each end (cardinality marks)

    struct Route
    {
        QPolygonF points;
        int startDir = 1;  // -1: leaves the first card to the left, +1: to the right
        int endDir = 1;    // -1: enters the second card from the left, +1: from the right
        int crossings = 0;
    };

    void setObstacles(std::vector<QRectF> rects);
    int obstacleCount() const { return int(m_rects.size()); }

    // From obstacle `from` at scene y fromY to obstacle `to` at toY. lane
    // spreads parallel lines a little apart (any small integer).
    Route route(int from, qreal fromY, int to, qreal toY, int lane = 0) const;
    // How many obstacles other than a and b the polyline crosses.
    int crossings(const QPolygonF &points, int a, int b) const;

private:
    int segmentCrossings(const QPointF &p, const QPointF &q, int a, int b,
                         std::vector<int> *hit = nullptr) const;
    quint64 cellKey(int cx, int cy) const { return (quint64(quint32(cx)) << 32) | quint32(cy); }

    std::vector<QRectF> m_rects;
    std::vector<QRectF> m_inner;
    QHash<quint64, std::vector<int>> m_grid;
    mutable std::vector<int> m_stamp;
    mutable int m_epoch = 0;
    static constexpr qreal kCell = 300;
};

}  // namespace stratum::ui
