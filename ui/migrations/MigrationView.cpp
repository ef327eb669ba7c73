#include "ui/migrations/MigrationView.h"

#include "core/engine/DriverConnection.h"
#include "core/migrate/autogen/Autogenerate.h"
#include "core/migrate/autogen/ProjectModels.h"
#include "core/migrate/run/ScriptOperations.h"
#include "core/migrate/run/VersionTable.h"
#include "core/migrate/write/RevisionWriter.h"
#include "core/schema/MetaDataJson.h"
#include "ui/common/ThemedIcon.h"
#include "ui/common/WorkerTask.h"
#include "ui/migrations/AutogenerateFlow.h"
#include "ui/migrations/DriftMatrix.h"
#include "ui/migrations/ReviewPane.h"
#include "ui/migrations/RevisionGraphModel.h"
#include "ui/migrations/RevisionGraphView.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace stratum::ui {

MigrationView::MigrationView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RevisionGraphModel(this))
    , m_runner(new MigrationRunner(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 6, 10, 2);
    m_title = new QLabel(header);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_position = new QLabel(header);
    m_position->setTextFormat(Qt::RichText);
    m_filter = new QLineEdit(header);
    m_filter->setPlaceholderText(tr("Filter by message, id, label or author"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    m_filter->addAction(ThemedIcon::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    headerLayout->addWidget(m_title);
    headerLayout->addSpacing(12);
    headerLayout->addWidget(m_position, 1);
    headerLayout->addWidget(m_filter);
    layout->addWidget(header);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    buildActions(bar);
    layout->addWidget(bar);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumHeight(4);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_leftTabs = new QTabWidget(split);
    m_leftTabs->setDocumentMode(true);
    m_graph = new RevisionGraphView(m_model, m_leftTabs);
    m_leftTabs->addTab(m_graph, ThemedIcon::icon(QStringLiteral("history")), tr("History"));
    m_drift = new DriftMatrix(m_leftTabs);
    m_leftTabs->addTab(m_drift, ThemedIcon::icon(QStringLiteral("database")), tr("Environments"));
    m_review = new ReviewPane(split);
    split->addWidget(m_leftTabs);
    split->addWidget(m_review);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_model, &RevisionGraphModel::setFilter);
    connect(m_graph, &RevisionGraphView::revisionSelected, this, [this] {
        updateActions();
        requestReview();
    });
    connect(m_review, &ReviewPane::rangeModeChanged, this, [this] { requestReview(); });
    connect(m_model, &RevisionGraphModel::databaseHeadsChanged, this, [this] {
        updatePosition();
        updateActions();
    });
    connect(m_runner, &MigrationRunner::stepStarted, this,
            [this](int index, int total, const QString &id, const QString &text) {
                m_progress->setRange(0, total);
                m_progress->setValue(index);
                m_progress->show();
                m_progress->setToolTip(text);
                if (m_history)
                    m_model->setRunningRevision(m_history->graph().indexOf(id));
            });
    connect(m_runner, &MigrationRunner::stepFinished, this,
            [this](int index, int, const QString &, const QStringList &heads) {
                m_progress->setValue(index + 1);
                m_model->setDatabaseHeads(heads);
            });
    connect(m_runner, &MigrationRunner::finished, this, &MigrationView::onRunFinished);
    updateActions();
}

MigrationView::~MigrationView() = default;

void MigrationView::buildActions(QToolBar *bar)
{
    const auto add = [this, bar](const QString &icon, const QString &text, const QString &tip,
                                 auto slot) {
        QAction *a = bar->addAction(ThemedIcon::icon(icon), text);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_jump = add(QStringLiteral("revision-current"), tr("Current"),
                 tr("Jump to the revision the database stands at"),
                 [this] { m_graph->jumpToCurrent(); });
    bar->addSeparator();
    m_upgrade = add(QStringLiteral("upgrade"), tr("Upgrade to here"),
                    tr("Apply the pending revisions up to the selected one"),
                    &MigrationView::upgradeToSelected);
    m_downgrade = add(QStringLiteral("undo"), tr("Downgrade to here"),
                      tr("Revert the applied revisions above the selected one"),
                      &MigrationView::downgradeToSelected);
    m_stamp = add(QStringLiteral("revision-head"), tr("Stamp"),
                  tr("Record the selected revision in the version table without running it"),
                  &MigrationView::stampSelected);
    m_rehearse = add(QStringLiteral("transaction"), tr("Rehearse"),
                     tr("Run the upgrade to the selected revision in a transaction that is "
                        "rolled back: time, locks and errors per revision (PostgreSQL)"),
                     &MigrationView::rehearseSelected);
    m_cancel = add(QStringLiteral("stop"), tr("Cancel"), tr("Stop after the running revision"),
                   &MigrationView::cancelRun);
    bar->addSeparator();
    m_merge = add(QStringLiteral("merge"), tr("Merge heads"),
                  tr("Write a merge revision joining every head"), &MigrationView::askMerge);
    m_newRevision = add(QStringLiteral("revision"), tr("New revision"),
                        tr("Write a new empty revision script"), &MigrationView::askNewRevision);
    m_generate = add(QStringLiteral("model"), tr("Generate…"),
                     tr("Compare the database with the project's model and review the "
                        "revision autogenerate would write"),
                     [this] { generateRevision(modelFile()); });
    m_export = add(QStringLiteral("run-script"), tr("Export SQL…"),
                   tr("Save the SQL from the database to the selected revision, as "
                      "`upgrade --sql` prints it"),
                   &MigrationView::exportWithDialog);
    bar->addSeparator();
    add(QStringLiteral("refresh"), tr("Refresh"),
        tr("Reload the scripts and the database position"), &MigrationView::reload);
}

void MigrationView::open(const MigrationSource &source)
{
    m_source = source;
    m_title->setText(source.title);
    reload();
}

void MigrationView::reload()
{
    const quint64 generation = ++m_generation;
    m_position->setText(tr("Loading…"));
    const MigrationSource source = m_source;
    runOnWorker(
        this, [source] { return MigrationHistory::load(source); },
        [this, generation](Result<HistoryPtr> history) {
            if (generation != m_generation)
                return;
            if (!history) {
                m_position->setText(history.error().toString().toHtmlEscaped());
                emit loadFailed(history.error().toString());
                return;
            }
            setHistory(history.value());
            emit loaded();
        });
}

void MigrationView::setConnectionStore(ConnectionStore *store)
{
    m_store = store;
}

void MigrationView::showDrift(bool drift)
{
    m_leftTabs->setCurrentIndex(drift ? 1 : 0);
}

void MigrationView::setHistory(HistoryPtr history)
{
    const QString selected = m_graph->selectedRevision() >= 0 && m_history
                                 ? m_history->graph().id(m_graph->selectedRevision())
                                 : QString();
    m_history = std::move(history);
    m_model->setHistory(m_history);
    m_drift->setHistory(m_history);
    if (m_store)
        m_drift->load(DriftMatrix::connectionsFor(*m_store, m_source.iniPath), m_store);
    const int keep = m_history->graph().indexOf(selected);
    if (keep >= 0)
        m_graph->selectRevision(keep);
    else if (!m_graph->jumpToCurrent() && m_model->rowCount() > 0)
        m_graph->selectRevision(m_model->revisionAt(0));
    updatePosition();
    updateActions();
}

void MigrationView::updatePosition()
{
    if (!m_history)
        return;
    QString where;
    if (!m_history->hasDatabase()) {
        where = tr("Database not reachable: %1").arg(m_history->databaseError());
    } else {
        const QStringList heads = m_model->databaseHeads();
        int pending = 0;
        for (int i = 0; i < m_history->graph().size(); ++i)
            pending += m_model->isApplied(i) ? 0 : 1;
        where = heads.isEmpty()
                    ? tr("%1 is at base").arg(m_history->databaseLabel())
                    : tr("%1 is at %2")
                          .arg(m_history->databaseLabel(), heads.join(QStringLiteral(", ")));
        where += QStringLiteral(" · ") +
                 (pending == 0 ? tr("up to date") : tr("%1 pending").arg(pending));
    }
    QColor colour = m_source.profile ? m_source.profile->effectiveColor() : QColor();
    const QString dot = colour.isValid()
                            ? QStringLiteral("<span style='color:%1'>●</span> ").arg(colour.name())
                            : QString();
    m_position->setText(dot + where.toHtmlEscaped());
}

void MigrationView::updateActions()
{
    const bool loaded = m_history != nullptr;
    const bool running = m_runner->isRunning();
    const int rev = m_graph->selectedRevision();
    const bool db = loaded && m_history->hasDatabase();
    const bool applied = rev >= 0 && m_model->isApplied(rev);
    const bool current = rev >= 0 && m_model->isCurrent(rev);
    m_upgrade->setEnabled(db && !running && rev >= 0 && !applied);
    m_downgrade->setEnabled(db && !running && rev >= 0 && applied && !current);
    m_stamp->setEnabled(db && !running && rev >= 0 && !current);
    m_cancel->setEnabled(running);
    m_rehearse->setEnabled(db && !running && rev >= 0 && !applied &&
                           m_history->dialect() == schema::Dialect::PostgreSQL);
    m_merge->setEnabled(loaded && !running && m_history->graph().heads().size() > 1);
    m_newRevision->setEnabled(loaded && !running);
    m_export->setEnabled(loaded && rev >= 0);
    m_generate->setEnabled(db && !running);
    m_jump->setEnabled(loaded && m_model->currentRow() >= 0);
}

void MigrationView::requestReview()
{
    ReviewRequest request;
    request.history = m_history;
    request.revision = m_graph->selectedRevision();
    request.range = m_review->rangeMode();
    request.heads = m_model->databaseHeads();
    m_review->review(request);
}

void MigrationView::upgradeToSelected()
{
    const int rev = m_graph->selectedRevision();
    if (rev >= 0)
        confirmAndRun({RunRequest::Command::Upgrade, {m_history->graph().id(rev)}});
}

void MigrationView::downgradeToSelected()
{
    const int rev = m_graph->selectedRevision();
    if (rev >= 0)
        confirmAndRun({RunRequest::Command::Downgrade, {m_history->graph().id(rev)}});
}

void MigrationView::stampSelected()
{
    const int rev = m_graph->selectedRevision();
    if (rev >= 0)
        confirmAndRun({RunRequest::Command::Stamp, {m_history->graph().id(rev)}});
}

void MigrationView::rehearseSelected()
{
    const int rev = m_graph->selectedRevision();
    if (!m_history || rev < 0)
        return;
    const HistoryPtr history = m_history;
    const QString target = history->graph().id(rev);
    m_position->setText(tr("Rehearsing the upgrade to %1…").arg(target.left(12)));
    runOnWorker(
        this,
        [history, target]() -> Result<migrate::RehearsalReport> {
            Result<std::unique_ptr<engine::DriverConnection>> c = history->connect();
            if (!c)
                return c.error();
            migrate::ScriptOperations operations(history->graph(), history->dialect());
            const migrate::VersionTable table(history->dialect(),
                                              history->migratorOptions().versionTable,
                                              history->migratorOptions().versionTableSchema);
            return migrate::Rehearsal(history->graph(), *c.value(), operations, table)
                .upgrade(target);
        },
        [this, history](Result<migrate::RehearsalReport> report) {
            updatePosition();
            if (!report) {
                m_position->setText(report.error().toString().toHtmlEscaped());
                return;
            }
            auto *dialog = new RehearsalDialog(report.value(), history->databaseLabel(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            emit rehearsalShown(dialog);
        });
}

void MigrationView::cancelRun()
{
    m_runner->cancel();
}

void MigrationView::confirmAndRun(const RunRequest &request)
{
    if (!m_history || m_runner->isRunning())
        return;
    ReviewRequest range;
    range.history = m_history;
    range.revision = m_history->graph().indexOf(request.targets.value(0));
    range.range = true;
    range.heads = m_model->databaseHeads();
    const HistoryPtr history = m_history;
    runOnWorker(
        this, [range] { return ReviewBuilder::build(range); },
        [this, request, history](const ReviewContent &content) {
            if (history != m_history)
                return;
            auto *dialog =
                new ConfirmRunDialog(*history, m_model->databaseHeads(), request, content, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, request, history] {
                if (history == m_history && m_runner->start(history, request))
                    updateActions();
            });
            dialog->open();
            emit confirmationShown(dialog);
        });
}

void MigrationView::onRunFinished(const RunOutcome &outcome)
{
    m_progress->hide();
    m_model->setRunningRevision(-1);
    if (outcome.positionError.isEmpty())
        m_model->setDatabaseHeads(outcome.headsAfter);
    updateActions();
    requestReview();
    if (!outcome.ok) {
        auto *dialog =
            new RunFailureDialog(outcome, m_history ? m_history->databaseLabel() : QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        emit failureShown(dialog);
    }
    emit runFinished(outcome);
}

Status MigrationView::exportRangeSql(const QString &path)
{
    const int rev = m_graph->selectedRevision();
    if (!m_history || rev < 0) {
        Error e;
        e.message = tr("Select a revision first");
        return e;
    }
    const bool upgrade = !m_model->isApplied(rev);
    Result<QString> sql = ReviewBuilder::rangeSql(*m_history, m_model->databaseHeads(),
                                                  m_history->graph().id(rev), upgrade);
    if (!sql)
        return sql.error();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Error e;
        e.message = tr("Cannot write %1: %2").arg(path, file.errorString());
        return e;
    }
    file.write(sql->toUtf8());
    return Ok{};
}

void MigrationView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export migration SQL"), QStringLiteral("migration.sql"), tr("SQL files (*.sql)"));
    if (path.isEmpty())
        return;
    if (Status s = exportRangeSql(path); !s)
        m_position->setText(s.error().message.toHtmlEscaped());
}

Status MigrationView::mergeHeads(const QString &message)
{
    if (!m_history)
        return Error{};
    Result<migrate::RevisionWriterConfig> config = m_history->environment().writerConfig();
    if (!config)
        return config.error();
    migrate::RevisionRequest request;
    request.message = message;
    request.heads.clear();
    for (int h : m_history->graph().heads())
        request.heads << m_history->graph().id(h);
    Result<migrate::Revision> written =
        migrate::RevisionWriter(m_history->graph(), config.value()).write(request);
    if (!written)
        return written.error();
    reload();
    return Ok{};
}

Status MigrationView::newRevision(const QString &message)
{
    if (!m_history)
        return Error{};
    Result<migrate::RevisionWriterConfig> config = m_history->environment().writerConfig();
    if (!config)
        return config.error();
    migrate::RevisionRequest request;
    request.message = message;
    const int rev = m_graph->selectedRevision();
    if (m_history->graph().heads().size() > 1 && rev >= 0 && m_history->graph().isHead(rev))
        request.heads = QStringList{m_history->graph().id(rev)};
    Result<migrate::Revision> written =
        migrate::RevisionWriter(m_history->graph(), config.value()).write(request);
    if (!written)
        return written.error();
    reload();
    return Ok{};
}

QString MigrationView::modelFile() const
{
    // Only a stat here; the file is read on the worker.
    if (m_source.iniPath.isEmpty())
        return {};
    const QString path =
        QFileInfo(m_source.iniPath).absoluteDir().filePath(QStringLiteral("model.stratum.json"));
    return QFileInfo::exists(path) ? path : QString();
}

void MigrationView::generateRevision(const QString &modelPath)
{
    if (!m_history)
        return;
    const HistoryPtr history = m_history;
    AutogenerateCompare compare =
        [history,
         modelPath](const QStringList &renames) -> Result<migrate::autogen::AutogenResult> {
        // The demo's model.stratum.json when there is one; otherwise the
        // project's models as stratum-cli finds them (stratum.models in
        // alembic.ini, else env.py's target_metadata and its models.py).
        schema::MetaData target;
        QStringList warnings;
        if (!modelPath.isEmpty()) {
            QFile file(modelPath);
            if (!file.open(QIODevice::ReadOnly)) {
                Error e;
                e.message = tr("Cannot read the model %1: %2").arg(modelPath, file.errorString());
                return e;
            }
            Result<schema::MetaData> parsed = schema::MetaDataJson::parse(file.readAll());
            if (!parsed)
                return parsed.error();
            target = std::move(parsed.value());
        } else {
            Result<migrate::autogen::ProjectModels> found =
                migrate::autogen::loadProjectModels(history->environment(), {}, history->dialect());
            if (!found)
                return found.error();
            target = std::move(found->metadata);
            for (const migrate::ModelsWarning &w : found->warnings)
                warnings << tr("%1:%2: not interpreted: %3")
                                .arg(QFileInfo(w.file).fileName())
                                .arg(w.line)
                                .arg(w.message);
        }
        Result<std::unique_ptr<engine::DriverConnection>> c = history->connect();
        if (!c)
            return c.error();
        migrate::autogen::CompareOptions options;
        options.renames = renames;
        options.versionTable = history->migratorOptions().versionTable;
        options.versionTableSchema = history->migratorOptions().versionTableSchema;
        Result<migrate::autogen::AutogenResult> result =
            migrate::autogen::autogenerate(*c.value(), history->dialect(), target, options);
        if (result)
            result.value().notes << warnings;
        return result;
    };
    Result<migrate::RevisionWriterConfig> config = history->environment().writerConfig();
    if (!config) {
        emit autogenerateFailed(config.error().toString());
        return;
    }
    startAutogenerateReview(
        this, history->dialect(), history->graph(), config.value(), compare,
        [this](AutogenerateReviewDialog *dialog) {
            connect(dialog, &AutogenerateReviewDialog::written, this, [this] { reload(); });
            emit autogenerateShown(dialog);
        },
        [this](const Error &error) {
            m_position->setText(error.toString().toHtmlEscaped());
            emit autogenerateFailed(error.toString());
        });
}

void MigrationView::askMerge()
{
    bool ok = false;
    const QString message = QInputDialog::getText(this, tr("Merge heads"), tr("Message:"),
                                                  QLineEdit::Normal, tr("merge heads"), &ok);
    if (ok)
        if (Status s = mergeHeads(message); !s)
            m_position->setText(s.error().toString().toHtmlEscaped());
}

void MigrationView::askNewRevision()
{
    bool ok = false;
    const QString message = QInputDialog::getText(this, tr("New revision"), tr("Message:"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (ok)
        if (Status s = newRevision(message); !s)
            m_position->setText(s.error().toString().toHtmlEscaped());
}

}  // namespace stratum::ui
