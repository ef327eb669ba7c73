#include "ui/pool/PoolTimeline.h"

#include "ui/pool/PoolMonitorModel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace stratum::ui {

namespace {

constexpr int kLaneHeight = 16;
constexpr int kLaneGap = 3;
constexpr int kHeader = 18;
constexpr int kLabelWidth = 150;

QColor stateColor(LaneState state)
{
    switch (state) {
    case LaneState::Connecting:
        return QColor(0x9b, 0x8a, 0xd6);
    case LaneState::Idle:
        return QColor(0x9c, 0xc9, 0x9c);
    case LaneState::InUse:
        return QColor(0x3b, 0x82, 0xc4);
    case LaneState::InTransaction:
        return QColor(0x1d, 0x4e, 0x89);
    case LaneState::Invalidated:
        return QColor(0xb0, 0x1e, 0x6e);
    case LaneState::Waiting:
        return QColor(0xe0, 0x8a, 0x00);
    case LaneState::TimedOut:
        return QColor(0xd9, 0x48, 0x2b);
    }
    return Qt::gray;
}

QString ageText(qint64 ns)
{
    const qint64 s = ns / 1000000000LL;
    if (s < 120)
        return QStringLiteral("%1 s").arg(double(ns) / 1e9, 0, 'f', 1);
    return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
}

}  // namespace

PoolTimeline::PoolTimeline(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

int PoolTimeline::laneCount() const
{
    return m_model ? int(m_model->lanes().size()) : 0;
}

QSize PoolTimeline::sizeHint() const
{
    return {600, kHeader + std::max(3, laneCount()) * (kLaneHeight + kLaneGap) + 4};
}

void PoolTimeline::modelChanged()
{
    setMinimumHeight(sizeHint().height());
    update();
}

int PoolTimeline::laneAt(int y) const
{
    if (y < kHeader)
        return -1;
    const int index = (y - kHeader) / (kLaneHeight + kLaneGap);
    return index < laneCount() ? index : -1;
}

QString PoolTimeline::toolTipAt(const QPoint &pos) const
{
    const int index = laneAt(pos.y());
    if (index < 0)
        return {};
    const Lane &lane = m_model->lanes()[size_t(index)];
    const qint64 now = m_model->lastNs();
    if (lane.waiterLane) {
        QString text = tr("<b>%1</b> waiting for a connection").arg(lane.holder.toHtmlEscaped());
        int waits = 0;
        qint64 longest = 0;
        for (const LaneSegment &s : lane.segments) {
            ++waits;
            longest = std::max(longest, (s.toNs < 0 ? now : s.toNs) - s.fromNs);
        }
        return text + tr("<br>%1 waits in view, longest %2").arg(waits).arg(ageText(longest));
    }
    bool found = false;
    const qint64 plotWidth = std::max(1, width() - kLabelWidth - 8);
    const qint64 at = now - m_windowNs + m_windowNs * (pos.x() - kLabelWidth) / plotWidth;
    const LaneState state = lane.stateAt(pos.x() >= kLabelWidth ? at : now, &found);
    QString text = tr("<b>Connection %1</b>").arg(lane.connectionId);
    text += tr("<br>Backend PID: %1")
                .arg(lane.backendPid ? QString::number(lane.backendPid) : tr("none"));
    text += tr("<br>Age: %1").arg(ageText(now - lane.createdNs));
    if (found)
        text += tr("<br>State: %1").arg(laneStateName(state));
    if (lane.invalidated)
        text += tr("<br><span style='color:#b01e6e'>Invalidated</span>");
    if (lane.closedNs >= 0)
        text += tr("<br>Closed %1 ago").arg(ageText(now - lane.closedNs));
    text += tr("<br>Holder: %1")
                .arg(lane.holder.isEmpty() ? tr("none (idle)") : lane.holder.toHtmlEscaped());
    text += tr("<br>Last statement: <code>%1</code>")
                .arg(lane.lastStatement.isEmpty() ? tr("none")
                                                  : lane.lastStatement.left(200).toHtmlEscaped());
    return text;
}

bool PoolTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void PoolTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm(font());
    const double plotLeft = kLabelWidth;
    const double plotWidth = std::max(1, width() - kLabelWidth - 8);

    // Legend.
    double x = 6;
    for (LaneState s :
         {LaneState::Connecting, LaneState::Idle, LaneState::InUse, LaneState::InTransaction,
          LaneState::Invalidated, LaneState::Waiting, LaneState::TimedOut}) {
        p.fillRect(QRectF(x, 5, 10, 10), stateColor(s));
        x += 14;
        p.setPen(pal.color(QPalette::Text));
        const QString name = laneStateName(s);
        p.drawText(QPointF(x, 14), name);
        x += fm.horizontalAdvance(name) + 12;
    }
    if (!m_model)
        return;
    const qint64 now = m_model->lastNs();
    const qint64 start = now - m_windowNs;
    auto px = [&](qint64 t) {
        return plotLeft +
               plotWidth * double(std::clamp(t, start, now) - start) / double(m_windowNs);
    };

    int y = kHeader;
    bool waiterHeader = false;
    for (const Lane &lane : m_model->lanes()) {
        if (lane.waiterLane && !waiterHeader) {
            waiterHeader = true;
            QColor sep = pal.color(QPalette::Mid);
            p.setPen(QPen(sep, 1, Qt::DotLine));
            p.drawLine(QPointF(0, y - 1.5), QPointF(width(), y - 1.5));
        }
        const QRectF labelRect(4, y, kLabelWidth - 8, kLaneHeight);
        p.setPen(lane.invalidated ? QColor(0xb0, 0x1e, 0x6e) : pal.color(QPalette::Text));
        const QString label =
            lane.waiterLane
                ? tr("waits: %1").arg(lane.holder)
                : (lane.backendPid ? tr("#%1 PID %2").arg(lane.connectionId).arg(lane.backendPid)
                                   : tr("#%1").arg(lane.connectionId));
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(label, Qt::ElideRight, int(labelRect.width())));
        QColor track = pal.color(QPalette::AlternateBase);
        p.fillRect(QRectF(plotLeft, y, plotWidth, kLaneHeight), track);
        for (const LaneSegment &s : lane.segments) {
            const qint64 to = s.toNs < 0 ? now : s.toNs;
            if (to < start)
                continue;
            const double x0 = px(s.fromNs);
            const double w = std::max(px(to) - x0, s.state == LaneState::Invalidated ? 4.0 : 1.0);
            const bool thin = s.state == LaneState::Idle;
            p.fillRect(
                QRectF(x0, thin ? y + 4 : y + 1, w, thin ? kLaneHeight - 8 : kLaneHeight - 2),
                stateColor(s.state));
        }
        if (lane.invalidated) {
            p.setPen(QPen(QColor(0xb0, 0x1e, 0x6e), 2));
            for (const LaneSegment &s : lane.segments)
                if (s.state == LaneState::Invalidated) {
                    const double cx = px(s.fromNs);
                    p.drawLine(QPointF(cx - 4, y + 2), QPointF(cx + 4, y + kLaneHeight - 2));
                    p.drawLine(QPointF(cx + 4, y + 2), QPointF(cx - 4, y + kLaneHeight - 2));
                }
        }
        y += kLaneHeight + kLaneGap;
    }
}

}  // namespace stratum::ui
