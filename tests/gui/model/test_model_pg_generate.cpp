// The model editor on PostgreSQL (STRATUM_TEST_PG_URL, a database of its own
// created and dropped): Chinook opened from the database has 11 tables and the
// reflected foreign keys; a column and an index added in the document become a
// revision with exactly add_column and create_index, which the core runner
// applies; a rename chosen in the review becomes alter_column.
#include "ModelTestUtil.h"

#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::ui;

class TestModelPgGenerate : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = std::make_unique<modeltest::PgDatabase>();
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
        const QString loaded = modeltest::loadChinookPg(m_db->url());
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        m_dir = std::make_unique<QTemporaryDir>();
        // The URL (with its password) goes to the generator, not into the ini.
        m_ini = modeltest::writeProject(m_dir->path(), QStringLiteral("postgresql://"));
    }
    void cleanup() { m_db.reset(); }

    void chinookFromDatabase()
    {
        Result<OpenedModel> opened =
            modeltest::openFromDatabase(m_db->url(), QStringLiteral("Chinook PG"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE(opened->dialect, schema::Dialect::PostgreSQL);
        QCOMPARE(opened->document.metadata.tables.size(), size_t(11));
        Result<schema::MetaData> reflected =
            modeltest::reflect(m_db->url(), schema::Dialect::PostgreSQL);
        QVERIFY(reflected);
        QString why;
        const int fks =
            modeltest::sameForeignKeys(opened->document.metadata, reflected.value(), &why);
        QVERIFY2(fks >= 0, qPrintable(why));
        QCOMPARE(fks, 11);  // Chinook's foreign keys
    }

    void addColumnAndIndexThenUpgrade()
    {
        Result<OpenedModel> opened =
            modeltest::openFromDatabase(m_db->url(), QStringLiteral("Chinook PG"), m_ini);
        QVERIFY(opened);
        EditableModelDocument doc(opened->document, opened->source);
        modeltest::addRatingAndIndex(doc, QStringLiteral("track"));
        QWidget parent;
        Result<migrate::Revision> written =
            modeltest::generateAndWrite(doc, &parent, m_ini, m_db->url(),
                                        [](AutogenerateReviewDialog *) -> Status { return Ok{}; });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        Result<migrate::RevisionOperations> ops =
            modeltest::operationsOf(m_ini, written->id, schema::Dialect::PostgreSQL);
        QVERIFY2(ops, qPrintable(ops ? QString() : ops.error().toString()));
        QCOMPARE(modeltest::upgradeCalls(ops.value()),
                 (QStringList{QStringLiteral("op.add_column"), QStringLiteral("op.create_index")}));

        Status upgraded = modeltest::upgradeHead(m_ini, m_db->url());
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().toString()));
        Result<schema::MetaData> after =
            modeltest::reflect(m_db->url(), schema::Dialect::PostgreSQL);
        QVERIFY(after);
        const schema::Table *track = after->table({}, QStringLiteral("track"));
        QVERIFY(track);
        QVERIFY(track->column(QStringLiteral("rating")));
        QCOMPARE(track->column(QStringLiteral("rating"))->type, schema::ColumnType::integer());
        bool indexed = false;
        for (const schema::Index &i : track->indexes)
            indexed |= i.name == QStringLiteral("ix_track_rating");
        QVERIFY(indexed);
    }

    void renameChosenInTheReview()
    {
        Result<OpenedModel> opened =
            modeltest::openFromDatabase(m_db->url(), QStringLiteral("Chinook PG"), m_ini);
        QVERIFY(opened);
        EditableModelDocument doc(opened->document, opened->source);
        schema::Table genre = *doc.table(QStringLiteral("genre"));
        genre.column(QStringLiteral("name"))->name = QStringLiteral("label");
        doc.replaceTable(QStringLiteral("genre"), genre, QStringLiteral("rename column"));
        QWidget parent;
        Result<migrate::Revision> written = modeltest::generateAndWrite(
            doc, &parent, m_ini, m_db->url(), [](AutogenerateReviewDialog *dialog) -> Status {
                Error e;
                if (dialog->renameList()->count() != 1) {
                    e.message = QStringLiteral("no rename candidate");
                    return e;
                }
                dialog->renameList()->item(0)->setCheckState(Qt::Checked);
                QElapsedTimer t;
                t.start();
                while (t.elapsed() < 60000) {
                    if (modeltest::callsOf(dialog->selectedUpgrade()) ==
                        QStringList{QStringLiteral("op.alter_column")})
                        return Ok{};
                    QTest::qWait(50);
                }
                e.message = QStringLiteral("no new comparison");
                return e;
            });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QString text = modeltest::readFile(written->path);
        QVERIFY2(text.contains(QStringLiteral("new_column_name='label'")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("drop_column")), qPrintable(text));
        Status upgraded = modeltest::upgradeHead(m_ini, m_db->url());
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().toString()));
        Result<schema::MetaData> after =
            modeltest::reflect(m_db->url(), schema::Dialect::PostgreSQL);
        QVERIFY(after);
        QVERIFY(after->table({}, QStringLiteral("genre"))->column(QStringLiteral("label")));
    }

private:
    std::unique_ptr<modeltest::PgDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

QTEST_MAIN(TestModelPgGenerate)
#include "test_model_pg_generate.moc"
