// EditableModelDocument: every edit is one undo step, undo restores the model
// exactly (table order included), renames carry foreign keys and the diagram
// position along, and a drag merges into one step.
#include "ui/model/EditableModelDocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace stratum;
using stratum::ui::EditableModelDocument;

namespace {

schema::Table makeTable(const QString &name, const QString &refersTo = {})
{
    schema::Table t;
    t.name = name;
    schema::Column id;
    id.name = QStringLiteral("id");
    id.type.kind = schema::TypeKind::Integer;
    id.nullable = false;
    t.columns.push_back(id);
    t.primaryKey.columns = {QStringLiteral("id")};
    if (!refersTo.isEmpty()) {
        schema::Column ref;
        ref.name = refersTo + QStringLiteral("_id");
        ref.type.kind = schema::TypeKind::Integer;
        t.columns.push_back(ref);
        schema::ForeignKey fk;
        fk.columns = {ref.name};
        fk.referredTable = refersTo;
        fk.referredColumns = {QStringLiteral("id")};
        t.foreignKeys.push_back(fk);
    }
    return t;
}

schema::ModelDocument sample()
{
    schema::ModelDocument doc;
    doc.metadata.tables = {makeTable("artist"), makeTable("album", "artist"),
                           makeTable("track", "album")};
    doc.setPosition({}, "artist", 0, 0);
    doc.setPosition({}, "album", 300, 0);
    doc.setPosition({}, "track", 600, 0);
    return doc;
}

}  // namespace

class TestModelDocument : public QObject
{
    Q_OBJECT

private slots:
    void renameCarriesForeignKeysAndPositionAndUndoesInPlace()
    {
        EditableModelDocument doc(sample(), {});
        const schema::ModelDocument original = doc.document();
        QSignalSpy spy(&doc, &EditableModelDocument::changed);
        schema::Table renamed = *doc.table("album");
        renamed.name = "record";
        doc.replaceTable("album", renamed, "Rename album");
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.metadata().tables[1].name, QString("record"));
        QCOMPARE(doc.table("track")->foreignKeys[0].referredTable, QString("record"));
        QVERIFY(doc.document().position({}, "record").has_value());
        QCOMPARE(doc.document().position({}, "record")->x, 300.0);
        QVERIFY(!doc.document().position({}, "album").has_value());
        QCOMPARE(spy.count(), 1);
        const auto change = spy.takeFirst().at(0).value<ui::ModelChange>();
        QVERIFY(change.tablesAdded.contains("record"));
        QVERIFY(change.tablesRemoved.contains("album"));
        QVERIFY(change.tablesChanged.contains("track"));

        doc.undoStack()->undo();
        QCOMPARE(doc.document().metadata, original.metadata);
        QCOMPARE(doc.document().position({}, "album")->x, 300.0);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.table("track")->foreignKeys[0].referredTable, QString("record"));
    }

    void removeDropsReferencingForeignKeysInOneStep()
    {
        EditableModelDocument doc(sample(), {});
        const schema::MetaData original = doc.metadata();
        doc.removeTable("artist", "Remove artist");
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.table("artist") == nullptr);
        QVERIFY(doc.table("album")->foreignKeys.empty());
        QVERIFY(!doc.document().position({}, "artist").has_value());
        doc.undoStack()->undo();
        QCOMPARE(doc.metadata(), original);
        QCOMPARE(doc.document().position({}, "artist")->x, 0.0);
    }

    void dragMergesIntoOneStep()
    {
        EditableModelDocument doc(sample(), {});
        for (int step = 1; step <= 5; ++step)
            doc.moveTables({{{}, "track", 600.0 + step * 10, 5.0 * step}}, 7);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.document().position({}, "track")->x, 650.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.document().position({}, "track")->x, 600.0);
        QCOMPARE(doc.document().position({}, "track")->y, 0.0);
        doc.moveTables({{{}, "nosuch", 1, 1}});
        QCOMPARE(doc.undoStack()->count(), 1);  // nothing to move: no step
    }

    void addEnumsAndSequencesUndo()
    {
        EditableModelDocument doc(sample(), {});
        doc.addTable(makeTable("genre"), 10, 400, "Add genre");
        QCOMPARE(doc.metadata().tables.back().name, QString("genre"));
        schema::EnumType mood;
        mood.name = "mood";
        mood.labels = {"happy", "sad"};
        doc.setEnums({mood}, "Add enum");
        QCOMPARE(doc.metadata().enums.size(), std::size_t(1));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QVERIFY(doc.metadata().enums.empty());
        doc.undoStack()->undo();
        QVERIFY(doc.table("genre") == nullptr);
        QCOMPARE(doc.metadata(), sample().metadata);
    }
};

QTEST_MAIN(TestModelDocument)
#include "test_model_document.moc"
