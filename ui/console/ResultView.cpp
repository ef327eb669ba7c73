#include "ui/console/ResultView.h"

#include "ui/console/CellEditDelegate.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ValueViewer.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
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
    , m_exportRest(new QPushButton(tr("Export the rest\u2026"), m_bar))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_viewer(new ValueViewer(this))
{
    m_exportRest->setToolTip(tr("Write every row, these and the rest, to a file without "
                                "loading them here"));
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
    m_table->setItemDelegate(new CellEditDelegate(m_model, m_table));
    buildEditBar();

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
    barLayout->addWidget(m_exportRest);
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
    connect(m_exportRest, &QPushButton::clicked, this, &ResultView::exportRestRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editBar);
    layout->addWidget(m_bar);
    m_split->addWidget(m_table);
    m_split->addWidget(m_viewer);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    m_viewer->hide();
    layout->addWidget(m_split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const bool wanted =
                    !m_viewerDismissed &&
                    ValueViewer::wantsViewer(*m_model, current.row(), current.column());
                if (wanted || isValueViewerVisible())
                    showValue(current.row(), current.column());
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->flags(index) & Qt::ItemIsEditable)
            return;  // the double click edits the cell
        m_viewerDismissed = false;
        showValue(index.row(), index.column());
    });
    connect(m_viewer, &ValueViewer::closeRequested, this, [this] {
        m_viewer->hide();
        m_viewerDismissed = true;
        m_table->setFocus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_viewer, [this] {
        m_viewer->clear();
        m_viewer->hide();
    });
}

bool ResultView::isValueViewerVisible() const
{
    return !m_viewer->isHidden();
}

void ResultView::showValue(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount() || column < 0 || column >= m_model->columnCount())
        return;
    m_viewer->showCell(*m_model, row, column);
    m_viewer->show();
}

void ResultView::showLimitBar(qint64 rows, qint64 bytes)
{
    const QString size =
        bytes >= 0 ? QStringLiteral(" (%1)").arg(QLocale().formattedDataSize(bytes)) : QString();
    m_barText->setText(tr("Showing the first %1 rows%2; the query has more. Fetching is paused "
                          "so memory stays bounded.")
                           .arg(QLocale().toString(rows), size));
    m_more->show();
    m_stop->show();
    m_exportRest->show();
    m_bar->show();
}

void ResultView::showTruncatedNote(qint64 rows)
{
    m_barText->setText(
        tr("Showing the first %1 rows; the rest was not fetched.").arg(QLocale().toString(rows)));
    m_more->hide();
    m_stop->hide();
    m_exportRest->hide();
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
