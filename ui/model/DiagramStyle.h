#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPalette>

namespace stratum::ui {

// The ER diagram's colours, fonts and metrics, derived once from the view's
// palette and font (light or dark) so that cards and edges paint from plain
// values instead of asking the palette per frame. The scene owns one and
// rebuilds it when the palette or font changes. GUI thread only.
struct DiagramStyle
{
    explicit DiagramStyle(const QPalette &palette = {}, const QFont &font = {});

    bool dark = false;
    QColor canvas;  // the scene background
    QColor grid;    // background dots
    QColor card;    // card body
    QColor header;  // card header band
    QColor border;
    QColor shadow;
    QColor text;
    QColor muted;      // column types, schema prefix
    QColor selection;  // selected card outline, highlighted edges
    QColor keyGlyph;   // primary key
    QColor linkGlyph;  // foreign key
    QColor edge;

    QFont body;
    QFont bold;
    QFont headerFont;
    QFont small;
    qreal rowHeight = 20;
    qreal headerHeight = 30;
    qreal padding = 10;
    qreal gutter = 18;  // the key / link glyph column
    qreal radius = 7;
    // Text baselines from the top of a row / of the header, so that cards
    // draw text at a point (no layout per call).
    qreal rowBaseline = 14;
    qreal smallBaseline = 14;
    qreal headerBaseline = 20;
    qreal headerSmallBaseline = 20;  // the schema prefix in the header
};

}  // namespace stratum::ui
