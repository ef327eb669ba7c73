#include "ui/model/DiagramExporter.h"

#include "ui/model/ErDiagramScene.h"
#include "ui/model/ErDiagramView.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QtMath>

#include <algorithm>

namespace stratum::ui::DiagramExporter {

namespace {

constexpr qreal kMargin = 24;
constexpr qreal kPngScale = 2;
// A 1,000-table diagram at 2x would be several gigapixels; cap the longer
// side and scale down instead of failing.
constexpr qreal kMaxPngSide = 16000;

Error exportError(const QString &message, const QString &path)
{
    Error e;
    e.message = message;
    e.source = path;
    return e;
}

// Renders the scene's contents in full detail, unselected, on the canvas.
void render(ErDiagramScene *scene, QPainter *painter, const QRectF &target, const QRectF &source)
{
    scene->setExporting(true);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(target, scene->diagramStyle().canvas);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
    scene->setExporting(false);
}

}  // namespace

Status writePng(ErDiagramView *view, const QString &path)
{
    ErDiagramScene *scene = view->diagramScene();
    const QRectF source = scene->contentsRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    if (source.isEmpty())
        return exportError(QCoreApplication::translate("DiagramExporter", "The diagram is empty."),
                           path);
    qreal scale = kPngScale;
    scale = std::min(scale, kMaxPngSide / std::max(source.width(), source.height()));
    const QSize size(qCeil(source.width() * scale), qCeil(source.height() * scale));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return exportError(
            QCoreApplication::translate("DiagramExporter", "Not enough memory for a %1 x %2 image.")
                .arg(size.width())
                .arg(size.height()),
            path);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        render(scene, &painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    }
    if (!image.save(path, "PNG"))
        return exportError(
            QCoreApplication::translate("DiagramExporter", "Could not write the PNG file."), path);
    return Ok{};
}

Status writeSvg(ErDiagramView *view, const QString &path)
{
    ErDiagramScene *scene = view->diagramScene();
    const QRectF source = scene->contentsRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    if (source.isEmpty())
        return exportError(QCoreApplication::translate("DiagramExporter", "The diagram is empty."),
                           path);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(QCoreApplication::translate("DiagramExporter", "ER diagram"));
    generator.setDescription(QCoreApplication::translate("DiagramExporter", "Made by Stratum"));
    QPainter painter;
    if (!painter.begin(&generator))
        return exportError(
            QCoreApplication::translate("DiagramExporter", "Could not write the SVG file."), path);
    render(scene, &painter, QRectF(QPointF(0, 0), source.size()), source);
    if (!painter.end())
        return exportError(
            QCoreApplication::translate("DiagramExporter", "Could not write the SVG file."), path);
    return Ok{};
}

}  // namespace stratum::ui::DiagramExporter
