#include "ui/model/DiagramRouter.h"

#include <algorithm>
#include <cmath>

namespace stratum::ui {

namespace {

constexpr qreal kClearance = 16;  // distance kept from a card when detouring

qreal polylineLength(const QPolygonF &points)
{
    qreal length = 0;
    for (int i = 1; i < points.size(); ++i)
        length += std::abs(points[i].x() - points[i - 1].x()) +
                  std::abs(points[i].y() - points[i - 1].y());
    return length;
}

}  // namespace

void DiagramRouter::setObstacles(std::vector<QRectF> rects)
{
    m_rects = std::move(rects);
    // A hair inside each card: touching a card's edge is not crossing it.
    m_inner.clear();
    m_inner.reserve(m_rects.size());
    for (const QRectF &r : m_rects)
        m_inner.push_back(r.adjusted(1, 1, -1, -1));
    m_grid.clear();
    m_stamp.assign(m_rects.size(), 0);
    m_epoch = 0;
    for (int i = 0; i < int(m_rects.size()); ++i) {
        const QRectF &r = m_rects[i];
        const int x0 = int(std::floor(r.left() / kCell)), x1 = int(std::floor(r.right() / kCell));
        const int y0 = int(std::floor(r.top() / kCell)), y1 = int(std::floor(r.bottom() / kCell));
        for (int cx = x0; cx <= x1; ++cx) {
            for (int cy = y0; cy <= y1; ++cy)
                m_grid[cellKey(cx, cy)].push_back(i);
        }
    }
}

int DiagramRouter::segmentCrossings(const QPointF &p, const QPointF &q, int a, int b,
                                    std::vector<int> *hit) const
{
    // Axis-aligned segments: the segment's box, a hair thinner than a card's
    // edge, intersects the card exactly when the segment crosses it.
    const QRectF box = QRectF(p, q).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
    const int x0 = int(std::floor(box.left() / kCell)), x1 = int(std::floor(box.right() / kCell));
    const int y0 = int(std::floor(box.top() / kCell)), y1 = int(std::floor(box.bottom() / kCell));
    if (++m_epoch == 0) {
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_epoch = 1;
    }
    int count = 0;
    for (int cx = x0; cx <= x1; ++cx) {
        for (int cy = y0; cy <= y1; ++cy) {
            auto it = m_grid.constFind(cellKey(cx, cy));
            if (it == m_grid.constEnd())
                continue;
            for (int i : *it) {
                if (i == a || i == b || m_stamp[i] == m_epoch)
                    continue;
                m_stamp[i] = m_epoch;
                if (m_inner[i].intersects(box)) {
                    ++count;
                    if (hit)
                        hit->push_back(i);
                }
            }
        }
    }
    return count;
}

int DiagramRouter::crossings(const QPolygonF &points, int a, int b) const
{
    int count = 0;
    for (int i = 1; i < points.size(); ++i)
        count += segmentCrossings(points[i - 1], points[i], a, b);
    return count;
}

DiagramRouter::Route DiagramRouter::route(int from, qreal fromY, int to, qreal toY, int lane) const
{
    Route best;
    if (from < 0 || to < 0 || from >= int(m_rects.size()) || to >= int(m_rects.size()))
        return best;
    const QRectF A = m_rects[from], B = m_rects[to];
    const qreal spread = qreal((lane % 5 + 5) % 5 - 2) * 5;

    if (from == to) {
        const qreal out = A.right() + kStub + 8 + spread;
        best.points = {QPointF(A.right(), fromY), QPointF(out, fromY), QPointF(out, toY),
                       QPointF(A.right(), toY)};
        best.startDir = best.endDir = 1;
        return best;
    }

    qreal bestCost = -1;
    auto consider = [&](QPolygonF points, int startDir, int endDir) {
        // Drop repeated and collinear points so a straight line is one segment.
        QPolygonF clean;
        for (const QPointF &p : points) {
            if (!clean.isEmpty() && clean.last() == p)
                continue;
            if (clean.size() >= 2) {
                const QPointF &u = clean[clean.size() - 2], &v = clean.last();
                if ((u.x() == v.x() && v.x() == p.x()) || (u.y() == v.y() && v.y() == p.y()))
                    clean.removeLast();
            }
            clean << p;
        }
        const int crossed = crossings(clean, from, to);
        const qreal cost = crossed * 1e6 + polylineLength(clean) + clean.size() * 40;
        if (bestCost < 0 || cost < bestCost) {
            bestCost = cost;
            best.points = clean;
            best.startDir = startDir;
            best.endDir = endDir;
            best.crossings = crossed;
        }
    };

    auto attempt = [&](int sDir, int eDir) {
        const QPointF S(sDir < 0 ? A.left() : A.right(), fromY);
        const QPointF E(eDir < 0 ? B.left() : B.right(), toY);
        const qreal s1 = S.x() + sDir * kStub, e1 = E.x() + eDir * kStub;
        std::vector<qreal> channels;
        if (sDir != eDir) {
            // Opposite sides: the vertical piece goes somewhere between the stubs.
            channels = {(s1 + e1) / 2 + spread, e1 + spread * 0.5, s1 + spread * 0.5};
        } else {
            const qreal outer = sDir > 0 ? std::max(s1, e1) : std::min(s1, e1);
            channels = {outer + spread};
        }
        const auto lo = std::min(s1, e1), hi = std::max(s1, e1);
        std::vector<qreal> more;
        for (qreal x : channels) {
            if (sDir != eDir)
                x = std::clamp(x, lo, hi);
            const QPolygonF three{S, QPointF(x, S.y()), QPointF(x, E.y()), E};
            consider(three, sDir, eDir);
            // Slide the vertical piece beside whatever card it crosses.
            std::vector<int> hit;
            segmentCrossings(QPointF(x, S.y()), QPointF(x, E.y()), from, to, &hit);
            for (int i : hit) {
                more.push_back(m_rects[i].left() - kClearance);
                more.push_back(m_rects[i].right() + kClearance);
            }
        }
        for (qreal x : more) {
            if (sDir != eDir && (x < lo || x > hi))
                continue;
            if (sDir == eDir && (sDir > 0 ? x < hi : x > lo))
                continue;
            consider({S, QPointF(x, S.y()), QPointF(x, E.y()), E}, sDir, eDir);
        }
        if (best.crossings == 0)
            return;
        // Detours: along a horizontal corridor above or below the cards that
        // the straight pieces cross.
        std::vector<int> hit;
        segmentCrossings(QPointF(s1, S.y()), QPointF(e1, S.y()), from, to, &hit);
        segmentCrossings(QPointF(s1, E.y()), QPointF(e1, E.y()), from, to, &hit);
        std::vector<qreal> corridors;
        for (int i : hit) {
            corridors.push_back(m_rects[i].top() - kClearance + spread * 0.5);
            corridors.push_back(m_rects[i].bottom() + kClearance + spread * 0.5);
        }
        const qreal middle = (S.y() + E.y()) / 2;
        std::sort(corridors.begin(), corridors.end(),
                  [&](qreal u, qreal v) { return std::abs(u - middle) < std::abs(v - middle); });
        if (corridors.size() > 8)
            corridors.resize(8);
        for (qreal y : corridors) {
            consider({S, QPointF(s1, S.y()), QPointF(s1, y), QPointF(e1, y), QPointF(e1, E.y()), E},
                     sDir, eDir);
        }
    };

    if (B.right() + 2 * kStub <= A.left()) {
        attempt(-1, 1);
    } else if (A.right() + 2 * kStub <= B.left()) {
        attempt(1, -1);
    } else {
        attempt(1, 1);
        if (best.crossings > 0)
            attempt(-1, -1);
    }
    return best;
}

}  // namespace stratum::ui
