#pragma once

#include "core/schema/Dialect.h"
#include "ui/console/QueryTypes.h"
#include "ui/console/SqlStatementSplitter.h"

#include <QElapsedTimer>
#include <QVariantMap>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

class ChangeReviewPanel;
class CompletionCatalog;
class ConsoleToolBar;
class ExplainView;
class FindBar;
class HistoryPanel;
class MessagesView;
class QueryHistory;
class QueryRunner;
class ResultExporter;
class ResultModel;
class ResultView;
class RowEditSession;
class SchemaLoader;
class ScriptFile;
class SqlEditor;

// A query console on one Engine: the SQL editor on top, the results below in
// tabs (one per result set of the run, all kept, plus Plan, Messages and
// History), a toolbar (Run Ctrl+Return, Run script Ctrl+Shift+Return, Stop,
// Explain, auto-commit, Commit, Rollback, Export) and a status line with rows
// fetched and elapsed time. Statements run on the QueryRunner's worker; the
// UI never waits. An error moves the caret to the server's error position and
// squiggles it; the typed text is never touched. Completion comes from a
// reflection of the connection (SchemaLoader), refreshed after DDL.
// Results of a single-table SELECT with the table's primary key can be
// edited in the grid (RowEditSession); the Review panel beside the results
// lists the pending changes and their SQL, and Commit writes them on the
// worker in one transaction.
// GUI thread only.
class ConsoleWidget : public QWidget
{
    Q_OBJECT

public:
    // Supplies parameter values by name (null QVariant = NULL), given the names
    // and the values remembered from earlier runs; nullopt cancels the run.
    using ParameterProvider = std::function<std::optional<QVariantMap>(
        const QStringList &names, const QVariantMap &remembered)>;
    // Decides whether sql (the statements about to run, separated by ";\n")
    // may run; false cancels the run. The shell sets one for prod-tagged
    // connections (ProductionGuard), which may ask the user.
    using RunGuard = std::function<bool(const QString &sql)>;

    explicit ConsoleWidget(std::shared_ptr<engine::Engine> engine, QWidget *parent = nullptr);
    ~ConsoleWidget() override;

