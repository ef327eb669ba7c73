#include "ui/model/ErDiagramScene.h"

#include "ui/model/DiagramLayout.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/RelationshipItem.h"
#include "ui/model/TableCardItem.h"

#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <utility>

namespace stratum::ui {

namespace {

QString referredKey(const schema::ForeignKey &fk)
{
    return fk.referredSchema.isEmpty() ? fk.referredTable
                                       : fk.referredSchema + u'.' + fk.referredTable;
}

bool sameColumns(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    return a == b;
}

// Whether the FK columns are unique in their table (a one-to-one relationship).
bool uniqueColumns(const schema::Table &table, const QStringList &columns)
{
    if (!table.primaryKey.columns.isEmpty() && sameColumns(table.primaryKey.columns, columns))
        return true;
    for (const schema::UniqueConstraint &u : table.uniqueConstraints) {
        if (sameColumns(u.columns, columns))
            return true;
    }
    for (const schema::Index &i : table.indexes) {
        if (i.unique && i.where.isEmpty() && sameColumns(i.columnNames(), columns) &&
            int(i.elements.size()) == columns.size())
            return true;
    }
    return false;
}

}  // namespace

ErDiagramScene::ErDiagramScene(EditableModelDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_style(std::make_unique<DiagramStyle>(QGuiApplication::palette(), QGuiApplication::font()))
{
    m_styledWith = std::make_pair(QGuiApplication::palette(), QGuiApplication::font());
    setItemIndexMethod(BspTreeIndex);
    for (const schema::Table &t : document->metadata().tables)
        addCard(EditableModelDocument::keyOf(t));
    for (const schema::Table &t : document->metadata().tables)
        addEdgesFrom(EditableModelDocument::keyOf(t));
    // Without stored positions the cards all stand at the origin: routing now
    // would be wasted, the layout routes once it has placed them.
    if (!needsLayout())
        routeAll();
    updateSceneRect();
    connect(document, &EditableModelDocument::changed, this, &ErDiagramScene::onDocumentChanged);
}

ErDiagramScene::~ErDiagramScene()
{
    // Items refer to m_style; remove them before it goes.
    clear();
}

void ErDiagramScene::setDiagramStyle(const QPalette &palette, const QFont &font)
{
    if (m_styledWith && m_styledWith->first == palette && m_styledWith->second == font)
        return;  // re-measuring 1,000 cards for nothing is not free
    m_styledWith = std::make_pair(palette, font);
    *m_style = DiagramStyle(palette, font);
    setBackgroundBrush(m_style->canvas);
    for (TableCardItem *card : std::as_const(m_cards))
        card->restyle();
    m_routerDirty = true;
    if (!needsLayout())
        routeAll();
    updateSceneRect();
    emit contentsChanged();
}

QStringList ErDiagramScene::selectedTables() const
{
    QStringList keys;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == TableCardItem::Type)
            keys << static_cast<TableCardItem *>(item)->key();
    }
    keys.sort();
    return keys;
}

QRectF ErDiagramScene::contentsRect() const
{
    QRectF rect;
    for (TableCardItem *card : std::as_const(m_cards))
        rect |= card->sceneRectOfCard();
    for (RelationshipItem *edge : m_edges)
        rect |= edge->points().boundingRect();
    return rect;
}

TableCardItem *ErDiagramScene::addCard(const QString &key)
{
    const schema::Table *table = m_document->table(key);
    if (!table)
        return nullptr;
    if (TableCardItem *existing = m_cards.value(key)) {
        existing->setTable(*table, m_document->metadata());
        return existing;
    }
    auto *card = new TableCardItem(key, m_style.get());
    card->setTable(*table, m_document->metadata());
    addItem(card);
    m_cards.insert(key, card);
    syncCardPosition(card);
    m_routerDirty = true;
    return card;
}

void ErDiagramScene::removeCard(const QString &key)
{
    TableCardItem *card = m_cards.take(key);
    if (!card)
        return;
    removeEdgesTouching(key, true);
    delete card;
    m_routerDirty = true;
}

