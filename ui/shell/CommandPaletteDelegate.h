#pragma once

#include <QStyledItemDelegate>

namespace stratum::ui {

// Paints one command palette row: icon, name, its menu as a dim prefix, and on
// the right the shortcut, or "Not available yet" for a pending command.
// GUI thread only.
class CommandPaletteDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        ActionRole = Qt::UserRole + 1,
        CategoryRole,
        ShortcutRole,
        PendingRole,
        EnabledRole
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

}  // namespace stratum::ui
