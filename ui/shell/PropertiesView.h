#pragma once

#include "ui/shell/WorkspaceTree.h"

#include <QIcon>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace stratum::ui {

class EmptyState;

// The Properties panel: name/value rows describing the current selection
// (a connection's URL with the password hidden, a table's row estimate, a
// revision's id...). GUI thread only.
class PropertiesView : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesView(QWidget *parent = nullptr);

    void showProperties(const QIcon &icon, const QString &title, const PropertyList &properties);
    void clear();
    int rowCount() const;

protected:
    // The header icon is drawn in the palette's colours: redrawn when it changes.
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_page = nullptr;
    QLabel *m_icon = nullptr;
    QIcon m_iconSource;
    QLabel *m_title = nullptr;
    QTreeWidget *m_table = nullptr;
};

}  // namespace stratum::ui
