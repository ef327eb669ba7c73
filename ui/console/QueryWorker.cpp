#include "ui/console/QueryWorker.h"

#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"

#include <QElapsedTimer>

namespace stratum::ui {

namespace {

// The first batch is small so the first rows show at once; later batches are
// larger (fewer events) but go out at least every kFlushMs so a slow stream
// still trickles into the grid.
constexpr int kFirstBatchRows = 200;
constexpr int kBatchRows = 4096;
constexpr qint64 kFlushMs = 40;

void appendRows(engine::RowBatch &to, const engine::RowBatch &from)
{
    const int columns = from.columnCount();
    for (int r = 0; r < from.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (from.isNull(r, c))
                to.appendNull();
            else
                to.appendValue(from.view(r, c));
        }
    }
}

// The memory a batch's values take: its value bytes plus 4 bytes of offset
// per cell.
qint64 batchBytes(const engine::RowBatch &b)
{
    return qint64(b.valueBytes()) + qint64(b.rowCount()) * b.columnCount() * 4;
}

Error cancelledError()
{
    Error e;
    e.message = QObject::tr("The statement was cancelled.");
    e.code = QStringLiteral("cancelled");
    return e;
}

}  // namespace

QueryWorker::QueryWorker(std::shared_ptr<engine::Engine> engine,
                         std::shared_ptr<RunnerControl> control)
    : m_engine(std::move(engine))
    , m_control(std::move(control))
{}

QueryWorker::~QueryWorker()
{
    releaseConnection();
}

void QueryWorker::releaseConnection()
{
    {
        std::lock_guard lock(m_control->mutex);
        m_control->active = nullptr;
    }
    if (m_handle)
        m_handle.release();
}

Status QueryWorker::ensureConnection()
{
    if (m_handle)
        return Ok{};
    Result<engine::ConnectionHandle> h = m_engine->connect(QStringLiteral("console"));
    if (!h)
        return h.error();
    m_handle = std::move(h).value();
    if (const Status s = m_handle->setAutocommit(m_autocommit); !s) {
        m_handle.release();
        return s;
    }
    std::lock_guard lock(m_control->mutex);
    m_control->active = &m_handle.driver();
    return Ok{};
}

void QueryWorker::dropIfBroken()
{
    if (!m_handle || !m_handle->isBroken())
        return;
    {
        std::lock_guard lock(m_control->mutex);
        m_control->active = nullptr;
    }
    m_handle.invalidate(QStringLiteral("console: connection lost"));
    m_handle.release();
}

StatementSummary QueryWorker::baseSummary() const
{
    StatementSummary s;
    if (m_handle) {
        s.connectionId = m_handle.id();
        s.backendPid = m_handle.backendPid();
    }
    return s;
}

void QueryWorker::finishJob(quint64 job, const Error &error)
{
    const engine::TransactionStatus status =
        m_handle ? m_handle->transactionStatus() : engine::TransactionStatus::Idle;
    emit jobFinished(job, m_control->cancelled.load(), status, m_autocommit, error);
}

void QueryWorker::run(quint64 job, const QList<QueryRequest> &requests, const FetchLimits &limits)
{
    if (const Status s = ensureConnection(); !s) {
        emit statementFailed(job, 0, s.error(), baseSummary());
        finishJob(job);
        return;
    }
    for (int i = 0; i < requests.size(); ++i) {
        if (m_control->cancelled.load())
            break;
        if (!runOne(job, i, requests[i], limits))
            break;
    }
    dropIfBroken();
    finishJob(job);
}

