#include "ui/model/RevisionGenerator.h"

#include "core/engine/DriverConnection.h"
#include "core/migrate/autogen/Autogenerate.h"
#include "core/migrate/state/SchemaReplay.h"
#include "ui/common/WorkerTask.h"
#include "ui/migrations/AutogenerateFlow.h"
#include "ui/migrations/AutogenerateReviewDialog.h"
#include "ui/model/EditableModelDocument.h"

#include <QWidget>

namespace stratum::ui {

RevisionGenerator::RevisionGenerator(EditableModelDocument *document, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_parent(dialogParent)
{}

void RevisionGenerator::generate()
{
    if (m_running)
        return;
    if (m_blocker) {
        if (const QString why = m_blocker(); !why.isEmpty()) {
            emit failed(why);
            return;
        }
    }
    if (!hasProject()) {
        emit failed(tr("This model is not linked to an Alembic project, so there is no script "
                       "directory to write a revision into. Open the model from a connection "
                       "that has a project (Model from Database), or at a revision of the "
                       "history viewer."));
        return;
    }
    m_running = true;
    emit progress(tr("Reading the project %1…").arg(m_project.iniPath));
    const MigrationSource project = m_project;
    runOnWorker(
        this, [project] { return MigrationHistory::load(project); },
        [this](Result<HistoryPtr> history) {
            if (!history) {
                m_running = false;
                emit failed(history.error().toString());
                return;
            }
            review(history.value());
        });
}

void RevisionGenerator::review(const HistoryPtr &history)
{
    Result<migrate::RevisionWriterConfig> config = history->environment().writerConfig();
    if (!config || !m_parent) {
        m_running = false;
        if (!config)
            emit failed(config.error().toString());
        return;
    }
    const schema::MetaData target = m_document->metadata();
    const bool live = history->hasDatabase();
    const QString why = history->databaseError();
    emit progress(live ? tr("Comparing the model with %1…").arg(history->databaseLabel())
                       : tr("Comparing the model with the head state…"));
    AutogenerateCompare compare =
        [history, target, live,
         why](const QStringList &renames) -> Result<migrate::autogen::AutogenResult> {
        migrate::autogen::CompareOptions options;
        options.renames = renames;
        options.versionTable = history->migratorOptions().versionTable;
        options.versionTableSchema = history->migratorOptions().versionTableSchema;
        if (live) {
            Result<std::unique_ptr<engine::DriverConnection>> c = history->connect();
            if (!c)
                return c.error();
            return migrate::autogen::autogenerate(*c.value(), history->dialect(), target, options);
        }
        // No database: the schema the project's revisions build up to its head.
        schema::MetaData state;
        if (history->graph().size() > 0) {
            Result<schema::MetaData> head = migrate::schemaAtRevision(
                history->environment().scripts(), QStringLiteral("head"), history->dialect());
            if (!head)
                return head.error();
            state = std::move(head.value());
        }
        migrate::autogen::AutogenResult result =
            migrate::autogen::SchemaComparer(history->dialect(), options).compare(target, state);
        result.notes.prepend(tr("Compared with the schema state at the project's head, because "
                                "the database could not be reached: %1")
                                 .arg(why));
        return result;
    };
    const QString ini = history->source().iniPath;
    startAutogenerateReview(
        m_parent, history->dialect(), history->graph(), config.value(), compare,
        [this, ini](AutogenerateReviewDialog *dialog) {
            m_running = false;
            dialog->setMessage(tr("model changes"));
            connect(dialog, &AutogenerateReviewDialog::written, this,
                    [this, ini](const migrate::Revision &revision) {
                        emit revisionWritten(ini, revision);
                    });
            emit reviewShown(dialog);
        },
        [this](const Error &error) {
            m_running = false;
            emit failed(error.toString());
        });
}

}  // namespace stratum::ui
