#pragma once

#include <QWidget>

namespace stratum::ui {

class PoolMonitorModel;
struct Lane;

// Swim lanes over the monitor's sliding window: one per pooled connection
// (connecting, idle, in use, in transaction, invalidated) and one per holder
// that had to wait for a connection. Hovering a connection lane shows its
// backend PID, age, holder and last statement. Painted with QPainter.
// GUI thread only.
class PoolTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit PoolTimeline(QWidget *parent = nullptr);

    void setModel(const PoolMonitorModel *model) { m_model = model; }
    void setWindow(qint64 ns) { m_windowNs = ns; }
    // Recomputes the height from the number of lanes.
    void modelChanged();

    // The tooltip text for the lane at y, or empty (for tests and the tooltip).
    QString toolTipAt(const QPoint &pos) const;
    int laneCount() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int laneAt(int y) const;

    const PoolMonitorModel *m_model = nullptr;
    qint64 m_windowNs = 60LL * 1000000000LL;
};

}  // namespace stratum::ui
