#include "ui/pool/PoolEventLog.h"

#include "core/engine/LoadGenerator.h"
#include "ui/pool/PoolMonitorModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

enum Column { Time, Event, Connection, Pid, Holder, Duration, Detail, ColumnCount };

QString csvField(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) &&
        !v.contains(QLatin1Char('\n')))
        return v;
    QString q = v;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

}  // namespace

PoolEventTableModel::PoolEventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PoolEventTableModel::setModel(const PoolMonitorModel *model)
{
    beginResetModel();
    m_model = model;
    m_rows = model ? int(model->log().size()) : 0;
    m_dropped = model ? model->logDropped() : 0;
    endResetModel();
}

void PoolEventTableModel::refresh()
{
    if (!m_model)
        return;
    const int rows = int(m_model->log().size());
    if (m_model->logDropped() != m_dropped) {
        // Old rows fell off the front: cheaper to reset than to shift.
        beginResetModel();
        m_rows = rows;
        m_dropped = m_model->logDropped();
        endResetModel();
        return;
    }
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
}

int PoolEventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PoolEventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolEventTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_model || role != Qt::DisplayRole || index.row() >= m_rows)
        return {};
    const PoolLogEntry &e = m_model->log()[size_t(index.row())];
    switch (index.column()) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(e.wallMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case Event:
        return poolEventName(e.kind);
    case Connection:
        return e.connectionId ? QVariant(e.connectionId) : QVariant();
    case Pid:
        return e.backendPid ? QVariant(e.backendPid) : QVariant();
    case Holder:
        return e.holder;
    case Duration:
        return e.durationNs ? engine::formatDuration(std::chrono::nanoseconds(e.durationNs))
                            : QString();
    case Detail:
        return e.detail;
    default:
        return {};
    }
}

QVariant PoolEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Connection:
        return tr("Connection");
    case Pid:
        return tr("PID");
    case Holder:
        return tr("Holder");
    case Duration:
        return tr("Duration");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

PoolEventLog::PoolEventLog(QWidget *parent)
    : QWidget(parent)
{
    m_table = new PoolEventTableModel(this);
    m_kindProxy = new QSortFilterProxyModel(this);
    m_kindProxy->setSourceModel(m_table);
    m_kindProxy->setFilterKeyColumn(Event);
    m_textProxy = new QSortFilterProxyModel(this);
    m_textProxy->setSourceModel(m_kindProxy);
    m_textProxy->setFilterKeyColumn(-1);
    m_textProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKindFilter"));
    m_kind->addItem(tr("All events"), QString());
    for (int k = 0; k < engine::PoolEventKindCount; ++k) {
        const QString name = poolEventName(engine::PoolEventKind(k));
        m_kind->addItem(name, name);
    }
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("eventTextFilter"));
    m_text->setPlaceholderText(tr("Filter by holder, PID, detail…"));
    m_text->setClearButtonEnabled(true);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("eventExport"));
    bar->addWidget(m_kind);
    bar->addWidget(m_text, 1);
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("eventTable"));
    m_view->setModel(m_textProxy);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_view, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { setKindFilter(m_kind->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, this, &PoolEventLog::setTextFilter);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export pool events"),
                                                          QStringLiteral("pool-events.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
}

void PoolEventLog::setModel(const PoolMonitorModel *model)
{
    m_table->setModel(model);
}

void PoolEventLog::refresh()
{
    // The table follows the log only while it is on screen: at thousands of
    // events a second, re-filtering a hidden table would cost the UI thread
    // (and on a small machine, the pool's workers) for nothing.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    sync();
    const bool atEnd =
        m_view->verticalScrollBar() == nullptr ||
        m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 2;
    m_table->refresh();
    if (atEnd && isVisible())
        m_view->scrollToBottom();
}

void PoolEventLog::setKindFilter(const QString &kind)
{
    m_kindProxy->setFilterRegularExpression(
        kind.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(kind)));
}

void PoolEventLog::setTextFilter(const QString &text)
{
    m_textProxy->setFilterFixedString(text);
}

void PoolEventLog::sync() const
{
    if (m_stale) {
        m_stale = false;
        m_table->setModel(m_table->monitorModel());
    } else {
        m_table->refresh();
    }
}

int PoolEventLog::visibleRows() const
{
    sync();
    return m_textProxy->rowCount();
}

QString PoolEventLog::toCsv() const
{
    sync();
    QString csv;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << csvField(m_table->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    csv += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < m_textProxy->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < ColumnCount; ++c)
            fields << csvField(m_textProxy->index(r, c).data().toString());
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

bool PoolEventLog::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(toCsv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace stratum::ui
