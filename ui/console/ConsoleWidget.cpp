#include "ui/console/ConsoleWidget.h"

#include "core/engine/Engine.h"
#include "core/schema/Inspector.h"
#include "ui/console/ChangeReviewPanel.h"
#include "ui/console/CompletionCatalog.h"
#include "ui/console/ConsoleToolBar.h"
#include "ui/console/ExplainView.h"
#include "ui/console/FindBar.h"
#include "ui/console/HistoryPanel.h"
#include "ui/console/MessagesView.h"
#include "ui/console/ParameterDialog.h"
#include "ui/console/QueryHistory.h"
#include "ui/console/QueryRunner.h"
#include "ui/console/ResultExporter.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"
#include "ui/console/RowEditSession.h"
#include "ui/console/SchemaLoader.h"
#include "ui/console/ScriptFile.h"
#include "ui/console/SqlEditor.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

schema::Dialect dialectOf(const engine::Engine &engine)
{
    const Result<schema::Dialect> d = schema::Inspector::dialectForDriver(engine.dialectName());
    return d ? d.value() : schema::Dialect::SQLite;
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 2);
}

// Statements after which completion should learn the new schema.
bool changesSchema(const QString &sql)
{
    static const QRegularExpression ddl(
        QStringLiteral("^\\s*(create|alter|drop|comment|rename)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return ddl.match(sql).hasMatch();
}

}  // namespace

ConsoleWidget::ConsoleWidget(std::shared_ptr<engine::Engine> engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(std::move(engine))
    , m_dialect(dialectOf(*m_engine))
    , m_runner(new QueryRunner(m_engine, this))
    , m_editor(new SqlEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_toolBar(new ConsoleToolBar(this, m_dialect == schema::Dialect::PostgreSQL))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_tabs(new QTabWidget(this))
    , m_messages(new MessagesView(this))
    , m_status(new QLabel(this))
    , m_statusTimer(new QTimer(this))
    , m_history(new QueryHistory(QueryHistory::defaultPath(m_engine->url()), this))
    , m_historyPanel(new HistoryPanel(m_history, this))
    , m_exporter(new ResultExporter(this))
    , m_schema(new SchemaLoader(m_engine, this))
    , m_script(new ScriptFile(m_editor, this))
    , m_catalog(CompletionCatalog::basic(m_dialect))
    , m_edits(new RowEditSession(m_engine, m_runner, m_dialect, this))
    , m_review(new ChangeReviewPanel(m_edits, this))
    , m_resultSplit(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("ConsoleWidget"));
    m_editor->setDialect(m_dialect);
    m_findBar->hide();
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_messages, tr("Messages"));
    m_tabs->addTab(m_historyPanel, tr("History"));

    auto *editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);

    auto *resultBox = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->setSpacing(0);
    m_resultSplit->addWidget(m_tabs);
    m_resultSplit->addWidget(m_review);
    m_resultSplit->setStretchFactor(0, 3);
    m_resultSplit->setStretchFactor(1, 2);
    m_resultSplit->setChildrenCollapsible(false);
    m_review->hide();
    resultLayout->addWidget(m_resultSplit, 1);
    m_status->setContentsMargins(8, 3, 8, 3);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    resultLayout->addWidget(m_status);

    m_splitter->addWidget(editorBox);
    m_splitter->addWidget(resultBox);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    m_parameters = [this](const QStringList &names, const QVariantMap &remembered) {
        return ParameterDialog::ask(names, remembered, this);
    };
    m_editor->setCompletionProvider([this](const QString &text, int cursor, QString *prefix) {
        return m_catalog->candidates(text, cursor, prefix);
    });
    m_statusTimer->setInterval(100);
    connect(m_statusTimer, &QTimer::timeout, this, &ConsoleWidget::updateStatus);
    connect(m_historyPanel, &HistoryPanel::statementChosen, this,
            &ConsoleWidget::insertFromHistory);
    connect(m_schema, &SchemaLoader::loaded, this,
            [this](std::shared_ptr<const CompletionCatalog> c) { m_catalog = std::move(c); });
    connect(m_exporter, &ResultExporter::progress, this, [this](qint64 rows) {
        m_status->setText(tr("Exporting\u2026 %1 rows").arg(QLocale().toString(rows)));
    });
    connect(m_exporter, &ResultExporter::finished, this, [this](qint64 rows, const Error &e) {
        if (e.message.isEmpty())
            m_status->setText(tr("Exported %1 rows").arg(QLocale().toString(rows)));
        else
            m_messages->addError(QString(), e, 0, 0);
        emit exportFinished(rows, e.message);
    });
    connectToolBar();
    connectRunner();
    setUpRowEditing();
    updateActions();
    m_status->setText(tr("Ready \u2014 %1").arg(m_engine->url().toString(true)));
    setFocusProxy(m_editor);
    m_history->load();
    m_schema->load();
}

