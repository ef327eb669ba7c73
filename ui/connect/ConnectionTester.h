#pragma once

#include "core/config/Result.h"
#include "ui/connect/ConnectionProfile.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace stratum::ui {

// What one press of Test found out. Messages never contain the password.
struct ConnectionTestResult
{
    quint64 generation = 0;
    bool ok = false;
    QString backend;         // "PostgreSQL", "SQLite"
    QString serverVersion;   // "15.18"
    double connectMs = 0;    // time to open the connection
    double roundTripMs = 0;  // best of a few `SELECT 1`
    bool tls = false;
    bool readOnlyVerified = false;  // read-only was asked for and the server confirms it

    // On failure: a short title ("Authentication failed"), the server's
    // message in plain words, and what to check.
    QString title;
    QString message;
    QString hint;
    QString code;  // SQLSTATE or Stratum's code

    // One paragraph for the dialog.
    QString summary() const;
};

// Runs connection tests on a worker thread and reports on the UI thread.
// Each start() supersedes the previous test: the older result, when it
// arrives, is ignored (a generation counter), and results never reach a
// destroyed tester (see BackgroundTask.h). A connect in progress cannot be
// interrupted (libpq offers no cancel before the session exists); it ends by
// itself at connect_timeout and its result is dropped.
//
// The object lives on the UI thread; test() itself is a blocking function
// that any thread may call.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);

    // Starts a test; returns its generation.
    quint64 start(const ConnectionProfile &profile, const std::optional<QString> &password);
    // Forgets the test in progress (its result will be ignored).
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 generation() const { return m_generation; }

    // Connects, times a round trip, checks TLS and read-only, disconnects.
    // Blocking; for worker threads. cancelled is polled between steps.
    static ConnectionTestResult test(const ConnectionProfile &profile,
                                     const std::optional<QString> &password,
                                     const std::atomic<bool> *cancelled = nullptr);
    // Turns a driver error into a title, plain message and hint. password,
    // when given, is scrubbed from the text as a second line of defence.
    static void explain(const Error &error, config::Backend backend, ConnectionTestResult &out,
                        const std::optional<QString> &password = std::nullopt);

Q_SIGNALS:
    void started(quint64 generation);
    void finished(const stratum::ui::ConnectionTestResult &result);

private:
    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

}  // namespace stratum::ui

Q_DECLARE_METATYPE(stratum::ui::ConnectionTestResult)
