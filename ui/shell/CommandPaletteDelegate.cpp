#include "ui/shell/CommandPaletteDelegate.h"

#include <QApplication>
#include <QPainter>

namespace stratum::ui {

void CommandPaletteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and selection from the style, text drawn by hand.
    const QString name = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool enabled = index.data(EnabledRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor textColour = selected  ? pal.color(QPalette::HighlightedText)
                              : enabled ? pal.color(QPalette::Text)
                                        : pal.color(QPalette::Disabled, QPalette::Text);
    QColor dimColour =
        selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::PlaceholderText);
    if (selected) {
        dimColour.setAlphaF(0.75f);
    }

    const QRect r = option.rect.adjusted(8, 0, -10, 0);
    const int iconSize = option.fontMetrics.height();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(r.left(), r.center().y() - iconSize / 2, iconSize, iconSize);
    if (!icon.isNull()) {
        icon.paint(painter, iconRect, Qt::AlignCenter,
                   selected ? QIcon::Selected : (enabled ? QIcon::Normal : QIcon::Disabled));
    }

    const QString pending = index.data(PendingRole).toString();
    const QString right = !enabled
                              ? (pending.isEmpty() ? tr("Unavailable") : tr("Not available yet"))
                              : index.data(ShortcutRole).toString();
    QFont rightFont = option.font;
    rightFont.setPointSizeF(rightFont.pointSizeF() * 0.92);
    const QFontMetrics rightMetrics(rightFont);
    const int rightWidth = right.isEmpty() ? 0 : rightMetrics.horizontalAdvance(right);

    painter->save();
    int x = iconRect.right() + 10;
    const QString category = index.data(CategoryRole).toString();
    if (!category.isEmpty()) {
        const QString prefix = category + QStringLiteral(": ");
        painter->setPen(dimColour);
        painter->setFont(option.font);
        painter->drawText(QRect(x, r.top(), r.width(), r.height()), Qt::AlignVCenter, prefix);
        x += option.fontMetrics.horizontalAdvance(prefix);
    }
    painter->setPen(textColour);
    const int nameWidth = r.right() - x - rightWidth - 16;
    painter->drawText(QRect(x, r.top(), nameWidth, r.height()), Qt::AlignVCenter,
                      option.fontMetrics.elidedText(name, Qt::ElideRight, nameWidth));
    if (!right.isEmpty()) {
        painter->setFont(rightFont);
        painter->setPen(dimColour);
        painter->drawText(QRect(r.right() - rightWidth, r.top(), rightWidth, r.height()),
                          Qt::AlignVCenter | Qt::AlignRight, right);
    }
    painter->restore();
}

QSize CommandPaletteDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
    return size;
}

}  // namespace stratum::ui