ConsoleWidget::~ConsoleWidget()
{
    // The script writes its last autosave through the editor: before the
    // editor (an earlier child) is deleted.
    delete m_script;
}

QAction *ConsoleWidget::runAction() const
{
    return m_toolBar->run;
}
QAction *ConsoleWidget::runScriptAction() const
{
    return m_toolBar->runScript;
}
QAction *ConsoleWidget::cancelAction() const
{
    return m_toolBar->stop;
}
QAction *ConsoleWidget::autocommitAction() const
{
    return m_toolBar->autocommit;
}
QAction *ConsoleWidget::commitAction() const
{
    return m_toolBar->commit;
}
QAction *ConsoleWidget::rollbackAction() const
{
    return m_toolBar->rollback;
}

void ConsoleWidget::connectToolBar()
{
    ConsoleToolBar *t = m_toolBar;
    connect(t->run, &QAction::triggered, this, &ConsoleWidget::runCurrent);
    connect(t->runScript, &QAction::triggered, this, &ConsoleWidget::runScript);
    connect(t->stop, &QAction::triggered, this, &ConsoleWidget::cancel);
    connect(t->explain, &QAction::triggered, this, [this] { explainCurrent(false); });
    connect(t->explainAnalyze, &QAction::triggered, this, [this] { explainCurrent(true); });
    connect(t->commit, &QAction::triggered, this, &ConsoleWidget::commit);
    connect(t->rollback, &QAction::triggered, this, &ConsoleWidget::rollback);
    connect(t->find, &QAction::triggered, m_findBar, &FindBar::showFind);
    connect(t->exportResult, &QAction::triggered, this, &ConsoleWidget::chooseExportFile);
    connect(t->openScript, &QAction::triggered, this, &ConsoleWidget::chooseScriptToOpen);
    connect(t->saveScript, &QAction::triggered, this, [this] { saveScript(); });
    connect(t->saveScriptAs, &QAction::triggered, this, &ConsoleWidget::chooseScriptToSave);
    connect(t->autocommit, &QAction::triggered, this, [this](bool on) {
        m_runner->setAutocommit(on);
        updateActions();
    });
}

void ConsoleWidget::connectRunner()
{
    connect(m_runner, &QueryRunner::columnsReady, this, &ConsoleWidget::onColumns);
    connect(m_runner, &QueryRunner::rowsReady, this, &ConsoleWidget::onRows);
    connect(m_runner, &QueryRunner::statementFinished, this, &ConsoleWidget::onStatementFinished);
    connect(m_runner, &QueryRunner::statementFailed, this, &ConsoleWidget::onStatementFailed);
    connect(m_runner, &QueryRunner::finished, this, &ConsoleWidget::onFinished);
    connect(m_runner, &QueryRunner::rowLimitReached, this,
            [this](int index, qint64 rows, qint64 bytes) {
                if (ResultView *v = m_resultByStatement[index])
                    v->showLimitBar(rows, bytes);
            });
    connect(m_runner, &QueryRunner::restExported, this, &ConsoleWidget::onRestExported);
    connect(m_runner, &QueryRunner::controlFailed, this, [this](const Error &e) {
        m_messages->addError(QString(), e, 0, 0);
        m_tabs->setCurrentWidget(m_messages);
    });
    connect(m_runner, &QueryRunner::autocommitChanged, this, [this](bool on) {
        m_messages->addInfo(on ? tr("Auto-commit is on.")
                               : tr("Manual transactions: statements run in a transaction until "
                                    "Commit or Rollback."));
    });
    connect(m_runner, &QueryRunner::transactionStatusChanged, this, &ConsoleWidget::updateActions);
}

