// The table editor driven through its widgets: every edit lands in the
// document as one undo step with a readable text, a column rename carries
// into other tables' foreign keys, undo/redo restore each state, the DDL
// preview follows, and the naming convention names new indexes (and keeps a
// generated name in step with a renamed column).
#include "test_model_editor_chinook.h"
#include "ui/model/ColumnTypeEditor.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/TableEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace stratum;
using stratum::ui::EditableModelDocument;
using stratum::ui::TableEditor;

namespace {

// Types into the grid cell's editor as a user does, then presses Return.
void typeIntoCell(QTableWidget *grid, int row, int column, const QString &text)
{
    QTest::qWait(10);
    grid->setFocus();
    grid->setCurrentCell(row, column);
    grid->editItem(grid->item(row, column));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor && editor->parentWidget() == grid->viewport(), "no cell editor has the focus");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(10);  // the queued refresh, and the closed editor's deleteLater
}

void click(TableEditor &editor, const char *button)
{
    auto *b = editor.findChild<QToolButton *>(QLatin1String(button));
    QVERIFY2(b, button);
    QTest::mouseClick(b, Qt::LeftButton);
    QCoreApplication::processEvents();
}

QCheckBox *checkAt(QTableWidget *grid, int row, int column)
{
    QWidget *cell = grid->cellWidget(row, column);
    return cell ? cell->findChild<QCheckBox *>() : nullptr;
}

int rowOf(QTableWidget *grid, const QString &name)
{
    for (int r = 0; r < grid->rowCount(); ++r) {
        if (grid->item(r, 0) && grid->item(r, 0)->text() == name)
            return r;
    }
    return -1;
}

}  // namespace

class TestModelEditor : public QObject
{
    Q_OBJECT

private slots:
    void addColumnAndIndexThroughTheEditor()
    {
        schema::ModelDocument source = editortest::chinook();
        source.metadata.naming = schema::NamingConvention();  // ix_%(column_0_label)s
        EditableModelDocument doc(source, {});
        TableEditor editor(&doc, schema::Dialect::PostgreSQL);
        editor.resize(1000, 500);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setTable("track");
        QTableWidget *grid = editor.columnsGrid();
        QCOMPARE(grid->rowCount(), 9);

        grid->setCurrentCell(8, 0);
        click(editor, "addColumn");
        QCOMPARE(doc.table("track")->columns.size(), std::size_t(10));
        QCOMPARE(doc.table("track")->columns[9].name, QString("column_10"));
        QCOMPARE(grid->rowCount(), 10);
        QCOMPARE(grid->currentRow(), 9);

        typeIntoCell(grid, 9, TableEditor::ColName, "release_year");
        QCOMPARE(doc.table("track")->columns[9].name, QString("release_year"));
        QCOMPARE(doc.undoStack()->undoText(),
                 QString("Rename column track.column_10 → release_year"));

        auto *type =
            qobject_cast<ui::ColumnTypeEditor *>(grid->cellWidget(9, TableEditor::ColType));
        QVERIFY(type);
        const int smallint = type->kindCombo()->findData(int(schema::TypeKind::SmallInteger));
        type->kindCombo()->setCurrentIndex(smallint);
        emit type->kindCombo()->activated(smallint);
        QCoreApplication::processEvents();
        QCOMPARE(doc.table("track")->columns[9].type, schema::ColumnType::smallInteger());
        QCOMPARE(doc.undoStack()->undoText(),
                 QString("Change type of track.release_year to SMALLINT"));

        QCheckBox *nullable = checkAt(grid, 9, TableEditor::ColNullable);
        QVERIFY(nullable && nullable->isChecked());
        QTest::mouseClick(nullable, Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(!doc.table("track")->columns[9].nullable);

        grid->setCurrentCell(9, 0);
        editor.showTab(TableEditor::IndexesTab);
        click(editor, "addIndex");
        const schema::Table *track = doc.table("track");
        QCOMPARE(track->indexes.size(), std::size_t(4));
        QCOMPARE(track->indexes[3].columnNames(), QStringList{"release_year"});
        // The naming convention named it.
        QCOMPARE(track->indexes[3].name, QString("ix_track_release_year"));
        QCOMPARE(doc.undoStack()->undoText(), QString("Add index ix_track_release_year to track"));
        QCOMPARE(editor.indexesGrid()->rowCount(), 4);
        QCOMPARE(editor.indexesGrid()->item(3, TableEditor::IxName)->text(),
                 QString("ix_track_release_year"));

        // Partial index through the Where cell.
        typeIntoCell(editor.indexesGrid(), 3, TableEditor::IxWhere, "release_year > 1900");
        QCOMPARE(doc.table("track")->indexes[3].where, QString("release_year > 1900"));

        // A generated name follows a column rename; a name the user chose does not.
        editor.showTab(TableEditor::ColumnsTab);
        typeIntoCell(grid, 9, TableEditor::ColName, "year");
        QCOMPARE(doc.table("track")->columns[9].name, QString("year"));
        QCOMPARE(doc.table("track")->indexes[3].name, QString("ix_track_year"));
        QCOMPARE(doc.table("track")->indexes[3].columnNames(), QStringList{"year"});
        typeIntoCell(grid, 2, TableEditor::ColName, "record_id");
        QCOMPARE(doc.table("track")->indexes[0].name, QString("track_album_id_idx"));
        QCOMPARE(doc.table("track")->indexes[0].columnNames(), QStringList{"record_id"});
        QCOMPARE(doc.table("track")->foreignKeys[0].columns, QStringList{"record_id"});
    }

    void renamingAReferencedColumnCarriesForeignKeysInOneStep()
    {
        EditableModelDocument doc(editortest::chinook(), {});
        TableEditor editor(&doc, schema::Dialect::PostgreSQL);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setTable("track");
        const schema::MetaData before = doc.metadata();
        typeIntoCell(editor.columnsGrid(), 0, TableEditor::ColName, "id");
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QString("Rename column track.track_id → id"));
        QCOMPARE(doc.table("track")->primaryKey.columns, QStringList{"id"});
        QCOMPARE(doc.table("playlist_track")->foreignKeys[0].referredColumns, QStringList{"id"});
        QCOMPARE(doc.table("playlist_track")->foreignKeys[0].columns, QStringList{"track_id"});
        doc.undoStack()->undo();
        QCOMPARE(doc.metadata(), before);
        QCoreApplication::processEvents();
        QCOMPARE(editor.columnsGrid()->item(0, 0)->text(), QString("track_id"));
    }

