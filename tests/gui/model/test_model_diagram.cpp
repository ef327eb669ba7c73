// The ER diagram (ErDiagramView over an EditableModelDocument): the first
// layout puts referenced tables left of referring ones without modifying the
// document; a drag is one undo step and undo moves the card back; document
// edits add, change, rename and remove cards and edges; routing goes around
// cards; search, activation, the minimap, the dark palette, and PNG/SVG export.
#include "DiagramTestUtil.h"

#include "ui/common/Appearance.h"
#include "ui/model/DiagramExporter.h"
#include "ui/model/DiagramLayout.h"
#include "ui/model/DiagramMinimap.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/ErDiagramScene.h"
#include "ui/model/ErDiagramView.h"
#include "ui/model/RelationshipItem.h"
#include "ui/model/TableCardItem.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace stratum;
using namespace stratum::ui;

namespace {

schema::Table makeTable(const QString &name, const QStringList &refersTo = {},
                        bool nullableRefs = false)
{
    schema::Table t;
    t.name = name;
    schema::Column id;
    id.name = QStringLiteral("id");
    id.type = schema::ColumnType::integer();
    id.nullable = false;
    t.columns.push_back(id);
    t.primaryKey.columns = {id.name};
    schema::Column label;
    label.name = QStringLiteral("name");
    label.type = schema::ColumnType::string(120);
    t.columns.push_back(label);
    for (const QString &target : refersTo) {
        schema::Column ref;
        ref.name = target + QStringLiteral("_id");
        ref.type = schema::ColumnType::integer();
        ref.nullable = nullableRefs;
        t.columns.push_back(ref);
        schema::ForeignKey fk;
        fk.columns = {ref.name};
        fk.referredTable = target;
        fk.referredColumns = {QStringLiteral("id")};
        t.foreignKeys.push_back(fk);
    }
    return t;
}

// No positions: the view lays it out on creation.
schema::ModelDocument unplaced()
{
    schema::ModelDocument doc;
    doc.metadata.tables = {makeTable("track", {"album", "genre"}), makeTable("genre"),
                           makeTable("album", {"artist"}), makeTable("artist"),
                           makeTable("playlist_track", {"track"}, true)};
    return doc;
}

QPointF cardPos(const EditableModelDocument &doc, const QString &table)
{
    auto p = doc.document().position({}, table);
    return p ? QPointF(p->x, p->y) : QPointF(-1e9, -1e9);
}

void sendMouse(QWidget *w, QEvent::Type type, const QPoint &at, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(at), w->mapToGlobal(QPointF(at)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

}  // namespace

class TestModelDiagram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Appearance::applyDefaults(); }

