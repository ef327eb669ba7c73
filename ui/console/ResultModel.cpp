#include "ui/console/ResultModel.h"

#include "ui/console/RowEditLayer.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace stratum::ui {

namespace {

// Grid cells show at most this many characters on one line; the full value
// stays available through FullTextRole and the tooltip.
constexpr int kDisplayChars = 300;
constexpr int kTooltipChars = 2000;

QString shortened(const QString &text, int limit)
{
    QString out = text.left(limit);
    out.replace(QLatin1Char('\n'), QChar(0x21B5));
    out.remove(QLatin1Char('\r'));
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (text.size() > limit)
        out += QChar(0x2026);
    return out;
}

}  // namespace

ResultModel::ResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResultModel::setColumns(const ColumnList &columns)
{
    beginResetModel();
    delete m_layer;
    m_layer = nullptr;
    m_columns = columns;
    m_batches.clear();
    m_starts.clear();
    m_rows = 0;
    m_bytes = 0;
    m_more = false;
    m_lastBatch = 0;
    endResetModel();
}

void ResultModel::clear()
{
    setColumns({});
}

void ResultModel::appendBatch(const SharedRowBatch &batch)
{
    if (!batch || batch->rowCount() == 0 || batch->columnCount() != int(m_columns.size()))
        return;
    constexpr qint64 maxRows = std::numeric_limits<int>::max();
    const qint64 n = std::min<qint64>(batch->rowCount(), maxRows - m_rows);
    if (n <= 0)
        return;
    beginInsertRows({}, int(m_rows), int(m_rows + n - 1));
    m_starts.push_back(m_rows);
    m_batches.push_back(batch);
    m_rows += n;
    m_bytes += batch->byteSize();
    endInsertRows();
}

std::pair<const engine::RowBatch *, int> ResultModel::locate(int row) const
{
    if (m_lastBatch < m_batches.size()) {
        const qint64 start = m_starts[m_lastBatch];
        if (row >= start && row < start + m_batches[m_lastBatch]->rowCount())
            return {m_batches[m_lastBatch].get(), int(row - start)};
    }
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), qint64(row));
    const std::size_t i = std::size_t(std::distance(m_starts.begin(), it)) - 1;
    m_lastBatch = i;
    return {m_batches[i].get(), int(row - m_starts[i])};
}

bool ResultModel::isNumeric(int column) const
{
    switch (m_columns[std::size_t(column)].kind) {
    case engine::ValueKind::Int:
    case engine::ValueKind::Float:
    case engine::ValueKind::Numeric:
        return true;
    default:
        return false;
    }
}

void ResultModel::setEditLayer(RowEditLayer *layer)
{
    if (layer == m_layer)
        return;
    beginResetModel();
    delete m_layer;
    m_layer = layer;
    if (m_layer)
        m_layer->setParent(this);
    endResetModel();
}

int ResultModel::fetchedRow(int row) const
{
    return m_layer ? m_layer->sourceRow(row) : row;
}

QVariant ResultModel::sourceValue(int sourceRow, int column) const
{
    const auto [batch, r] = locate(sourceRow);
    return batch->value(r, column);
}

QString ResultModel::cellText(int row, int column) const
{
    if (m_layer) {
        if (std::optional<QVariant> v = m_layer->data(index(row, column), FullTextRole))
            return v->isNull() ? QString() : v->toString();
    }
    const int s = fetchedRow(row);
    if (s < 0)
        return {};
    const auto [batch, r] = locate(s);
    return batch->text(r, column);
}

QByteArray ResultModel::cellBytes(int row, int column) const
{
    if (m_layer) {
        if (std::optional<QVariant> v = m_layer->data(index(row, column), FullTextRole))
            return v->isNull() ? QByteArray() : v->toString().toUtf8();
    }
    const int s = fetchedRow(row);
    if (s < 0)
        return {};
    const auto [batch, r] = locate(s);
    return batch->bytes(r, column);
}

bool ResultModel::isNull(int row, int column) const
{
    if (m_layer) {
        if (std::optional<QVariant> v = m_layer->data(index(row, column), IsNullRole))
            return v->toBool();
    }
    const int s = fetchedRow(row);
    if (s < 0)
        return true;
    const auto [batch, r] = locate(s);
    return batch->isNull(r, column);
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_layer ? m_layer->rowCount() : int(m_rows);
}

Qt::ItemFlags ResultModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_layer && index.isValid() && m_layer->isCellEditable(index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ResultModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_layer || role != Qt::EditRole || !index.isValid())
        return false;
    const Status s = m_layer->setCell(index.row(), index.column(), value);
    if (!s) {
        emit editRejected(s.error().message);
        return false;
    }
    return true;
}

int ResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_layer) {
        if (std::optional<QVariant> v = m_layer->data(index, role))
            return *v;
    }
    const int s = fetchedRow(index.row());
    if (s < 0) {
        if (role == Qt::TextAlignmentRole &&
            !m_layer->data(index, IsNullRole).value_or(true).toBool())
            return QVariant::fromValue(
                Qt::AlignVCenter | (isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
        return {};
    }
    const auto [batch, r] = locate(s);
    const int c = index.column();
    const bool null = batch->isNull(r, c);
    switch (role) {
    case Qt::DisplayRole:
        if (null)
            return QStringLiteral("NULL");
        return shortened(batch->text(r, c), kDisplayChars);
    case Qt::EditRole:
    case FullTextRole:
        return null ? QVariant() : QVariant(batch->text(r, c));
    case IsNullRole:
        return null;
    case Qt::ToolTipRole: {
        if (null)
            return {};
        const std::string_view raw = batch->view(r, c);
        if (raw.size() <= std::size_t(kDisplayChars) && raw.find('\n') == std::string_view::npos)
            return {};
        return batch->text(r, c).left(kTooltipChars);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumeric(c) && !null ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ForegroundRole:
        if (null)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (null) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (m_layer)
            return m_layer->headerData(section, role);
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= int(m_columns.size()))
        return {};
    const engine::ColumnInfo &col = m_columns[std::size_t(section)];
    switch (role) {
    case Qt::DisplayRole:
        return col.name;
    case Qt::ToolTipRole: {
        QString tip = col.name + QLatin1String(": ") +
                      (col.typeName.isEmpty() ? engine::valueKindName(col.kind) : col.typeName);
        if (col.nullable.has_value())
            tip += *col.nullable ? tr(", nullable") : tr(", not null");
        return tip;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    default:
        return {};
    }
}

}  // namespace stratum::ui
