#pragma once

#include <QWidget>

#include <memory>

namespace stratum::engine {
class Engine;
}  // namespace stratum::engine

namespace stratum::ui {

class PoolMonitor;

// The pool dock's content: the connection-pool monitor (ui/pool) of the
// current connection's engine. GUI thread only.
class PoolPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PoolPanel(QWidget *parent = nullptr);

    // The engine to watch (nullptr: none); name describes it.
    void setEngine(std::shared_ptr<engine::Engine> engine, const QString &name);
    // Reads events and the snapshot now (also done by the monitor's timer).
    void refresh();

    // The value shown for a gauge or counter ("size", "idle", "checkedOut",
    // "overflow", "waiters", "checkouts", ...), for tests.
    QString figure(const QString &key) const;
    int connectionRows() const;
    PoolMonitor *monitor() const { return m_monitor; }

private:
    PoolMonitor *m_monitor = nullptr;
};

}  // namespace stratum::ui
