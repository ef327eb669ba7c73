#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QAction;
class QModelIndex;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace stratum::ui {

class EmptyState;

using PropertyList = QList<QPair<QString, QString>>;

// The workspace panel: connections (then schemas and tables), and migrations.
// It shows only what features have really put into it; until then it shows an
// empty state with the actions that fill it. Items carry a kind, an optional
// string key and a property list for the Properties panel. GUI thread only.
class WorkspaceTree : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Section, Connection, Schema, Table, View, MigrationsFolder, Revision, Other };
    Q_ENUM(Kind)
    enum Role { KindRole = Qt::UserRole + 1, KeyRole, PropertiesRole };

    explicit WorkspaceTree(QWidget *parent = nullptr);

    // Buttons for the empty state (e.g. Open demo, New connection).
    void setEmptyActions(const QList<QAction *> &actions);

    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QStandardItem *connectionsSection() const { return m_connections; }
    QStandardItem *migrationsSection() const { return m_migrations; }

    // Appends a child under parent (a section or any item) and returns it.
    QStandardItem *addItem(QStandardItem *parent, Kind kind, const QString &iconName,
                           const QString &text, const QString &key = QString(),
                           const PropertyList &properties = {});
    // Removes every item below both sections.
    void clearItems();
    bool isEmpty() const;

    static PropertyList properties(const QModelIndex &index);

public slots:
    // Asks whoever fills the tree to reload it (F5).
    void refresh();

signals:
    void refreshRequested();
    void currentItemChanged(const QModelIndex &index);
    void itemActivated(const QModelIndex &index);

private:
    void updatePage();

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QStandardItem *m_connections = nullptr;
    QStandardItem *m_migrations = nullptr;
};

}  // namespace stratum::ui
