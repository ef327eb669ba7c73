#include "ui/pool/PoolMonitorModel.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace stratum::ui {

using engine::PoolEventKind;

namespace {

constexpr qint64 kSecond = 1000000000LL;
// Waits shorter than this are not drawn on a waiter lane: every checkout
// "waits" a few microseconds for the pool's lock.
constexpr qint64 kVisibleWaitNs = 2000000LL;
// Under heavy load a connection flips between idle and in use thousands of
// times a second. Gaps shorter than this (about a pixel at the 60 s scale)
// are folded into one busy block, and waits closer together than this into
// one wait, so memory and painting stay bounded whatever the rate.
constexpr qint64 kFoldNs = 50000000LL;

// The q-quantile (ms) of the difference between two bucket vectors; -1 if empty.
double deltaPercentile(const std::vector<quint64> &now, const std::vector<quint64> &then, double q)
{
    quint64 total = 0;
    for (size_t i = 0; i < now.size(); ++i)
        total += now[i] - (i < then.size() ? then[i] : 0);
    if (total == 0)
        return -1;
    const quint64 rank = std::max<quint64>(1, quint64(std::ceil(q * double(total))));
    quint64 seen = 0;
    for (size_t i = 0; i < now.size(); ++i) {
        seen += now[i] - (i < then.size() ? then[i] : 0);
        if (seen >= rank)
            return double(engine::LatencyHistogram::bucketUpperBound(int(i))) / 1e6;
    }
    return -1;
}

QString seconds(qint64 ns)
{
    return QStringLiteral("%1 s").arg(double(ns) / 1e9, 0, 'f', 1);
}

}  // namespace

QString laneStateName(LaneState state)
{
    switch (state) {
    case LaneState::Connecting:
        return QStringLiteral("connecting");
    case LaneState::Idle:
        return QStringLiteral("idle");
    case LaneState::InUse:
        return QStringLiteral("in use");
    case LaneState::InTransaction:
        return QStringLiteral("in transaction");
    case LaneState::Invalidated:
        return QStringLiteral("invalidated");
    case LaneState::Waiting:
        return QStringLiteral("waiting");
    case LaneState::TimedOut:
        return QStringLiteral("timed out");
    }
    return {};
}

QString poolEventName(PoolEventKind kind)
{
    switch (kind) {
    case PoolEventKind::Connect:
        return QStringLiteral("connect");
    case PoolEventKind::Checkout:
        return QStringLiteral("checkout");
    case PoolEventKind::Checkin:
        return QStringLiteral("checkin");
    case PoolEventKind::Reset:
        return QStringLiteral("reset");
    case PoolEventKind::Invalidate:
        return QStringLiteral("invalidate");
    case PoolEventKind::Recycle:
        return QStringLiteral("recycle");
    case PoolEventKind::Timeout:
        return QStringLiteral("timeout");
    case PoolEventKind::Close:
        return QStringLiteral("close");
    case PoolEventKind::Leak:
        return QStringLiteral("leak");
    }
    return {};
}

LaneState Lane::stateAt(qint64 atNs, bool *found) const
{
    for (auto it = segments.rbegin(); it != segments.rend(); ++it) {
        if (it->fromNs <= atNs && (it->toNs < 0 || atNs <= it->toNs)) {
            if (found)
                *found = true;
            return it->state;
        }
    }
    if (found)
        *found = false;
    return LaneState::Idle;
}

PoolMonitorModel::PoolMonitorModel()
{
    m_wallOffsetMs = QDateTime::currentMSecsSinceEpoch() - steadyNowNs() / 1000000;
}

const Lane *PoolMonitorModel::connectionLane(quint64 id) const
{
    const auto it = m_connectionIndex.find(id);
    return it == m_connectionIndex.end() ? nullptr : &m_lanes[it->second];
}

const Lane *PoolMonitorModel::waiterLane(const QString &holder) const
{
    const auto it = m_waiterIndex.find(holder);
    return it == m_waiterIndex.end() ? nullptr : &m_lanes[it->second];
}