    void undoThreeEditsAndRedoThem()
    {
        EditableModelDocument doc(editortest::chinook(), {});
        TableEditor editor(&doc, schema::Dialect::PostgreSQL);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setTable("track");
        QTableWidget *grid = editor.columnsGrid();
        std::vector<schema::MetaData> states{doc.metadata()};

        grid->setCurrentCell(8, 0);
        click(editor, "addColumn");
        states.push_back(doc.metadata());
        QTest::mouseClick(checkAt(grid, 5, TableEditor::ColNullable), Qt::LeftButton);
        QCoreApplication::processEvents();
        states.push_back(doc.metadata());
        typeIntoCell(grid, 7, TableEditor::ColDefault, "0");
        states.push_back(doc.metadata());
        QCOMPARE(doc.undoStack()->count(), 3);
        QVERIFY(!doc.table("track")->column("composer")->nullable);
        QCOMPARE(doc.table("track")->column("bytes")->serverDefault, QString("0"));
        QCOMPARE(doc.undoStack()->text(1), QString("Make track.composer NOT NULL"));
        QCOMPARE(doc.undoStack()->text(2), QString("Set default of track.bytes to 0"));

        for (int i = 3; i > 0; --i) {
            doc.undoStack()->undo();
            QCoreApplication::processEvents();
            QCOMPARE(doc.metadata(), states[std::size_t(i - 1)]);
            QCOMPARE(grid->rowCount(), int(doc.table("track")->columns.size()));
        }
        QCOMPARE(grid->item(7, TableEditor::ColDefault)->text(), QString());
        QVERIFY(checkAt(grid, 5, TableEditor::ColNullable)->isChecked());
        for (int i = 1; i <= 3; ++i) {
            doc.undoStack()->redo();
            QCoreApplication::processEvents();
            QCOMPARE(doc.metadata(), states[std::size_t(i)]);
        }
        QCOMPARE(grid->item(7, TableEditor::ColDefault)->text(), QString("0"));
        QVERIFY(!checkAt(grid, 5, TableEditor::ColNullable)->isChecked());
    }

    void ddlPreviewFollowsEdits()
    {
        EditableModelDocument doc(editortest::chinook(), {});
        TableEditor editor(&doc, schema::Dialect::PostgreSQL);
        editor.setTable("track");
        editor.showTab(TableEditor::DdlTab);
        QVERIFY2(editor.ddlText().contains("CREATE TABLE track ("), qPrintable(editor.ddlText()));
        QVERIFY(editor.ddlText().contains("CREATE INDEX track_album_id_idx ON track (album_id)"));
        QVERIFY(editor.ddlText().contains("COMMENT ON COLUMN track.unit_price IS 'Price in USD'"));
        QVERIFY(!editor.ddlText().contains("column_10"));
        editor.addColumn();
        QCoreApplication::processEvents();
        QVERIFY2(editor.ddlText().contains("column_10 TEXT"), qPrintable(editor.ddlText()));

        // SQLite renders its own DDL for the same table.
        EditableModelDocument lite(editortest::chinook(), {});
        TableEditor sqlite(&lite, schema::Dialect::SQLite);
        sqlite.setTable("album");
        QVERIFY2(sqlite.ddlText().contains("FOREIGN KEY(artist_id) REFERENCES artist (artist_id)"),
                 qPrintable(sqlite.ddlText()));
        QVERIFY(!sqlite.ddlText().contains("COMMENT ON"));
    }

