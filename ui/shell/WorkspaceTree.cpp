#include "ui/shell/WorkspaceTree.h"

#include "ui/common/ThemedIcon.h"
#include "ui/shell/EmptyState.h"

#include <QHeaderView>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

QStandardItem *makeSection(const QString &iconName, const QString &text)
{
    auto *item = new QStandardItem(ThemedIcon::icon(iconName), text);
    item->setEditable(false);
    item->setSelectable(true);
    item->setData(QVariant::fromValue(WorkspaceTree::Kind::Section), WorkspaceTree::KindRole);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

}  // namespace

WorkspaceTree::WorkspaceTree(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_model = new QStandardItemModel(this);
    m_connections = makeSection(QStringLiteral("database"), tr("Connections"));
    m_migrations = makeSection(QStringLiteral("migrations"), tr("Migrations"));
    m_model->appendRow(m_connections);
    m_model->appendRow(m_migrations);

    m_view = new QTreeView(m_stack);
    m_view->setObjectName(QStringLiteral("workspaceView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit currentItemChanged(current); });
    connect(m_view, &QTreeView::activated, this, &WorkspaceTree::itemActivated);

    m_empty = new EmptyState(
        QStringLiteral("workspace"), tr("No workspace open"),
        tr("Connections, their schemas and tables, and migration scripts appear here once a "
           "workspace is open."),
        m_stack);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    connect(m_model, &QStandardItemModel::rowsInserted, this, &WorkspaceTree::updatePage);
    connect(m_model, &QStandardItemModel::rowsRemoved, this, &WorkspaceTree::updatePage);
    connect(m_model, &QStandardItemModel::modelReset, this, &WorkspaceTree::updatePage);
    updatePage();
}

void WorkspaceTree::setEmptyActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        m_empty->addAction(action);
    }
}

QStandardItem *WorkspaceTree::addItem(QStandardItem *parent, Kind kind, const QString &iconName,
                                      const QString &text, const QString &key,
                                      const PropertyList &properties)
{
    auto *item = new QStandardItem(text);
    if (!iconName.isEmpty()) {
        item->setIcon(ThemedIcon::icon(iconName));
    }
    item->setEditable(false);
    item->setData(QVariant::fromValue(kind), KindRole);
    item->setData(key, KeyRole);
    QStringList flat;
    for (const auto &[name, value] : properties) {
        flat << name << value;
    }
    item->setData(flat, PropertiesRole);
    parent->appendRow(item);
    if (parent == m_connections || parent == m_migrations) {
        m_view->expand(parent->index());
    }
    return item;
}

void WorkspaceTree::clearItems()
{
    m_connections->removeRows(0, m_connections->rowCount());
    m_migrations->removeRows(0, m_migrations->rowCount());
}

bool WorkspaceTree::isEmpty() const
{
    return m_connections->rowCount() == 0 && m_migrations->rowCount() == 0;
}

PropertyList WorkspaceTree::properties(const QModelIndex &index)
{
    const QStringList flat = index.data(PropertiesRole).toStringList();
    PropertyList list;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2) {
        list.append({flat.at(i), flat.at(i + 1)});
    }
    return list;
}

void WorkspaceTree::refresh()
{
    emit refreshRequested();
}

void WorkspaceTree::updatePage()
{
    m_stack->setCurrentWidget(isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
}

}  // namespace stratum::ui