Lane &PoolMonitorModel::laneFor(quint64 id, int pid, qint64 atNs)
{
    const auto it = m_connectionIndex.find(id);
    if (it != m_connectionIndex.end())
        return m_lanes[it->second];
    Lane lane;
    lane.connectionId = id;
    lane.backendPid = pid;
    lane.createdNs = atNs;
    // Connection lanes come before waiter lanes, ordered by id.
    auto pos = std::find_if(m_lanes.begin(), m_lanes.end(),
                            [id](const Lane &l) { return l.waiterLane || l.connectionId > id; });
    const size_t index = size_t(pos - m_lanes.begin());
    m_lanes.insert(pos, std::move(lane));
    for (auto &entry : m_connectionIndex)
        if (entry.second >= index)
            ++entry.second;
    for (auto &entry : m_waiterIndex)
        if (entry.second >= index)
            ++entry.second;
    m_connectionIndex[id] = index;
    return m_lanes[index];
}

Lane &PoolMonitorModel::waiterLaneFor(const QString &holder)
{
    const auto it = m_waiterIndex.find(holder);
    if (it != m_waiterIndex.end())
        return m_lanes[it->second];
    Lane lane;
    lane.waiterLane = true;
    lane.holder = holder;
    m_lanes.push_back(std::move(lane));
    m_waiterIndex[holder] = m_lanes.size() - 1;
    return m_lanes.back();
}

void PoolMonitorModel::enter(Lane &lane, LaneState state, qint64 atNs, const QString &holder)
{
    auto &seg = lane.segments;
    // Busy again after a short idle gap: reopen the previous busy block.
    if (state == LaneState::InUse && seg.size() >= 2 && seg.back().toNs < 0 &&
        seg.back().state == LaneState::Idle && atNs - seg.back().fromNs < kFoldNs &&
        seg[seg.size() - 2].state == LaneState::InUse &&
        seg[seg.size() - 2].toNs == seg.back().fromNs) {
        seg.pop_back();
        seg.back().toNs = -1;
        seg.back().holder = holder;
        return;
    }
    if (!lane.segments.empty()) {
        LaneSegment &last = lane.segments.back();
        atNs = std::max(atNs, last.fromNs);  // events may arrive after a later snapshot
        if (last.toNs < 0) {
            if (last.state == state && last.holder == holder)
                return;
            last.toNs = atNs;
        }
    }
    lane.segments.push_back({state, atNs, -1, holder});
}

void PoolMonitorModel::addMarker(PoolMarker::Kind kind, qint64 atNs, const QString &text)
{
    m_markers.push_back({kind, atNs, text});
}

