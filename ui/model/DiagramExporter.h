#pragma once

#include "core/config/Result.h"

#include <QString>

namespace stratum::ui {

class ErDiagramView;

// Writes an ER diagram to an image file: all cards and lines, in full detail
// whatever the view's zoom, on the diagram's canvas colour, without the
// selection highlight. PNG renders at twice the scene's size, so text stays
// crisp when the image is scaled down; SVG is vector (Qt SVG). GUI thread only.
namespace DiagramExporter {

Status writePng(ErDiagramView *view, const QString &path);
Status writeSvg(ErDiagramView *view, const QString &path);

}  // namespace DiagramExporter

}  // namespace stratum::ui