bool QueryWorker::runOne(quint64 job, int index, const QueryRequest &request,
                         const FetchLimits &limits)
{
    emit statementStarted(job, index);
    QElapsedTimer timer;
    timer.start();
    StatementSummary summary = baseSummary();
    const auto fail = [&](Error error, const engine::ResultStream *stream) {
        summary.cancelled = m_control->cancelled.load();
        summary.elapsedMs = timer.elapsed();
        summary.notices = stream ? stream->notices() : m_handle->lastNotices();
        emit statementFailed(job, index, error, summary);
        return false;
    };

    Result<std::unique_ptr<engine::ResultStream>> opened =
        m_handle->stream(request.sql, request.params);
    if (!opened)
        return fail(opened.error(), nullptr);
    std::unique_ptr<engine::ResultStream> stream = std::move(opened).value();
    summary.returnsRows = !stream->columns().empty();
    if (summary.returnsRows)
        emit columnsReady(job, index, stream->columns());

    auto pending = std::make_shared<engine::RowBatch>();
    pending->setColumns(stream->columns());
    engine::RowBatch chunk;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    bool flushedOnce = false;
    constexpr qint64 kNoLimit = std::numeric_limits<qint64>::max();
    const qint64 rowStep = limits.rows > 0 ? limits.rows : kNoLimit;
    const qint64 byteStep = limits.bytes > 0 ? limits.bytes : kNoLimit;
    qint64 limit = rowStep;
    qint64 byteLimit = byteStep;
    qint64 bytes = 0;
    const auto flush = [&] {
        if (pending->isEmpty())
            return;
        emit rowsReady(job, index, pending);
        pending = std::make_shared<engine::RowBatch>();
        pending->setColumns(stream->columns());
        sinceFlush.restart();
        flushedOnce = true;
    };

    while (summary.returnsRows) {
        if (m_control->cancelled.load()) {
            flush();
            stream.reset();  // cancels the rest on the server
            summary.cancelled = true;
            return fail(cancelledError(), nullptr);
        }
        const int want = flushedOnce ? kBatchRows : kFirstBatchRows;
        const qint64 room = limit - summary.rowsFetched;
        Result<bool> more = stream->next(chunk, int(std::min<qint64>(want, room)));
        if (!more) {
            flush();
            return fail(more.error(), stream.get());
        }
        if (!more.value())
            break;
        summary.rowsFetched += chunk.rowCount();
        bytes += batchBytes(chunk);
        if (pending->isEmpty() && chunk.rowCount() >= want / 2)
            std::swap(*pending, chunk);
        else
            appendRows(*pending, chunk);
        if (!flushedOnce || pending->rowCount() >= kBatchRows || sinceFlush.elapsed() >= kFlushMs)
            flush();
        if (summary.rowsFetched < limit && bytes < byteLimit)
            continue;

        // The row limit: find out whether more rows exist, then wait for the
        // user to fetch on or stop here.
        flush();
        Result<bool> peek = stream->next(chunk, 1);
        if (!peek)
            return fail(peek.error(), stream.get());
        if (!peek.value())
            break;
        {
            std::lock_guard lock(m_control->mutex);
            m_control->resume = RunnerControl::Resume::Waiting;
        }
        emit rowLimitReached(job, index, summary.rowsFetched, bytes);
        RunnerControl::Resume decision;
        {
            std::unique_lock lock(m_control->mutex);
            m_control->wake.wait(lock, [&] {
                return m_control->resume != RunnerControl::Resume::Waiting ||
                       m_control->cancelled.load();
            });
            decision =
                m_control->cancelled.load() ? RunnerControl::Resume::Stop : m_control->resume;
        }
        if (decision == RunnerControl::Resume::Stop) {
            summary.truncated = true;
            stream.reset();
            break;
        }
        if (decision == RunnerControl::Resume::ExportRest) {
            QString path;
            {
                std::lock_guard lock(m_control->mutex);
                path = m_control->exportPath;
            }
            Result<qint64> written = exportRest(*stream, stream->columns(), chunk);
            emit restExported(job, index, written ? written.value() : 0, path,
                              written ? Error{} : written.error());
            if (!written) {
                summary.truncated = true;
                stream.reset();
                break;
            }
            summary.exportedTo = path;
            summary.rowsFetched = written.value();
            break;
        }
        pending->clear();
        appendRows(*pending, chunk);
        summary.rowsFetched += chunk.rowCount();
        bytes += batchBytes(chunk);
        // Another step of whichever limit stopped it (the other one keeps its place).
        if (summary.rowsFetched >= limit)
            limit += rowStep;
        if (bytes >= byteLimit)
            byteLimit = bytes + byteStep;
    }
    flush();
    if (stream) {
        summary.commandTag = stream->commandTag();
        summary.rowsAffected = stream->rowsAffected();
        summary.notices = stream->notices();
    }
    summary.elapsedMs = timer.elapsed();
    emit statementFinished(job, index, summary);
    return !(summary.truncated && m_control->cancelled.load());
}

Result<qint64> QueryWorker::exportRest(engine::ResultStream &stream, const ColumnList &columns,
                                       const engine::RowBatch &peeked)
{
    QString path;
    ResultFileWriter::Format format = ResultFileWriter::Format::Csv;
    std::vector<SharedRowBatch> head;
    {
        std::lock_guard lock(m_control->mutex);
        path = m_control->exportPath;
        format = m_control->exportFormat;
        head = std::move(m_control->exportHead);
        m_control->exportHead.clear();
    }
    ResultFileWriter writer;
    if (Status s = writer.open(path, format, columns); !s)
        return s.error();
    for (const SharedRowBatch &b : head)
        writer.write(*b);
    head.clear();
    writer.write(peeked);
    engine::RowBatch chunk;
    for (;;) {
        if (m_control->cancelled.load()) {
            writer.cancel();
            return cancelledError();
        }
        Result<bool> more = stream.next(chunk, kBatchRows);
        if (!more) {
            writer.cancel();
            return more.error();
        }
        if (!more.value())
            break;
        writer.write(chunk);
    }
    return writer.commit();
}

void QueryWorker::endTransaction(quint64 job, bool commit)
{
    Error error;
    if (m_handle) {
        const Status s = commit ? m_handle->commit() : m_handle->rollback();
        if (!s)
            error = s.error();
        dropIfBroken();
    }
    finishJob(job, error);
}

void QueryWorker::setAutocommit(quint64 job, bool on)
{
    Error error;
    if (m_handle) {
        if (const Status s = m_handle->setAutocommit(on); !s)
            error = s.error();
    }
    if (error.message.isEmpty())
        m_autocommit = on;
    finishJob(job, error);
}

}  // namespace stratum::ui
