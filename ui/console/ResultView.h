#pragma once

#include "core/config/Result.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;
class QSplitter;
class QTableView;

namespace stratum::ui {

class ResultModel;
class ValueViewer;

// One result set in the console: the grid over a ResultModel and, when the
// row limit paused fetching, a bar that says so with "Fetch more" and "Stop
// here" and "Export the rest…"; beside the grid, a value pane for the current
// cell. Copy (Ctrl+C) puts the selected cells on the clipboard as TSV;
// Ctrl+Shift+C adds the column names.
//
// When its model has an edit layer the grid is editable: an edit bar names
// the table and offers Add Row, Delete Rows and Set NULL (also in the context
// menu, with Revert Cell and Restore Rows; Ctrl+0 sets NULL, Delete marks the
// selected rows), and Review, Revert and Commit for the console's pending
// changes. A result that cannot be edited says why in the same bar.
// GUI thread only.
class ResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultView(QWidget *parent = nullptr);

    ResultModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The pane showing the current cell in full. It opens by itself for JSON,
    // bytes and long text, and on a double click for any cell; once closed it
    // waits for the next double click.
    ValueViewer *valueViewer() const { return m_viewer; }
    bool isValueViewerVisible() const;
    void showValue(int row, int column);

    // Shows the paused-at-limit bar (rows and bytes held so far);
    // hideLimitBar() removes it.
    void showLimitBar(qint64 rows, qint64 bytes = -1);
    void hideLimitBar();
    void showTruncatedNote(qint64 rows);
    bool isLimitBarVisible() const;

    // The selected cells as TSV (rows by newline, cells by tab).
    QString selectionAsTsv(bool withHeaders) const;

    // Edit bar: editable (the model has a layer) or the reason it is not.
    void setEditable(const QString &table);
    void setReadOnlyReason(const QString &reason);
    void setPendingCount(int changes, bool busy);
    void showEditMessage(const QString &message);
    QAction *addRowAction() const { return m_addRow; }
    QAction *deleteRowsAction() const { return m_deleteRows; }
    QAction *setNullAction() const { return m_setNull; }
    QAction *revertCellAction() const { return m_revertCell; }
    QAction *restoreRowsAction() const { return m_restoreRows; }
    QString editBarText() const;
    QList<int> selectedRows() const;

signals:
    void fetchMoreRequested();
    void stopRequested();
    void exportRestRequested();
    void reviewRequested();
    void commitRequested();
    void revertRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildEditBar();
    void runEdit(const std::function<Status()> &edit);
    void updateEditActions();

    ResultModel *m_model;
    QTableView *m_table;
    QWidget *m_bar;
    QLabel *m_barText;
    QPushButton *m_more;
    QPushButton *m_stop;
    QPushButton *m_exportRest;
    QSplitter *m_split;
    ValueViewer *m_viewer;
    bool m_viewerDismissed = false;
    QWidget *m_editBar = nullptr;
    QLabel *m_editText = nullptr;
    QLabel *m_pending = nullptr;
    QToolButton *m_review = nullptr;
    QToolButton *m_revert = nullptr;
    QToolButton *m_commit = nullptr;
    QAction *m_addRow = nullptr;
    QAction *m_deleteRows = nullptr;
    QAction *m_setNull = nullptr;
    QAction *m_revertCell = nullptr;
    QAction *m_restoreRows = nullptr;
    QString m_editTable;
};

}  // namespace stratum::ui
