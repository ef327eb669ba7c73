#pragma once

#include "ui/console/QueryTypes.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

class QueryWorker;
struct RunnerControl;

// Runs a console's statements on its own worker thread, one job at a time,
// and reports back through queued signals: columns, row batches as they
// stream in, and a summary or error per statement. The UI thread never waits:
// cancel() returns at once (the server-side cancel is sent from a pool thread)
// and the worker acknowledges with finished(). A result that reaches the row
// limit pauses until fetchMore(), stopFetching() or exportRest().
//
// Auto-commit is the default; in manual mode the held connection opens a
// transaction by itself before the first statement (psycopg2's behaviour) and
// commit()/rollback() end it. transactionStatus() is the state after the last
// job.
//
// Lives on the UI thread. Destroying it while a job runs cancels the job and
// drops every late result; the worker thread then finishes on its own.
class QueryRunner : public QObject
{
    Q_OBJECT

public:
    explicit QueryRunner(std::shared_ptr<engine::Engine> engine, QObject *parent = nullptr);
    ~QueryRunner() override;

    engine::Engine &engine() const { return *m_engine; }
    bool isBusy() const { return m_busy; }
    bool isCancelling() const { return m_cancelling; }
    bool autocommit() const { return m_autocommit; }
    engine::TransactionStatus transactionStatus() const { return m_status; }

    // The size guard: rows and bytes kept per result before fetching pauses
    // (0 = no limit; default 1,000,000 rows or 1 GiB).
    void setRowLimit(qint64 rows) { m_limits.rows = rows; }
    qint64 rowLimit() const { return m_limits.rows; }
    void setByteLimit(qint64 bytes) { m_limits.bytes = bytes; }
    qint64 byteLimit() const { return m_limits.bytes; }

    // Each returns false (and does nothing) while a job runs.
    bool run(const QList<QueryRequest> &requests);
    bool commit();
    bool rollback();
    bool setAutocommit(bool on);
    // Runs task on the worker thread as a job of its own (the runner is busy
    // meanwhile, so no statement interleaves); finished(false) follows. For
    // work that must not block the UI, such as a Session's commit.
    bool runTask(std::function<void()> task);

    void cancel();
    void fetchMore();
    void stopFetching();
    // For a paused result: writes held (the rows the console already has),
    // then the rest straight from the server, to path; the console receives
    // no more rows. restExported() reports the outcome.
    void exportRest(const QString &path, std::vector<SharedRowBatch> held);

signals:
    void started();
    void statementStarted(int index);
    void columnsReady(int index, const stratum::ui::ColumnList &columns);
    void rowsReady(int index, const stratum::ui::SharedRowBatch &batch);
    void rowLimitReached(int index, qint64 rows, qint64 bytes);
    void restExported(int index, qint64 rows, const QString &path, const stratum::Error &error);
    void statementFinished(int index, const stratum::ui::StatementSummary &summary);
    void statementFailed(int index, const stratum::Error &error,
                         const stratum::ui::StatementSummary &summary);
    // A commit, rollback or autocommit change failed.
    void controlFailed(const stratum::Error &error);
    void finished(bool cancelled);
    void transactionStatusChanged(stratum::engine::TransactionStatus status);
    void autocommitChanged(bool on);

private:
    template <typename F> bool startJob(F &&work);
    void onJobFinished(quint64 job, bool cancelled, engine::TransactionStatus status,
                       bool autocommit, const Error &error);

    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<RunnerControl> m_control;
    QThread *m_thread = nullptr;
    QueryWorker *m_worker = nullptr;
    QTimer *m_cancelRetry = nullptr;
    quint64 m_job = 0;
    bool m_busy = false;
    bool m_cancelling = false;
    bool m_autocommit = true;
    FetchLimits m_limits;
    engine::TransactionStatus m_status = engine::TransactionStatus::Idle;
};

}  // namespace stratum::ui