void PoolMonitorModel::ingest(const std::vector<FeedEvent> &events)
{
    // Only the newest MaxLog events of a batch can stay in the log: the older
    // ones are counted without building their rows.
    const size_t logFrom = events.size() > MaxLog ? events.size() - MaxLog : 0;
    m_logDropped += logFrom;
    for (size_t i = 0; i < events.size(); ++i) {
        const FeedEvent &e = events[i];
        m_lastNs = std::max(m_lastNs, e.atNs);
        if (i >= logFrom)
            appendLog(e);

        switch (e.kind) {
        case PoolEventKind::Connect: {
            Lane &lane = laneFor(e.connectionId, e.backendPid, e.atNs - e.durationNs);
            lane.backendPid = e.backendPid;
            enter(lane, LaneState::Connecting, e.atNs - e.durationNs, e.holder);
            enter(lane, LaneState::InUse, e.atNs, e.holder);
            lane.holder = e.holder;
            break;
        }
        case PoolEventKind::Checkout: {
            Lane &lane = laneFor(e.connectionId, e.backendPid, e.atNs);
            enter(lane, LaneState::InUse, e.atNs, e.holder);
            lane.holder = e.holder;
            Lane *waiter = nullptr;
            if (const auto it = m_waiterIndex.find(e.holder); it != m_waiterIndex.end())
                waiter = &m_lanes[it->second];
            if (waiter && !waiter->segments.empty() && waiter->segments.back().toNs < 0) {
                waiter->segments.back().toNs = e.atNs;  // the wait seen live ends here
            } else if (e.durationNs >= kVisibleWaitNs) {
                Lane &w = waiterLaneFor(e.holder);
                const qint64 from = e.atNs - e.durationNs;
                if (!w.segments.empty() && w.segments.back().state == LaneState::Waiting &&
                    from - w.segments.back().toNs < kFoldNs)
                    w.segments.back().toNs = e.atNs;  // fold waits close together
                else
                    w.segments.push_back({LaneState::Waiting, from, e.atNs, e.holder});
            }
            break;
        }
        case PoolEventKind::Checkin: {
            Lane &lane = laneFor(e.connectionId, e.backendPid, e.atNs);
            enter(lane, LaneState::Idle, e.atNs);
            lane.holder.clear();
            break;
        }
        case PoolEventKind::Reset:
            break;
        case PoolEventKind::Invalidate: {
            Lane &lane = laneFor(e.connectionId, e.backendPid, e.atNs);
            lane.invalidated = true;
            enter(lane, LaneState::Invalidated, e.atNs);
            addMarker(PoolMarker::Invalidate, e.atNs,
                      QStringLiteral("invalidated connection %1 (PID %2): %3")
                          .arg(e.connectionId)
                          .arg(e.backendPid)
                          .arg(e.reason));
            break;
        }
        case PoolEventKind::Recycle:
            addMarker(PoolMarker::Recycle, e.atNs,
                      QStringLiteral("recycled connection %1 after %2")
                          .arg(e.connectionId)
                          .arg(seconds(e.durationNs)));
            break;
        case PoolEventKind::Timeout: {
            Lane &w = waiterLaneFor(e.holder);
            if (!w.segments.empty() && w.segments.back().toNs < 0) {
                w.segments.back().state = LaneState::TimedOut;
                w.segments.back().toNs = e.atNs;
            } else {
                w.segments.push_back(
                    {LaneState::TimedOut, e.atNs - e.durationNs, e.atNs, e.holder});
            }
            addMarker(PoolMarker::Timeout, e.atNs,
                      QStringLiteral("checkout by '%1' timed out after %2")
                          .arg(e.holder, seconds(e.durationNs)));
            break;
        }
        case PoolEventKind::Close: {
            const auto it = m_connectionIndex.find(e.connectionId);
            if (it == m_connectionIndex.end())
                break;
            Lane &lane = m_lanes[it->second];
            if (!lane.segments.empty() && lane.segments.back().toNs < 0)
                lane.segments.back().toNs = std::max(e.atNs, lane.segments.back().fromNs);
            lane.closedNs = e.atNs;
            break;
        }
        case PoolEventKind::Leak: {
            const QString text =
                QStringLiteral("Connection %1 (PID %2) held by '%3' for %4 and not returned: "
                               "leaked?")
                    .arg(e.connectionId)
                    .arg(e.backendPid)
                    .arg(e.holder, seconds(e.durationNs));
            m_warnings.append(text);
            addMarker(PoolMarker::Leak, e.atNs, text);
            break;
        }
        }
    }
}

void PoolMonitorModel::appendLog(const FeedEvent &e)
{
    PoolLogEntry entry;
    entry.atNs = e.atNs;
    entry.wallMs = e.atNs / 1000000 + m_wallOffsetMs;
    entry.kind = e.kind;
    entry.connectionId = e.connectionId;
    entry.backendPid = e.backendPid;
    entry.holder = e.holder;
    entry.durationNs = e.durationNs;
    entry.detail = e.reason;
    m_log.push_back(std::move(entry));
    if (m_log.size() > MaxLog) {
        m_log.pop_front();
        ++m_logDropped;
    }
}