void ErDiagramScene::syncCardPosition(TableCardItem *card)
{
    const auto position = m_document->document().position(card->schema(), card->name());
    if (position)
        syncCardPosition(card, QPointF(position->x, position->y));
}

void ErDiagramScene::syncCardPosition(TableCardItem *card, const QPointF &p)
{
    if (card->pos() != p) {
        m_syncing = true;
        card->setPos(p);
        m_syncing = false;
        m_routerDirty = true;
    }
}

void ErDiagramScene::removeEdgesTouching(const QString &key, bool incomingToo)
{
    auto doomed = std::stable_partition(m_edges.begin(), m_edges.end(), [&](RelationshipItem *e) {
        return !(e->info().fromKey == key || (incomingToo && e->info().toKey == key));
    });
    for (auto it = doomed; it != m_edges.end(); ++it)
        delete *it;
    m_edges.erase(doomed, m_edges.end());
    m_overviewDirty = true;
}

void ErDiagramScene::rebuildEdgesFrom(const QString &key)
{
    removeEdgesTouching(key, false);
    addEdgesFrom(key);
}

void ErDiagramScene::addEdgesFrom(const QString &key)
{
    const schema::Table *table = m_document->table(key);
    TableCardItem *from = m_cards.value(key);
    if (!table || !from)
        return;
    for (const schema::ForeignKey &fk : table->foreignKeys) {
        TableCardItem *to = m_cards.value(referredKey(fk));
        if (!to || fk.columns.isEmpty())
            continue;  // a dangling reference: the problems view reports it
        RelationshipItem::Info info;
        info.fromKey = key;
        info.toKey = to->key();
        info.columns = fk.columns;
        info.referredColumns = fk.referredColumns;
        if (info.referredColumns.isEmpty()) {
            if (const schema::Table *target = m_document->table(info.toKey))
                info.referredColumns = target->primaryKey.columns;
        }
        for (const QString &c : fk.columns) {
            const schema::Column *column = table->column(c);
            if (column && column->nullable)
                info.optional = true;
        }
        info.oneToOne = uniqueColumns(*table, fk.columns);
        auto *edge = new RelationshipItem(std::move(info), from, to, m_style.get());
        edge->setHighlighted(from->isSelected() || to->isSelected());
        addItem(edge);
        m_edges.push_back(edge);
    }
}

void ErDiagramScene::rebuildRouter()
{
    std::vector<QRectF> rects;
    rects.reserve(m_cards.size());
    m_obstacleOf.clear();
    for (TableCardItem *card : std::as_const(m_cards)) {
        m_obstacleOf.insert(card, int(rects.size()));
        rects.push_back(card->sceneRectOfCard());
    }
    m_router.setObstacles(std::move(rects));
    m_routerDirty = false;
}

void ErDiagramScene::routeEdges(const std::vector<RelationshipItem *> &edges)
{
    if (m_routerDirty)
        rebuildRouter();
    for (RelationshipItem *edge : edges) {
        const RelationshipItem::Info &info = edge->info();
        TableCardItem *from = edge->fromCard();
        TableCardItem *to = edge->toCard();
        const qreal fromY = from->pos().y() + from->rowCentreY(info.columns.value(0));
        const qreal toY = to->pos().y() + to->rowCentreY(info.referredColumns.value(0));
        // A stable spread (not qHash: its seed changes per process).
        int lane = 0;
        for (const QChar c : info.fromKey + info.columns.join(u','))
            lane += c.unicode();
        edge->setRoute(m_router.route(m_obstacleOf.value(from, -1), fromY,
                                      m_obstacleOf.value(to, -1), toY, lane));
    }
}

void ErDiagramScene::routeAll()
{
    routeEdges(m_edges);
}

