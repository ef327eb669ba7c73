#include "ui/model/RelationshipItem.h"

#include "ui/model/DiagramStyle.h"
#include "ui/model/ErDiagramScene.h"
#include "ui/model/TableCardItem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace stratum::ui {

RelationshipItem::RelationshipItem(Info info, TableCardItem *from, TableCardItem *to,
                                   const DiagramStyle *style)
    : m_info(std::move(info))
    , m_from(from)
    , m_to(to)
    , m_style(style)
{
    setZValue(-1);  // under the cards
    setAcceptedMouseButtons(Qt::NoButton);
}

void RelationshipItem::setRoute(const DiagramRouter::Route &route)
{
    prepareGeometryChange();
    m_route = route;
    m_bounds = m_route.points.boundingRect().adjusted(-10, -10, 10, 10);
    if (scene())
        static_cast<ErDiagramScene *>(scene())->invalidateOverview();
    update();
}

void RelationshipItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    setZValue(on ? -0.5 : -1);
    if (scene())
        static_cast<ErDiagramScene *>(scene())->invalidateOverview();
    update();
}

QPainterPath RelationshipItem::shape() const
{
    QPainterPath path;
    if (m_route.points.isEmpty())
        return path;
    path.addPolygon(m_route.points);
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(path);
}

void RelationshipItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_route.points.size() < 2)
        return;
    const DiagramStyle &s = *m_style;
    const bool exporting = static_cast<ErDiagramScene *>(scene())->isExporting();
    const QColor colour = m_highlighted && !exporting ? s.selection : s.edge;
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < TableCardItem::kNameOnlyScale) {
        // Zoomed out the view draws every line at once, as plain segments
        // under the cards (ErDiagramScene::overviewLines): one call instead
        // of a thousand items' worth of painter set-up.
        if (static_cast<ErDiagramScene *>(scene())->edgesBatched() && !exporting)
            return;
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(colour, 0));
        painter->drawPolyline(m_route.points);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(colour, m_highlighted && !exporting ? 2.0 : 1.3);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_route.points);
    paintEnd(painter, m_route.points.first(), m_route.startDir, true, m_info.oneToOne);
    paintEnd(painter, m_route.points.last(), m_route.endDir, false, m_info.optional);
}

// at: where the line meets the card; dir: which way the line leaves it.
void RelationshipItem::paintEnd(QPainter *painter, const QPointF &at, int dir, bool many,
                                bool flag) const
{
    const qreal d = dir;
    auto ring = [&](qreal distance) {
        painter->save();
        painter->setBrush(m_style->card);
        painter->drawEllipse(QPointF(at.x() + d * distance, at.y()), 3.6, 3.6);
        painter->restore();
    };
    auto bar = [&](qreal distance) {
        const qreal x = at.x() + d * distance;
        painter->drawLine(QPointF(x, at.y() - 6), QPointF(x, at.y() + 6));
    };
    if (many) {
        if (flag) {  // one-to-one: zero or one
            bar(8);
            ring(17);
            return;
        }
        const QPointF toe(at.x() + d * 12, at.y());
        painter->drawLine(toe, QPointF(at.x(), at.y() - 6.5));
        painter->drawLine(toe, QPointF(at.x(), at.y() + 6.5));
        ring(17);
        return;
    }
    bar(8);
    if (flag)
        ring(17);
    else
        bar(13);
}

}  // namespace stratum::ui
