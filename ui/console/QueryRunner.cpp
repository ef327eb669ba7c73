#include "ui/console/QueryRunner.h"

#include "core/engine/Engine.h"
#include "ui/console/QueryWorker.h"

#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace stratum::ui {

namespace {

// While a cancel is pending it is re-sent at this interval: a cancel that
// reaches the server between two statements of a script has nothing to stop.
constexpr int kCancelRetryMs = 300;

void registerTypes()
{
    static const bool once = [] {
        qRegisterMetaType<stratum::Error>();
        qRegisterMetaType<StatementSummary>();
        qRegisterMetaType<ColumnList>();
        qRegisterMetaType<SharedRowBatch>();
        qRegisterMetaType<QueryRequest>();
        qRegisterMetaType<engine::TransactionStatus>();
        return true;
    }();
    (void)once;
}

}  // namespace

QueryRunner::QueryRunner(std::shared_ptr<engine::Engine> engine, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_control(std::make_shared<RunnerControl>())
{
    registerTypes();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("console-worker"));
    m_worker = new QueryWorker(m_engine, m_control);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    const auto current = [this](quint64 job) { return job == m_job && m_busy; };
    connect(m_worker, &QueryWorker::statementStarted, this, [=, this](quint64 job, int i) {
        if (current(job))
            emit statementStarted(i);
    });
    connect(m_worker, &QueryWorker::columnsReady, this,
            [=, this](quint64 job, int i, const ColumnList &c) {
                if (current(job))
                    emit columnsReady(i, c);
            });
    connect(m_worker, &QueryWorker::rowsReady, this,
            [=, this](quint64 job, int i, const SharedRowBatch &b) {
                if (current(job))
                    emit rowsReady(i, b);
            });
    connect(m_worker, &QueryWorker::rowLimitReached, this,
            [=, this](quint64 job, int i, qint64 rows, qint64 bytes) {
                if (current(job))
                    emit rowLimitReached(i, rows, bytes);
            });
    connect(m_worker, &QueryWorker::restExported, this,
            [=, this](quint64 job, int i, qint64 rows, const QString &path, const Error &e) {
                if (current(job))
                    emit restExported(i, rows, path, e);
            });
    connect(m_worker, &QueryWorker::statementFinished, this,
            [=, this](quint64 job, int i, const StatementSummary &s) {
                if (current(job))
                    emit statementFinished(i, s);
            });
    connect(m_worker, &QueryWorker::statementFailed, this,
            [=, this](quint64 job, int i, const Error &e, const StatementSummary &s) {
                if (current(job))
                    emit statementFailed(i, e, s);
            });
    connect(m_worker, &QueryWorker::jobFinished, this, &QueryRunner::onJobFinished);

    m_cancelRetry = new QTimer(this);
    m_cancelRetry->setInterval(kCancelRetryMs);
    connect(m_cancelRetry, &QTimer::timeout, this, [this] {
        std::shared_ptr<RunnerControl> control = m_control;
        QThreadPool::globalInstance()->start([control] { control->cancelActive(); });
    });
    m_thread->start();
}

QueryRunner::~QueryRunner()
{
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread->quit();
    if (!m_busy) {
        // The worker is idle: the thread ends at once and deletes the worker,
        // which returns the connection to the pool.
        m_thread->wait();
        delete m_thread;
        return;
    }
    // A job is running: stop it and let the thread finish on its own.
    m_control->cancelled = true;
    m_control->setResume(RunnerControl::Resume::Stop);
    std::shared_ptr<RunnerControl> control = m_control;
    QThreadPool::globalInstance()->start([control] { control->cancelActive(); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

template <typename F> bool QueryRunner::startJob(F &&work)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancelling = false;
    m_control->cancelled = false;
    const quint64 job = ++m_job;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job, work = std::forward<F>(work)] { work(w, job); },
        Qt::QueuedConnection);
    emit started();
    return true;
}

bool QueryRunner::run(const QList<QueryRequest> &requests)
{
    const FetchLimits limits = m_limits;
    return startJob(
        [requests, limits](QueryWorker *w, quint64 job) { w->run(job, requests, limits); });
}

bool QueryRunner::commit()
{
    return startJob([](QueryWorker *w, quint64 job) { w->endTransaction(job, true); });
}

bool QueryRunner::rollback()
{
    return startJob([](QueryWorker *w, quint64 job) { w->endTransaction(job, false); });
}

bool QueryRunner::setAutocommit(bool on)
{
    return startJob([on](QueryWorker *w, quint64 job) { w->setAutocommit(job, on); });
}

bool QueryRunner::runTask(std::function<void()> task)
{
    return startJob([task = std::move(task)](QueryWorker *w, quint64 job) {
        task();
        w->finishTask(job);
    });
}

void QueryRunner::cancel()
{
    if (!m_busy || m_cancelling)
        return;
    m_cancelling = true;
    m_control->cancelled = true;
    m_control->setResume(RunnerControl::Resume::Stop);
    std::shared_ptr<RunnerControl> control = m_control;
    QThreadPool::globalInstance()->start([control] { control->cancelActive(); });
    m_cancelRetry->start();
}

void QueryRunner::fetchMore()
{
    m_control->setResume(RunnerControl::Resume::More);
}

void QueryRunner::stopFetching()
{
    m_control->setResume(RunnerControl::Resume::Stop);
}

void QueryRunner::exportRest(const QString &path, std::vector<SharedRowBatch> held)
{
    {
        std::lock_guard lock(m_control->mutex);
        m_control->exportPath = path;
        m_control->exportFormat = ResultFileWriter::formatForPath(path);
        m_control->exportHead = std::move(held);
    }
    m_control->setResume(RunnerControl::Resume::ExportRest);
}

void QueryRunner::onJobFinished(quint64 job, bool cancelled, engine::TransactionStatus status,
                                bool autocommit, const Error &error)
{
    if (job != m_job)
        return;
    m_cancelRetry->stop();
    m_busy = false;
    m_cancelling = false;
    const bool statusChanged = status != m_status;
    const bool modeChanged = autocommit != m_autocommit;
    m_status = status;
    m_autocommit = autocommit;
    if (!error.message.isEmpty())
        emit controlFailed(error);
    if (modeChanged)
        emit autocommitChanged(autocommit);
    if (statusChanged)
        emit transactionStatusChanged(status);
    emit finished(cancelled);
}

}  // namespace stratum::ui