ResultView *ConsoleWidget::resultView(int i) const
{
    return i >= 0 && i < int(m_results.size()) ? m_results[std::size_t(i)] : nullptr;
}

ResultModel *ConsoleWidget::resultModel(int i) const
{
    ResultView *v = resultView(i);
    return v ? v->model() : nullptr;
}

bool ConsoleWidget::isRunning() const
{
    return m_runner->isBusy();
}

QString ConsoleWidget::transactionText() const
{
    return m_toolBar->transactionText();
}

void ConsoleWidget::setByteLimit(qint64 bytes)
{
    m_runner->setByteLimit(bytes);
}

void ConsoleWidget::setRowLimit(qint64 rows)
{
    m_runner->setRowLimit(rows);
}

void ConsoleWidget::currentStatements(QString *source, int *offset,
                                      std::vector<SqlStatement> *statements)
{
    const QString text = m_editor->text();
    int from = 0;
    int to = 0;
    if (m_editor->selectionRange(&from, &to)) {
        *source = text.mid(from, to - from);
        *offset = from;
        *statements = SqlStatementSplitter::statements(*source, m_dialect);
        return;
    }
    *source = text;
    *offset = 0;
    const std::vector<SqlStatement> pieces = SqlStatementSplitter::split(text, m_dialect);
    const int i = SqlStatementSplitter::statementAt(pieces, text, m_editor->cursorIndex());
    statements->clear();
    if (i >= 0)
        statements->push_back(pieces[std::size_t(i)]);
}

void ConsoleWidget::runCurrent()
{
    QString source;
    int offset = 0;
    std::vector<SqlStatement> statements;
    currentStatements(&source, &offset, &statements);
    startRun(source, offset, std::move(statements));
}

void ConsoleWidget::runScript()
{
    const QString text = m_editor->text();
    startRun(text, 0, SqlStatementSplitter::statements(text, m_dialect));
}

void ConsoleWidget::explainCurrent(bool analyze)
{
    QString source;
    int offset = 0;
    std::vector<SqlStatement> statements;
    currentStatements(&source, &offset, &statements);
    if (statements.size() > 1)
        statements.resize(1);
    startRun(source, offset, std::move(statements), ExplainView::explainPrefix(m_dialect, analyze));
    m_explaining = m_runner->isBusy();
}

