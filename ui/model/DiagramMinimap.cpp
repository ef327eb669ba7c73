#include "ui/model/DiagramMinimap.h"

#include "ui/model/ErDiagramScene.h"
#include "ui/model/ErDiagramView.h"
#include "ui/model/TableCardItem.h"

#include <QMouseEvent>
#include <QPainter>

namespace stratum::ui {

namespace {
constexpr qreal kInset = 8;
}

DiagramMinimap::DiagramMinimap(ErDiagramView *view)
    : QWidget(view)
    , m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    connect(view->diagramScene(), &ErDiagramScene::contentsChanged, this,
            &DiagramMinimap::invalidate);
}

void DiagramMinimap::invalidate()
{
    m_blocks = QPixmap();
    update();
}

QRectF DiagramMinimap::contentArea() const
{
    return QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
}

QTransform DiagramMinimap::sceneToMinimap() const
{
    const QRectF content = m_view->diagramScene()->contentsRect().adjusted(-40, -40, 40, 40);
    const QRectF area = contentArea();
    if (content.isEmpty() || area.isEmpty())
        return {};
    const qreal s = std::min(area.width() / content.width(), area.height() / content.height());
    const QPointF offset(area.left() + (area.width() - content.width() * s) / 2,
                         area.top() + (area.height() - content.height() * s) / 2);
    return QTransform::fromTranslate(-content.left(), -content.top()) *
           QTransform::fromScale(s, s) * QTransform::fromTranslate(offset.x(), offset.y());
}

QPointF DiagramMinimap::sceneAt(const QPointF &position) const
{
    return sceneToMinimap().inverted().map(position);
}

QRectF DiagramMinimap::viewportMarker() const
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return sceneToMinimap().mapRect(visible).intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void DiagramMinimap::paintEvent(QPaintEvent *)
{
    const DiagramStyle &s = m_view->diagramScene()->diagramStyle();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor back = s.card;
    back.setAlpha(240);
    p.setPen(QPen(s.border, 1));
    p.setBrush(back);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    if (m_blocks.isNull() || m_blocks.size() != size() * devicePixelRatioF()) {
        m_blocks = QPixmap(size() * devicePixelRatioF());
        m_blocks.setDevicePixelRatio(devicePixelRatioF());
        m_blocks.fill(Qt::transparent);
        QPainter bp(&m_blocks);
        const QTransform t = sceneToMinimap();
        bp.setPen(Qt::NoPen);
        bp.setBrush(s.header.darker(s.dark ? 70 : 115));
        for (TableCardItem *card : m_view->diagramScene()->cards())
            bp.drawRect(t.mapRect(card->sceneRectOfCard()).adjusted(0, 0, 0.6, 0.6));
    }
    p.drawPixmap(0, 0, m_blocks);

    QColor fill = s.selection;
    fill.setAlpha(40);
    p.setPen(QPen(s.selection, 1.5));
    p.setBrush(fill);
    p.drawRect(viewportMarker());
}

void DiagramMinimap::navigate(const QPointF &position)
{
    m_view->centerOn(sceneAt(position));
    update();
}

void DiagramMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        navigate(event->position());
    event->accept();
}

void DiagramMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        navigate(event->position());
    event->accept();
}

void DiagramMinimap::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
}

}  // namespace stratum::ui
