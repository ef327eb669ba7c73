#include "ui/migrations/RevisionGraphView.h"

#include "ui/migrations/RevisionGraphDelegate.h"
#include "ui/migrations/RevisionGraphModel.h"

namespace stratum::ui {

RevisionGraphView::RevisionGraphView(RevisionGraphModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
    , m_delegate(new RevisionGraphDelegate(model, this))
{
    setModel(model);
    setItemDelegate(m_delegate);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Revision graph"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                emit revisionSelected(current.isValid() ? m_model->revisionAt(current.row()) : -1);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RevisionGraphView::applyFilter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        // Filter changes arrive as dataChanged over every row; cheap to re-apply.
        applyFilter();
    });
}

void RevisionGraphView::resizeEvent(QResizeEvent *event)
{
    // Rows span the viewport; with uniform sizes the list's own item layout
    // is a multiplication, and the graph layout is untouched.
    m_delegate->setRowWidth(viewport()->width());
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout();
}

void RevisionGraphView::applyFilter()
{
    const bool any = !m_model->filter().isEmpty();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const bool hide = any && !m_model->matches(r);
        if (isRowHidden(r) != hide)
            setRowHidden(r, hide);
    }
}

int RevisionGraphView::selectedRevision() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_model->revisionAt(current.row()) : -1;
}

void RevisionGraphView::selectRevision(int revision)
{
    const int row = m_model->rowOfRevision(revision);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

bool RevisionGraphView::jumpToCurrent()
{
    const int row = m_model->currentRow();
    if (row < 0)
        return false;
    selectRevision(m_model->revisionAt(row));
    return true;
}

}  // namespace stratum::ui
