#pragma once

#include <QMap>
#include <QWidget>

namespace stratum::engine {
struct PoolStatistics;
}

namespace stratum::ui {

// The monitor's header: a capacity bar (checked out, idle, connecting and
// free slots against pool_size + max_overflow) and tiles for size, idle,
// checked out, overflow, waiters and the oldest wait. Fed from statistics
// snapshots only. Painted with QPainter. GUI thread only.
class PoolGauges : public QWidget
{
    Q_OBJECT

public:
    explicit PoolGauges(QWidget *parent = nullptr);

    void show(const engine::PoolStatistics &stats, int peakCheckedOut, int peakWaiters);
    // "size", "idle", "checkedOut", "overflow", "waiters", "oldestWait", "limit".
    QString figure(const QString &key) const { return m_figures.value(key); }

    QSize sizeHint() const override { return {640, 96}; }
    QSize minimumSizeHint() const override { return {320, 96}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<QString, QString> m_figures;
    QMap<QString, QString> m_notes;
    int m_checkedOut = 0, m_idle = 0, m_connecting = 0, m_limit = 0, m_poolSize = 0;
    int m_waiters = 0;
    bool m_unlimited = false;
};

}  // namespace stratum::ui
