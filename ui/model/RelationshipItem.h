#pragma once

#include "ui/model/DiagramRouter.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStringList>

namespace stratum::ui {

class TableCardItem;
struct DiagramStyle;

// One foreign key on the ER diagram: an orthogonal line from the referring
// table's FK column to the referenced table's key column, with crow's-foot
// cardinality. The referring ("many") end is a crow's foot with a ring (zero
// or more), or a bar and a ring when the FK columns are unique (zero or one);
// the referenced ("one") end is two bars (exactly one) when the FK columns are
// NOT NULL, a bar and a ring (zero or one, an optional relationship) when
// any is nullable. Zoomed out it is a thin line without marks. The route
// comes from the scene's DiagramRouter. GUI thread only.
class RelationshipItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x5e2 };

    struct Info
    {
        QString fromKey;  // the referring table
        QString toKey;    // the referenced table
        QStringList columns;
        QStringList referredColumns;
        bool optional = false;  // some FK column is nullable
        bool oneToOne = false;  // the FK columns are the PK or unique
    };

    RelationshipItem(Info info, TableCardItem *from, TableCardItem *to, const DiagramStyle *style);

    const Info &info() const { return m_info; }
    TableCardItem *fromCard() const { return m_from; }
    TableCardItem *toCard() const { return m_to; }
    void setRoute(const DiagramRouter::Route &route);
    const QPolygonF &points() const { return m_route.points; }
    const DiagramRouter::Route &route() const { return m_route; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    void restyle() { update(); }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintEnd(QPainter *painter, const QPointF &at, int dir, bool many, bool optional) const;

    Info m_info;
    TableCardItem *m_from;
    TableCardItem *m_to;
    const DiagramStyle *m_style;
    DiagramRouter::Route m_route;
    QRectF m_bounds;
    bool m_highlighted = false;
};

}  // namespace stratum::ui
