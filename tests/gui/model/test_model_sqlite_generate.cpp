// Generate revision from the model editor on SQLite: Chinook reflected into
// a document, a column and an index added, the revision written through the
// shared review dialog holds exactly add_column and create_index, and
// upgrading applies them; a renamed column chosen as a rename in the review
// becomes alter_column(new_column_name=...), not drop and add; without a
// reachable database the comparison is with the head state; a blocker stops
// the run and says why.
#include "ModelTestUtil.h"

#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::ui;

class TestModelSqliteGenerate : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url = QStringLiteral("sqlite:///") + m_dir->filePath(QStringLiteral("chinook.db"));
        const QString loaded =
            modeltest::loadChinookSqlite(m_dir->filePath(QStringLiteral("chinook.db")));
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        m_ini = modeltest::writeProject(m_dir->filePath(QStringLiteral("project")), m_url);
    }

    void addColumnAndIndexThenUpgrade()
    {
        Result<OpenedModel> opened =
            modeltest::openFromDatabase(m_url, QStringLiteral("Chinook"), m_ini);
        QVERIFY(opened);
        EditableModelDocument doc(opened->document, opened->source);
        modeltest::addRatingAndIndex(doc, QStringLiteral("Track"));

        QWidget parent;
        Result<migrate::Revision> written = modeltest::generateAndWrite(
            doc, &parent, m_ini, QString(), [](AutogenerateReviewDialog *dialog) -> Status {
                const QStringList calls = modeltest::callsOf(dialog->selectedUpgrade());
                if (calls != QStringList{QStringLiteral("op.add_column"),
                                         QStringLiteral("op.create_index")}) {
                    Error e;
                    e.message = QStringLiteral("the review has %1: %2")
                                    .arg(calls.join(u' '), dialog->sqlPreview());
                    return e;
                }
                return Ok{};
            });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QVERIFY(QFileInfo(written->path).absolutePath().endsWith(QStringLiteral("versions")));

        Result<migrate::RevisionOperations> ops =
            modeltest::operationsOf(m_ini, written->id, schema::Dialect::SQLite);
        QVERIFY2(ops, qPrintable(ops ? QString() : ops.error().toString()));
        QCOMPARE(modeltest::upgradeCalls(ops.value()),
                 (QStringList{QStringLiteral("op.add_column"), QStringLiteral("op.create_index")}));
        const QString text = modeltest::readFile(written->path);
        QVERIFY(text.contains(QStringLiteral("'rating'")));
        QVERIFY(text.contains(QStringLiteral("ix_Track_rating")));
        QVERIFY(!text.contains(QStringLiteral("drop_")) ||
                text.indexOf(QStringLiteral("def downgrade")) <
                    text.indexOf(QStringLiteral("drop_")));

        Status upgraded = modeltest::upgradeHead(m_ini, m_url);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().toString()));
        Result<schema::MetaData> after = modeltest::reflect(m_url, schema::Dialect::SQLite);
        QVERIFY(after);
        const schema::Table *track = after->table({}, QStringLiteral("Track"));
        QVERIFY(track);
        QVERIFY(track->column(QStringLiteral("rating")));
        bool indexed = false;
        for (const schema::Index &i : track->indexes)
            indexed |= i.name == QStringLiteral("ix_Track_rating") &&
                       i.columnNames() == QStringList{QStringLiteral("rating")};
        QVERIFY(indexed);

        // Now the model and the database agree: nothing more to generate.
        Result<migrate::Revision> again = modeltest::generateAndWrite(
            doc, &parent, m_ini, QString(), [](AutogenerateReviewDialog *dialog) -> Status {
                if (!dialog->selectedUpgrade().isEmpty()) {
                    Error e;
                    e.message = QStringLiteral("still differs: ") + dialog->sqlPreview();
                    return e;
                }
                Error stop;
                stop.message = QStringLiteral("empty, as expected");
                stop.code = QStringLiteral("expected");
                return stop;
            });
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("expected"));
    }

    void renameChosenInTheReview()
    {
        Result<OpenedModel> opened =
            modeltest::openFromDatabase(m_url, QStringLiteral("Chinook"), m_ini);
        QVERIFY(opened);
        EditableModelDocument doc(opened->document, opened->source);
        schema::Table artist = *doc.table(QStringLiteral("Artist"));
        artist.column(QStringLiteral("Name"))->name = QStringLiteral("DisplayName");
        doc.replaceTable(QStringLiteral("Artist"), artist, QStringLiteral("rename column"));

        QWidget parent;
        Result<migrate::Revision> written = modeltest::generateAndWrite(
            doc, &parent, m_ini, QString(), [](AutogenerateReviewDialog *dialog) -> Status {
                Error e;
                QListWidget *renames = dialog->renameList();
                if (renames->count() != 1) {
                    e.message = QStringLiteral("%1 rename candidates").arg(renames->count());
                    return e;
                }
                // Choosing the rename compares again (on a worker).
                renames->item(0)->setCheckState(Qt::Checked);
                QElapsedTimer t;
                t.start();
                while (t.elapsed() < 60000) {
                    const QStringList calls = modeltest::callsOf(dialog->selectedUpgrade());
                    if (calls == QStringList{QStringLiteral("op.alter_column")})
                        return Ok{};
                    QTest::qWait(50);
                }
                e.message =
                    QStringLiteral("the review did not compare again: ") + dialog->sqlPreview();
                return e;
            });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QString text = modeltest::readFile(written->path);
        QVERIFY2(text.contains(QStringLiteral("alter_column")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("new_column_name='DisplayName'")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("add_column")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("drop_column")), qPrintable(text));

        Status upgraded = modeltest::upgradeHead(m_ini, m_url);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().toString()));
        Result<schema::MetaData> after = modeltest::reflect(m_url, schema::Dialect::SQLite);
        QVERIFY(after);
        QVERIFY(after->table({}, QStringLiteral("Artist"))->column(QStringLiteral("DisplayName")));
    }

    void headStateWithoutDatabase()
    {
        // The project's database does not exist: the comparison is with the
        // schema the (empty) history builds, so every table is new.
        const QString ini = modeltest::writeProject(
            m_dir->filePath(QStringLiteral("offline")),
            QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"));
        Result<OpenedModel> opened = modeltest::openFromDatabase(m_url, QStringLiteral("Chinook"));
        QVERIFY(opened);
        EditableModelDocument doc(opened->document, opened->source);
        QWidget parent;
        QStringList notes;
        Result<migrate::Revision> written = modeltest::generateAndWrite(
            doc, &parent, ini, QString(), [&notes](AutogenerateReviewDialog *dialog) -> Status {
                int creates = 0;
                for (const migrate::Operation &op : dialog->selectedUpgrade())
                    creates += op.call == QStringLiteral("op.create_table");
                if (creates != 11) {
                    Error e;
                    e.message = QStringLiteral("%1 create_table").arg(creates);
                    return e;
                }
                return Ok{};
            });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QVERIFY(
            modeltest::readFile(written->path).contains(QStringLiteral("down_revision = None")));
    }

    void blockedGenerationSaysWhy()
    {
        EditableModelDocument doc(schema::ModelDocument{}, ModelSource{});
        QWidget parent;
        RevisionGenerator generator(&doc, &parent);
        QSignalSpy failed(&generator, &RevisionGenerator::failed);
        generator.generate();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("Alembic project")));

        MigrationSource project;
        project.iniPath = m_ini;
        generator.setProject(project);
        generator.setBlocker([] { return QStringLiteral("2 problems block generation"); });
        generator.generate();
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.last().first().toString(), QStringLiteral("2 problems block generation"));
        QVERIFY(!generator.isRunning());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    QString m_ini;
};

QTEST_MAIN(TestModelSqliteGenerate)
#include "test_model_sqlite_generate.moc"
