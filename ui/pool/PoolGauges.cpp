#include "ui/pool/PoolGauges.h"

#include "core/engine/LoadGenerator.h"
#include "core/engine/PoolStatistics.h"

#include <QPainter>

namespace stratum::ui {

PoolGauges::PoolGauges(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(96);
}

void PoolGauges::show(const engine::PoolStatistics &s, int peakCheckedOut, int peakWaiters)
{
    m_unlimited = s.kind == QLatin1String("QueuePool") && s.maxOverflow < 0;
    m_limit = s.kind == QLatin1String("NullPool") ? 0 : s.poolSize + std::max(0, s.maxOverflow);
    m_poolSize = s.poolSize;
    m_checkedOut = s.checkedOut;
    m_idle = s.idle;
    m_connecting = s.connecting;
    m_waiters = s.waiters;
    m_figures[QStringLiteral("size")] = QString::number(s.size);
    m_figures[QStringLiteral("idle")] = QString::number(s.idle);
    m_figures[QStringLiteral("checkedOut")] = QString::number(s.checkedOut);
    m_figures[QStringLiteral("overflow")] = QString::number(s.overflow);
    m_figures[QStringLiteral("waiters")] = QString::number(s.waiters);
    m_figures[QStringLiteral("oldestWait")] =
        s.waiters > 0 ? engine::formatDuration(s.oldestWait) : QStringLiteral("–");
    m_figures[QStringLiteral("limit")] = m_unlimited ? tr("no limit") : QString::number(m_limit);
    m_notes[QStringLiteral("size")] = tr("of %1").arg(m_figures[QStringLiteral("limit")]);
    m_notes[QStringLiteral("idle")] = tr("pool_size %1").arg(s.poolSize);
    m_notes[QStringLiteral("checkedOut")] = tr("peak %1").arg(peakCheckedOut);
    m_notes[QStringLiteral("overflow")] =
        m_unlimited ? tr("no limit") : tr("of %1").arg(std::max(0, s.maxOverflow));
    m_notes[QStringLiteral("waiters")] = tr("peak %1").arg(peakWaiters);
    m_notes[QStringLiteral("oldestWait")] =
        tr("timeout %1 s").arg(double(s.timeout.count()) / 1000.0, 0, 'f', 1);
    update();
}

void PoolGauges::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette pal = palette();
    const QColor busy(0x3b, 0x82, 0xc4), idle(0x9c, 0xc9, 0x9c), connecting(0x9b, 0x8a, 0xd6),
        wait(0xe0, 0x8a, 0x00);

    // Capacity bar.
    const QRectF bar(8, 6, width() - 16, 14);
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(bar, 3, 3);
    const int capacity =
        m_unlimited ? std::max(m_checkedOut + m_idle + m_connecting, 1) : std::max(m_limit, 1);
    double x = bar.left();
    auto part = [&](int n, const QColor &c) {
        const double w = bar.width() * double(n) / double(capacity);
        p.setBrush(c);
        p.drawRect(QRectF(x, bar.top(), std::max(0.0, w), bar.height()));
        x += w;
    };
    part(m_checkedOut, busy);
    part(m_connecting, connecting);
    part(m_idle, idle);
    if (!m_unlimited && m_poolSize > 0 && m_poolSize < capacity) {
        const double sx = bar.left() + bar.width() * double(m_poolSize) / double(capacity);
        p.setPen(QPen(pal.color(QPalette::Text), 1.5, Qt::DashLine));
        p.drawLine(QPointF(sx, bar.top() - 3), QPointF(sx, bar.bottom() + 3));
    }
    if (m_waiters > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(wait);
        const double w = std::min(60.0, 10.0 * m_waiters);
        p.drawRoundedRect(QRectF(bar.right() - w, bar.top() - 2, w, bar.height() + 4), 3, 3);
    }

    // Tiles.
    struct Tile
    {
        QString key, caption;
        QColor accent;
    };
    const Tile tiles[] = {{QStringLiteral("size"), tr("Open"), pal.color(QPalette::Text)},
                          {QStringLiteral("idle"), tr("Idle"), idle.darker(130)},
                          {QStringLiteral("checkedOut"), tr("Checked out"), busy},
                          {QStringLiteral("overflow"), tr("Overflow"), connecting.darker(120)},
                          {QStringLiteral("waiters"), tr("Waiters"), wait},
                          {QStringLiteral("oldestWait"), tr("Oldest wait"), wait.darker(120)}};
    const int n = int(std::size(tiles));
    const double tileWidth = (width() - 16.0) / n;
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.9);
    big.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (int i = 0; i < n; ++i) {
        const QRectF r(8 + i * tileWidth, 26, tileWidth - 6, height() - 30);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(r, 4, 4);
        p.fillRect(QRectF(r.left(), r.top() + 4, 3, r.height() - 8), tiles[i].accent);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.setFont(small);
        p.drawText(r.adjusted(10, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop, tiles[i].caption);
        p.setFont(big);
        p.setPen(tiles[i].key == QLatin1String("waiters") && m_waiters > 0
                     ? wait
                     : pal.color(QPalette::Text));
        p.drawText(r.adjusted(10, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   m_figures.value(tiles[i].key, QStringLiteral("0")));
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(r.adjusted(10, 0, -4, -2), Qt::AlignLeft | Qt::AlignBottom,
                   m_notes.value(tiles[i].key));
    }
}

}  // namespace stratum::ui
