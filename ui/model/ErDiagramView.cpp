#include "ui/model/ErDiagramView.h"

#include "ui/model/DiagramMinimap.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/ErDiagramScene.h"
#include "ui/model/TableCardItem.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace stratum::ui {

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 4.0;
constexpr qreal kGridStep = 24;

}  // namespace

ErDiagramView::ErDiagramView(EditableModelDocument *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new ErDiagramScene(document, this))
    , m_minimap(nullptr)
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Cards and lines pad their bounding rectangles themselves.
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    // Every item sets the pen, brush, font and hints it uses, so the view
    // need not save and restore the painter around each of 2,000+ items.
    setOptimizationFlag(DontSavePainterState, true);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    // A canvas: no scroll bars (the wheel scrolls, the middle button drags,
    // the minimap jumps).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    applyStyle();

    if (m_document->document().positions.empty())
        m_scene->applyAutomaticLayout(false);
    else if (m_scene->needsLayout())
        m_scene->placeUnpositioned();

    m_minimap = new DiagramMinimap(this);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { emit selectionChanged(selectedTables()); });
    connect(m_scene, &ErDiagramScene::tableActivated, this, &ErDiagramView::tableActivated);
    connect(m_scene, &ErDiagramScene::contentsChanged, this, &ErDiagramView::updateMinimap);
    updateMinimap();
}

ErDiagramView::~ErDiagramView() = default;

void ErDiagramView::applyStyle()
{
    m_scene->setDiagramStyle(palette(), font());
    if (m_minimap)
        m_minimap->invalidate();
    viewport()->update();
}

void ErDiagramView::centerOnTable(const QString &key)
{
    TableCardItem *card = m_scene->card(key);
    if (!card)
        return;
    m_scene->clearSelection();
    card->setSelected(true);
    card->setFocus();
    // Zoomed far out a centred card would still be unreadable.
    if (zoom() < 0.8) {
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(NoAnchor);
        setTransform(QTransform::fromScale(1.0, 1.0));
        setTransformationAnchor(anchor);
        emit zoomChanged(zoom());
    }
    centerOn(card->sceneRectOfCard().center());
    updateMinimap();
}

void ErDiagramView::fitAll()
{
    const QRectF content = m_scene->contentsRect();
    if (content.isEmpty())
        return;
    fitInView(content.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    if (zoom() > 1.2)
        setTransform(QTransform::fromScale(1.2, 1.2));
    centerOn(content.center());
    emit zoomChanged(zoom());
    updateMinimap();
}

void ErDiagramView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double f = target / zoom();
    // Buttons and keys zoom about the middle of the view; the wheel (which
    // sets AnchorUnderMouse around this call) about the pointer.
    const ViewportAnchor anchor = transformationAnchor();
    if (!m_wheelZoom)
        setTransformationAnchor(AnchorViewCenter);
    scale(f, f);
    setTransformationAnchor(anchor);
    emit zoomChanged(zoom());
    updateMinimap();
}

double ErDiagramView::zoom() const
{
    return transform().m11();
}

void ErDiagramView::autoLayout()
{
    m_scene->applyAutomaticLayout(true);
    fitAll();
}

QStringList ErDiagramView::selectedTables() const
{
    return m_scene->selectedTables();
}

QString ErDiagramView::findTable(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    QString starts, contains;
    for (const schema::Table &t : m_document->metadata().tables) {
        const QString key = EditableModelDocument::keyOf(t);
        if (key.compare(needle, Qt::CaseInsensitive) == 0 ||
            t.name.compare(needle, Qt::CaseInsensitive) == 0)
            return key;
        if (starts.isEmpty() && t.name.startsWith(needle, Qt::CaseInsensitive))
            starts = key;
        if (contains.isEmpty() && key.contains(needle, Qt::CaseInsensitive))
            contains = key;
    }
    return starts.isEmpty() ? contains : starts;
}

QLineEdit *ErDiagramView::createSearchField(QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setPlaceholderText(tr("Find table…"));
    field->setClearButtonEnabled(true);
    field->setToolTip(tr("Centre the diagram on a table"));
    auto *names = new QStringListModel(field);
    auto refresh = [this, names] {
        QStringList keys;
        for (const schema::Table &t : m_document->metadata().tables)
            keys << EditableModelDocument::keyOf(t);
        if (keys != names->stringList())
            names->setStringList(keys);
    };
    refresh();
    connect(m_scene, &ErDiagramScene::contentsChanged, field, refresh);
    auto *completer = new QCompleter(names, field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    field->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &key) { centerOnTable(key); });
    connect(field, &QLineEdit::returnPressed, this, [this, field] {
        const QString key = findTable(field->text());
        if (!key.isEmpty())
            centerOnTable(key);
    });
    return field;
}

void ErDiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        m_wheelZoom = true;
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        m_wheelZoom = false;
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
    updateMinimap();
}

void ErDiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panFrom = event->position().toPoint();
        m_panning = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void ErDiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ErDiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ErDiagramView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QStringList keys = selectedTables();
        if (keys.size() == 1) {
            emit tableActivated(keys.first());
            return;
        }
        break;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomBy(1.25);
            return;
        }
        break;
    case Qt::Key_Minus:
        if (ctrl) {
            zoomBy(0.8);
            return;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            fitAll();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void ErDiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const DiagramStyle &s = m_scene->diagramStyle();
    painter->fillRect(rect, s.canvas);
    if (m_scene->isExporting())
        return;
    const bool zoomedOut = zoom() < TableCardItem::kNameOnlyScale;
    m_scene->setEdgesBatched(zoomedOut);
    if (zoomedOut) {
        // Mapped to whole device pixels here and drawn untransformed: the
        // raster engine's fastest path for thousands of thin lines.
        const QTransform toDevice = painter->worldTransform();
        const QRectF visible = rect.adjusted(-1, -1, 1, 1);
        QVector<QLine> lines;
        painter->save();
        painter->resetTransform();
        painter->setRenderHint(QPainter::Antialiasing, false);
        for (const bool highlighted : {false, true}) {
            lines.clear();
            for (const QLineF &l : m_scene->overviewLines(highlighted)) {
                // (A horizontal line's rectangle is empty and intersects nothing.)
                if (QRectF(l.p1(), l.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(visible))
                    lines.append(toDevice.map(l).toLine());
            }
            painter->setPen(QPen(highlighted ? s.selection : s.edge, 0));
            painter->drawLines(lines);
        }
        painter->restore();
        return;
    }
    // A quiet dot grid, as in drawing tools: it shows that the canvas moves.
    // One tile with one dot, repeated by a texture brush anchored at the
    // scene origin, costs a fill instead of thousands of points.
    if (m_gridTile.isNull() || m_gridColour != s.grid) {
        m_gridColour = s.grid;
        const int step = int(kGridStep) * 2;  // drawn at 2x, scaled by the brush
        m_gridTile = QPixmap(step, step);
        m_gridTile.fill(Qt::transparent);
        QPainter tile(&m_gridTile);
        tile.setRenderHint(QPainter::Antialiasing);
        tile.setPen(Qt::NoPen);
        tile.setBrush(s.grid);
        tile.drawEllipse(QPointF(0, 0), 1.7, 1.7);
        tile.drawEllipse(QPointF(step, 0), 1.7, 1.7);
        tile.drawEllipse(QPointF(0, step), 1.7, 1.7);
        tile.drawEllipse(QPointF(step, step), 1.7, 1.7);
    }
    QBrush brush(m_gridTile);
    brush.setTransform(QTransform::fromScale(0.5, 0.5));
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter->setBrushOrigin(0, 0);
    painter->fillRect(rect, brush);
    painter->restore();
}

void ErDiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateMinimap();
}

void ErDiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_minimap)
        m_minimap->update();
}

void ErDiagramView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

void ErDiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_fittedOnce) {
        m_fittedOnce = true;
        fitAll();
    }
}

void ErDiagramView::updateMinimap()
{
    if (!m_minimap)
        return;
    // A large schema gets the minimap, but only while part of it is out of
    // view: over a diagram that fits, it would only hide cards.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const bool needed =
        m_scene->cards().size() > kMinimapThreshold && !visible.contains(m_scene->contentsRect());
    m_minimap->setVisible(needed);
    if (!needed)
        return;
    const QRect area = viewport()->geometry();
    const QSize size = m_minimap->sizeHint();
    m_minimap->setGeometry(area.right() - size.width() - 12, area.bottom() - size.height() - 12,
                           size.width(), size.height());
    m_minimap->raise();
    m_minimap->update();
}

}  // namespace stratum::ui
