#include "ui/migrations/MigrationRunner.h"

#include "core/engine/DriverConnection.h"
#include "core/migrate/run/Migrator.h"
#include "core/migrate/run/ScriptOperations.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <mutex>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes,
// and the name it records must be the one looked up at run time.
class MigrationRunnerText
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunnerText)
};

namespace stratum::ui {

using namespace stratum::migrate;

namespace {

// Carries the worker's reports to the runner as queued signals; it has no
// thread affinity, so the worker may emit through it and delete it (the
// pattern of ui/common's WorkerRelay).
class RunRelay : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void started(int index, int total, const QString &id, const QString &text);
    void stepDone(int index, int total, const QString &id, const QStringList &heads);
    void done(const stratum::ui::RunOutcome &outcome);
};

}  // namespace

struct MigrationRunner::Shared
{
    std::mutex mutex;
    Migrator *migrator = nullptr;  // while the worker runs one
    bool cancelled = false;
};

QString RunOutcome::whereLeft() const
{
    if (!positionError.isEmpty())
        return MigrationRunnerText::tr("Stratum could not read the version table after the run: %1")
            .arg(positionError);
    const QString at =
        headsAfter.isEmpty()
            ? MigrationRunnerText::tr("The database is at base (no revision applied).")
            : MigrationRunnerText::tr("The database is at %1.")
                  .arg(headsAfter.join(QStringLiteral(", ")));
    if (ok)
        return at;
    if (headsAfter == headsBefore)
        return at + QLatin1Char(' ') +
               MigrationRunnerText::tr(
                   "Nothing was changed: the failing run was rolled back as a whole.");
    return at + QLatin1Char(' ') +
           MigrationRunnerText::tr(
               "Revisions committed before the failure stay applied (one transaction per "
               "revision); the failing revision was rolled back.");
}

MigrationRunner::MigrationRunner(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<stratum::ui::RunOutcome>();
}

MigrationRunner::~MigrationRunner()
{
    cancel();
}

void MigrationRunner::splitStatement(const QString &message, QString *server, QString *statement)
{
    const QString marker = QStringLiteral("\n  in: ");
    const qsizetype at = message.indexOf(marker);
    *server = at < 0 ? message : message.left(at);
    *statement = at < 0 ? QString() : message.mid(at + marker.size()).trimmed();
}

void MigrationRunner::cancel()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->cancelled = true;
    if (m_shared->migrator)
        m_shared->migrator->cancel();
}

bool MigrationRunner::start(HistoryPtr history, const RunRequest &request)
{
    if (m_running || !history)
        return false;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    auto *relay = new RunRelay;
    connect(relay, &RunRelay::started, this, &MigrationRunner::stepStarted, Qt::QueuedConnection);
    connect(relay, &RunRelay::stepDone, this, &MigrationRunner::stepFinished, Qt::QueuedConnection);
    connect(
        relay, &RunRelay::done, this,
        [this](const RunOutcome &outcome) {
            m_running = false;
            emit finished(outcome);
        },
        Qt::QueuedConnection);
    relay->moveToThread(nullptr);
    std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([relay, shared, history, request] {
        RunOutcome outcome;
        outcome.transactionPerMigration = history->migratorOptions().transactionPerMigration;
        Result<std::unique_ptr<engine::DriverConnection>> connection = history->connect();
        if (!connection) {
            outcome.error = connection.error();
            outcome.serverMessage = connection.error().message;
            outcome.positionError = connection.error().message;
            emit relay->done(outcome);
            delete relay;
            return;
        }
        ScriptOperations operations(history->graph(), history->dialect());
        Migrator migrator(history->graph(), *connection.value(), history->dialect(), operations,
                          history->migratorOptions());
        {
            std::lock_guard lock(shared->mutex);
            shared->migrator = &migrator;
            if (shared->cancelled)
                migrator.cancel();
        }
        Result<QStringList> before = migrator.currentHeads();
        if (before)
            outcome.headsBefore = before.value();
        QStringList heads = outcome.headsBefore;
        migrator.setEventHandler([&](const MigrationEvent &e) {
            if (e.kind == MigrationEvent::Kind::StepStarted) {
                if (e.step.kind == MigrationStep::Kind::Revision)
                    outcome.failingRevision = e.step.revisionId;
                emit relay->started(e.index, e.total, e.step.revisionId, e.text);
            } else if (e.kind == MigrationEvent::Kind::StepFinished) {
                for (const QString &id : e.step.from)
                    heads.removeAll(id);
                for (const QString &id : e.step.to) {
                    if (!heads.contains(id))
                        heads << id;
                }
                emit relay->stepDone(e.index, e.total, e.step.revisionId, heads);
            }
        });
        Result<MigrationRun> run = request.command == RunRequest::Command::Upgrade
                                       ? migrator.upgrade(request.targets.value(0))
                                   : request.command == RunRequest::Command::Downgrade
                                       ? migrator.downgrade(request.targets.value(0))
                                       : migrator.stamp(request.targets);
        {
            std::lock_guard lock(shared->mutex);
            shared->migrator = nullptr;
        }
        if (run) {
            outcome.ok = true;
            outcome.failingRevision.clear();
            for (const MigrationStep &step : run->steps)
                outcome.stepsApplied << step.revisionId;
        } else {
            outcome.error = run.error();
            outcome.cancelled = run.error().code == QLatin1String("cancelled");
            MigrationRunner::splitStatement(run.error().message, &outcome.serverMessage,
                                            &outcome.failingStatement);
        }
        // Where the database really is: read back, on a fresh connection when
        // the run's one is broken.
        Result<QStringList> after = migrator.currentHeads();
        if (!after || connection.value()->isBroken()) {
            if (Result<std::unique_ptr<engine::DriverConnection>> fresh = history->connect();
                fresh) {
                ScriptOperations ops2(history->graph(), history->dialect());
                Migrator reader(history->graph(), *fresh.value(), history->dialect(), ops2,
                                history->migratorOptions());
                after = reader.currentHeads();
            }
        }
        if (after)
            outcome.headsAfter = after.value();
        else
            outcome.positionError = after.error().message;
        emit relay->done(outcome);
        delete relay;
    });
    return true;
}

}  // namespace stratum::ui

#include "MigrationRunner.moc"
