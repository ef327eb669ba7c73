#include "ui/common/ThemedIcon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

// Q_INIT_RESOURCE must be expanded outside any namespace.
static void initStratumResources()
{
    Q_INIT_RESOURCE(stratum);
}

namespace stratum::ui {

void initUiResources()
{
    static const bool done = [] {
        initStratumResources();
        return true;
    }();
    Q_UNUSED(done);
}

namespace {

QByteArray loadSvg(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

// Renders a currentColor SVG, picking the colour from the application palette
// at paint time so a palette change (dark mode) needs no icon reload.
class ThemedIconEngine : public QIconEngine
{
public:
    ThemedIconEngine(QString name, QByteArray svg, QColor fixed)
        : m_name(std::move(name))
        , m_svg(std::move(svg))
        , m_fixed(fixed)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state);
        const QColor colour = colourFor(mode);
        const QString key = QStringLiteral("stratum-icon:%1:%2x%3:%4")
                                .arg(m_name)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(colour.rgba(), 0, 16);
        QPixmap pm;
        if (QPixmapCache::find(key, &pm)) {
            return pm;
        }
        pm = QPixmap(size);
        pm.fill(Qt::transparent);
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        if (colour.alphaF() < 1.0) {
            p.setOpacity(colour.alphaF());
        }
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.end();
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new ThemedIconEngine(m_name, m_svg, m_fixed); }
    QString key() const override { return QStringLiteral("stratum-themed"); }
    QString iconName() override { return m_name; }

private:
    QColor colourFor(QIcon::Mode mode) const
    {
        const QPalette pal = QGuiApplication::palette();
        if (mode == QIcon::Disabled) {
            QColor c =
                m_fixed.isValid() ? m_fixed : pal.color(QPalette::Disabled, QPalette::WindowText);
            if (m_fixed.isValid()) {
                c.setAlphaF(0.45f);
            }
            return c;
        }
        if (m_fixed.isValid()) {
            return m_fixed;
        }
        if (mode == QIcon::Selected) {
            return pal.color(QPalette::Active, QPalette::HighlightedText);
        }
        return pal.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
    QByteArray m_svg;
    QColor m_fixed;
};

}  // namespace

QIcon ThemedIcon::icon(const QString &name)
{
    return icon(name, QColor());
}

QIcon ThemedIcon::icon(const QString &name, const QColor &fixedColour)
{
    initUiResources();
    QByteArray svg = loadSvg(QStringLiteral(":/icons/%1.svg").arg(name));
    if (svg.isEmpty()) {
        return {};
    }
    return QIcon(new ThemedIconEngine(name, std::move(svg), fixedColour));
}

QIcon ThemedIcon::appIcon()
{
    initUiResources();
    // The app icon has its own colours (no currentColor), so the engine only
    // rasterises it at each requested size.
    return QIcon(new ThemedIconEngine(QStringLiteral("io.github.stratum.Stratum"),
                                      loadSvg(QStringLiteral(":/io.github.stratum.Stratum.svg")),
                                      QColor()));
}

}  // namespace stratum::ui
