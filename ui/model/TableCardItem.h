#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

#include <vector>

namespace stratum::schema {
struct MetaData;
struct Table;
}  // namespace stratum::schema

namespace stratum::ui {

class ErDiagramScene;
struct DiagramStyle;

// One table on the ER diagram: a rounded card with a header (the
// schema-qualified name) and a row per column marking primary key (key
// glyph), foreign key (link glyph), unique (UQ) and nullable (hollow dot;
// NOT NULL is a filled dot), the type right-aligned in a muted colour.
// Everything a frame needs (elided texts, widths, the header shape) is
// computed in setTable(), so paint() only draws. Zoomed out (level of detail
// below kNameOnlyScale) it draws only the table name, large, which keeps a
// 1,000-table frame cheap and readable. Moves are reported to the scene,
// which routes the edges and records the drag in the document. GUI thread only.
class TableCardItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x5e1 };
    static constexpr qreal kNameOnlyScale = 0.45;

    TableCardItem(const QString &key, const DiagramStyle *style);

    // Rebuilds the rows from the table (the metadata resolves enum types).
    void setTable(const schema::Table &table, const schema::MetaData &metadata);
    // Re-measures after the style (palette, font) changed.
    void restyle();

    const QString &key() const { return m_key; }
    const QString &name() const { return m_name; }
    const QString &schema() const { return m_schema; }
    QSizeF size() const { return m_size; }
    QRectF sceneRectOfCard() const { return QRectF(pos(), m_size); }
    // The y (item coordinates) of a column's row centre; the header's centre
    // when there is no such column.
    qreal rowCentreY(const QString &column) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // How often cards painted name-only / in full since the process started:
    // tests use them to prove which level of detail a frame used.
    static int nameOnlyPaints() { return s_nameOnlyPaints; }
    static int detailPaints() { return s_detailPaints; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Row
    {
        QString name;
        QString type;
        qreal nameWidth = 0;
        qreal typeWidth = 0;
        bool primaryKey = false;
        bool foreignKey = false;
        bool unique = false;
        bool nullable = true;
    };
    void measure();
    void paintNameOnly(QPainter *painter, qreal lod) const;
    void paintDetail(QPainter *painter) const;
    ErDiagramScene *diagramScene() const;

    QString m_key;
    QString m_schema;
    QString m_name;
    QString m_headerSchema;  // elided texts for the header
    QString m_headerName;
    qreal m_headerSchemaWidth = 0;
    std::vector<Row> m_rows;
    const DiagramStyle *m_style;
    QSizeF m_size;
    qreal m_typeColumn = 0;      // x where the type column ends
    qreal m_nameAdvance100 = 0;  // the name in the header font at 100 px
    qreal m_nameAscent100 = 0;
    qreal m_nameDescent100 = 0;
    // A name too long for its card at the smallest readable size is elided;
    // kept per glyph size so that a frame does no text layout.
    mutable QString m_elidedName;
    mutable qreal m_elidedAdvance = 0;
    mutable int m_elidedPixel = -1;
    QPainterPath m_headerPath;

    static int s_nameOnlyPaints;
    static int s_detailPaints;
};

}  // namespace stratum::ui
