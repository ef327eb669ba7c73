#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace stratum::engine {
class Engine;
struct PoolStatistics;
}  // namespace stratum::engine

namespace stratum::ui {

class EmptyState;

// A plain live view of one engine's pool until the pool monitor feature
// brings the full one: gauges (open, idle, checked out, overflow, waiters),
// counters (checkouts, connects, timeouts, invalidations, recycles...), wait
// and hold times, and one row per pooled connection. It reads the pool's
// statistics snapshot a few times per second while visible and never queries
// the database. GUI thread only.
class PoolPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PoolPanel(QWidget *parent = nullptr);

    // The engine to watch (nullptr: none); name and colour describe it.
    void setEngine(std::shared_ptr<engine::Engine> engine, const QString &name);
    // Reads the snapshot now (also done by the timer).
    void refresh();

    // The value shown for a gauge or counter ("size", "idle", "checkedOut",
    // "overflow", "waiters", "checkouts", ...), for tests.
    QString figure(const QString &key) const;
    int connectionRows() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLabel *addFigure(QWidget *box, const QString &key, const QString &caption, int row,
                      int column);
    void show(const engine::PoolStatistics &stats);

    std::shared_ptr<engine::Engine> m_engine;
    QString m_name;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_settings = nullptr;
    QHash<QString, QLabel *> m_figures;
    QTreeWidget *m_connections = nullptr;
    QTimer *m_timer = nullptr;
};

}  // namespace stratum::ui
