#include "ui/shell/MessageLog.h"

#include "ui/common/ThemedIcon.h"
#include "ui/shell/EmptyState.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

QIcon levelIcon(MessageLog::Level level)
{
    switch (level) {
    case MessageLog::Level::Info:
        return ThemedIcon::icon(QStringLiteral("info"), QColor(0x3b, 0x7d, 0xd8));
    case MessageLog::Level::Success:
        return ThemedIcon::icon(QStringLiteral("success"), QColor(0x2e, 0x9d, 0x5b));
    case MessageLog::Level::Warning:
        return ThemedIcon::icon(QStringLiteral("warning"), QColor(0xd9, 0x8c, 0x10));
    case MessageLog::Level::Error:
        return ThemedIcon::icon(QStringLiteral("error"), QColor(0xd6, 0x3a, 0x3a));
    }
    return {};
}

}  // namespace

MessageLog::MessageLog(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_list = new QTreeWidget(m_stack);
    m_list->setObjectName(QStringLiteral("messageList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Time"), tr("Source"), tr("Message")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copy = new QAction(ThemedIcon::icon(QStringLiteral("copy")), tr("Copy"), m_list);
    connect(copy, &QAction::triggered, this, [this] {
        QStringList lines;
        for (QTreeWidgetItem *item : m_list->selectedItems()) {
            lines << item->text(0) + QLatin1Char('\t') + item->text(1) + QLatin1Char('\t') +
                         item->text(2);
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    auto *clearAction =
        new QAction(ThemedIcon::icon(QStringLiteral("clear")), tr("Clear Messages"), m_list);
    connect(clearAction, &QAction::triggered, this, &MessageLog::clear);
    m_list->addActions({copy, clearAction});

    m_empty = new EmptyState(QStringLiteral("messages"), tr("No messages"),
                             tr("Notices, errors and connection events appear here."), m_stack);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    updatePage();
}

int MessageLog::count() const
{
    return m_list->topLevelItemCount();
}

QString MessageLog::messageText(int row) const
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(2) : QString();
}

void MessageLog::post(Level level, const QString &text, const QString &source,
                      const QString &detail)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(0, QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    item->setIcon(0, levelIcon(level));
    item->setText(1, source);
    item->setText(2, text);
    item->setToolTip(2, detail.isEmpty() ? text : text + QLatin1Char('\n') + detail);
    if (!detail.isEmpty()) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(2, detail);
    }
    m_list->scrollToItem(item);
    updatePage();
    emit posted(level, text);
}

void MessageLog::clear()
{
    m_list->clear();
    updatePage();
}

void MessageLog::updatePage()
{
    m_stack->setCurrentWidget(m_list->topLevelItemCount() > 0 ? static_cast<QWidget *>(m_list)
                                                              : m_empty);
}

}  // namespace stratum::ui
