#pragma once

#include <QPixmap>
#include <QWidget>

namespace stratum::ui {

class ErDiagramView;

// An overview of a large diagram in the view's corner: every card as a small
// block and the visible part as a rectangle; clicking or dragging in it moves
// the view there. The blocks are drawn once into a pixmap and redrawn only
// when the diagram's contents change, so scrolling repaints just the
// rectangle. GUI thread only.
class DiagramMinimap : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramMinimap(ErDiagramView *view);

    QSize sizeHint() const override { return QSize(220, 150); }
    void invalidate();
    // The scene point shown at a minimap position (for tests and dragging).
    QPointF sceneAt(const QPointF &position) const;
    QRectF viewportMarker() const;  // the visible part, in minimap coordinates

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF contentArea() const;
    QTransform sceneToMinimap() const;
    void navigate(const QPointF &position);

    ErDiagramView *m_view;
    QPixmap m_blocks;
};

}  // namespace stratum::ui
