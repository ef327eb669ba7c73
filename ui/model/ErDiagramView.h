#pragma once

#include <QGraphicsView>
#include <QPixmap>
#include <QStringList>

class QLineEdit;

namespace stratum::ui {

class DiagramMinimap;
class EditableModelDocument;
class ErDiagramScene;

// The model editor's ER diagram: an ErDiagramScene over the document, with
// zoom (Ctrl+wheel, zoomBy, fitAll), a minimap on large schemas, search
// (centerOnTable, createSearchField) and automatic layout. A document whose
// tables have no positions is laid out when the view is created, without
// marking it modified. Double click or Enter on a card emits tableActivated.
// Follows the palette (light or dark). GUI thread only.
class ErDiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr int kMinimapThreshold = 30;  // tables

    explicit ErDiagramView(EditableModelDocument *document, QWidget *parent = nullptr);
    ~ErDiagramView() override;

    ErDiagramScene *diagramScene() const { return m_scene; }
    DiagramMinimap *minimap() const { return m_minimap; }

    // Scrolls the table into the middle of the view and selects it.
    void centerOnTable(const QString &key);
    void fitAll();
    void zoomBy(double factor);
    double zoom() const;
    // Lays all tables out again, as one undo step.
    void autoLayout();
    QStringList selectedTables() const;
    // A search field for a toolbar: completes table names; Enter centres the
    // first table whose name contains the text.
    QLineEdit *createSearchField(QWidget *parent = nullptr);
    // The first table whose key contains text (case-insensitive); exact
    // name matches first.
    QString findTable(const QString &text) const;

signals:
    void tableActivated(const QString &key);
    void selectionChanged(const QStringList &keys);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateMinimap();
    void applyStyle();

    EditableModelDocument *m_document;
    ErDiagramScene *m_scene;
    DiagramMinimap *m_minimap;
    bool m_fittedOnce = false;
    bool m_panning = false;
    bool m_wheelZoom = false;
    QPoint m_panFrom;
    QPixmap m_gridTile;
    QColor m_gridColour;
};

}  // namespace stratum::ui