void ConsoleWidget::startRun(const QString &source, int sourceOffset,
                             std::vector<SqlStatement> statements, const QString &prefix)
{
    if (m_runner->isBusy() || statements.empty() || !discardEditsBeforeRun())
        return;
    std::vector<RunStatement> run;
    QStringList names;
    for (const SqlStatement &s : statements) {
        RunStatement r;
        r.editorStart = sourceOffset + s.start;
        r.text = source.mid(s.start, s.length());
        r.parameters = SqlParameters::rewrite(r.text, m_dialect);
        r.prefixLength = int(prefix.size());
        for (const QString &n : r.parameters.names()) {
            if (!names.contains(n))
                names << n;
        }
        run.push_back(std::move(r));
    }
    // Plain EXPLAIN runs nothing; EXPLAIN ANALYZE runs the statement.
    if (m_runGuard && (prefix.isEmpty() || prefix.contains(QLatin1String("ANALYZE")))) {
        QStringList texts;
        for (const RunStatement &r : run)
            texts << r.text;
        if (!m_runGuard(texts.join(QLatin1String(";\n"))))
            return;
    }
    QVariantMap values;
    if (!names.isEmpty()) {
        const std::optional<QVariantMap> given = m_parameters(names, m_rememberedParameters);
        if (!given)
            return;
        values = *given;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            m_rememberedParameters.insert(it.key(), it.value());
    }
    QList<QueryRequest> requests;
    for (const RunStatement &r : run) {
        QueryRequest q;
        q.sql = prefix + r.parameters.sql();
        for (const QString &n : r.parameters.names())
            q.params.push_back(values.value(n));
        requests << q;
    }

    clearResults();
    m_running = std::move(run);
    m_editor->clearErrorMarks();
    m_messages->addRunHeader(requests.size() == 1
                                 ? tr("Running 1 statement")
                                 : tr("Running %1 statements").arg(requests.size()));
    m_rowsFetched = 0;
    m_failed = 0;
    m_done = 0;
    m_errorShown = false;
    m_explaining = false;
    m_schemaChanged = false;
    m_elapsed.start();
    m_runner->run(requests);
    m_statusTimer->start();
    updateStatus();
    updateActions();
}

void ConsoleWidget::clearResults()
{
    for (ResultView *v : m_results) {
        m_tabs->removeTab(m_tabs->indexOf(v));
        v->deleteLater();
    }
    m_results.clear();
    m_resultByStatement.clear();
    if (m_plan) {
        m_tabs->removeTab(m_tabs->indexOf(m_plan));
        m_plan->deleteLater();
        m_plan = nullptr;
    }
}

void ConsoleWidget::cancel()
{
    if (!m_runner->isBusy())
        return;
    m_runner->cancel();
    m_status->setText(tr("Stopping\u2026"));
    updateActions();
}

void ConsoleWidget::commit()
{
    if (m_runner->commit()) {
        m_messages->addInfo(tr("COMMIT"));
        updateActions();
    }
}

void ConsoleWidget::rollback()
{
    if (m_runner->rollback()) {
        m_messages->addInfo(tr("ROLLBACK"));
        updateActions();
    }
}

