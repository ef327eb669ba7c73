#pragma once

#include "ui/migrations/ReviewBuilder.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QsciScintilla;

namespace stratum::ui {

class SqlEditor;

// The review of the selected revision, or of the range from the database's
// position to it: tabs Operations (plain words, lint class, explanation),
// SQL (read-only highlighted editor; upgrade or downgrade), Schema (tables
// before and after, side by side, changes coloured) and Script (the file with
// Python highlighting, uninterpreted statements marked). The content is
// built on a worker (ReviewBuilder); a request superseded before its result
// arrives is dropped. GUI thread only.
class ReviewPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { OperationsTab, SqlTab, SchemaTab, ScriptTab };

    explicit ReviewPane(QWidget *parent = nullptr);

    // Shows request (asynchronously); contentReady() follows.
    void review(const ReviewRequest &request);
    const ReviewContent &content() const { return m_content; }
    bool rangeMode() const;
    void setRangeMode(bool range);
    void showTab(Tab tab);
    void showDowngradeSql(bool downgrade);

    // For tests and the screenshot tour.
    QString sqlText() const;
    QString scriptText() const;
    QTreeWidget *operationsTree() const { return m_operations; }
    QTextBrowser *schemaView() const { return m_schema; }
    QsciScintilla *scriptEditor() const { return m_script; }

signals:
    void contentReady();
    void rangeModeChanged(bool range);

private:
    void setContent(ReviewContent content);
    void fillOperations();
    void fillSql();
    void fillSchema();
    void fillScript();

    QLabel *m_title;
    QCheckBox *m_range;
    QTabWidget *m_tabs;
    QTreeWidget *m_operations;
    SqlEditor *m_sql;
    QToolButton *m_upgradeButton;
    QToolButton *m_downgradeButton;
    QLabel *m_sqlNote;
    QTextBrowser *m_schema;
    QsciScintilla *m_script;
    QLabel *m_scriptNote;
    ReviewContent m_content;
    quint64 m_generation = 0;
};

}  // namespace stratum::ui
