#include "ui/pool/PoolChart.h"

#include "ui/pool/PoolMonitorModel.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace stratum::ui {

namespace {

// A "nice" upper bound for the axis: 1, 2, 5 times a power of ten.
double niceCeil(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= v)
            return m * p;
    return 10 * p;
}

QString axisText(double v)
{
    if (v >= 100 || v == std::floor(v))
        return QString::number(v, 'f', 0);
    return QString::number(v, 'g', 2);
}

}  // namespace

PoolChart::PoolChart(const QString &title, const QString &unit, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_unit(unit)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PoolChart::setReference(double value, const QString &label)
{
    m_reference = value;
    m_referenceLabel = label;
}

void PoolChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetrics fm(font());
    const int top = fm.height() + 6;
    const int left = fm.horizontalAdvance(QStringLiteral("0000")) + 6;
    const QRectF plot(left, top, width() - left - 8, height() - top - fm.height() - 6);

    // Title and legend.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    const QString title =
        m_unit.isEmpty() ? m_title : QStringLiteral("%1 (%2)").arg(m_title, m_unit);
    p.drawText(QPointF(6, fm.ascent() + 2), title);
    p.setFont(font());
    int x = 6 + QFontMetrics(bold).horizontalAdvance(title) + 12;
    for (const Series &s : m_series) {
        p.fillRect(QRectF(x, fm.ascent() - 6, 10, 4), s.color);
        x += 14;
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QPointF(x, fm.ascent() + 2), s.name);
        x += fm.horizontalAdvance(s.name) + 10;
    }
    if (!m_model || plot.width() < 10 || plot.height() < 10)
        return;

    const qint64 end = std::max(m_model->lastNs(), qint64(1));
    const qint64 start = end - m_windowNs;
    double maxValue = m_reference > 0 ? m_reference : 0;
    for (const PoolSample &s : m_model->samples()) {
        if (s.atNs < start)
            continue;
        for (const Series &series : m_series)
            maxValue = std::max(maxValue, series.value(s));
    }
    const double top_ = niceCeil(maxValue * 1.1);
    auto px = [&](qint64 t) {
        return plot.left() + plot.width() * double(t - start) / double(m_windowNs);
    };
    auto py = [&](double v) { return plot.bottom() - plot.height() * v / top_; };

    // Grid and axis labels.
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    p.setPen(QPen(grid, 1));
    for (int i = 0; i <= 4; ++i) {
        const double v = top_ * i / 4;
        p.drawLine(QPointF(plot.left(), py(v)), QPointF(plot.right(), py(v)));
        p.save();
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(0, py(v) - fm.height() / 2.0, left - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisText(v));
        p.restore();
    }
    const int windowSeconds = int(m_windowNs / 1000000000LL);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignLeft,
               tr("-%1 s").arg(windowSeconds));
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignRight,
               tr("now"));

    if (m_reference > 0) {
        p.setPen(QPen(QColor(0x9a, 0x6b, 0x00), 1, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), py(m_reference)), QPointF(plot.right(), py(m_reference)));
        p.drawText(QPointF(plot.left() + 4, py(m_reference) - 3), m_referenceLabel);
    }

    // Markers.
    for (const PoolMarker &m : m_model->markers()) {
        if (m.atNs < start)
            continue;
        QColor c;
        switch (m.kind) {
        case PoolMarker::Timeout:
            c = QColor(0xd9, 0x48, 0x2b);
            break;
        case PoolMarker::Invalidate:
            c = QColor(0xb0, 0x1e, 0x6e);
            break;
        case PoolMarker::Recycle:
            c = QColor(0x3b, 0x82, 0xc4);
            break;
        case PoolMarker::Leak:
            c = QColor(0xe0, 0x8a, 0x00);
            break;
        case PoolMarker::Settings:
            c = QColor(0x6b, 0x6b, 0x6b);
            break;
        }
        c.setAlpha(170);
        p.setPen(QPen(c, 1.5, Qt::DashLine));
        p.drawLine(QPointF(px(m.atNs), plot.top()), QPointF(px(m.atNs), plot.bottom()));
        p.setBrush(c);
        p.setPen(Qt::NoPen);
        const QPointF tip(px(m.atNs), plot.top());
        p.drawPolygon(QPolygonF({tip, tip + QPointF(-4, -5), tip + QPointF(4, -5)}));
    }

    // Series.
    p.setBrush(Qt::NoBrush);
    for (const Series &series : m_series) {
        QPainterPath path;
        bool drawing = false;
        double lastY = 0;
        for (const PoolSample &s : m_model->samples()) {
            if (s.atNs < start)
                continue;
            const double v = series.value(s);
            if (v < 0) {
                drawing = false;
                continue;
            }
            const QPointF pt(px(s.atNs), py(v));
            if (!drawing) {
                path.moveTo(pt);
                drawing = true;
            } else {
                if (series.step)
                    path.lineTo(pt.x(), lastY);
                path.lineTo(pt);
            }
            lastY = pt.y();
        }
        p.setPen(QPen(series.color, 1.8));
        p.drawPath(path);
    }
    p.setPen(QPen(grid, 1));
    p.drawRect(plot);
}

}  // namespace stratum::ui
