#pragma once

#include "ui/pool/PoolMonitorModel.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTabWidget;
class QTimer;

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

class LoadGeneratorPanel;
class PoolChart;
class PoolEventFeed;
class PoolEventLog;
class PoolGauges;
class PoolServerView;
class PoolSettingsEditor;
class PoolTimeline;

// The connection-pool monitor of one engine: header gauges, live charts,
// per-connection swim lanes, the PostgreSQL server view, the events log,
// live settings and the load generator.
//
// Cost to the pool: the pool's threads copy each event into a lock-free
// bounded ring (PoolEventRing, through PoolEventFeed), which a 10 Hz timer
// drains here together with one statistics snapshot; nothing here ever waits
// on the pool or the database, and all formatting happens on this thread.
// GUI thread only.
class PoolMonitor : public QWidget
{
    Q_OBJECT

public:
    explicit PoolMonitor(QWidget *parent = nullptr);
    ~PoolMonitor() override;

    // The engine to watch (nullptr: none); name describes it in the title.
    void setEngine(std::shared_ptr<engine::Engine> engine, const QString &name);
    // Drains events and takes a snapshot now (the timer does this at 10 Hz).
    void tick();
    // 60 s (default) or 600 s.
    void setWindowSeconds(int seconds);

    const PoolMonitorModel &model() const { return m_model; }
    PoolGauges *gauges() const { return m_gauges; }
    PoolTimeline *timeline() const { return m_timeline; }
    PoolServerView *serverView() const { return m_server; }
    PoolEventLog *eventLog() const { return m_log; }
    PoolSettingsEditor *settingsEditor() const { return m_settings; }
    LoadGeneratorPanel *loadGenerator() const { return m_load; }
    QTabWidget *tabs() const { return m_tabs; }
    // The warning banner's text (leaks), empty when hidden.
    QString warningText() const;
    // The gauges' figures plus counters: "checkouts", "timeouts", ...
    QString figure(const QString &key) const;

private:
    void addMarker(int kind, const QString &text);

    std::shared_ptr<engine::Engine> m_engine;
    std::unique_ptr<PoolEventFeed> m_feed;
    PoolMonitorModel m_model;
    std::vector<FeedEvent> m_batch;
    QLabel *m_title = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_warning = nullptr;
    QComboBox *m_window = nullptr;
    PoolGauges *m_gauges = nullptr;
    std::vector<PoolChart *> m_charts;
    PoolTimeline *m_timeline = nullptr;
    QTabWidget *m_tabs = nullptr;
    PoolServerView *m_server = nullptr;
    PoolEventLog *m_log = nullptr;
    PoolSettingsEditor *m_settings = nullptr;
    LoadGeneratorPanel *m_load = nullptr;
    QTimer *m_timer = nullptr;
};

}  // namespace stratum::ui
