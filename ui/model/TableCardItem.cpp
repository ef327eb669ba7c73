#include "ui/model/TableCardItem.h"

#include "core/schema/MetaData.h"
#include "core/schema/TypeCompiler.h"
#include "ui/model/DiagramStyle.h"
#include "ui/model/ErDiagramScene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace stratum::ui {

int TableCardItem::s_nameOnlyPaints = 0;
int TableCardItem::s_detailPaints = 0;

namespace {

constexpr qreal kMinWidth = 170;
constexpr qreal kMaxWidth = 380;
constexpr qreal kDotColumn = 14;
constexpr qreal kTypeGap = 18;
constexpr qreal kShadow = 3;

// A short, lower-case type label ("varchar(120)", "numeric(10,2)").
QString typeLabel(const schema::ColumnType &type, const schema::MetaData &metadata)
{
    if (type.kind == schema::TypeKind::Verbatim)
        return type.verbatim.toLower();
    if (type.kind == schema::TypeKind::Enum && !type.isArray())
        return type.enumName;
    QStringList ignored;
    QString sql = schema::TypeCompiler(schema::Dialect::PostgreSQL)
                      .compile(type, &metadata, {}, &ignored)
                      .toLower();
    // The short spellings people write, so the type column stays narrow.
    static const std::pair<const char *, const char *> shorter[] = {
        {"timestamp without time zone", "timestamp"},
        {"timestamp with time zone", "timestamptz"},
        {"time without time zone", "time"},
        {"time with time zone", "timetz"},
        {"character varying", "varchar"},
        {"double precision", "double"},
        {", ", ","}};
    for (const auto &[from, to] : shorter)
        sql.replace(QLatin1String(from), QLatin1String(to));
    return sql;
}

// A small key: a ring and a shaft with two teeth.
void drawKey(QPainter *p, const QPointF &c, const QColor &colour)
{
    p->setPen(QPen(colour, 1.6));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(QPointF(c.x() - 3, c.y()), 2.6, 2.6);
    p->drawLine(QPointF(c.x() - 0.4, c.y()), QPointF(c.x() + 5.5, c.y()));
    p->drawLine(QPointF(c.x() + 3.5, c.y()), QPointF(c.x() + 3.5, c.y() + 2.6));
    p->drawLine(QPointF(c.x() + 5.5, c.y()), QPointF(c.x() + 5.5, c.y() + 2.2));
}

// Two chain links, the usual "reference" mark.
void drawLink(QPainter *p, const QPointF &c, const QColor &colour)
{
    p->setPen(QPen(colour, 1.5));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(QRectF(c.x() - 6, c.y() - 2.5, 7, 5), 2.5, 2.5);
    p->drawRoundedRect(QRectF(c.x() - 1, c.y() - 2.5, 7, 5), 2.5, 2.5);
}

}  // namespace

TableCardItem::TableCardItem(const QString &key, const DiagramStyle *style)
    : m_key(key)
    , m_style(style)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(false);
}

void TableCardItem::setTable(const schema::Table &table, const schema::MetaData &metadata)
{
    m_schema = table.schema;
    m_name = table.name;
    m_elidedPixel = -1;
    m_rows.clear();
    m_rows.reserve(table.columns.size());
    QSet<QString> fkColumns, uniqueColumns;
    for (const schema::ForeignKey &fk : table.foreignKeys) {
        for (const QString &c : fk.columns)
            fkColumns.insert(c);
    }
    for (const schema::UniqueConstraint &u : table.uniqueConstraints) {
        if (u.columns.size() == 1)
            uniqueColumns.insert(u.columns.first());
    }
    for (const schema::Index &index : table.indexes) {
        if (index.unique && index.where.isEmpty() && index.elements.size() == 1 &&
            !index.elements.front().isExpression())
            uniqueColumns.insert(index.elements.front().column);
    }
    for (const schema::Column &c : table.columns) {
        Row row;
        row.name = c.name;
        row.type = typeLabel(c.type, metadata);
        row.primaryKey = table.primaryKey.columns.contains(c.name);
        row.foreignKey = fkColumns.contains(c.name);
        row.unique = uniqueColumns.contains(c.name) && !row.primaryKey;
        row.nullable = c.nullable && !row.primaryKey;
        m_rows.push_back(std::move(row));
    }
    measure();
}

void TableCardItem::restyle()
{
    measure();
}

