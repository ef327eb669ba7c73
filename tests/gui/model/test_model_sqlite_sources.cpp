// Model editor documents from each source on SQLite: Chinook reflected
// through DatabaseModelLoader (11 tables, the reflected foreign keys), Save
// as model file and reopen (an equal document, positions included), Save in
// place refused for models.py (and why), the models.py reader's warnings
// kept, the state at a revision, cancel, and errors that name the file.
#include "ModelTestUtil.h"
#include "core/migrate/models/ModelsPyWriter.h"
#include "ui/model/ModelExport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::ui;

class TestModelSqliteSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("chinook.db"));
        const QString loaded = modeltest::loadChinookSqlite(m_db);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        m_url = QStringLiteral("sqlite:///") + m_db;
    }

    void chinookFromDatabase()
    {
        Result<OpenedModel> opened = modeltest::openFromDatabase(m_url, QStringLiteral("Chinook"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE(opened->source.kind, ModelSource::Kind::Database);
        QCOMPARE(opened->source.location, QStringLiteral("Chinook"));
        QCOMPARE(opened->dialect, schema::Dialect::SQLite);
        QCOMPARE(opened->document.metadata.tables.size(), size_t(11));
        Result<schema::MetaData> reflected = modeltest::reflect(m_url, schema::Dialect::SQLite);
        QVERIFY(reflected);
        QString why;
        const int fks =
            modeltest::sameForeignKeys(opened->document.metadata, reflected.value(), &why);
        QVERIFY2(fks >= 0, qPrintable(why));
        QCOMPARE(fks, 11);  // Chinook's foreign keys
        QVERIFY(!opened->source.savesInPlace());
        QVERIFY(ModelSources::title(opened->source).contains(QStringLiteral("Chinook")));
    }

    void saveAsAndReopen()
    {
        Result<OpenedModel> opened = modeltest::openFromDatabase(m_url, QStringLiteral("Chinook"));
        QVERIFY(opened);
        EditableModelDocument doc(opened->document, opened->source);
        // A read-only source refuses Save and says to use Save as.
        Status refused = ModelExport::save(doc);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("Save as model file")));

        std::vector<schema::DiagramPosition> moves;
        double x = 10;
        for (const schema::Table &t : doc.metadata().tables)
            moves.push_back({t.schema, t.name, x += 230, 40 + x / 10});
        doc.moveTables(moves);
        modeltest::addRatingAndIndex(doc, QStringLiteral("Track"));
        QVERIFY(doc.isModified());

        const QString path = m_dir.filePath(QStringLiteral("chinook"));
        QVERIFY(ModelExport::saveAs(doc, path));
        QCOMPARE(doc.source().kind, ModelSource::Kind::ModelFile);
        QCOMPARE(doc.source().location, path + QStringLiteral(".stratum-model"));
        QVERIFY(!doc.isModified());

        Result<OpenedModel> again = ModelSources::openModelFile(doc.source().location);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->document.positions.size(), size_t(11));
        QVERIFY(again->document == doc.document());
        QCOMPARE(again->source, doc.source());
        QVERIFY(again->source.savesInPlace());

        // Save in place now works and writes the next edit.
        EditableModelDocument reopened(again->document, again->source);
        schema::Table genre = *reopened.table(QStringLiteral("Genre"));
        genre.comment = QStringLiteral("music genres");
        reopened.replaceTable(QStringLiteral("Genre"), genre, QStringLiteral("comment"));
        QVERIFY(ModelExport::save(reopened));
        Result<OpenedModel> third = ModelSources::openModelFile(reopened.source().location);
        QVERIFY(third);
        QCOMPARE(third->document.metadata.table({}, QStringLiteral("Genre"))->comment,
                 QStringLiteral("music genres"));
    }

    void modelsPyIsReadOnlyWithWarnings()
    {
        // A models.py with a relationship() argument the reader cannot interpret.
        const QString path =
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/unit/models_py/typed/05_mixins.py");
        const QString before = readFile(path);
        Result<OpenedModel> opened = ModelSources::openModelsPy(path, schema::Dialect::PostgreSQL);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE(opened->source.kind, ModelSource::Kind::ModelsPy);
        QVERIFY(!opened->document.metadata.tables.empty());
        QCOMPARE(opened->source.warnings.size(), 1);
        const int line =
            int(before.left(before.indexOf(QStringLiteral("remote_side=lambda"))).count(u'\n')) + 1;
        QVERIFY2(opened->source.warnings.first().startsWith(
                     QStringLiteral("05_mixins.py:%1: ").arg(line)),
                 qPrintable(opened->source.warnings.first()));
        QVERIFY(opened->source.warnings.first().contains(QStringLiteral("relationship()")));

        EditableModelDocument doc(opened->document, opened->source);
        Status refused = ModelExport::save(doc);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("read only")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("05_mixins.py")));
        QCOMPARE(readFile(path), before);  // untouched
        QVERIFY(ModelSources::description(doc.source()).contains(QStringLiteral("read only")));
        QVERIFY(ModelSources::title(doc.source()).contains(QStringLiteral("read only")));
    }

    void errorsNameTheFile()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.stratum-model"));
        QVERIFY(ModelExport::writeText(broken, QStringLiteral("{\n  \"format\": ")));
        Result<OpenedModel> bad = ModelSources::openModelFile(broken);
        QVERIFY(!bad);
        QVERIFY2(bad.error().toString().contains(QStringLiteral("broken.stratum-model")),
                 qPrintable(bad.error().toString()));

        const QString py = m_dir.filePath(QStringLiteral("syntax.py"));
        QVERIFY(ModelExport::writeText(py, QStringLiteral("class A(:\n")));
        Result<OpenedModel> badPy = ModelSources::openModelsPy(py, schema::Dialect::SQLite);
        QVERIFY(!badPy);
        QVERIFY2(badPy.error().toString().contains(QStringLiteral("syntax.py")),
                 qPrintable(badPy.error().toString()));

        Result<OpenedModel> noDb = modeltest::openFromDatabase(
            QStringLiteral("sqlite:///") + m_dir.filePath(QStringLiteral("no/such/dir/x.db")),
            QStringLiteral("Missing"));
        QVERIFY(!noDb);
        QVERIFY2(noDb.error().message.contains(QStringLiteral("Missing")),
                 qPrintable(noDb.error().message));
    }

    void stateAtRevision()
    {
        QTemporaryDir project;
        const QString ini = modeltest::writeProject(project.path(), m_url);
        QFile rev(project.filePath(QStringLiteral("migrations/versions/a1_first.py")));
        QVERIFY(rev.open(QIODevice::WriteOnly));
        rev.write("\"\"\"first\n\nRevision ID: a1b2c3d4e5f6\nRevises: \n\"\"\"\n"
                  "from alembic import op\nimport sqlalchemy as sa\n\n"
                  "revision = 'a1b2c3d4e5f6'\ndown_revision = None\nbranch_labels = None\n"
                  "depends_on = None\n\n\ndef upgrade():\n"
                  "    op.create_table('band', sa.Column('id', sa.Integer(), nullable=False),\n"
                  "        sa.Column('name', sa.String(length=80), nullable=False),\n"
                  "        sa.PrimaryKeyConstraint('id'))\n\n\ndef downgrade():\n"
                  "    op.drop_table('band')\n");
        rev.close();
        Result<OpenedModel> opened =
            ModelSources::openRevision(ini, QStringLiteral("head"), schema::Dialect::SQLite);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE(opened->source.kind, ModelSource::Kind::Revision);
        QCOMPARE(opened->source.location, QStringLiteral("head"));
        QCOMPARE(opened->source.connectionName, QFileInfo(ini).absoluteFilePath());
        QCOMPARE(opened->document.metadata.tables.size(), size_t(1));
        QVERIFY(opened->document.metadata.table({}, QStringLiteral("band")));

        Result<OpenedModel> missing =
            ModelSources::openRevision(ini, QStringLiteral("ffff9999"), schema::Dialect::SQLite);
        QVERIFY(!missing);
    }

    void cancelReflection()
    {
        DatabaseModelLoader loader;
        QSignalSpy loaded(&loader, &DatabaseModelLoader::loaded);
        QSignalSpy failed(&loader, &DatabaseModelLoader::failed);
        loader.start(modeltest::engineFor(m_url), QStringLiteral("Chinook"));
        QVERIFY(loader.isRunning());
        loader.cancel();
        QVERIFY(modeltest::waitFor(failed) || !loaded.isEmpty());
        // Cancelled before or during reflection: it says so (a reflection that
        // had already finished is the only other outcome, and it is complete).
        if (!failed.isEmpty())
            QVERIFY(failed.first().first().toString().contains(QStringLiteral("Cancelled")));
        else
            QCOMPARE(loader.result().document.metadata.tables.size(), size_t(11));
        QVERIFY(!loader.isRunning());
    }

private:
    static QString readFile(const QString &path) { return modeltest::readFile(path); }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_url;
};

QTEST_MAIN(TestModelSqliteSources)
#include "test_model_sqlite_sources.moc"
