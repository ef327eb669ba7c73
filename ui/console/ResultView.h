#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace stratum::ui {

class ResultModel;

// One result set in the console: the grid over a ResultModel and, when the
// row limit paused fetching, a bar that says so with "Fetch more" and "Stop
// here". Copy (Ctrl+C) puts the selected cells on the clipboard as TSV;
// Ctrl+Shift+C adds the column names. GUI thread only.
class ResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultView(QWidget *parent = nullptr);

    ResultModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Shows the paused-at-limit bar; hideLimitBar() removes it.
    void showLimitBar(qint64 rows);
    void hideLimitBar();
    void showTruncatedNote(qint64 rows);
    bool isLimitBarVisible() const;

    // The selected cells as TSV (rows by newline, cells by tab).
    QString selectionAsTsv(bool withHeaders) const;

signals:
    void fetchMoreRequested();
    void stopRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ResultModel *m_model;
    QTableView *m_table;
    QWidget *m_bar;
    QLabel *m_barText;
    QPushButton *m_more;
    QPushButton *m_stop;
};

}  // namespace stratum::ui
