#pragma once

#include "ui/console/QueryTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace stratum::ui {

class RowEditLayer;

// A table model over the RowBatches of one result, fed in chunks on the UI
// thread as they stream in (appendBatch), never built on a worker. Rows stay
// in the engine's compact batch form (about 4 bytes and a bit per cell on top
// of the value bytes); cells are decoded only when the view asks. The batches
// are immutable and shared, so an export on a worker can read a snapshot
// while more rows arrive. NULL shows as an italic, dimmed "NULL"; numbers are
// right-aligned; the column header's tooltip names the type. With an edit
// layer (row editing through a Session) the layer supplies the rows it holds
// objects for, the inserted rows after the fetched ones, and hides rows a
// commit deleted; rows and cells are then grid rows, not fetched rows.
// GUI thread only.
class ResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Roles beyond Qt's: the full cell text (not shortened for the grid) and
    // whether the cell is NULL.
    enum Role { FullTextRole = Qt::UserRole + 1, IsNullRole };

    explicit ResultModel(QObject *parent = nullptr);

    // Replaces the columns and drops every row.
    void setColumns(const ColumnList &columns);
    void appendBatch(const SharedRowBatch &batch);
    void clear();

    const ColumnList &columns() const { return m_columns; }
    // Fetched rows (without an edit layer's inserted or hidden rows).
    qint64 totalRows() const { return m_rows; }
    // A fetched row's value, typed by its column's kind.
    QVariant sourceValue(int sourceRow, int column) const;

    // The model takes ownership; nullptr removes editing.
    void setEditLayer(RowEditLayer *layer);
    RowEditLayer *editLayer() const { return m_layer; }
    std::size_t valueBytes() const { return m_bytes; }

    // More rows exist than were fetched (the row limit stopped fetching).
    void setMoreAvailable(bool more) { m_more = more; }
    bool moreAvailable() const { return m_more; }

    struct Snapshot
    {
        ColumnList columns;
        std::vector<SharedRowBatch> batches;
    };
    Snapshot snapshot() const { return {m_columns, m_batches}; }

    QString cellText(int row, int column) const;
    // The raw value bytes (bytea as bytes, text as UTF-8); empty for NULL.
    QByteArray cellBytes(int row, int column) const;
    bool isNull(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A value typed into the grid was refused (not a number, ...).
    void editRejected(const QString &message);

private:
    friend class RowEditLayer;
    // The fetched row behind a grid row; -1 for an inserted row.
    int fetchedRow(int row) const;
    // The batch holding row, and the row's index inside it.
    std::pair<const engine::RowBatch *, int> locate(int row) const;
    bool isNumeric(int column) const;

    ColumnList m_columns;
    std::vector<SharedRowBatch> m_batches;
    std::vector<qint64> m_starts;  // first row of each batch
    qint64 m_rows = 0;
    std::size_t m_bytes = 0;
    bool m_more = false;
    RowEditLayer *m_layer = nullptr;
    mutable std::size_t m_lastBatch = 0;  // lookup hint: views read rows in order
};

}  // namespace stratum::ui
