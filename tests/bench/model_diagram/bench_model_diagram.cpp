// The ER diagram at 1,000 tables (generated, with foreign keys): how long the
// automatic layout alone takes, opening the view (cards, layout, routing),
// and frames zoomed out (names only) and zoomed in (full detail). Frames are
// medians of 9 after a warm-up and are also given as a ratio to a frame of
// 1,000 plain QGraphicsRectItems on the same machine in the same run, so the
// figures compare across machines. Target: zoomed-out frame < 100 ms.
#include "DiagramTestUtil.h"

#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/state/SchemaReplay.h"
#include "ui/common/Appearance.h"
#include "ui/model/DiagramLayout.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/ErDiagramScene.h"
#include "ui/model/ErDiagramView.h"
#include "ui/model/TableCardItem.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsRectItem>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace stratum;
using namespace stratum::ui;

namespace {

double medianFrameMs(QGraphicsView &view)
{
    (void)view.viewport()->grab();
    std::vector<double> ms;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer t;
        t.start();
        (void)view.viewport()->grab();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[4];
}

// The reference: 1,000 plain rectangles with a label-less brush, same view size.
double referenceFrameMs(const QRectF &area, double zoom)
{
    QGraphicsScene scene;
    for (int i = 0; i < 1000; ++i) {
        auto *r = scene.addRect(0, 0, 220, 180, QPen(Qt::gray), QBrush(Qt::white));
        r->setPos(area.left() + (i % 40) * area.width() / 40,
                  area.top() + (i / 40) * area.height() / 25);
    }
    QGraphicsView view(&scene);
    view.setRenderHints(QPainter::Antialiasing);
    view.resize(1600, 1000);
    view.show();
    view.setTransform(QTransform::fromScale(zoom, zoom));
    view.centerOn(area.center());
    return medianFrameMs(view);
}

void shot(const schema::MetaData &md, const QPalette &palette, const QString &path, QSize size)
{
    schema::ModelDocument d;
    d.metadata = md;
    EditableModelDocument doc(d, {});
    ErDiagramView view(&doc);
    view.setPalette(palette);
    view.resize(size);
    view.show();
    QApplication::processEvents();
    view.fitAll();
    view.grab().save(path);
    std::printf("wrote %s\n", qPrintable(path));
}

int screenshots(const QString &dir)
{
    QTemporaryDir tmp;
    QString error;
    auto db = diagramtest::connectTo(QStringLiteral("sqlite:///") + tmp.filePath("c.db"), &error);
    if (!db || !diagramtest::runScript(
                    *db, diagramtest::readText(QStringLiteral(
                             STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_Sqlite.sql")))
                    .isEmpty()) {
        std::fprintf(stderr, "cannot load Chinook: %s\n", qPrintable(error));
        return 1;
    }
    auto chinook = schema::Inspector(*db, schema::Dialect::SQLite).reflect();
    migrate::ScriptDirectory::Location location;
    location.scriptLocation =
        QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/migrations/pagila");
    location.useCache = false;
    auto scripts = migrate::ScriptDirectory::load(location);
    if (!chinook || !scripts) {
        std::fprintf(stderr, "cannot read the fixtures\n");
        return 1;
    }
    auto pagila = migrate::schemaAtRevision(*scripts, QStringLiteral("pagila0003"),
                                            schema::Dialect::PostgreSQL);
    if (!pagila) {
        std::fprintf(stderr, "%s\n", qPrintable(pagila.error().toString()));
        return 1;
    }
    // Reflection skips partitions; the replayed state has them as tables.
    schema::MetaData pagilaTables = *pagila;
    std::erase_if(pagilaTables.tables, [](const schema::Table &t) {
        return t.name.startsWith(QLatin1String("payment_p"));
    });
    const QSize size(1600, 1000);
    shot(chinook->metadata, Appearance::lightPalette(), dir + "/chinook-light.png", size);
    shot(chinook->metadata, Appearance::darkPalette(), dir + "/chinook-dark.png", size);
    shot(pagilaTables, Appearance::lightPalette(), dir + "/pagila-light.png", size);
    shot(pagilaTables, Appearance::darkPalette(), dir + "/pagila-dark.png", size);
    shot(diagramtest::largeModel(1000), Appearance::lightPalette(), dir + "/large-light.png", size);
    return 0;
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Appearance::applyDefaults();
    const QStringList args = app.arguments();
    if (args.size() > 2 && args[1] == QLatin1String("--screenshots"))
        return screenshots(args[2]);
    const int n = args.size() > 1 ? args[1].toInt() : 1000;

    schema::ModelDocument d;
    d.metadata = diagramtest::largeModel(n);

    EditableModelDocument probe(d, {});
    ErDiagramScene sizing(&probe);
    std::vector<QSizeF> sizes;
    QHash<QString, int> index;
    for (const schema::Table &t : d.metadata.tables) {
        index.insert(t.displayName(), int(sizes.size()));
        sizes.push_back(sizing.card(t.displayName())->size());
    }
    std::vector<std::pair<int, int>> edges;
    for (const RelationshipItem *e : sizing.relationships())
        edges.emplace_back(index.value(e->info().fromKey), index.value(e->info().toKey));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 10; ++i)
        DiagramLayout::compute(sizes, edges);
    const double layoutMs = t.nsecsElapsed() / 10.0 / 1e6;

    EditableModelDocument doc(d, {});
    t.restart();
    ErDiagramView view(&doc);
    const double openMs = t.nsecsElapsed() / 1e6;
    view.resize(1600, 1000);
    view.show();
    app.processEvents();
    view.fitAll();
    const double outZoom = view.zoom();
    const int nameOnly = TableCardItem::nameOnlyPaints();
    const double outMs = medianFrameMs(view);
    const int outCards = (TableCardItem::nameOnlyPaints() - nameOnly) / 10;
    const QRectF area = view.diagramScene()->contentsRect();
    const double outRef = referenceFrameMs(area, outZoom);

    view.centerOnTable(QStringLiteral("t%1").arg(n / 2, 4, 10, QLatin1Char('0')));
    const int detail = TableCardItem::detailPaints();
    const double inMs = medianFrameMs(view);
    const int inCards = (TableCardItem::detailPaints() - detail) / 10;
    const double inRef = referenceFrameMs(area, 1.0);

    std::printf("tables: %d, foreign keys: %zu\n", n, view.diagramScene()->relationships().size());
    std::printf("layout alone: %.2f ms\n", layoutMs);
    std::printf("open (cards, layout, routing): %.1f ms\n", openMs);
    std::printf("zoomed out (zoom %.3f, %d cards, names only): %.2f ms per frame, %.2fx the "
                "1,000-rectangle reference (%.2f ms)\n",
                outZoom, outCards, outMs, outMs / outRef, outRef);
    std::printf("zoomed in (zoom 1, %d cards in detail): %.2f ms per frame, %.2fx the reference "
                "(%.2f ms)\n",
                inCards, inMs, inMs / inRef, inRef);
    return 0;
}
