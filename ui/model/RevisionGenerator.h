#pragma once

#include "core/migrate/Revision.h"
#include "ui/migrations/MigrationHistory.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace stratum::ui {

class AutogenerateReviewDialog;
class EditableModelDocument;

// "Generate revision" for a model editor document: compares the edited model
// with the project's database (autogenerate on a live connection) or, when
// the database cannot be reached, with the schema state at the project's head
// (schemaAtRevision), then opens the shared autogenerate review
// (startAutogenerateReview: operations with check boxes, rename decisions
// that compare again, lint classes, SQL), which writes the revision into the
// script directory. The model is copied when generate() starts; later edits
// do not change a review in progress. Everything slow runs on workers.
// GUI thread only.
class RevisionGenerator : public QObject
{
    Q_OBJECT

public:
    RevisionGenerator(EditableModelDocument *document, QWidget *dialogParent);

    // The Alembic project (alembic.ini) and the database URL to compare with
    // (empty: the project's own); without an iniPath there is nothing to
    // generate into.
    void setProject(const MigrationSource &project) { m_project = project; }
    const MigrationSource &project() const { return m_project; }
    bool hasProject() const { return !m_project.iniPath.isEmpty(); }
    // Asked before each run: a non-empty answer says why generation is
    // blocked (the problems list has errors...), and the run does not start.
    void setBlocker(std::function<QString()> blocker) { m_blocker = std::move(blocker); }

    bool isRunning() const { return m_running; }
    // Starts a run: failed() with the reason, or reviewShown() with the
    // dialog (already open); revisionWritten() when the user writes it.
    void generate();

signals:
    void progress(const QString &what);
    void reviewShown(stratum::ui::AutogenerateReviewDialog *dialog);
    void failed(const QString &message);
    void revisionWritten(const QString &alembicIni, const stratum::migrate::Revision &revision);

private:
    void review(const HistoryPtr &history);

    EditableModelDocument *m_document;
    QPointer<QWidget> m_parent;
    MigrationSource m_project;
    std::function<QString()> m_blocker;
    bool m_running = false;
};

}  // namespace stratum::ui
