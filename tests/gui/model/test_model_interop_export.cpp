// Exports of an edited model editor document against Debian's SQLAlchemy 1.4
// (/usr/bin/python3): Chinook reflected into a document, a column and an
// index added, exported as a classic models.py through ModelExport, run
// through metadata.create_all() into a new SQLite file, reflected: the same
// MetaData as the document (canonical form; no normalisation was needed).
// The typed export read back with Stratum's models.py reader is equal too,
// and the DDL export for each dialect is what DdlPlanner plans.
#include "ModelTestUtil.h"
#include "core/migrate/models/ModelsPyReader.h"
#include "core/schema/DdlPlanner.h"
#include "tests/unit/schema/ModelDiff.h"
#include "ui/model/ModelExport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::ui;

class TestModelInteropExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("chinook.db"));
        const QString loaded = modeltest::loadChinookSqlite(db);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        Result<OpenedModel> opened = modeltest::openFromDatabase(QStringLiteral("sqlite:///") + db,
                                                                 QStringLiteral("Chinook"));
        QVERIFY(opened);
        m_doc = std::make_unique<EditableModelDocument>(opened->document, opened->source);
        modeltest::addRatingAndIndex(*m_doc, QStringLiteral("Track"));
    }

    void classicRoundTripThroughSqlAlchemy()
    {
        const QString py = m_dir.filePath(QStringLiteral("models_classic.py"));
        QVERIFY(
            ModelExport::exportModelsPy(m_doc->metadata(), migrate::ModelsPyStyle::Classic, py));
        const QString text = modeltest::readFile(py);
        QVERIFY(text.contains(QStringLiteral("Column(")));
        QVERIFY(!text.contains(QStringLiteral("mapped_column(")));

        const QString created = m_dir.filePath(QStringLiteral("created.db"));
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(STRATUM_SOURCE_DIR "/tests/interop/models_py/create_all.py"), py,
                 QStringLiteral("sqlite:///") + created});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));

        Result<schema::MetaData> again =
            modeltest::reflect(QStringLiteral("sqlite:///") + created, schema::Dialect::SQLite);
        QVERIFY(again);
        const schema::MetaData model = m_doc->metadata().canonical();
        QVERIFY(again->table({}, QStringLiteral("Track"))->column(QStringLiteral("rating")));
        QVERIFY2(again.value() == model,
                 qPrintable(schema::test::firstDifference(model, again.value())));
    }

    void typedReadsBackEqual()
    {
        const QString py = m_dir.filePath(QStringLiteral("models_typed.py"));
        QVERIFY(ModelExport::exportModelsPy(m_doc->metadata(), migrate::ModelsPyStyle::Typed, py));
        QVERIFY(modeltest::readFile(py).contains(QStringLiteral("mapped_column(")));
        Result<OpenedModel> read = ModelSources::openModelsPy(py, schema::Dialect::SQLite);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QVERIFY2(read->source.warnings.isEmpty(), qPrintable(read->source.warnings.join(u'\n')));
        const schema::MetaData model = m_doc->metadata().canonical();
        QVERIFY2(read->document.metadata == model,
                 qPrintable(schema::test::firstDifference(model, read->document.metadata)));
    }

    void ddlForEachDialect()
    {
        for (schema::Dialect dialect : {schema::Dialect::SQLite, schema::Dialect::PostgreSQL}) {
            const QString path = m_dir.filePath(QStringLiteral("schema.sql"));
            QVERIFY(ModelExport::exportDdl(m_doc->metadata(), dialect, path));
            const QString text = modeltest::readFile(path);
            Result<schema::DdlScript> plan =
                schema::DdlPlanner::createAll(m_doc->metadata(), dialect);
            QVERIFY(plan);
            for (const QString &statement : plan->statements)
                QVERIFY2(text.contains(statement.trimmed() + u';'), qPrintable(statement));
            QVERIFY(text.contains(QStringLiteral("ix_Track_rating")));
        }
        // And the SQLite script runs.
        const QString path = m_dir.filePath(QStringLiteral("schema.sql"));
        QVERIFY(ModelExport::exportDdl(m_doc->metadata(), schema::Dialect::SQLite, path));
        auto c = modeltest::connectTo(QStringLiteral("sqlite:///") +
                                      m_dir.filePath(QStringLiteral("ddl.db")));
        QVERIFY(c);
        const QString ran = modeltest::run(*c.value(), {modeltest::readFile(path)});
        QVERIFY2(ran.isEmpty(), qPrintable(ran));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditableModelDocument> m_doc;
};

QTEST_MAIN(TestModelInteropExport)
#include "test_model_interop_export.moc"
