// Chinook from a live PostgreSQL database (issue #11), on a database of its
// own: loaded with psql, reflected with the schema Inspector, the diagram
// shows exactly 11 tables and one edge per foreign key.
#include "DiagramTestUtil.h"
#include "tests/pg/schema/PgTestDatabase.h"

#include "ui/common/Appearance.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/ErDiagramScene.h"
#include "ui/model/ErDiagramView.h"
#include "ui/model/TableCardItem.h"

#include <QProcess>
#include <QTest>

using namespace stratum;
using namespace stratum::ui;

class TestModelPgDiagram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Appearance::applyDefaults(); }

    void chinookFromTheDatabase()
    {
        schema::test::PgTestDatabase db;
        if (!db.error().isEmpty())
            QFAIL(qPrintable(db.error()));
        QString sql = diagramtest::readText(
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_PostgreSql.sql"));
        // The script creates and enters its own database; load it into ours.
        const qsizetype connect = sql.indexOf(QLatin1String("\\c chinook;"));
        QVERIFY(connect > 0);
        sql = sql.mid(connect + qsizetype(qstrlen("\\c chinook;")));
        const QString bindir = qEnvironmentVariable("STRATUM_TEST_PG_BINDIR");
        QProcess psql;
        psql.start(bindir.isEmpty() ? QStringLiteral("psql") : bindir + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), db.urlText()});
        QVERIFY(psql.waitForStarted());
        psql.write(sql.toUtf8());
        psql.closeWriteChannel();
        QVERIFY(psql.waitForFinished(240000));
        QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().left(2000).constData());

        auto reflection = db.reflect();
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
        QCOMPARE(expected.size(), 11);
        const auto shown = diagramtest::edgesOf(*scene);
        QVERIFY2(shown == expected, qPrintable(diagramtest::describe(expected, shown)));
        QVERIFY(!doc.isModified());
        auto x = [&](const char *key) { return scene->card(QLatin1String(key))->pos().x(); };
        QVERIFY(x("invoice_line") > x("invoice"));
        QVERIFY(x("track") > x("album"));
        QVERIFY(x("album") > x("artist"));
    }
};

QTEST_MAIN(TestModelPgDiagram)
#include "test_model_pg_diagram.moc"
