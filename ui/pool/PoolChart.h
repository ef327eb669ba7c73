#pragma once

#include <QColor>
#include <QWidget>

#include <functional>

namespace stratum::ui {

class PoolMonitorModel;
struct PoolSample;

// One live chart of the pool monitor, painted with QPainter: a few series
// taken from the model's samples over a sliding window ending now, with the
// model's markers (timeouts, invalidations, recycles, leaks, setting changes)
// as vertical lines. Custom painting keeps the dependency list short (no Qt
// Charts) and costs a few hundred line segments per repaint. GUI thread only.
class PoolChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QColor color;
        std::function<double(const PoolSample &)> value;  // negative: no value
        bool step = false;                                // counts: draw as steps
    };

    PoolChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    void setModel(const PoolMonitorModel *model) { m_model = model; }
    void addSeries(Series series) { m_series.push_back(std::move(series)); }
    void setWindow(qint64 ns) { m_windowNs = ns; }
    // A horizontal reference line (e.g. the pool's limit), or none when < 0.
    void setReference(double value, const QString &label);

    QSize sizeHint() const override { return {360, 150}; }
    QSize minimumSizeHint() const override { return {200, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QString m_unit;
    const PoolMonitorModel *m_model = nullptr;
    std::vector<Series> m_series;
    qint64 m_windowNs = 60LL * 1000000000LL;
    double m_reference = -1;
    QString m_referenceLabel;
};

}  // namespace stratum::ui