    void constraintsTabAddsAndEditsForeignKeys()
    {
        schema::ModelDocument source = editortest::chinook();
        source.metadata.naming.set("fk",
                                   "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s");
        EditableModelDocument doc(source, {});
        TableEditor editor(&doc, schema::Dialect::PostgreSQL);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setTable("playlist_track");
        editor.showTab(TableEditor::ConstraintsTab);
        QTableWidget *grid = editor.constraintsGrid();
        QCOMPARE(grid->rowCount(), 2);  // primary key + one foreign key
        QCOMPARE(grid->item(0, TableEditor::CnColumns)->text(), QString("playlist_id, track_id"));

        editor.columnsGrid()->setCurrentCell(0, 0);
        click(editor, "addForeignKey");
        const schema::Table *pt = doc.table("playlist_track");
        QCOMPARE(pt->foreignKeys.size(), std::size_t(2));
        QCOMPARE(pt->foreignKeys[1].referredTable, QString("artist"));
        QCOMPARE(pt->foreignKeys[1].referredColumns, QStringList{"artist_id"});
        QCOMPARE(pt->foreignKeys[1].name, QString("fk_playlist_track_playlist_id_artist"));

        // Point it at another table with the References combo.
        const int row = grid->rowCount() - 1;
        auto *tables = qobject_cast<QComboBox *>(grid->cellWidget(row, TableEditor::CnTable));
        QVERIFY(tables);
        const int genre = tables->findText("genre");
        tables->setCurrentIndex(genre);
        emit tables->activated(genre);
        QCoreApplication::processEvents();
        pt = doc.table("playlist_track");
        QCOMPARE(pt->foreignKeys[1].referredTable, QString("genre"));
        QCOMPARE(pt->foreignKeys[1].referredColumns, QStringList{"genre_id"});
        // The generated name followed the new target.
        QCOMPARE(pt->foreignKeys[1].name, QString("fk_playlist_track_playlist_id_genre"));

        auto *onDelete = qobject_cast<QComboBox *>(grid->cellWidget(row, TableEditor::CnOnDelete));
        QVERIFY(onDelete);
        const int cascade = onDelete->findText("CASCADE");
        onDelete->setCurrentIndex(cascade);
        emit onDelete->activated(cascade);
        QCoreApplication::processEvents();
        QCOMPARE(doc.table("playlist_track")->foreignKeys[1].onDelete,
                 schema::ReferentialAction::Cascade);
        QTest::mouseClick(checkAt(grid, row, TableEditor::CnDeferrable), Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(doc.table("playlist_track")->foreignKeys[1].deferrable);
        QVERIFY(checkAt(grid, row, TableEditor::CnDeferred)->isEnabled());

        grid->setCurrentCell(row, 0);
        click(editor, "removeConstraint");
        QCOMPARE(doc.table("playlist_track")->foreignKeys.size(), std::size_t(1));
        QCOMPARE(doc.undoStack()->undoText(),
                 QString("Drop foreign key fk_playlist_track_playlist_id_genre of playlist_track"));

        // A check constraint, its expression typed into the grid.
        click(editor, "addCheck");
        const int checkRow = rowOf(grid, "Check");
        QVERIFY(checkRow >= 0);
        typeIntoCell(grid, checkRow, TableEditor::CnColumns, "playlist_id > 0");
        QCOMPARE(doc.table("playlist_track")->checkConstraints[0].sqlText,
                 QString("playlist_id > 0"));
    }

    void renamingTheTableFromTheHeader()
    {
        EditableModelDocument doc(editortest::chinook(), {});
        TableEditor editor(&doc, schema::Dialect::PostgreSQL);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setTable("genre");
        auto *name = editor.findChild<QLineEdit *>("tableName");
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, "style");
        QTest::keyClick(name, Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY(doc.table("style"));
        QCOMPARE(doc.table("track")->foreignKeys[1].referredTable, QString("style"));
        QCOMPARE(editor.tableKey(), QString("style"));
        QCOMPARE(doc.undoStack()->undoText(), QString("Rename table genre → style"));
        // Undo renames it back, and the editor follows the table.
        doc.undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(editor.tableKey(), QString("genre"));
        QCOMPARE(name->text(), QString("genre"));
    }
};

QTEST_MAIN(TestModelEditor)
#include "test_model_editor.moc"