void TableCardItem::measure()
{
    prepareGeometryChange();
    const DiagramStyle &s = *m_style;
    const QFontMetricsF body(s.body), bold(s.bold), small(s.small), header(s.headerFont);
    const qreal uqWidth = small.horizontalAdvance(QStringLiteral("UQ")) + 8;
    qreal nameMax = 0, typeMax = 0;
    for (Row &row : m_rows) {
        row.nameWidth = (row.primaryKey ? bold : body).horizontalAdvance(row.name);
        nameMax = std::max(nameMax, row.nameWidth + (row.unique ? uqWidth + 6 : 0));
        typeMax = std::max(typeMax, small.horizontalAdvance(row.type));
    }
    const QString schemaText = m_schema.isEmpty() ? QString() : m_schema + u'.';
    const qreal headerWidth =
        body.horizontalAdvance(schemaText) + header.horizontalAdvance(m_name) + 2 * s.padding;
    qreal width =
        std::max({kMinWidth, headerWidth,
                  s.padding + s.gutter + nameMax + kTypeGap + typeMax + kDotColumn + s.padding});
    width = std::min(kMaxWidth, std::ceil(width));
    // When too wide, types keep their space and names are elided.
    typeMax = std::min(typeMax, width * 0.4);
    m_typeColumn = width - s.padding - kDotColumn;
    const qreal nameRoom = m_typeColumn - typeMax - kTypeGap - s.padding - s.gutter;
    for (Row &row : m_rows) {
        const QFontMetricsF &fm = row.primaryKey ? bold : body;
        const qreal room = nameRoom - (row.unique ? uqWidth + 6 : 0);
        if (row.nameWidth > room) {
            row.name = fm.elidedText(row.name, Qt::ElideRight, room);
            row.nameWidth = fm.horizontalAdvance(row.name);
        }
        row.type = small.elidedText(row.type, Qt::ElideRight, typeMax);
        row.typeWidth = small.horizontalAdvance(row.type);
    }
    const qreal headerRoom = width - 2 * s.padding;
    m_headerName = header.elidedText(m_name, Qt::ElideMiddle, headerRoom);
    const qreal schemaRoom = headerRoom - header.horizontalAdvance(m_headerName);
    m_headerSchema =
        schemaText.isEmpty() || schemaRoom < body.horizontalAdvance(QStringLiteral("…."))
            ? QString()
            : body.elidedText(schemaText, Qt::ElideLeft, schemaRoom);
    QFont big = s.headerFont;
    big.setPixelSize(100);
    const QFontMetricsF bigMetrics(big);
    m_nameAdvance100 = bigMetrics.horizontalAdvance(m_name);
    m_nameAscent100 = bigMetrics.ascent();
    m_nameDescent100 = bigMetrics.descent();
    const qreal height = s.headerHeight + m_rows.size() * s.rowHeight + 8;
    m_size = QSizeF(width, std::ceil(height));

    m_headerPath = QPainterPath();
    const qreal r = s.radius;
    const qreal h = s.headerHeight;
    m_headerPath.moveTo(0, h);
    m_headerPath.lineTo(0, r);
    m_headerPath.arcTo(QRectF(0, 0, 2 * r, 2 * r), 180, -90);
    m_headerPath.lineTo(width - r, 0);
    m_headerPath.arcTo(QRectF(width - 2 * r, 0, 2 * r, 2 * r), 90, -90);
    m_headerPath.lineTo(width, h);
    m_headerPath.closeSubpath();
    update();
}

qreal TableCardItem::rowCentreY(const QString &column) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == column)
            return m_style->headerHeight + 4 + (qreal(i) + 0.5) * m_style->rowHeight;
    }
    return m_style->headerHeight / 2;
}

QRectF TableCardItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, kShadow + 2, kShadow + 2);
}

QPainterPath TableCardItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_size));
    return path;
}

void TableCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kNameOnlyScale) {
        ++s_nameOnlyPaints;
        paintNameOnly(painter, lod);
    } else {
        ++s_detailPaints;
        paintDetail(painter);
    }
}

void TableCardItem::paintNameOnly(QPainter *painter, qreal lod) const
{
    const DiagramStyle &s = *m_style;
    const QRectF card(QPointF(0, 0), m_size);
    const bool selected = isSelected() && !diagramScene()->isExporting();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(selected ? QPen(s.selection, 2.5 / lod) : QPen(s.border, 0));
    painter->setBrush(s.header);
    painter->drawRect(card);
    // The name as large as fits the card, in whole screen pixels from 5 to
    // 15 so that a frame uses a handful of glyph sizes, not one per card;
    // smaller would be noise, so tiny cards are just blocks.
    const qreal fit = std::min(card.height() * 0.4,
                               card.width() * 0.92 * 100 / std::max<qreal>(1, m_nameAdvance100));
    const int screenPixels = std::min(15, int(fit * lod));
    QFont font = s.headerFont;
    painter->setPen(s.text);
    if (screenPixels < 5) {
        // A long name on a narrow card: the start of the name at the smallest
        // readable size, elided, rather than a blank block. Only cards too
        // small to hold a few letters stay blocks.
        constexpr int kSmallest = 6;
        if (card.width() * lod < 5 * kSmallest || card.height() * lod < kSmallest + 2)
            return;
        const int pixel = std::max(1, qRound(kSmallest / lod));
        font.setPixelSize(pixel);
        if (m_elidedPixel != pixel) {
            const QFontMetricsF metrics(font);
            m_elidedName = metrics.elidedText(m_name, Qt::ElideRight, card.width() * 0.92);
            m_elidedAdvance = metrics.horizontalAdvance(m_elidedName);
            m_elidedPixel = pixel;
        }
        painter->setFont(font);
        const qreal k = pixel / 100.0;
        painter->drawText(QPointF((card.width() - m_elidedAdvance) / 2,
                                  (card.height() + (m_nameAscent100 - m_nameDescent100) * k) / 2),
                          m_elidedName);
        return;
    }
    const int pixel = std::max(1, qRound(screenPixels / lod));
    font.setPixelSize(pixel);
    painter->setFont(font);
    // Placed from the cached metrics: drawText at a point does no layout,
    // which is most of the cost of a frame of 1,000 names.
    const qreal k = pixel / 100.0;
    painter->drawText(QPointF((card.width() - m_nameAdvance100 * k) / 2,
                              (card.height() + (m_nameAscent100 - m_nameDescent100) * k) / 2),
                      m_name);
}

