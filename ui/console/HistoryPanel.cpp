#include "ui/console/HistoryPanel.h"

#include "ui/console/QueryHistory.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

// Shown per list entry; more would make the list slow to fill and to read.
constexpr int kShownEntries = 1000;

}  // namespace

HistoryPanel::HistoryPanel(QueryHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    m_search->setPlaceholderText(tr("Search history"));
    m_search->setClearButtonEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::refresh);
    connect(m_history, &QueryHistory::changed, this, &HistoryPanel::refresh);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit statementChosen(item->data(Qt::UserRole).toString());
    });
    refresh();
}

void HistoryPanel::refresh()
{
    const QList<HistoryEntry> found = m_history->search(m_search->text());
    QLocale locale;
    m_list->clear();
    for (const HistoryEntry &e : found.mid(0, kShownEntries)) {
        QString sql = e.sql.simplified();
        if (sql.size() > 160)
            sql = sql.left(160) + QChar(0x2026);
        QString meta = e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        meta += QStringLiteral(" \u00b7 %1 ms").arg(e.durationMs);
        if (e.ok && e.rows >= 0)
            meta += tr(" \u00b7 %1 rows").arg(locale.toString(e.rows));
        if (!e.ok)
            meta += tr(" \u00b7 failed");
        if (e.backendPid)
            meta += tr(" \u00b7 pid %1").arg(e.backendPid);
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(sql, meta), m_list);
        item->setData(Qt::UserRole, e.sql);
        item->setToolTip(e.ok ? e.sql : e.sql + QStringLiteral("\n\n") + e.error);
        if (!e.ok)
            item->setForeground(QColor(0xe0, 0x1b, 0x24));
    }
}

}  // namespace stratum::ui
