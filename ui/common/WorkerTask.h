#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace stratum::ui {

// Carries a worker's progress and completion to the UI thread as queued
// signals. It has no thread affinity, so the worker may emit through it and
// delete it; a receiver that was destroyed in the meantime simply gets nothing,
// because Qt resolves queued receivers under its connection lock.
class WorkerRelay : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void progress(int step, int steps, const QString &what);
    void ready();
};

// Reports a worker's progress (step of steps, and what it is doing). Safe to
// call from the worker thread only.
using WorkerProgress = std::function<void(int step, int steps, const QString &what)>;

// Runs work(progress) on QThreadPool::globalInstance(); then, on context's
// thread, onProgress(step, steps, what) for each report and done(result) once,
// unless context is gone by then (results are dropped, never delivered late).
// work must not touch context or any widget. Call from a thread with an event
// loop (the GUI thread).
template <typename Work, typename Done, typename OnProgress>
void runOnWorker(QObject *context, Work work, Done done, OnProgress onProgress)
{
    using T = std::invoke_result_t<Work &, const WorkerProgress &>;
    auto result = std::make_shared<std::optional<T>>();
    auto *relay = new WorkerRelay;
    QObject::connect(relay, &WorkerRelay::progress, context, std::move(onProgress),
                     Qt::QueuedConnection);
    QObject::connect(
        relay, &WorkerRelay::ready, context,
        [result, done = std::move(done)]() mutable {
            if (*result) {
                done(std::move(**result));
            }
        },
        Qt::QueuedConnection);
    relay->moveToThread(nullptr);
    QThreadPool::globalInstance()->start([relay, result, work = std::move(work)]() mutable {
        const WorkerProgress report = [relay](int step, int steps, const QString &what) {
            emit relay->progress(step, steps, what);
        };
        result->emplace(work(report));
        emit relay->ready();
        delete relay;
    });
}

// As above, for work without progress reports: work() takes no argument.
template <typename Work, typename Done> void runOnWorker(QObject *context, Work work, Done done)
{
    runOnWorker(
        context, [work = std::move(work)](const WorkerProgress &) mutable { return work(); },
        std::move(done), [](int, int, const QString &) {});
}

}  // namespace stratum::ui