bool ConsoleWidget::confirmClose()
{
    if (m_edits->hasChanges() &&
        QMessageBox::question(this, tr("Pending row edits"),
                              tr("%n row change(s) in this console have not been committed. "
                                 "Close and discard them?",
                                 nullptr, m_edits->changeCount()),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return false;
    const engine::TransactionStatus st = m_runner->transactionStatus();
    if (st != engine::TransactionStatus::InTransaction && st != engine::TransactionStatus::InError)
        return true;
    return QMessageBox::question(this, tr("Open transaction"),
                                 tr("This console has an open transaction. Closing it rolls the "
                                    "transaction back. Close anyway?"),
                                 QMessageBox::Close | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Close;
}

void ConsoleWidget::onColumns(int index, const ColumnList &columns)
{
    auto *view = new ResultView(this);
    view->model()->setColumns(columns);
    connect(view, &ResultView::fetchMoreRequested, m_runner, &QueryRunner::fetchMore);
    connect(view, &ResultView::reviewRequested, this, [this] { showReview(!isReviewVisible()); });
    connect(view, &ResultView::commitRequested, this, &ConsoleWidget::commitEdits);
    connect(view, &ResultView::revertRequested, this, [this] { revertEdits(); });
    connect(view, &ResultView::stopRequested, m_runner, &QueryRunner::stopFetching);
    connect(view, &ResultView::exportRestRequested, this, [this, view] {
        const auto it = std::find(m_results.begin(), m_results.end(), view);
        if (it != m_results.end())
            chooseExportRestFile(int(it - m_results.begin()));
    });
    const int number = int(m_results.size()) + 1;
    m_tabs->insertTab(m_tabs->indexOf(m_messages), view, tr("Result %1").arg(number));
    if (index < int(m_running.size()))
        m_tabs->setTabToolTip(m_tabs->indexOf(view), m_running[std::size_t(index)].text);
    m_results.push_back(view);
    m_resultByStatement[index] = view;
    if (number == 1 && !m_errorShown)
        m_tabs->setCurrentWidget(view);
    updateActions();
}

void ConsoleWidget::onRows(int index, const SharedRowBatch &batch)
{
    const auto it = m_resultByStatement.find(index);
    if (it == m_resultByStatement.end())
        return;
    it->second->model()->appendBatch(batch);
    m_rowsFetched += batch->rowCount();
}

void ConsoleWidget::recordHistory(int index, const StatementSummary &summary, const QString &error)
{
    if (index >= int(m_running.size()))
        return;
    HistoryEntry e;
    e.time = QDateTime::currentDateTime();
    e.sql = m_running[std::size_t(index)].text;
    e.durationMs = summary.elapsedMs;
    e.rows = summary.returnsRows ? summary.rowsFetched : summary.rowsAffected;
    e.ok = error.isEmpty();
    e.error = error;
    e.connectionId = summary.connectionId;
    e.backendPid = summary.backendPid;
    m_history->add(e);
}

void ConsoleWidget::onStatementFinished(int index, const StatementSummary &summary)
{
    ++m_done;
    const QString text =
        index < int(m_running.size()) ? m_running[std::size_t(index)].text : QString();
    m_messages->addSuccess(text, MessagesView::outcomeText(summary, text, m_dialect),
                           summary.elapsedMs);
    m_messages->addNotices(summary.notices);
    recordHistory(index, summary, {});
    m_schemaChanged = m_schemaChanged || changesSchema(text);
    const auto it = m_resultByStatement.find(index);
    if (it != m_resultByStatement.end()) {
        it->second->hideLimitBar();
        if (summary.truncated) {
            it->second->model()->setMoreAvailable(true);
            it->second->showTruncatedNote(summary.rowsFetched);
        }
    }
}

int ConsoleWidget::editorIndexOfError(const RunStatement &st, int position) const
{
    // position: 1-based, in characters of the text the server saw (with any
    // EXPLAIN prefix in front of the rewritten statement).
    const QString sent = st.parameters.sql();
    int inSent =
        utf16IndexOfCodePoint(QString(st.prefixLength, QLatin1Char(' ')) + sent, position - 1) -
        st.prefixLength;
    inSent = std::clamp(inSent, 0, int(sent.size()));
    return st.editorStart + std::clamp(st.parameters.toOriginal(inSent), 0, int(st.text.size()));
}

void ConsoleWidget::onStatementFailed(int index, const Error &error,
                                      const StatementSummary &summary)
{
    ++m_failed;
    const RunStatement *st =
        index < int(m_running.size()) ? &m_running[std::size_t(index)] : nullptr;
    int line = 0;
    int column = 0;
    if (st && error.position > 0 && !summary.cancelled) {
        const int at = editorIndexOfError(*st, error.position);
        const QString text = m_editor->text();
        const int lineStart = at > 0 ? int(text.lastIndexOf(QLatin1Char('\n'), at - 1)) + 1 : 0;
        line = int(QStringView(text).left(at).count(QLatin1Char('\n'))) + 1;
        column = at - lineStart + 1;
        m_editor->markError(at);
        m_editor->setFocus();
    }
    if (summary.cancelled) {
        m_messages->addInfo(tr("Stopped: %1").arg(error.message));
    } else {
        m_messages->addError(st ? st->text : QString(), error, line, column);
        m_errorShown = true;
        m_tabs->setCurrentWidget(m_messages);
    }
    m_messages->addNotices(summary.notices);
    recordHistory(index, summary, error.message);
}

void ConsoleWidget::onFinished(bool cancelled)
{
    m_statusTimer->stop();
    const qint64 ms = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    const QLocale locale;
    if (!m_running.empty()) {
        if (cancelled)
            m_status->setText(tr("Stopped after %1 s \u00b7 %2 rows fetched")
                                  .arg(seconds(ms), locale.toString(m_rowsFetched)));
        else if (m_failed)
            m_status->setText(tr("Failed after %1 s").arg(seconds(ms)));
        else
            m_status->setText((m_done == 1 ? tr("1 statement") : tr("%1 statements").arg(m_done)) +
                              QStringLiteral(" \u00b7 ") +
                              (m_rowsFetched == 1
                                   ? tr("1 row")
                                   : tr("%1 rows").arg(locale.toString(m_rowsFetched))) +
                              QStringLiteral(" \u00b7 ") + tr("%1 s").arg(seconds(ms)));
    }
    if (m_explaining && !m_failed && !cancelled)
        showPlan();
    else if (!m_running.empty() && !m_explaining)
        prepareRowEditing();
    m_explaining = false;
    m_running.clear();
    if (m_schemaChanged)
        m_schema->load();
    updateActions();
    emit runFinished();
}

void ConsoleWidget::showPlan()
{
    ResultView *raw = resultView(0);
    if (!raw)
        return;
    m_plan = new ExplainView(this);
    const Status s = m_plan->setPlan(*raw->model(), m_dialect);
    if (!s) {
        m_messages->addError(QString(), s.error(), 0, 0);
        delete m_plan;
        m_plan = nullptr;
        return;
    }
    // The plan replaces the raw plan rows it was built from.
    m_tabs->removeTab(m_tabs->indexOf(raw));
    m_results.erase(std::find(m_results.begin(), m_results.end(), raw));
    m_resultByStatement.clear();
    raw->deleteLater();
    m_tabs->insertTab(m_tabs->indexOf(m_messages), m_plan, tr("Plan"));
    m_tabs->setCurrentWidget(m_plan);
}

void ConsoleWidget::updateStatus()
{
    if (!m_runner->isBusy())
        return;
    const QLocale locale;
    const double s = double(m_elapsed.elapsed()) / 1000.0;
    m_status->setText(m_runner->isCancelling()
                          ? tr("Stopping\u2026")
                          : tr("Running\u2026 %1 rows fetched \u00b7 %2 s")
                                .arg(locale.toString(m_rowsFetched), locale.toString(s, 'f', 1)));
}

void ConsoleWidget::updateActions()
{
    ConsoleToolBar::State s;
    s.busy = m_runner->isBusy();
    s.cancelling = m_runner->isCancelling();
    s.autocommit = m_runner->autocommit();
    s.status = m_runner->transactionStatus();
    s.hasResult = !m_results.empty() && !m_exporter->isRunning();
    m_toolBar->setState(s);
}

bool ConsoleWidget::exportResult(int i, const QString &path)
{
    ResultView *v = m_tabs->currentWidget() == nullptr ? nullptr : resultView(i);
    if (!v)
        return false;
    const bool started =
        m_exporter->start(v->model()->snapshot(), path, ResultExporter::formatForPath(path));
    updateActions();
    return started;
}

void ConsoleWidget::chooseExportFile()
{
    const auto it = std::find(m_results.begin(), m_results.end(), m_tabs->currentWidget());
    const int i = it == m_results.end() ? 0 : int(it - m_results.begin());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export result"), QString(),
        tr("CSV (*.csv);;Tab-separated (*.tsv);;JSON (*.json);;SQL INSERT statements (*.sql)"));
    if (!path.isEmpty())
        exportResult(i, path);
}

void ConsoleWidget::insertFromHistory(const QString &sql)
{
    QString text = m_editor->text();
    const bool empty = text.trimmed().isEmpty();
    const QString insert = (empty ? QString() : QStringLiteral("\n\n")) + sql;
    m_editor->append(insert);
    m_editor->setCursorIndex(int(m_editor->text().size()));
    m_editor->setFocus();
}

}  // namespace stratum::ui
