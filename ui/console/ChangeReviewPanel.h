#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace stratum::ui {

class RowEditSession;

// The Review panel of a console's row edits: every pending change (table,
// key, column: old → new) and, below, the exact statements Commit will send
// in order with their parameters (Session::previewFlush()). Commit and
// Revert act on the whole session. refresh() rebuilds it from the session;
// the console calls it whenever the edits change. GUI thread only.
class ChangeReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeReviewPanel(RowEditSession *edits, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *changeList() const { return m_changes; }
    QString sqlText() const;
    QPushButton *commitButton() const { return m_commit; }
    QPushButton *revertButton() const { return m_revert; }

signals:
    void commitRequested();
    void revertRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    RowEditSession *m_edits;
    QLabel *m_title;
    QTreeWidget *m_changes;
    QPlainTextEdit *m_sql;
    QLabel *m_sqlNote;
    QPushButton *m_revert;
    QPushButton *m_commit;
};

}  // namespace stratum::ui