void TableCardItem::paintDetail(QPainter *painter) const
{
    const DiagramStyle &s = *m_style;
    const QRectF card(QPointF(0, 0), m_size);
    const bool selected = isSelected() && !diagramScene()->isExporting();
    painter->setRenderHint(QPainter::Antialiasing, true);

    painter->setPen(Qt::NoPen);
    painter->setBrush(s.shadow);
    painter->drawRoundedRect(card.translated(0, 2).adjusted(-0.5, 0, 0.5, 1), s.radius, s.radius);
    painter->setBrush(s.card);
    painter->drawRoundedRect(card, s.radius, s.radius);
    painter->setBrush(s.header);
    painter->drawPath(m_headerPath);
    painter->setPen(QPen(s.border, 1));
    painter->drawLine(QPointF(0, s.headerHeight), QPointF(card.width(), s.headerHeight));
    painter->setBrush(Qt::NoBrush);
    painter->setPen(selected ? QPen(s.selection, 2) : QPen(s.border, 1));
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), s.radius, s.radius);

    // Header: muted schema prefix, then the name in bold. Text is drawn at
    // points from metrics measured once: drawing into a rectangle with an
    // alignment lays the text out on every call.
    qreal x = s.padding;
    if (!m_headerSchema.isEmpty()) {
        painter->setFont(s.body);
        painter->setPen(s.muted);
        painter->drawText(QPointF(x, s.headerSmallBaseline), m_headerSchema);
        x += m_headerSchemaWidth;
    }
    painter->setFont(s.headerFont);
    painter->setPen(s.text);
    painter->drawText(QPointF(x, s.headerBaseline), m_headerName);

    qreal y = s.headerHeight + 4;
    const qreal uqWidth = QFontMetricsF(s.small).horizontalAdvance(QStringLiteral("UQ"));
    for (const Row &row : m_rows) {
        const qreal cy = y + s.rowHeight / 2;
        const QPointF glyph(s.padding + s.gutter / 2 - 2, cy);
        if (row.primaryKey)
            drawKey(painter, glyph, s.keyGlyph);
        else if (row.foreignKey)
            drawLink(painter, glyph, s.linkGlyph);
        // Foreign-key columns are named in the link colour, so a column that is
        // both key and reference (key glyph, blue name) reads as both.
        const qreal nameX = s.padding + s.gutter;
        painter->setFont(row.primaryKey ? s.bold : s.body);
        painter->setPen(row.foreignKey ? s.linkGlyph : s.text);
        painter->drawText(QPointF(nameX, y + s.rowBaseline), row.name);
        painter->setFont(s.small);
        if (row.unique) {
            const QRectF badge(nameX + row.nameWidth + 6, y + s.smallBaseline - s.rowHeight * 0.5,
                               uqWidth + 8, s.rowHeight * 0.62);
            painter->setPen(QPen(s.muted, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(badge, 3, 3);
            painter->drawText(QPointF(badge.left() + 4, y + s.smallBaseline - 0.5),
                              QStringLiteral("UQ"));
        }
        painter->setPen(s.muted);
        painter->drawText(QPointF(m_typeColumn - row.typeWidth, y + s.smallBaseline), row.type);
        // Nullable: a hollow ring; NOT NULL: a filled dot.
        const QPointF dot(card.width() - s.padding - kDotColumn / 2 + 3, cy);
        if (row.nullable) {
            painter->setPen(QPen(s.muted, 1.2));
            painter->setBrush(Qt::NoBrush);
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(s.text);
        }
        painter->drawEllipse(dot, 3, 3);
        y += s.rowHeight;
    }
}

ErDiagramScene *TableCardItem::diagramScene() const
{
    return static_cast<ErDiagramScene *>(scene());
}

QVariant TableCardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && scene())
        diagramScene()->cardMoved(this);
    else if (change == ItemSelectedHasChanged && scene())
        diagramScene()->cardSelectionChanged(this);
    return QGraphicsItem::itemChange(change, value);
}

void TableCardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseDoubleClickEvent(event);
    if (scene())
        emit diagramScene()->tableActivated(m_key);
}

}  // namespace stratum::ui
