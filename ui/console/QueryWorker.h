#pragma once

#include "core/engine/ConnectionHandle.h"
#include "ui/console/QueryTypes.h"
#include "ui/console/ResultFileWriter.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

// State shared by a QueryRunner (UI thread) and its QueryWorker: the cancel
// flag, the connection to cancel, and the hand-shake for a result paused at
// the size limit (go on, stop, or write the rest to a file). Every member is
// atomic or guarded by mutex.
struct RunnerControl
{
    enum class Resume { Waiting, More, Stop, ExportRest };

    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    std::condition_variable wake;
    engine::DriverConnection *active = nullptr;  // guarded by mutex
    Resume resume = Resume::Waiting;             // guarded by mutex
    // For ExportRest (guarded by mutex): the file, and the rows the console
    // already holds, written first so that the file has the whole result.
    QString exportPath;
    ResultFileWriter::Format exportFormat = ResultFileWriter::Format::Csv;
    std::vector<SharedRowBatch> exportHead;

    void setResume(Resume r)
    {
        {
            std::lock_guard lock(mutex);
            resume = r;
        }
        wake.notify_all();
    }
    // Asks the server to stop. Blocks for a network round trip on PostgreSQL,
    // so the runner calls it from a pool thread, never from the UI thread.
    void cancelActive()
    {
        std::lock_guard lock(mutex);
        if (active && cancelled.load())
            active->cancel();
    }
};

// The worker half of a QueryRunner: lives on the runner's thread, holds the
// console's pooled connection (checked out on first use and kept, so session
// settings and temporary tables survive between runs), runs statements as
// streams and reports rows in batches through queued signals. Every slot runs
// on the worker thread; only RunnerControl is touched from elsewhere.
class QueryWorker : public QObject
{
    Q_OBJECT

public:
    QueryWorker(std::shared_ptr<engine::Engine> engine, std::shared_ptr<RunnerControl> control);
    ~QueryWorker() override;

    void run(quint64 job, const QList<stratum::ui::QueryRequest> &requests,
             const stratum::ui::FetchLimits &limits);
    void endTransaction(quint64 job, bool commit);
    void setAutocommit(quint64 job, bool on);
    void releaseConnection();
    // Ends a job that ran a QueryRunner::runTask() task.
    void finishTask(quint64 job) { finishJob(job); }

signals:
    void statementStarted(quint64 job, int index);
    void columnsReady(quint64 job, int index, const stratum::ui::ColumnList &columns);
    void rowsReady(quint64 job, int index, const stratum::ui::SharedRowBatch &batch);
    void rowLimitReached(quint64 job, int index, qint64 rows, qint64 bytes);
    // The rest of a paused result went to a file: rows written in all, or error.
    void restExported(quint64 job, int index, qint64 rows, const QString &path,
                      const stratum::Error &error);
    void statementFinished(quint64 job, int index, const stratum::ui::StatementSummary &summary);
    void statementFailed(quint64 job, int index, const stratum::Error &error,
                         const stratum::ui::StatementSummary &summary);
    // Ends every job; error is set when a control job (commit, rollback,
    // autocommit) failed.
    void jobFinished(quint64 job, bool cancelled, stratum::engine::TransactionStatus status,
                     bool autocommit, const stratum::Error &error);

private:
    Status ensureConnection();
    void dropIfBroken();
    // Streams one statement; false when the script should stop (error or cancel).
    bool runOne(quint64 job, int index, const QueryRequest &request, const FetchLimits &limits);
    // Writes the rows held by the console, the peeked chunk and the rest of
    // stream to the file RunnerControl names.
    Result<qint64> exportRest(engine::ResultStream &stream, const ColumnList &columns,
                              const engine::RowBatch &peeked);
    void finishJob(quint64 job, const Error &error = {});
    StatementSummary baseSummary() const;

    std::shared_ptr<engine::Engine> m_engine;
    std::shared_ptr<RunnerControl> m_control;
    engine::ConnectionHandle m_handle;
    bool m_autocommit = true;
};

}  // namespace stratum::ui
