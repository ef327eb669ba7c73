#pragma once

#include "core/config/Result.h"
#include "ui/console/ResultFileWriter.h"
#include "ui/console/ResultModel.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace stratum::ui {

// Writes a result's fetched rows to a file on a pool thread: CSV (RFC 4180,
// NULL as an empty field), TSV (tabs, newlines and backslashes escaped, NULL
// as \N) or JSON (an array of objects; numbers and booleans typed, NULL as
// null) through a ResultFileWriter. It reads an immutable snapshot of the
// model's batches, so the grid keeps streaming meanwhile, and writes through
// a buffered file without building the whole text in memory. Lives on the UI thread; finished() is
// delivered there, and not at all once the exporter is gone.
class ResultExporter : public QObject
{
    Q_OBJECT

public:
    using Format = ResultFileWriter::Format;

    explicit ResultExporter(QObject *parent = nullptr);
    ~ResultExporter() override;

    static Format formatForPath(const QString &path);

    // Starts writing; false while an export is running.
    bool start(const ResultModel::Snapshot &snapshot, const QString &path, Format format);
    void cancel();
    bool isRunning() const { return m_running; }

    // The same work, synchronously, for the worker and for tests.
    static Result<qint64> write(const ResultModel::Snapshot &snapshot, const QString &path,
                                Format format, const std::atomic<bool> *cancelled = nullptr,
                                const std::function<void(qint64)> &progress = {});

signals:
    void progress(qint64 rows);
    // rows written, or error set.
    void finished(qint64 rows, const stratum::Error &error);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

}  // namespace stratum::ui
