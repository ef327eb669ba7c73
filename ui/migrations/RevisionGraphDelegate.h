#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace stratum::ui {

class RevisionGraphModel;

// Paints one row of the revision graph: its slice of the commit graph (lanes
// passing through, curved edges into and out of the node, dashed depends_on
// edges), the node (solid when applied, hollow when pending, ringed where
// the database stands), then the short id, branch-label and head/base chips,
// the message, lint and "needs Alembic" badges, and author and date on the
// right. Everything is drawn as vectors from the precomputed GraphLayout, so
// painting is a lookup and stays crisp at any device pixel ratio.
// GUI thread only.
class RevisionGraphDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RevisionGraphDelegate(RevisionGraphModel *model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Rows span the view's width (set by the view on resize).
    void setRowWidth(int width) { m_rowWidth = width; }

    static constexpr int kRowHeight = 34;
    static constexpr int kLaneWidth = 16;
    // The colour of lane palette index i, readable on base.
    static QColor laneColour(int i, const QColor &base);
    // The colour of a lint class (LintBits; the first bit set decides); 0:
    // the "needs Alembic" colour.
    static QColor lintColour(int bits);
    // The graph column's width for the model's history.
    int graphWidth() const;

private:
    void paintGraph(QPainter *p, const QRect &rect, int row, bool filtered) const;
    RevisionGraphModel *m_model;
    int m_rowWidth = 600;
};

}  // namespace stratum::ui
