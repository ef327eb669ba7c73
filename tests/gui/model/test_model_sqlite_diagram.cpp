// Chinook from a live SQLite database (issue #11): reflected with the schema
// Inspector into a model document, the diagram shows exactly its 11 tables and
// one edge per foreign key (same from table, to table and columns).
#include "DiagramTestUtil.h"

#include "ui/common/Appearance.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/ErDiagramScene.h"
#include "ui/model/ErDiagramView.h"
#include "ui/model/TableCardItem.h"

#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::ui;

class TestModelSqliteDiagram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Appearance::applyDefaults(); }

    void chinookFromTheDatabase()
    {
        QTemporaryDir dir;
        QString error;
        auto db = diagramtest::connectTo(
            QStringLiteral("sqlite:///") + dir.filePath(QStringLiteral("chinook.db")), &error);
        QVERIFY2(db, qPrintable(error));
        const QString sql = diagramtest::readText(
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_Sqlite.sql"));
        QVERIFY(!sql.isEmpty());
        error = diagramtest::runScript(*db, sql);
        QVERIFY2(error.isEmpty(), qPrintable(error.left(400)));
        auto reflection = schema::Inspector(*db, schema::Dialect::SQLite).reflect();
        QVERIFY2(reflection, reflection ? "" : qPrintable(reflection.error().message));

        schema::ModelDocument model;
        model.metadata = reflection->metadata;
        EditableModelDocument doc(model, {});
        ErDiagramView view(&doc);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ErDiagramScene *scene = view.diagramScene();

        QCOMPARE(scene->cards().size(), 11);
        const auto expected = diagramtest::foreignKeysOf(doc.metadata());
        QCOMPARE(expected.size(), 11);  // Chinook has 11 foreign keys
        const auto shown = diagramtest::edgesOf(*scene);
        QVERIFY2(shown == expected, qPrintable(diagramtest::describe(expected, shown)));
        QVERIFY(!doc.isModified());
        // InvoiceLine refers to Invoice and Track: it stands right of both.
        auto x = [&](const char *key) { return scene->card(QLatin1String(key))->pos().x(); };
        QVERIFY(x("InvoiceLine") > x("Invoice"));
        QVERIFY(x("InvoiceLine") > x("Track"));
        QVERIFY(x("Track") > x("Album"));
        QVERIFY(x("Album") > x("Artist"));
        // Routed lines do not cross cards.
        int crossings = 0;
        for (const RelationshipItem *e : scene->relationships())
            crossings += e->route().crossings;
        QCOMPARE(crossings, 0);
    }
};

QTEST_MAIN(TestModelSqliteDiagram)
#include "test_model_sqlite_diagram.moc"
