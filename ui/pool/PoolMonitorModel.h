#pragma once

#include "core/engine/PoolStatistics.h"
#include "ui/pool/PoolEventFeed.h"

#include <QString>
#include <QStringList>

#include <deque>
#include <map>
#include <vector>

namespace stratum::ui {

// One point of the live charts, taken from a statistics snapshot.
struct PoolSample
{
    qint64 atNs = 0;
    int size = 0;
    int idle = 0;
    int checkedOut = 0;
    int overflow = 0;
    int waiters = 0;
    double checkoutsPerSecond = 0;
    // Percentiles of the checkouts (waits) and checkins (holds) of the last
    // second, in milliseconds; negative when there were none.
    double waitP50 = -1, waitP95 = -1, waitP99 = -1;
    double holdP50 = -1, holdP95 = -1, holdP99 = -1;
};

// A timeout, invalidation, recycle, leak or settings change drawn on the charts.
struct PoolMarker
{
    enum Kind { Timeout, Invalidate, Recycle, Leak, Settings };
    Kind kind = Timeout;
    qint64 atNs = 0;
    QString text;
};

enum class LaneState { Connecting, Idle, InUse, InTransaction, Invalidated, Waiting, TimedOut };
QString laneStateName(LaneState state);

struct LaneSegment
{
    LaneState state = LaneState::Idle;
    qint64 fromNs = 0;
    qint64 toNs = -1;  // -1 while it lasts
    QString holder;
};

// A swim lane: one pooled connection, or one holder's waits for a connection.
struct Lane
{
    bool waiterLane = false;
    quint64 connectionId = 0;  // connection lanes
    QString holder;            // waiter lanes: who waits; connection lanes: current holder
    int backendPid = 0;
    qint64 createdNs = 0;
    qint64 closedNs = -1;
    bool invalidated = false;
    QString lastStatement;
    std::vector<LaneSegment> segments;

    LaneState stateAt(qint64 atNs, bool *found = nullptr) const;
};

// A row of the events log.
struct PoolLogEntry
{
    qint64 atNs = 0;
    qint64 wallMs = 0;  // ms since the epoch
    engine::PoolEventKind kind = engine::PoolEventKind::Connect;
    quint64 connectionId = 0;
    int backendPid = 0;
    QString holder;
    qint64 durationNs = 0;
    QString detail;
};

QString poolEventName(engine::PoolEventKind kind);  // "connect", "checkout", ...

// Everything the pool monitor shows, built from the pool's events and
// statistics snapshots only (never from the database): chart samples, event
// markers, swim lanes, the events log and leak warnings. Pure logic, no
// widgets, so it can be tested directly. GUI thread only.
class PoolMonitorModel
{
public:
    PoolMonitorModel();

    void ingest(const std::vector<FeedEvent> &events);
    // Adds a chart sample and updates lanes from a snapshot taken at atNs.
    void sample(const engine::PoolStatistics &stats, qint64 atNs);
    void addMarker(PoolMarker::Kind kind, qint64 atNs, const QString &text);

    const engine::PoolStatistics &latest() const { return m_latest; }
    const std::deque<PoolSample> &samples() const { return m_samples; }
    const std::deque<PoolMarker> &markers() const { return m_markers; }
    const std::vector<Lane> &lanes() const { return m_lanes; }  // connections, then waiters
    const std::deque<PoolLogEntry> &log() const { return m_log; }
    quint64 logDropped() const { return m_logDropped; }
    const QStringList &warnings() const { return m_warnings; }
    qint64 lastNs() const { return m_lastNs; }
    // Largest checked-out and waiter counts seen (gauges' "peak").
    int peakCheckedOut() const { return m_peakCheckedOut; }
    int peakWaiters() const { return m_peakWaiters; }

    const Lane *connectionLane(quint64 id) const;
    const Lane *waiterLane(const QString &holder) const;

    // How long history is kept (default 10 min).
    void setRetention(qint64 ns) { m_retentionNs = ns; }
    static constexpr size_t MaxLog = 10000;

private:
    void appendLog(const FeedEvent &e);
    Lane &laneFor(quint64 id, int pid, qint64 atNs);
    Lane &waiterLaneFor(const QString &holder);
    static void enter(Lane &lane, LaneState state, qint64 atNs, const QString &holder = {});
    void prune(qint64 nowNs);

    engine::PoolStatistics m_latest;
    std::deque<PoolSample> m_samples;
    std::deque<PoolMarker> m_markers;
    std::vector<Lane> m_lanes;
    std::map<quint64, size_t> m_connectionIndex;
    std::map<QString, size_t> m_waiterIndex;
    std::deque<PoolLogEntry> m_log;
    quint64 m_logDropped = 0;
    QStringList m_warnings;
    // Histogram buckets of recent snapshots, for per-second percentiles.
    struct Window
    {
        qint64 atNs;
        quint64 checkouts;
        std::vector<quint64> wait, hold;
    };
    std::deque<Window> m_windows;
    qint64 m_lastNs = 0;
    qint64 m_retentionNs = 600LL * 1000000000LL;
    qint64 m_wallOffsetMs = 0;  // wall ms = steady ns / 1e6 + offset
    int m_peakCheckedOut = 0;
    int m_peakWaiters = 0;
};

}  // namespace stratum::ui