void ErDiagramScene::updateSceneRect()
{
    const QRectF content = contentsRect();
    // Room around the cards so that any card can be scrolled to the middle of
    // the view (search, centerOnTable), like an unbounded canvas.
    const qreal margin = std::max<qreal>(1000, std::max(content.width(), content.height()) * 0.1);
    setSceneRect(content.adjusted(-margin, -margin, margin, margin));
}

void ErDiagramScene::onDocumentChanged(const ModelChange &change)
{
    const bool structural = !change.tablesAdded.isEmpty() || !change.tablesRemoved.isEmpty() ||
                            !change.tablesChanged.isEmpty() || change.enumsChanged;
    for (const QString &key : change.tablesRemoved)
        removeCard(key);
    for (const QString &key : change.tablesAdded)
        addCard(key);
    for (const QString &key : change.tablesChanged) {
        if (TableCardItem *card = m_cards.value(key)) {
            card->setTable(*m_document->table(key), m_document->metadata());
            m_routerDirty = true;
        } else {
            addCard(key);
        }
    }
    if (change.enumsChanged) {
        for (TableCardItem *card : std::as_const(m_cards))
            card->setTable(*m_document->table(card->key()), m_document->metadata());
    }
    if (structural) {
        QSet<QString> rebuild(change.tablesAdded.begin(), change.tablesAdded.end());
        rebuild.unite(QSet<QString>(change.tablesChanged.begin(), change.tablesChanged.end()));
        // Tables that refer to an added table (an undone removal, a rename)
        // get their edges back even when they did not change themselves.
        if (!change.tablesAdded.isEmpty()) {
            const QSet<QString> added(change.tablesAdded.begin(), change.tablesAdded.end());
            for (const schema::Table &t : m_document->metadata().tables) {
                for (const schema::ForeignKey &fk : t.foreignKeys) {
                    if (added.contains(referredKey(fk)))
                        rebuild.insert(EditableModelDocument::keyOf(t));
                }
            }
        }
        QStringList ordered(rebuild.begin(), rebuild.end());
        ordered.sort();
        for (const QString &key : ordered)
            rebuildEdgesFrom(key);
    }
    if (change.positionsChanged.size() > 16) {
        // Many at once (a layout): one pass over the positions, not one
        // search per table.
        for (const schema::DiagramPosition &p : m_document->document().positions) {
            const QString key = p.schema.isEmpty() ? p.table : p.schema + u'.' + p.table;
            if (TableCardItem *card = m_cards.value(key))
                syncCardPosition(card, QPointF(p.x, p.y));
        }
    } else {
        for (const QString &key : change.positionsChanged) {
            if (TableCardItem *card = m_cards.value(key))
                syncCardPosition(card);
        }
    }
    if (structural || !change.positionsChanged.isEmpty()) {
        routeAll();
        updateSceneRect();
        emit contentsChanged();
    }
}

bool ErDiagramScene::needsLayout() const
{
    const schema::ModelDocument &doc = m_document->document();
    for (const schema::Table &t : doc.metadata.tables) {
        if (!doc.position(t.schema, t.name))
            return true;
    }
    return false;
}

void ErDiagramScene::storePositions(const std::vector<std::pair<QString, QPointF>> &positions,
                                    bool undoable)
{
    std::vector<schema::DiagramPosition> out;
    out.reserve(positions.size());
    for (const auto &[key, p] : positions) {
        if (const TableCardItem *card = m_cards.value(key))
            out.push_back({card->schema(), card->name(), std::round(p.x()), std::round(p.y())});
    }
    QUndoStack *undo = m_document->undoStack();
    // A freshly opened document gets its first layout without becoming
    // modified: the step is pushed (so the change reaches every view) and the
    // stack, which held nothing else, is cleared back to clean.
    const bool pristine = !undoable && undo->count() == 0;
    m_document->moveTables(out, 0);
    if (pristine)
        undo->clear();
}

