// Live validation in the model editor: an FK whose type does not match
// blocks generation (ProblemsView lists it with both columns and types, the
// table editor tints the constraint), activating a problem names its table,
// undo clears it; inline tints for columns; the enum and sequence editors go
// through one undo step each.
#include "test_model_editor_chinook.h"
#include "ui/common/Appearance.h"
#include "ui/model/ColumnTypeEditor.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/EnumEditorDialog.h"
#include "ui/model/ProblemsView.h"
#include "ui/model/SequenceEditorDialog.h"
#include "ui/model/TableEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace stratum;
using stratum::ui::EditableModelDocument;
using stratum::ui::ProblemsView;
using stratum::ui::TableEditor;

namespace {

void setKind(ui::ColumnTypeEditor *type, schema::TypeKind kind)
{
    const int at = type->kindCombo()->findData(int(kind));
    type->kindCombo()->setCurrentIndex(at);
    emit type->kindCombo()->activated(at);
    QCoreApplication::processEvents();
}

}  // namespace

class TestModelValidation : public QObject
{
    Q_OBJECT

private slots:
    void foreignKeyTypeMismatchBlocksGeneration()
    {
        EditableModelDocument doc(editortest::chinook(), {});
        ProblemsView problems(&doc, schema::Dialect::PostgreSQL);
        TableEditor editor(&doc, schema::Dialect::PostgreSQL);
        QVERIFY(!problems.hasBlockingProblems());
        QCOMPARE(problems.list()->topLevelItemCount(), 0);
        QSignalSpy changed(&problems, &ProblemsView::problemsChanged);

        editor.setTable("playlist_track");
        auto *type = qobject_cast<ui::ColumnTypeEditor *>(
            editor.columnsGrid()->cellWidget(1, TableEditor::ColType));
        QVERIFY(type);
        setKind(type, schema::TypeKind::Text);
        QCOMPARE(doc.table("playlist_track")->columns[1].type, schema::ColumnType::text());

        QVERIFY(problems.hasBlockingProblems());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(problems.problems().size(), std::size_t(1));
        const schema::ModelProblem &p = problems.problems()[0];
        QCOMPARE(p.table, QString("playlist_track"));
        QCOMPARE(p.object, QString("foreign key playlist_track_track_id_fkey"));
        QVERIFY2(p.message.contains("playlist_track.track_id (TEXT)") &&
                     p.message.contains("track.track_id (INTEGER)"),
                 qPrintable(p.message));
        QTreeWidgetItem *item = problems.list()->topLevelItem(0);
        QCOMPARE(item->text(0), QString("Error"));
        QCOMPARE(item->text(1), QString("playlist_track"));
        QCOMPARE(item->text(3), p.message);

        // The editor tints the foreign key's row and explains it.
        QTableWidget *constraints = editor.constraintsGrid();
        int fkRow = -1;
        for (int r = 0; r < constraints->rowCount(); ++r) {
            if (constraints->item(r, TableEditor::CnName)->text() == "playlist_track_track_id_fkey")
                fkRow = r;
        }
        QVERIFY(fkRow >= 0);
        QCOMPARE(constraints->item(fkRow, TableEditor::CnName)->toolTip(), p.message);
        QVERIFY(constraints->item(fkRow, TableEditor::CnName)->background().style() != Qt::NoBrush);
        QCOMPARE(constraints->item(0, TableEditor::CnName)->toolTip(), QString());

        // Activating the problem names where it is.
        QSignalSpy activated(&problems, &ProblemsView::problemActivated);
        problems.show();
        QVERIFY(QTest::qWaitForWindowExposed(&problems));
        problems.list()->setCurrentItem(item);
        QTest::keyClick(problems.list(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QString("playlist_track"));
        QCOMPARE(activated.at(0).at(1).toString(), p.object);

        doc.undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(!problems.hasBlockingProblems());
        QCOMPARE(problems.list()->topLevelItemCount(), 0);
        QCOMPARE(constraints->item(fkRow, TableEditor::CnName)->toolTip(), QString());
    }

    void widthMismatchIsAWarningThatDoesNotBlock()
    {
        EditableModelDocument doc(editortest::chinook(), {});
        ProblemsView problems(&doc, schema::Dialect::PostgreSQL);
        schema::Table pt = *doc.table("playlist_track");
        pt.columns[1].type = schema::ColumnType::bigInteger();
        doc.replaceTable("playlist_track", pt, "bigint");
        QCOMPARE(problems.problems().size(), std::size_t(1));
        QCOMPARE(problems.problems()[0].severity, schema::ModelProblem::Severity::Warning);
        QVERIFY(!problems.hasBlockingProblems());
    }

    void columnProblemsAreTintedInline()
    {
        EditableModelDocument doc(editortest::chinook(), {});
        TableEditor editor(&doc, schema::Dialect::PostgreSQL);
        editor.setTable("artist");
        schema::Table artist = *doc.table("artist");
        artist.columns[1].name = QString(70, 'n');
        artist.columns[0].nullable = true;
        doc.replaceTable("artist", artist, "long name");
        QCoreApplication::processEvents();
        QTableWidget *grid = editor.columnsGrid();
        QVERIFY(grid->item(1, TableEditor::ColName)->toolTip().contains("63 bytes"));
        QVERIFY(grid->item(0, TableEditor::ColName)->toolTip().contains("NOT NULL"));
        // Toggling PK off and on again makes the key column NOT NULL.
        QCheckBox *pk = grid->cellWidget(0, TableEditor::ColPk)->findChild<QCheckBox *>();
        QTest::mouseClick(pk, Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(doc.table("artist")->primaryKey.columns.isEmpty());
        pk = grid->cellWidget(0, TableEditor::ColPk)->findChild<QCheckBox *>();
        QTest::mouseClick(pk, Qt::LeftButton);
        QCoreApplication::processEvents();
        QCOMPARE(doc.table("artist")->primaryKey.columns, QStringList{"artist_id"});
        QVERIFY(!doc.table("artist")->columns[0].nullable);
        QCOMPARE(grid->item(0, TableEditor::ColName)->toolTip(), QString());
    }

    void enumEditorIsOneUndoStep()
    {
        EditableModelDocument doc(editortest::chinook(), {});
        ui::EnumEditorDialog dialog(&doc);
        dialog.addEnum();
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), "mood");
        dialog.addLabel();
        dialog.addLabel();
        dialog.labelList()->item(0)->setText("happy");
        dialog.labelList()->item(1)->setText("sad");
        dialog.accept();
        QCOMPARE(doc.metadata().enums.size(), std::size_t(1));
        QCOMPARE(doc.metadata().enums[0].name, QString("mood"));
        QCOMPARE(doc.metadata().enums[0].labels, (QStringList{"happy", "sad"}));
        QCOMPARE(doc.undoStack()->count(), 1);

        // The new enum is offered by the column type editor.
        TableEditor editor(&doc, schema::Dialect::PostgreSQL);
        editor.setTable("artist");
        auto *type = qobject_cast<ui::ColumnTypeEditor *>(
            editor.columnsGrid()->cellWidget(1, TableEditor::ColType));
        setKind(type, schema::TypeKind::Enum);
        QCOMPARE(doc.table("artist")->columns[1].type, schema::ColumnType::enumeration("mood"));

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.metadata().enums.empty());
    }

    void sequenceEditorIsOneUndoStep()
    {
        EditableModelDocument doc(editortest::chinook(), {});
        ui::SequenceEditorDialog dialog(&doc);
        dialog.addSequence();
        QLineEdit *name = dialog.field("name");
        name->clear();
        QTest::keyClicks(name, "invoice_number");
        QTest::keyClicks(dialog.field("start"), "1000");
        QTest::keyClicks(dialog.field("increment"), "5");
        dialog.accept();
        QCOMPARE(doc.metadata().sequences.size(), std::size_t(1));
        const schema::Sequence &s = doc.metadata().sequences[0];
        QCOMPARE(s.name, QString("invoice_number"));
        QCOMPARE(s.start, std::optional<qint64>(1000));
        QCOMPARE(s.increment, std::optional<qint64>(5));
        QVERIFY(!s.maxValue.has_value());
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QString("Edit sequences"));
    }

    // Grabs the editor and the problems list in light and dark palettes, for
    // a person to look at (STRATUM_SCREENSHOT_DIR); checks that they render.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("STRATUM_SCREENSHOT_DIR");
        for (bool dark : {false, true}) {
            QApplication::setStyle(QStyleFactory::create("Fusion"));
            QApplication::setPalette(dark ? ui::Appearance::darkPalette()
                                          : QApplication::style()->standardPalette());
            schema::ModelDocument source = editortest::chinook();
            // One deliberate problem so that the tint and the list show.
            source.metadata.tables[4].columns[6].type = schema::ColumnType::text();
            source.metadata.tables[5].columns[1].type = schema::ColumnType::bigInteger();
            source.metadata.tables[4].foreignKeys[2].columns = {"milliseconds"};
            EditableModelDocument doc(source, {});
            QSplitter window(Qt::Vertical);
            auto *editor = new TableEditor(&doc, schema::Dialect::PostgreSQL, &window);
            auto *problems = new ProblemsView(&doc, schema::Dialect::PostgreSQL, &window);
            window.addWidget(editor);
            window.addWidget(problems);
            window.setSizes({420, 130});
            window.resize(1100, 570);
            editor->setTable("track");
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QString suffix = dark ? "dark" : "light";
            for (auto [tab, name] : {std::pair{TableEditor::ColumnsTab, "columns"},
                                     std::pair{TableEditor::ConstraintsTab, "constraints"},
                                     std::pair{TableEditor::IndexesTab, "indexes"},
                                     std::pair{TableEditor::DdlTab, "ddl"}}) {
                editor->showTab(tab);
                QTest::qWait(20);
                const QImage image = window.grab().toImage();
                QVERIFY(!image.isNull());
                if (!dir.isEmpty())
                    QVERIFY(image.save(QDir(dir).filePath(
                        QStringLiteral("table-editor-%1-%2.png").arg(name, suffix))));
            }
            ui::EnumEditorDialog enums(&doc);
            enums.addEnum();
            enums.addLabel();
            enums.addLabel();
            enums.show();
            QVERIFY(QTest::qWaitForWindowExposed(&enums));
            if (!dir.isEmpty())
                QVERIFY(enums.grab().save(QDir(dir).filePath("enum-editor-" + suffix + ".png")));
            ui::SequenceEditorDialog sequences(&doc);
            sequences.addSequence();
            sequences.show();
            QVERIFY(QTest::qWaitForWindowExposed(&sequences));
            if (!dir.isEmpty())
                QVERIFY(sequences.grab().save(
                    QDir(dir).filePath("sequence-editor-" + suffix + ".png")));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestModelValidation)
#include "test_model_validation.moc"
