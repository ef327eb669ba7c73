#pragma once

#include "ui/migrations/AutogenerateReviewDialog.h"
#include "ui/migrations/ConfirmRunDialog.h"
#include "ui/migrations/MigrationHistory.h"
#include "ui/migrations/MigrationRunner.h"
#include "ui/migrations/RehearsalDialog.h"
#include "ui/migrations/ReviewBuilder.h"
#include "ui/migrations/RunFailureDialog.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace stratum::ui {

class ConnectionStore;
class DriftMatrix;
class ReviewPane;
class RevisionGraphModel;
class RevisionGraphView;

// The migration history viewer, the document the shell opens for a project
// or the demo workspace: the revision graph (with where the database stands),
// the review pane for the selected revision or range, the drift matrix of the
// project's saved connections, and the actions (upgrade/downgrade to here,
// stamp, merge heads, new revision, export SQL), each confirmed first and run
// on a worker with live progress. Loading happens on a worker; nothing here
// blocks the UI thread on the database or the disk except writing a chosen
// export file. GUI thread only.
class MigrationView : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationView(QWidget *parent = nullptr);
    ~MigrationView() override;

    // Loads (or reloads) source on a worker; loaded() or loadFailed() follows.
    void open(const MigrationSource &source);
    void reload();
    // Saved connections for the drift matrix (optional).
    void setConnectionStore(ConnectionStore *store);

    const HistoryPtr &history() const { return m_history; }
    RevisionGraphModel *graphModel() const { return m_model; }
    RevisionGraphView *graphView() const { return m_graph; }
    ReviewPane *reviewPane() const { return m_review; }
    DriftMatrix *driftMatrix() const { return m_drift; }
    MigrationRunner *runner() const { return m_runner; }
    void showDrift(bool drift);

    // Actions on the selected revision; each asks for confirmation first
    // (confirmationShown) unless a run is going on.
    void upgradeToSelected();
    void downgradeToSelected();
    void stampSelected();
    void cancelRun();
    // PostgreSQL: runs the upgrade to the selected revision in a transaction
    // that is rolled back, then shows the report (rehearsalShown).
    void rehearseSelected();
    Status mergeHeads(const QString &message);
    Status newRevision(const QString &message);
    // Compares the database with the model in modelPath (a Stratum model
    // file, MetaDataJson) or, when modelPath is empty, with the project's
    // models found as stratum-cli finds them (loadProjectModels), on a worker;
    // then opens the autogenerate review (autogenerateShown), or reports why
    // it could not (autogenerateFailed). The written revision reloads the history.
    void generateRevision(const QString &modelPath);
    // The model file beside alembic.ini that Generate uses, if any.
    QString modelFile() const;
    // The SQL of the range from the database to the selected revision.
    Status exportRangeSql(const QString &path);

signals:
    void loaded();
    void loadFailed(const QString &message);
    void confirmationShown(stratum::ui::ConfirmRunDialog *dialog);
    void failureShown(stratum::ui::RunFailureDialog *dialog);
    void runFinished(const stratum::ui::RunOutcome &outcome);
    void rehearsalShown(stratum::ui::RehearsalDialog *dialog);
    void autogenerateShown(stratum::ui::AutogenerateReviewDialog *dialog);
    void autogenerateFailed(const QString &message);

private:
    void buildActions(QToolBar *bar);
    void setHistory(HistoryPtr history);
    void updateActions();
    void updatePosition();
    void requestReview();
    void confirmAndRun(const RunRequest &request);
    void onRunFinished(const RunOutcome &outcome);
    void exportWithDialog();
    void askNewRevision();
    void askMerge();

    MigrationSource m_source;
    HistoryPtr m_history;
    ConnectionStore *m_store = nullptr;
    RevisionGraphModel *m_model;
    RevisionGraphView *m_graph;
    ReviewPane *m_review;
    DriftMatrix *m_drift;
    QTabWidget *m_leftTabs;
    MigrationRunner *m_runner;
    QLabel *m_title;
    QLabel *m_position;
    QLineEdit *m_filter;
    QProgressBar *m_progress;
    QAction *m_upgrade = nullptr;
    QAction *m_downgrade = nullptr;
    QAction *m_stamp = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_newRevision = nullptr;
    QAction *m_export = nullptr;
    QAction *m_generate = nullptr;
    QAction *m_rehearse = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_jump = nullptr;
    quint64 m_generation = 0;
};

}  // namespace stratum::ui