void ErDiagramScene::applyAutomaticLayout(bool undoable)
{
    const auto &tables = m_document->metadata().tables;
    std::vector<QSizeF> sizes;
    QHash<QString, int> index;
    sizes.reserve(tables.size());
    for (const schema::Table &t : tables) {
        const QString key = EditableModelDocument::keyOf(t);
        index.insert(key, int(sizes.size()));
        TableCardItem *card = m_cards.value(key);
        sizes.push_back(card ? card->size() : QSizeF(200, 100));
    }
    std::vector<std::pair<int, int>> links;
    links.reserve(m_edges.size());
    for (RelationshipItem *edge : m_edges)
        links.emplace_back(index.value(edge->info().fromKey), index.value(edge->info().toKey));
    const DiagramLayout::Result layout = DiagramLayout::compute(sizes, links);
    std::vector<std::pair<QString, QPointF>> positions;
    positions.reserve(tables.size());
    for (std::size_t i = 0; i < tables.size(); ++i)
        positions.emplace_back(EditableModelDocument::keyOf(tables[i]), layout.positions[i]);
    storePositions(positions, undoable);
}

void ErDiagramScene::placeUnpositioned()
{
    const schema::ModelDocument &doc = m_document->document();
    QRectF placed;
    std::vector<TableCardItem *> missing;
    for (const schema::Table &t : doc.metadata.tables) {
        TableCardItem *card = m_cards.value(EditableModelDocument::keyOf(t));
        if (!card)
            continue;
        if (doc.position(t.schema, t.name))
            placed |= card->sceneRectOfCard();
        else
            missing.push_back(card);
    }
    if (missing.empty())
        return;
    std::vector<std::pair<QString, QPointF>> positions;
    qreal x = placed.isNull() ? 0 : placed.left();
    const qreal y = placed.isNull() ? 0 : placed.bottom() + DiagramLayout::kRowGap * 2;
    for (TableCardItem *card : missing) {
        positions.emplace_back(card->key(), QPointF(x, y));
        x += card->size().width() + DiagramLayout::kColumnGap / 2;
    }
    storePositions(positions, false);
}

const QVector<QLineF> &ErDiagramScene::overviewLines(bool highlighted) const
{
    if (m_overviewDirty) {
        for (auto &lines : m_overviewLines)
            lines.clear();
        for (const RelationshipItem *edge : m_edges) {
            const QPolygonF &p = edge->points();
            auto &lines = m_overviewLines[edge->isHighlighted() ? 1 : 0];
            for (int i = 1; i < p.size(); ++i)
                lines.append(QLineF(p[i - 1], p[i]));
        }
        m_overviewDirty = false;
    }
    return m_overviewLines[highlighted ? 1 : 0];
}

void ErDiagramScene::cardMoved(TableCardItem *card)
{
    if (m_syncing)
        return;
    m_routerDirty = true;
    std::vector<RelationshipItem *> touching;
    for (RelationshipItem *edge : m_edges) {
        if (edge->fromCard() == card || edge->toCard() == card)
            touching.push_back(edge);
    }
    routeEdges(touching);
}

void ErDiagramScene::cardSelectionChanged(TableCardItem *card)
{
    for (RelationshipItem *edge : m_edges) {
        if (edge->fromCard() == card || edge->toCard() == card)
            edge->setHighlighted(edge->fromCard()->isSelected() || edge->toCard()->isSelected());
    }
}

void ErDiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    m_dragging = event->button() == Qt::LeftButton;
    if (!m_dragging)
        return;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == TableCardItem::Type) {
            auto *card = static_cast<TableCardItem *>(item);
            m_dragStart.insert(card->key(), card->pos());
        }
    }
}

void ErDiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (!m_dragging)
        return;
    m_dragging = false;
    std::vector<std::pair<QString, QPointF>> moved;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it) {
        TableCardItem *card = m_cards.value(it.key());
        if (card && card->pos() != it.value())
            moved.emplace_back(it.key(), card->pos());
    }
    m_dragStart.clear();
    if (moved.empty())
        return;
    std::sort(moved.begin(), moved.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    // The document's change re-routes every line (the card may now stand in
    // other lines' way).
    storePositions(moved, true);
}

}  // namespace stratum::ui
