#pragma once

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <utility>

namespace stratum::ui {

// Carries "the work is done" from a pool thread to the UI thread. A signal,
// not QMetaObject::invokeMethod(context, ...), because emitting a signal is
// safe while the receiver is being destroyed on another thread: Qt looks the
// receiver up under its connection lock, so a closed dialog simply gets
// nothing. Created on the caller's thread, then detached from every thread so
// that the worker may delete it.
class BackgroundRelay : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void ready();
};

// Runs work() on QThreadPool::globalInstance() and then done(result) on the
// thread of context, unless context was destroyed in the meantime (the result
// is then dropped). work must not touch context or any widget; done runs on
// context's thread and may. Call from a thread with an event loop.
template <typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using T = decltype(work());
    auto result = std::make_shared<std::optional<T>>();
    auto *relay = new BackgroundRelay;
    QObject::connect(
        relay, &BackgroundRelay::ready, context,
        [result, done = std::move(done)]() mutable {
            if (*result)
                done(std::move(**result));
        },
        Qt::QueuedConnection);
    relay->moveToThread(nullptr);
    QThreadPool::globalInstance()->start([relay, result, work = std::move(work)]() mutable {
        *result = work();
        Q_EMIT relay->ready();
        delete relay;
    });
}

}  // namespace stratum::ui