    SqlEditor *editor() const { return m_editor; }
    QueryRunner *runner() const { return m_runner; }
    QTabWidget *resultTabs() const { return m_tabs; }
    MessagesView *messages() const { return m_messages; }
    ConsoleToolBar *toolBar() const { return m_toolBar; }
    QueryHistory *history() const { return m_history; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    ExplainView *planView() const { return m_plan; }
    SchemaLoader *schemaLoader() const { return m_schema; }
    // The .sql file behind the editor and its autosave.
    ScriptFile *script() const { return m_script; }
    const CompletionCatalog *completionCatalog() const { return m_catalog.get(); }
    schema::Dialect dialect() const { return m_dialect; }
    RowEditSession *rowEdits() const { return m_edits; }
    ChangeReviewPanel *reviewPanel() const { return m_review; }

    // Result sets of the last run, in order.
    int resultCount() const { return int(m_results.size()); }
    ResultView *resultView(int i) const;
    ResultModel *resultModel(int i) const;

    bool isRunning() const;
    QString transactionText() const;

    QAction *runAction() const;
    QAction *runScriptAction() const;
    QAction *cancelAction() const;
    QAction *autocommitAction() const;
    QAction *commitAction() const;
    QAction *rollbackAction() const;

    void setParameterProvider(ParameterProvider provider) { m_parameters = std::move(provider); }
    // Also asked before row edits are committed.
    void setRunGuard(RunGuard guard);
    // Row editing stays off on this connection, with reason shown on results.
    void setReadOnly(const QString &reason);
    // Shows or hides the Review panel of pending row edits.
    void showReview(bool show);
    bool isReviewVisible() const;
    // Commits the pending row edits on the worker; commitEditsFinished() follows.
    bool commitEdits();
    // Discards them (asking first when there are many and ask is set).
    void revertEdits(bool ask = true);
    // The size guard: rows and bytes kept per result before fetching pauses
    // (default 1,000,000 rows or 1 GiB; 0 = no limit).
    void setRowLimit(qint64 rows);
    void setByteLimit(qint64 bytes);
    // For a result paused at the limit: writes all its rows (those held and
    // the rest, straight from the server) to path; restExported() follows.
    // False when result i is not paused.
    bool exportRest(int i, const QString &path);

    // Runs the selection if there is one, else the statement under the caret.
    void runCurrent();
    void runScript();
    // Shows the plan of the selection or the statement under the caret.
    void explainCurrent(bool analyze = false);
    void cancel();
    void commit();
    void rollback();
    // Writes result set i to path on a worker (format from the suffix);
    // exportFinished() follows. False when there is no such result or an
    // export is running.
    bool exportResult(int i, const QString &path);
    // Opens or saves the script (path empty: save to its file, asking for one
    // when it has none); a failure is shown in Messages. True on success.
    bool openScript(const QString &path);
    bool saveScript(const QString &path = QString());
    // Asks first when a manual transaction is open; true when the console may close.
    bool confirmClose();

signals:
    void exportFinished(qint64 rows, const QString &error);
    void restExported(qint64 rows, const QString &path, const QString &error);
    // A run (or commit/rollback) ended; the UI is idle again.
    void runFinished();
    // The results of the last run know whether they are editable.
    void editingReady();
    void commitEditsFinished(bool ok);

private:
    struct RunStatement
    {
        int editorStart = 0;  // UTF-16 index of the statement's text in the editor
        QString text;         // as typed
        SqlParameters parameters;
        int prefixLength = 0;  // of an EXPLAIN prefix added in front
    };
    void connectToolBar();
    void connectRunner();
    void currentStatements(QString *source, int *offset, std::vector<SqlStatement> *statements);
    void startRun(const QString &source, int sourceOffset, std::vector<SqlStatement> statements,
                  const QString &prefix = {});
    void recordHistory(int index, const StatementSummary &summary, const QString &error);
    void showPlan();
    void chooseExportFile();
    void chooseScriptToOpen();
    void chooseExportRestFile(int i);
    void onRestExported(int index, qint64 rows, const QString &path, const Error &error);
    void chooseScriptToSave();
    void insertFromHistory(const QString &sql);
    void clearResults();
    void updateActions();
    void updateStatus();
    void onColumns(int index, const ColumnList &columns);
    void onRows(int index, const SharedRowBatch &batch);
    void onStatementFinished(int index, const StatementSummary &summary);
    void onStatementFailed(int index, const Error &error, const StatementSummary &summary);
    void onFinished(bool cancelled);
    void setUpRowEditing();
    void onEditsChanged();
    void onEditsCommitted(bool ok, const Error &error, int statements);
    bool discardEditsBeforeRun();
    void prepareRowEditing();
    int editorIndexOfError(const RunStatement &st, int position) const;

    std::shared_ptr<engine::Engine> m_engine;
    schema::Dialect m_dialect;
    QueryRunner *m_runner;
    SqlEditor *m_editor;
    FindBar *m_findBar;
    ConsoleToolBar *m_toolBar;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    MessagesView *m_messages;
    QLabel *m_status;
    QTimer *m_statusTimer;
    QueryHistory *m_history;
    HistoryPanel *m_historyPanel;
    ResultExporter *m_exporter;
    SchemaLoader *m_schema;
    ScriptFile *m_script;
    std::shared_ptr<const CompletionCatalog> m_catalog;
    RowEditSession *m_edits;
    ChangeReviewPanel *m_review;
    QSplitter *m_resultSplit;
    ExplainView *m_plan = nullptr;
    bool m_explaining = false;
    bool m_schemaChanged = false;

    ParameterProvider m_parameters;
    RunGuard m_runGuard;
    QVariantMap m_rememberedParameters;
    std::vector<RunStatement> m_running;
    std::vector<ResultView *> m_results;
    std::map<int, ResultView *> m_resultByStatement;
    QElapsedTimer m_elapsed;
    qint64 m_rowsFetched = 0;
    int m_failed = 0;
    int m_done = 0;
    bool m_errorShown = false;
};

}  // namespace stratum::ui
