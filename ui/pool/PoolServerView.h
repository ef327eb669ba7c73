#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QTimer;
class QTreeWidget;

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

class PoolMonitorModel;

// One row of pg_stat_activity.
struct ServerBackend
{
    int pid = 0;
    QString state, waitEvent, queryStart, query, application;
};

// What one poll of the server returned.
struct ServerActivity
{
    QString error;
    int maxConnections = 0;
    int monitorPid = 0;  // the server view's own backend
    std::vector<ServerBackend> backends;
};

// The server's side of the pool, on PostgreSQL: pg_stat_activity joined with
// the pool's connections by backend PID (state, wait event, query start,
// query), max_connections against what Stratum holds, and the other clients'
// backends listed apart. It polls on its own connection (not a pooled one),
// on a worker thread, at a rate the user sets, and can be switched off; a
// poll never overlaps the previous one. GUI thread only.
class PoolServerView : public QWidget
{
    Q_OBJECT

public:
    explicit PoolServerView(QWidget *parent = nullptr);
    ~PoolServerView() override;

    void setEngine(std::shared_ptr<engine::Engine> engine, const PoolMonitorModel *model);
    void setEnabled(bool on);
    void setInterval(double seconds);
    // Starts a poll now unless one is running (tests; also the timer).
    void poll();

    // For tests: the last result and the rows shown.
    const ServerActivity &activity() const { return m_activity; }
    // The state the server reports for the pool connection with backend pid,
    // or empty if it is not listed.
    QString poolBackendState(int pid) const;
    int pollCount() const { return m_polls; }

signals:
    void polled();

private:
    void showActivity();
    struct Probe;

    std::shared_ptr<engine::Engine> m_engine;
    const PoolMonitorModel *m_model = nullptr;
    std::shared_ptr<Probe> m_probe;
    ServerActivity m_activity;
    bool m_busy = false;
    int m_polls = 0;
    QCheckBox *m_enabled = nullptr;
    QDoubleSpinBox *m_interval = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_pool = nullptr;
    QTreeWidget *m_others = nullptr;
    QTimer *m_timer = nullptr;
};

}  // namespace stratum::ui
