#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace stratum::ui {

class QueryHistory;

// The console's History tab: every executed statement of the connection,
// newest first, with time, duration, rows and outcome; a search field filters
// by text, and a double click (or Enter) hands the statement back to the
// editor. GUI thread only.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QueryHistory *history, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

signals:
    void statementChosen(const QString &sql);

private:
    void refresh();

    QueryHistory *m_history;
    QLineEdit *m_search;
    QListWidget *m_list;
};

}  // namespace stratum::ui
