#pragma once

#include "ui/model/DiagramRouter.h"
#include "ui/model/DiagramStyle.h"

#include <QGraphicsScene>
#include <QHash>
#include <QLineF>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace stratum::ui {

class EditableModelDocument;
class RelationshipItem;
class TableCardItem;
struct ModelChange;

// The ER diagram of an EditableModelDocument: a TableCardItem per table and a
// RelationshipItem per foreign key, kept in step with the document through
// its changed() signal (only the tables a change names are rebuilt, and only
// the edges touching them). Positions live in the document: a drag is
// recorded with moveTables() when the mouse is released (one undo step), and
// undo/redo move the cards back. The scene uses a BSP index: cards move
// rarely compared with how often a large diagram is painted, so culling by
// index beats scanning every item per frame. GUI thread only.
class ErDiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit ErDiagramScene(EditableModelDocument *document, QObject *parent = nullptr);
    ~ErDiagramScene() override;

    EditableModelDocument *document() const { return m_document; }
    const DiagramStyle &diagramStyle() const { return *m_style; }
    void setDiagramStyle(const QPalette &palette, const QFont &font);

    TableCardItem *card(const QString &key) const { return m_cards.value(key); }
    QList<TableCardItem *> cards() const { return m_cards.values(); }
    const std::vector<RelationshipItem *> &relationships() const { return m_edges; }
    QStringList selectedTables() const;
    // The cards' bounding rectangle (edges included), without the margin.
    QRectF contentsRect() const;

    // True when any table has no stored position.
    bool needsLayout() const;
    // Lays every table out (DiagramLayout) and stores the positions: as one
    // undo step, or, for the first layout of a freshly opened document, so
    // that the document is not marked modified.
    void applyAutomaticLayout(bool undoable);
    // Places tables without a stored position below the others (no undo step
    // when the document is unmodified and has no history).
    void placeUnpositioned();

    bool isExporting() const { return m_exporting; }

    // Zoomed out, the view draws all relationship lines in one call under
    // the cards (the items then skip painting): the lines as segments, the
    // highlighted ones (touching a selected card) separately. Cached until a
    // route or the selection changes.
    void setEdgesBatched(bool on) { m_edgesBatched = on; }
    bool edgesBatched() const { return m_edgesBatched; }
    const QVector<QLineF> &overviewLines(bool highlighted) const;
    void invalidateOverview() { m_overviewDirty = true; }
    void setExporting(bool on) { m_exporting = on; }

    // Called by the cards.
    void cardMoved(TableCardItem *card);
    void cardSelectionChanged(TableCardItem *card);

signals:
    void tableActivated(const QString &key);
    // Cards were added, removed, resized or moved (the minimap redraws).
    void contentsChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onDocumentChanged(const ModelChange &change);
    TableCardItem *addCard(const QString &key);
    void removeCard(const QString &key);
    void syncCardPosition(TableCardItem *card);
    void syncCardPosition(TableCardItem *card, const QPointF &position);
    void rebuildEdgesFrom(const QString &key);
    void addEdgesFrom(const QString &key);
    void removeEdgesTouching(const QString &key, bool incomingToo);
    void storePositions(const std::vector<std::pair<QString, QPointF>> &positions, bool undoable);
    void routeEdges(const std::vector<RelationshipItem *> &edges);
    void routeAll();
    void rebuildRouter();
    void updateSceneRect();

    EditableModelDocument *m_document;
    std::unique_ptr<DiagramStyle> m_style;
    std::optional<std::pair<QPalette, QFont>> m_styledWith;
    QHash<QString, TableCardItem *> m_cards;
    std::vector<RelationshipItem *> m_edges;
    DiagramRouter m_router;
    QHash<TableCardItem *, int> m_obstacleOf;
    bool m_routerDirty = true;
    bool m_syncing = false;   // moving cards to the document's positions
    bool m_dragging = false;  // a mouse drag is moving cards
    bool m_exporting = false;
    bool m_edgesBatched = false;
    mutable bool m_overviewDirty = true;
    mutable QVector<QLineF> m_overviewLines[2];
    QHash<QString, QPointF> m_dragStart;
};

}  // namespace stratum::ui
