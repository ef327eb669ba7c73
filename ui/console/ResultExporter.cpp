#include "ui/console/ResultExporter.h"

#include <QThreadPool>

namespace stratum::ui {

// The worker reports through this object's signals: it has no thread
// affinity, so the pool thread may emit and delete it, and a queued
// connection to a destroyed exporter is simply gone.
class ExportNotifier : public QObject
{
    Q_OBJECT

signals:
    void progress(qint64 rows);
    void finished(qint64 rows, const stratum::Error &error);
};

struct ResultExporter::Shared
{
    std::atomic<bool> cancelled{false};
    std::unique_ptr<ExportNotifier> notifier;
};

ResultExporter::ResultExporter(QObject *parent)
    : QObject(parent)
{}

ResultExporter::~ResultExporter()
{
    cancel();
}

ResultExporter::Format ResultExporter::formatForPath(const QString &path)
{
    return ResultFileWriter::formatForPath(path);
}

Result<qint64> ResultExporter::write(const ResultModel::Snapshot &snapshot, const QString &path,
                                     Format format, const std::atomic<bool> *cancelled,
                                     const std::function<void(qint64)> &progress)
{
    ResultFileWriter writer;
    if (Status s = writer.open(path, format, snapshot.columns); !s)
        return s.error();
    for (const SharedRowBatch &b : snapshot.batches) {
        if (cancelled && cancelled->load()) {
            writer.cancel();
            Error e;
            e.message = QObject::tr("The export was cancelled.");
            e.code = QStringLiteral("cancelled");
            return e;
        }
        writer.write(*b);
        if (progress)
            progress(writer.rows());
    }
    return writer.commit();
}

bool ResultExporter::start(const ResultModel::Snapshot &snapshot, const QString &path,
                           Format format)
{
    if (m_running)
        return false;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    m_shared->notifier = std::make_unique<ExportNotifier>();
    m_shared->notifier->moveToThread(nullptr);
    connect(m_shared->notifier.get(), &ExportNotifier::progress, this, &ResultExporter::progress,
            Qt::QueuedConnection);
    connect(
        m_shared->notifier.get(), &ExportNotifier::finished, this,
        [this](qint64 rows, const Error &error) {
            m_running = false;
            emit finished(rows, error);
        },
        Qt::QueuedConnection);
    std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([shared, snapshot, path, format] {
        Result<qint64> r = write(snapshot, path, format, &shared->cancelled,
                                 [&](qint64 rows) { emit shared->notifier->progress(rows); });
        emit shared->notifier->finished(r ? r.value() : 0, r ? Error{} : r.error());
    });
    return true;
}

void ResultExporter::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

}  // namespace stratum::ui

#include "ResultExporter.moc"