    void firstLayoutFollowsForeignKeysAndDoesNotModify()
    {
        EditableModelDocument doc(unplaced(), {});
        ErDiagramView view(&doc);
        QCOMPARE(doc.document().positions.size(), std::size_t(5));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
        // Referenced tables stand left of the tables that refer to them.
        QVERIFY(cardPos(doc, "artist").x() < cardPos(doc, "album").x());
        QVERIFY(cardPos(doc, "album").x() < cardPos(doc, "track").x());
        QVERIFY(cardPos(doc, "genre").x() < cardPos(doc, "track").x());
        QVERIFY(cardPos(doc, "track").x() < cardPos(doc, "playlist_track").x());
        // Cards sit where the document says.
        for (TableCardItem *card : view.diagramScene()->cards()) {
            const auto *t = doc.table(card->key());
            const auto p = doc.document().position(t->schema, t->name);
            QVERIFY(p);
            QCOMPARE(card->pos(), QPointF(p->x, p->y));
        }
        // An explicit re-layout is an undo step.
        view.autoLayout();
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void layoutIsDeterministicAndCardsDoNotOverlap()
    {
        std::vector<QSizeF> sizes;
        std::vector<std::pair<int, int>> edges;
        for (int i = 0; i < 60; ++i) {
            sizes.emplace_back(150 + (i * 37) % 120, 60 + (i * 53) % 200);
            if (i > 0)
                edges.emplace_back(i, (i * 13) % i);
        }
        edges.emplace_back(0, 59);  // closes a cycle (59 -> 0): broken, not looped
        const auto a = DiagramLayout::compute(sizes, edges);
        const auto b = DiagramLayout::compute(sizes, edges);
        QCOMPARE(a.positions, b.positions);
        for (int i = 0; i < 60; ++i) {
            const QRectF ri(a.positions[i], sizes[i]);
            for (int j = i + 1; j < 60; ++j)
                QVERIFY2(!ri.intersects(QRectF(a.positions[j], sizes[j])),
                         qPrintable(QStringLiteral("%1 overlaps %2").arg(i).arg(j)));
        }
        int against = 0;
        for (const auto &[from, to] : edges) {
            if (a.layers[from] > a.layers[to])
                QVERIFY(a.positions[from].x() > a.positions[to].x());
            else
                ++against;
        }
        QCOMPARE(against, 1);  // only the edge that closed the cycle
    }

    void dragIsOneUndoStepAndUndoMovesTheCardBack()
    {
        EditableModelDocument doc(unplaced(), {});
        ErDiagramView view(&doc);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTransform(QTransform());
        TableCardItem *card = view.diagramScene()->card("artist");
        view.centerOn(card);
        const QPointF before = card->pos();
        RelationshipItem *edge = nullptr;
        for (RelationshipItem *e : view.diagramScene()->relationships())
            if (e->info().toKey == "artist")
                edge = e;
        QVERIFY(edge);
        const QPolygonF routeBefore = edge->points();

        QWidget *vp = view.viewport();
        const QPoint start = view.mapFromScene(card->sceneRectOfCard().center());
        sendMouse(vp, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        for (int step = 1; step <= 6; ++step)
            sendMouse(vp, QEvent::MouseMove, start + QPoint(step * 10, step * 15), Qt::NoButton,
                      Qt::LeftButton);
        sendMouse(vp, QEvent::MouseButtonRelease, start + QPoint(60, 90), Qt::LeftButton,
                  Qt::NoButton);

        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.isModified());
        const QPointF moved = cardPos(doc, "artist");
        QCOMPARE(moved, before + QPointF(60, 90));
        QCOMPARE(card->pos(), moved);
        QVERIFY(edge->points() != routeBefore);  // the line followed

        doc.undoStack()->undo();
        QCOMPARE(card->pos(), before);
        QCOMPARE(cardPos(doc, "artist"), before);
        QCOMPARE(edge->points(), routeBefore);
        doc.undoStack()->redo();
        QCOMPARE(card->pos(), moved);
    }

    void documentEditsUpdateCardsAndEdges()
    {
        EditableModelDocument doc(unplaced(), {});
        ErDiagramView view(&doc);
        ErDiagramScene *scene = view.diagramScene();
        QCOMPARE(scene->cards().size(), 5);
        QCOMPARE(diagramtest::edgesOf(*scene), diagramtest::foreignKeysOf(doc.metadata()));

        // A new table with a foreign key: a card and an edge.
        doc.addTable(makeTable("review", {"album"}), 900, 600, "add");
        QVERIFY(scene->card("review"));
        QCOMPARE(scene->card("review")->pos(), QPointF(900, 600));
        QCOMPARE(diagramtest::edgesOf(*scene), diagramtest::foreignKeysOf(doc.metadata()));

        // A column added: the card grows.
        const qreal height = scene->card("genre")->size().height();
        schema::Table genre = *doc.table("genre");
        schema::Column extra;
        extra.name = "description";
        extra.type = schema::ColumnType::text();
        genre.columns.push_back(extra);
        doc.replaceTable("genre", genre, "column");
        QVERIFY(scene->card("genre")->size().height() > height);

        // A rename: the card follows, and the edges into it too.
        schema::Table album = *doc.table("album");
        album.name = "record";
        doc.replaceTable("album", album, "rename");
        QVERIFY(!scene->card("album"));
        QVERIFY(scene->card("record"));
        QCOMPARE(diagramtest::edgesOf(*scene), diagramtest::foreignKeysOf(doc.metadata()));

        // Removal takes the card and every edge touching it; undo brings all back.
        doc.removeTable("record", "remove");
        QVERIFY(!scene->card("record"));
        QCOMPARE(diagramtest::edgesOf(*scene), diagramtest::foreignKeysOf(doc.metadata()));
        const int edges = int(scene->relationships().size());
        doc.undoStack()->undo();
        QVERIFY(scene->card("record"));
        QVERIFY(int(scene->relationships().size()) > edges);
        QCOMPARE(diagramtest::edgesOf(*scene), diagramtest::foreignKeysOf(doc.metadata()));
        doc.undoStack()->undo();  // the rename
        QVERIFY(scene->card("album"));
        QCOMPARE(diagramtest::edgesOf(*scene), diagramtest::foreignKeysOf(doc.metadata()));
        for (RelationshipItem *e : scene->relationships())
            QVERIFY(e->points().size() >= 2);
    }

    void cardinalityFollowsNullabilityAndUniqueness()
    {
        EditableModelDocument doc(unplaced(), {});
        ErDiagramView view(&doc);
        for (RelationshipItem *e : view.diagramScene()->relationships()) {
            QCOMPARE(e->info().optional, e->info().fromKey == "playlist_track");
            QVERIFY(!e->info().oneToOne);
        }
        // A foreign key that is the primary key: one-to-one.
        schema::Table detail = makeTable("artist_detail");
        schema::ForeignKey fk;
        fk.columns = {"id"};
        fk.referredTable = "artist";
        fk.referredColumns = {"id"};
        detail.foreignKeys.push_back(fk);
        doc.addTable(detail, 0, 900, "add");
        bool found = false;
        for (RelationshipItem *e : view.diagramScene()->relationships()) {
            if (e->info().fromKey == "artist_detail") {
                found = true;
                QVERIFY(e->info().oneToOne);
                QVERIFY(!e->info().optional);
            }
        }
        QVERIFY(found);
    }

    void routesGoAroundCardsAndSelfReferencesLoop()
    {
        DiagramRouter router;
        // A refers to C; B stands between them on the straight line.
        router.setObstacles(
            {QRectF(0, 0, 200, 200), QRectF(400, 0, 200, 200), QRectF(800, 0, 200, 200)});
        const auto route = router.route(2, 100, 0, 100);
        QCOMPARE(route.crossings, 0);
        QCOMPARE(router.crossings(route.points, 2, 0), 0);
        QCOMPARE(route.points.first(), QPointF(800, 100));  // leaves C on its left
        QCOMPARE(route.points.last(), QPointF(200, 100));   // enters A on its right
        QVERIFY(route.points.size() > 2);
        for (int i = 1; i < route.points.size(); ++i) {
            const QPointF a = route.points[i - 1], b = route.points[i];
            QVERIFY(a.x() == b.x() || a.y() == b.y());  // orthogonal
        }
        const auto loop = router.route(1, 50, 1, 150);
        QCOMPARE(loop.points.size(), 4);
        QVERIFY(loop.points[1].x() > 600);

        // In the diagram: a self-reference is an edge from the card to itself.
        schema::ModelDocument d = unplaced();
        schema::Table &artist = d.metadata.tables[3];
        schema::Column parent;
        parent.name = "parent_id";
        parent.type = schema::ColumnType::integer();
        artist.columns.push_back(parent);
        schema::ForeignKey self;
        self.columns = {"parent_id"};
        self.referredTable = "artist";
        self.referredColumns = {"id"};
        artist.foreignKeys.push_back(self);
        EditableModelDocument doc(d, {});
        ErDiagramView view(&doc);
        bool looped = false;
        for (RelationshipItem *e : view.diagramScene()->relationships()) {
            if (e->info().fromKey == "artist" && e->info().toKey == "artist") {
                looped = true;
                QCOMPARE(e->points().size(), 4);
            }
        }
        QVERIFY(looped);
    }

    void searchCentresAndActivationSignals()
    {
        EditableModelDocument doc(unplaced(), {});
        ErDiagramView view(&doc);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selection(&view, &ErDiagramView::selectionChanged);
        QSignalSpy activated(&view, &ErDiagramView::tableActivated);
        QCOMPARE(view.findTable("ALB"), QStringLiteral("album"));
        QCOMPARE(view.findTable("track"), QStringLiteral("track"));  // exact before prefix
        QCOMPARE(view.findTable("list"), QStringLiteral("playlist_track"));
        QCOMPARE(view.findTable("nothing"), QString());

        QLineEdit *field = view.createSearchField(&view);
        field->setText("genr");
        emit field->returnPressed();
        QCOMPARE(view.selectedTables(), QStringList{"genre"});
        QVERIFY(!selection.isEmpty());
        QCOMPARE(selection.last().first().toStringList(), QStringList{"genre"});
        const QPointF centre = view.mapToScene(view.viewport()->rect().center());
        QVERIFY(view.diagramScene()
                    ->card("genre")
                    ->sceneRectOfCard()
                    .adjusted(-2, -2, 2, 2)
                    .contains(centre));
        QVERIFY(view.zoom() >= 0.8);

        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("genre"));
        const QPoint at =
            view.mapFromScene(view.diagramScene()->card("album")->sceneRectOfCard().center());
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().toString(), QStringLiteral("album"));
    }

    void zoomAndMinimapOnLargeSchemas()
    {
        EditableModelDocument small(unplaced(), {});
        ErDiagramView smallView(&small);
        smallView.resize(800, 600);
        smallView.show();
        QVERIFY(QTest::qWaitForWindowExposed(&smallView));
        QVERIFY(!smallView.minimap()->isVisible());
        const double z = smallView.zoom();
        smallView.zoomBy(2);
        QVERIFY(qAbs(smallView.zoom() - z * 2) < 1e-6);
        smallView.zoomBy(1000);
        QVERIFY(smallView.zoom() <= 4.0 + 1e-9);

        schema::ModelDocument d;
        d.metadata = diagramtest::largeModel(80);
        EditableModelDocument large(d, {});
        ErDiagramView view(&large);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Fitted, everything is in view: no minimap over the cards.
        QVERIFY(!view.minimap()->isVisible());
        view.zoomBy(1.0 / view.zoom());  // 100 %: most of the schema is out of view
        QVERIFY(view.minimap()->isVisible());
        // Clicking the minimap's corner moves the view there.
        const QRectF area = view.diagramScene()->contentsRect();
        const QPointF target = view.minimap()->sceneAt(
            QPointF(view.minimap()->width() - 12, view.minimap()->height() - 12));
        QTest::mouseClick(view.minimap(), Qt::LeftButton, {},
                          QPoint(view.minimap()->width() - 12, view.minimap()->height() - 12));
        const QPointF centre = view.mapToScene(view.viewport()->rect().center());
        QVERIFY(centre.x() > area.center().x());
        QVERIFY(centre.y() > area.center().y());
        QVERIFY(QLineF(centre, target).length() < 600);
        QVERIFY(view.minimap()->viewportMarker().width() > 0);
    }

    void darkPaletteRestyles()
    {
        EditableModelDocument doc(unplaced(), {});
        ErDiagramView view(&doc);
        QVERIFY(!view.diagramScene()->diagramStyle().dark);
        view.setPalette(Appearance::darkPalette());
        QVERIFY(view.diagramScene()->diagramStyle().dark);
        QVERIFY(view.diagramScene()->diagramStyle().card.lightness() < 100);
    }

    void exportsPngAndSvg()
    {
        EditableModelDocument doc(unplaced(), {});
        ErDiagramView view(&doc);
        view.diagramScene()->card("album")->setSelected(true);
        QTemporaryDir dir;
        const QString png = dir.filePath("diagram.png");
        const QString svg = dir.filePath("diagram.svg");
        auto a = DiagramExporter::writePng(&view, png);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        auto b = DiagramExporter::writeSvg(&view, svg);
        QVERIFY2(b, b ? "" : qPrintable(b.error().message));

        QImage image(png);
        QVERIFY(!image.isNull());
        const QRectF content = view.diagramScene()->contentsRect();
        QVERIFY(image.width() >= int(content.width() * 2));  // 2x for crispness
        QVERIFY(image.height() >= int(content.height() * 2));

        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString root, text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && root.isEmpty())
                root = xml.name().toString();
            if (xml.isCharacters())
                text += xml.text().toString() + u' ';
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        for (const char *name : {"artist", "album", "track", "genre", "playlist_track"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
        QVERIFY(!view.diagramScene()->isExporting());
    }
};

QTEST_MAIN(TestModelDiagram)
#include "test_model_diagram.moc"
