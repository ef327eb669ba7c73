#include "ui/shell/PropertiesView.h"

#include "ui/shell/EmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratum::ui {

PropertiesView::PropertiesView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 6);
    m_icon = new QLabel(m_page);
    m_title = new QLabel(m_page);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);
    pageLayout->addLayout(header);

    m_table = new QTreeWidget(m_page);
    m_table->setObjectName(QStringLiteral("propertiesTable"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Property"), tr("Value")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    pageLayout->addWidget(m_table);

    m_empty =
        new EmptyState(QStringLiteral("properties"), tr("Nothing selected"),
                       tr("Select a connection, table or revision to see its details."), m_stack);
    m_stack->addWidget(m_page);
    m_stack->addWidget(m_empty);
    clear();
}

void PropertiesView::updateIcon()
{
    const int size = fontMetrics().height();
    m_icon->setPixmap(m_iconSource.pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setVisible(!m_iconSource.isNull());
}

void PropertiesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_iconSource.isNull())
        updateIcon();
}

void PropertiesView::showProperties(const QIcon &icon, const QString &title,
                                    const PropertyList &properties)
{
    m_iconSource = icon;
    updateIcon();
    m_title->setText(title);
    m_table->clear();
    for (const auto &[name, value] : properties) {
        auto *item = new QTreeWidgetItem(m_table, {name, value});
        item->setToolTip(1, value);
    }
    m_stack->setCurrentWidget(m_page);
}

void PropertiesView::clear()
{
    m_table->clear();
    m_stack->setCurrentWidget(m_empty);
}

int PropertiesView::rowCount() const
{
    return m_table->topLevelItemCount();
}

}  // namespace stratum::ui
