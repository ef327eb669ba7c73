#include "ui/console/ResultView.h"

#include "ui/console/ResultModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace stratum::ui {

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultModel(this))
    , m_table(new QTableView(this))
    , m_bar(new QWidget(this))
    , m_barText(new QLabel(m_bar))
    , m_more(new QPushButton(tr("Fetch more"), m_bar))
    , m_stop(new QPushButton(tr("Stop here"), m_bar))
{
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setMaximumSectionSize(480);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->installEventFilter(this);

    // Columns are sized once, from the first rows: later batches must not make
    // the grid jump while the user reads it.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                if (first != 0)
                    return;
                m_table->resizeColumnsToContents();
                // Breathing room, so neighbouring values do not run together.
                QHeaderView *h = m_table->horizontalHeader();
                for (int c = 0; c < m_model->columnCount(); ++c)
                    h->resizeSection(c, std::min(h->maximumSectionSize(), h->sectionSize(c) + 16));
            });

    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(m_barText, 1);
    barLayout->addWidget(m_more);
    barLayout->addWidget(m_stop);
    m_bar->setAutoFillBackground(true);
    m_bar->setBackgroundRole(QPalette::ToolTipBase);
    m_barText->setForegroundRole(QPalette::ToolTipText);
    m_bar->hide();
    connect(m_more, &QPushButton::clicked, this, [this] {
        hideLimitBar();
        emit fetchMoreRequested();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        hideLimitBar();
        emit stopRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_table, 1);
}

void ResultView::showLimitBar(qint64 rows)
{
    m_barText->setText(tr("Showing the first %1 rows; the query has more. Fetching is paused so "
                          "memory stays bounded.")
                           .arg(QLocale().toString(rows)));
    m_more->show();
    m_stop->show();
    m_bar->show();
}

void ResultView::showTruncatedNote(qint64 rows)
{
    m_barText->setText(
        tr("Showing the first %1 rows; the rest was not fetched.").arg(QLocale().toString(rows)));
    m_more->hide();
    m_stop->hide();
    m_bar->show();
}

void ResultView::hideLimitBar()
{
    m_bar->hide();
}

bool ResultView::isLimitBarVisible() const
{
    return !m_bar->isHidden() && !m_more->isHidden();
}

QString ResultView::selectionAsTsv(bool withHeaders) const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    std::map<int, std::map<int, QString>> cells;
    int minColumn = INT_MAX;
    int maxColumn = -1;
    for (const QModelIndex &i : selected) {
        const bool null = m_model->isNull(i.row(), i.column());
        cells[i.row()][i.column()] = null ? QString() : m_model->cellText(i.row(), i.column());
        minColumn = std::min(minColumn, i.column());
        maxColumn = std::max(maxColumn, i.column());
    }
    QStringList lines;
    if (withHeaders) {
        QStringList header;
        for (int c = minColumn; c <= maxColumn; ++c)
            header << m_model->headerData(c, Qt::Horizontal).toString();
        lines << header.join(QLatin1Char('\t'));
    }
    for (const auto &[row, columns] : cells) {
        QStringList line;
        for (int c = minColumn; c <= maxColumn; ++c) {
            const auto it = columns.find(c);
            QString v = it == columns.end() ? QString() : it->second;
            v.replace(QLatin1Char('\t'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
            line << v;
        }
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

bool ResultView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_C && (key->modifiers() & Qt::ControlModifier)) {
            QApplication::clipboard()->setText(
                selectionAsTsv(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace stratum::ui
