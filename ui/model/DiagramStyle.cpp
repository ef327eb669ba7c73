#include "ui/model/DiagramStyle.h"

#include <cmath>

namespace stratum::ui {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace

DiagramStyle::DiagramStyle(const QPalette &palette, const QFont &font)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = palette.color(QPalette::Highlight);
    dark = window.lightness() < 128;
    text = palette.color(QPalette::Text);
    // Cards must stand out from the canvas: on a light palette white cards on
    // the grey window colour; on a dark one cards a step lighter than the canvas.
    if (dark) {
        canvas = base;
        card = mix(window, Qt::white, 0.04);
        header = mix(card, accent, 0.30);
        border = mix(card, Qt::white, 0.16);
        shadow = QColor(0, 0, 0, 90);
        grid = mix(canvas, Qt::white, 0.10);
        muted = mix(text, card, 0.42);
        keyGlyph = QColor(0xf0, 0xc0, 0x4a);
        linkGlyph = QColor(0x6f, 0xa8, 0xff);
        edge = mix(card, Qt::white, 0.45);
    } else {
        canvas = window;
        card = base;
        header = mix(base, accent, 0.13);
        border = mix(window, Qt::black, 0.16);
        shadow = QColor(0x10, 0x18, 0x28, 28);
        grid = mix(canvas, Qt::black, 0.11);
        muted = mix(text, base, 0.45);
        keyGlyph = QColor(0xc8, 0x8a, 0x00);
        linkGlyph = QColor(0x2f, 0x6f, 0xdb);
        edge = mix(window, Qt::black, 0.42);
    }
    selection = accent;

    body = font;
    if (body.pointSizeF() > 0)
        body.setPointSizeF(qMax(9.0, body.pointSizeF()));
    bold = body;
    bold.setBold(true);
    headerFont = bold;
    small = body;
    small.setPointSizeF(qMax(7.0, body.pointSizeF() * 0.85));
    const QFontMetricsF fm(body);
    rowHeight = qRound(fm.height() * 1.45);
    headerHeight = qRound(fm.height() * 1.9);
    padding = qRound(fm.height() * 0.65);
    gutter = qRound(fm.height() * 1.25);
    auto baseline = [](const QFont &f, qreal band) {
        const QFontMetricsF m(f);
        return std::round((band + m.ascent() - m.descent()) / 2);
    };
    rowBaseline = baseline(body, rowHeight);
    smallBaseline = baseline(small, rowHeight);
    headerBaseline = baseline(headerFont, headerHeight);
    headerSmallBaseline = baseline(body, headerHeight);
}

}  // namespace stratum::ui
