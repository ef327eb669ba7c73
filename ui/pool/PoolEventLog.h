#pragma once

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace stratum::ui {

class PoolMonitorModel;

// A table over the monitor's events log (time, event, connection, PID,
// holder, duration, detail). GUI thread only.
class PoolEventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PoolEventTableModel(QObject *parent = nullptr);
    void setModel(const PoolMonitorModel *model);
    // Brings the table up to date with the monitor model's log.
    void refresh();
    const PoolMonitorModel *monitorModel() const { return m_model; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const PoolMonitorModel *m_model = nullptr;
    int m_rows = 0;
    quint64 m_dropped = 0;
};

// The events log: filterable by kind and by text (holder, PID, detail), and
// exportable as CSV. GUI thread only.
class PoolEventLog : public QWidget
{
    Q_OBJECT

public:
    explicit PoolEventLog(QWidget *parent = nullptr);
    void setModel(const PoolMonitorModel *model);
    void refresh();

    void setKindFilter(const QString &kind);  // "" for all, else "checkout", ...
    void setTextFilter(const QString &text);
    int visibleRows() const;
    // The visible rows as CSV (RFC 4180, header first).
    QString toCsv() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

private:
    PoolEventTableModel *m_table = nullptr;
    QSortFilterProxyModel *m_kindProxy = nullptr;
    QSortFilterProxyModel *m_textProxy = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_view = nullptr;
    void sync() const;
    mutable bool m_stale = false;
};

}  // namespace stratum::ui
