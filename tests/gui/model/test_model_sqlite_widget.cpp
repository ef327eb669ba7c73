// The model editor's document tab on SQLite Chinook: the banner and title
// name the source and say whether Save writes back; a card activated in the
// diagram opens the table editor; a column and an index added through the
// table editor become a revision with exactly add_column and create_index
// (Generate revision from the toolbar), which upgrading applies; a blocking
// problem stops generation and says why; Save as turns the tab into a model
// file; closing with unsaved edits asks.
#include "ModelTestUtil.h"
#include "core/schema/ModelValidator.h"
#include "ui/model/ErDiagramView.h"
#include "ui/model/ModelEditorWidget.h"
#include "ui/model/ProblemsView.h"
#include "ui/model/TableEditor.h"

#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::ui;

class TestModelSqliteWidget : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString db = m_dir->filePath(QStringLiteral("chinook.db"));
        const QString loaded = modeltest::loadChinookSqlite(db);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        m_url = QStringLiteral("sqlite:///") + db;
        m_ini = modeltest::writeProject(m_dir->filePath(QStringLiteral("project")), m_url);
        Result<OpenedModel> opened =
            modeltest::openFromDatabase(m_url, QStringLiteral("Chinook"), m_ini);
        QVERIFY(opened);
        m_editor = std::make_unique<ModelEditorWidget>(opened.value());
        MigrationSource project;
        project.iniPath = m_ini;
        m_editor->setProject(project);
        m_editor->resize(1400, 900);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }
    void cleanup()
    {
        if (m_editor)
            m_editor->setCloseQuestion(
                [](ModelEditorWidget *) { return int(QMessageBox::Discard); });
        m_editor.reset();
    }

    void bannerAndTitleNameTheSource()
    {
        QVERIFY(m_editor->title().contains(QStringLiteral("Chinook")));
        QVERIFY(!m_editor->title().endsWith(QStringLiteral(" *")));
        QVERIFY(m_editor->banner()->text().contains(QStringLiteral("read only")));
        QVERIFY(m_editor->banner()->text().contains(QStringLiteral("Chinook")));
        QCOMPARE(m_editor->document()->metadata().tables.size(), size_t(11));
    }

    void columnAndIndexThroughTheTableEditorThenGenerate()
    {
        // Activating a card opens the table editor on it.
        emit m_editor->diagram()->tableActivated(QStringLiteral("Track"));
        TableEditor *editor = m_editor->tableEditor();
        QCOMPARE(editor->tableKey(), QStringLiteral("Track"));

        QSignalSpy titles(m_editor.get(), &ModelEditorWidget::titleChanged);
        QTableWidget *grid = editor->columnsGrid();
        const int columns = grid->rowCount();
        grid->setCurrentCell(columns - 1, 0);
        editor->addColumn();
        QTRY_COMPARE(grid->rowCount(), columns + 1);
        const QString added =
            m_editor->document()->table(QStringLiteral("Track"))->columns.back().name;
        grid->setCurrentCell(columns, 0);
        editor->showTab(TableEditor::IndexesTab);
        editor->addIndex();
        const schema::Table *track = m_editor->document()->table(QStringLiteral("Track"));
        QCOMPARE(track->indexes.back().columnNames(), QStringList{added});
        QVERIFY(m_editor->title().endsWith(QStringLiteral(" *")));
        QVERIFY(!titles.isEmpty());

        QPointer<AutogenerateReviewDialog> dialog;
        connect(m_editor->generator(), &RevisionGenerator::reviewShown, this,
                [&dialog](AutogenerateReviewDialog *d) { dialog = d; });
        QSignalSpy written(m_editor.get(), &ModelEditorWidget::revisionWritten);
        m_editor->generateRevision();
        QTRY_VERIFY_WITH_TIMEOUT(dialog, 120000);
        QCOMPARE(modeltest::callsOf(dialog->selectedUpgrade()),
                 (QStringList{QStringLiteral("op.add_column"), QStringLiteral("op.create_index")}));
        Result<migrate::Revision> revision = dialog->write();
        QVERIFY2(revision, qPrintable(revision ? QString() : revision.error().toString()));
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.first().first().toString(), m_ini);
        QVERIFY(m_editor->statusLabel()->text().contains(revision->id));

        Status upgraded = modeltest::upgradeHead(m_ini, m_url);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().toString()));
        Result<schema::MetaData> after = modeltest::reflect(m_url, schema::Dialect::SQLite);
        QVERIFY(after);
        QVERIFY(after->table({}, QStringLiteral("Track"))->column(added));
    }

    void blockingProblemStopsGeneration()
    {
        // An FK whose column type does not match the referenced one.
        schema::Table track = *m_editor->document()->table(QStringLiteral("Track"));
        track.column(QStringLiteral("AlbumId"))->type = schema::ColumnType::text();
        m_editor->document()->replaceTable(QStringLiteral("Track"), track, QStringLiteral("type"));
        QSignalSpy failed(m_editor->generator(), &RevisionGenerator::failed);
        m_editor->generateRevision();
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_editor->problemsView()->hasBlockingProblems());
        QVERIFY2(m_editor->statusLabel()->isVisible(), "the reason is shown");
        QVERIFY2(m_editor->statusLabel()->text().contains(QStringLiteral("blocked")),
                 qPrintable(m_editor->statusLabel()->text()));
        QVERIFY(m_editor->statusLabel()->text().contains(QStringLiteral("Track")));
    }

    void saveAsAndCloseAsks()
    {
        schema::Table genre = *m_editor->document()->table(QStringLiteral("Genre"));
        genre.comment = QStringLiteral("music genres");
        m_editor->document()->replaceTable(QStringLiteral("Genre"), genre, QStringLiteral("c"));
        int asked = 0;
        m_editor->setCloseQuestion([&asked](ModelEditorWidget *) {
            ++asked;
            return int(QMessageBox::Cancel);
        });
        QVERIFY(!m_editor->close());
        QCOMPARE(asked, 1);
        QVERIFY(m_editor->isVisible());

        const QString path = m_dir->filePath(QStringLiteral("chinook.stratum-model"));
        QVERIFY(m_editor->saveAs(path));
        QCOMPARE(m_editor->title(), QStringLiteral("chinook.stratum-model"));
        QVERIFY(m_editor->banner()->text().contains(QStringLiteral("writes it back")));
        QVERIFY(m_editor->close());  // nothing unsaved: no question
        QCOMPARE(asked, 1);
        Result<OpenedModel> reopened = ModelSources::openModelFile(path);
        QVERIFY(reopened);
        // The same model and a position for every table (the layout's
        // coordinates are rounded in the file).
        QVERIFY(reopened->document.metadata == m_editor->document()->metadata());
        QCOMPARE(reopened->document.positions.size(), size_t(11));
    }

    void exports()
    {
        const QString png = m_dir->filePath(QStringLiteral("chinook.png"));
        QVERIFY(m_editor->exportDiagram(false, png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200);
        QVERIFY(m_editor->exportDiagram(true, m_dir->filePath(QStringLiteral("chinook.svg"))));
        QVERIFY(m_editor->exportModelsPy(migrate::ModelsPyStyle::Typed,
                                         m_dir->filePath(QStringLiteral("models.py"))));
        QVERIFY(m_editor->exportDdl(schema::Dialect::PostgreSQL,
                                    m_dir->filePath(QStringLiteral("schema.sql"))));
        QVERIFY(modeltest::readFile(m_dir->filePath(QStringLiteral("schema.sql")))
                    .contains(QStringLiteral("CREATE TABLE")));
        QVERIFY(m_editor->findTable(QStringLiteral("invoiceline")));
        QCOMPARE(m_editor->tableEditor()->tableKey(), QStringLiteral("InvoiceLine"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ModelEditorWidget> m_editor;
    QString m_url;
    QString m_ini;
};

QTEST_MAIN(TestModelSqliteWidget)
#include "test_model_sqlite_widget.moc"