void PoolMonitorModel::sample(const engine::PoolStatistics &stats, qint64 atNs)
{
    m_latest = stats;
    m_lastNs = std::max(m_lastNs, atNs);
    m_peakCheckedOut = std::max(m_peakCheckedOut, stats.checkedOut);
    m_peakWaiters = std::max(m_peakWaiters, stats.waiters);

    PoolSample s;
    s.atNs = atNs;
    s.size = stats.size;
    s.idle = stats.idle;
    s.checkedOut = stats.checkedOut;
    s.overflow = stats.overflow;
    s.waiters = stats.waiters;

    m_windows.push_back({atNs, stats.checkouts, stats.waitTime.buckets, stats.holdTime.buckets});
    while (m_windows.size() > 2 && m_windows[1].atNs <= atNs - kSecond)
        m_windows.pop_front();
    const Window &then = m_windows.front();
    if (then.atNs < atNs) {
        s.checkoutsPerSecond =
            double(stats.checkouts - then.checkouts) * 1e9 / double(atNs - then.atNs);
        const Window &now = m_windows.back();
        s.waitP50 = deltaPercentile(now.wait, then.wait, 0.50);
        s.waitP95 = deltaPercentile(now.wait, then.wait, 0.95);
        s.waitP99 = deltaPercentile(now.wait, then.wait, 0.99);
        s.holdP50 = deltaPercentile(now.hold, then.hold, 0.50);
        s.holdP95 = deltaPercentile(now.hold, then.hold, 0.95);
        s.holdP99 = deltaPercentile(now.hold, then.hold, 0.99);
    }
    m_samples.push_back(s);

    // Per-connection details only the snapshot knows: PID, holder, statement,
    // transaction state, and connections that existed before the monitor.
    for (const engine::ConnectionRecord &r : stats.connections) {
        const bool known = m_connectionIndex.count(r.id) > 0;
        Lane &lane = laneFor(r.id, r.backendPid, atNs);
        lane.backendPid = r.backendPid;
        if (!known) {
            const qint64 age = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                   std::chrono::system_clock::now() - r.created)
                                   .count();
            lane.createdNs = atNs - age;
        }
        if (!r.lastStatement.isEmpty())
            lane.lastStatement = r.lastStatement;
        const bool open = !lane.segments.empty() && lane.segments.back().toNs < 0;
        const LaneState current = open ? lane.segments.back().state : LaneState::Idle;
        if (r.state == engine::ConnectionState::InTransaction &&
            (current == LaneState::InUse || !open))
            enter(lane, LaneState::InTransaction, atNs, r.holder);
        else if (r.state == engine::ConnectionState::InUse &&
                 (current == LaneState::InTransaction || !open))
            enter(lane, LaneState::InUse, atNs, r.holder);
        else if (r.state == engine::ConnectionState::Idle && !open)
            enter(lane, LaneState::Idle, atNs);
        if (r.state != engine::ConnectionState::Idle)
            lane.holder = r.holder;
        if (r.leakReported) {
            const QString prefix = QStringLiteral("Connection %1 ").arg(r.id);
            const bool warned = std::any_of(m_warnings.begin(), m_warnings.end(),
                                            [&](const QString &w) { return w.startsWith(prefix); });
            if (!warned)
                m_warnings.append(
                    QStringLiteral("Connection %1 (PID %2) held by '%3' for %4 and not "
                                   "returned: leaked?")
                        .arg(r.id)
                        .arg(r.backendPid)
                        .arg(r.holder, seconds(r.heldFor.count())));
        }
    }
    // Waits in progress: open segments on the waiters' lanes.
    for (const engine::WaiterRecord &w : stats.waiting) {
        Lane &lane = waiterLaneFor(w.holder);
        if (lane.segments.empty() || lane.segments.back().toNs >= 0)
            lane.segments.push_back({LaneState::Waiting, atNs - w.waited.count(), -1, w.holder});
    }
    prune(atNs);
}

void PoolMonitorModel::prune(qint64 nowNs)
{
    const qint64 cutoff = nowNs - m_retentionNs;
    while (!m_samples.empty() && m_samples.front().atNs < cutoff)
        m_samples.pop_front();
    while (!m_markers.empty() && m_markers.front().atNs < cutoff)
        m_markers.pop_front();
    bool removed = false;
    for (Lane &lane : m_lanes) {
        auto &seg = lane.segments;
        seg.erase(std::remove_if(
                      seg.begin(), seg.end(),
                      [cutoff](const LaneSegment &s) { return s.toNs >= 0 && s.toNs < cutoff; }),
                  seg.end());
        removed = removed || (lane.closedNs >= 0 && lane.closedNs < cutoff) ||
                  (lane.waiterLane && seg.empty());
    }
    if (!removed)
        return;
    m_lanes.erase(std::remove_if(m_lanes.begin(), m_lanes.end(),
                                 [cutoff](const Lane &l) {
                                     return (l.closedNs >= 0 && l.closedNs < cutoff) ||
                                            (l.waiterLane && l.segments.empty());
                                 }),
                  m_lanes.end());
    m_connectionIndex.clear();
    m_waiterIndex.clear();
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes[i].waiterLane)
            m_waiterIndex[m_lanes[i].holder] = i;
        else
            m_connectionIndex[m_lanes[i].connectionId] = i;
    }
}

}  // namespace stratum::ui
