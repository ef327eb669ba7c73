#pragma once

#include "ui/migrations/MigrationHistory.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <memory>

namespace stratum::ui {

// What a run asks for.
struct RunRequest
{
    enum class Command { Upgrade, Downgrade, Stamp };
    Command command = Command::Upgrade;
    QStringList targets;  // one revision (upgrade/downgrade), or stamp destinations
};

// How a run ended, and where it left the database (read back from the version
// table after the run, never assumed).
struct RunOutcome
{
    bool ok = false;
    bool cancelled = false;
    Error error;
    QString failingStatement;  // the statement the server refused, when known
    QString serverMessage;     // the error without the statement
    QString failingRevision;   // the revision whose step failed
    QStringList stepsApplied;  // committed steps (ids)
    QStringList headsBefore;
    QStringList headsAfter;  // as the database reports them after the run
    QString positionError;   // the heads could not be read back
    bool transactionPerMigration = false;

    // "The database is at a1b2c3 (the version table was read after the run)."
    QString whereLeft() const;
};

// Runs upgrade, downgrade or stamp with core's Migrator on a worker thread,
// on a connection of its own: progress per revision (stepStarted /
// stepFinished, with the heads after each step so the graph can follow),
// cancel between revisions (Migrator::cancel also interrupts the running
// statement, and the transaction in progress is rolled back), and the
// outcome with the database's position read back afterwards. One run at a
// time. GUI thread only, apart from the worker it starts.
class MigrationRunner : public QObject
{
    Q_OBJECT

public:
    explicit MigrationRunner(QObject *parent = nullptr);
    ~MigrationRunner() override;

    bool isRunning() const { return m_running; }
    bool start(HistoryPtr history, const RunRequest &request);
    void cancel();

    // The server's message and the failing statement of a migrator error.
    static void splitStatement(const QString &message, QString *server, QString *statement);

signals:
    void stepStarted(int index, int total, const QString &revisionId, const QString &text);
    void stepFinished(int index, int total, const QString &revisionId, const QStringList &heads);
    void finished(const stratum::ui::RunOutcome &outcome);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

}  // namespace stratum::ui

Q_DECLARE_METATYPE(stratum::ui::RunOutcome)
