#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace stratum::ui {

class ResultModel;
class ValueViewer;

// One result set in the console: the grid over a ResultModel and, when the
// row limit paused fetching, a bar that says so with "Fetch more" and "Stop
// here" and "Export the rest…"; beside the grid, a value pane for the current
// cell. Copy (Ctrl+C) puts the selected cells on the clipboard as TSV;
// Ctrl+Shift+C adds the column names. GUI thread only.
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

signals:
    void fetchMoreRequested();
    void stopRequested();
    void exportRestRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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
};

}  // namespace stratum::ui
