// models.py against Debian's SQLAlchemy 1.4 and psycopg2 on PostgreSQL: the
// classic models and the typed cases (exported in the classic style) created
// by metadata.create_all() in one database and by Stratum's reader + DDL in
// another reflect to the same schema; Chinook reflected, exported classic and
// created by SQLAlchemy reflects back equal, and its typed export reads back
// equal. Fails (never skips) without STRATUM_TEST_PG_URL.
#include "core/migrate/models/ModelsPyReader.h"
#include "core/migrate/models/ModelsPyWriter.h"
#include "tests/pg/schema/PgTestDatabase.h"
#include "tests/unit/schema/ModelDiff.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::migrate;
using namespace stratum::schema;
using stratum::schema::test::PgTestDatabase;

namespace {

const QString kInterop = QStringLiteral(STRATUM_SOURCE_DIR "/tests/interop/models_py/");
const QString kTyped = QStringLiteral(STRATUM_SOURCE_DIR "/tests/unit/models_py/typed/");

QString run(const QString &program, const QStringList &args, const QString &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input.toUtf8());
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(300000))
        return program + QStringLiteral(" timed out");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
    return {};
}

// create_all() by SQLAlchemy 1.4 through psycopg2; empty on success.
QString createAll(const QString &modelsPy, PgTestDatabase &db)
{
    QString url = db.urlText();
    url.replace(QRegularExpression(QStringLiteral("^postgres(ql)?:")),
                QStringLiteral("postgresql+psycopg2:"));
    return run(QStringLiteral("/usr/bin/python3"),
               {kInterop + QStringLiteral("create_all.py"), modelsPy, url});
}

QString warningList(const QList<ModelsWarning> &ws)
{
    QStringList out;
    for (const ModelsWarning &w : ws)
        out << QStringLiteral("%1:%2: %3").arg(w.file).arg(w.line).arg(w.message);
    return out.join(u'\n');
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// Creates `file` (a models.py) with SQLAlchemy in one database and `model`
// with Stratum's DDL in another, and compares the reflections.
void compareCreations(const QString &file, const MetaData &model, const QStringList &schemas)
{
    PgTestDatabase a;
    PgTestDatabase b;
    QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
    QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
    QStringList prepare;
    for (const QString &s : schemas) {
        if (!s.isEmpty())
            prepare << QStringLiteral("CREATE SCHEMA %1").arg(s);
    }
    QCOMPARE(a.run(prepare), QString());
    QCOMPARE(b.run(prepare), QString());
    const QString err = createAll(file, a);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString created = b.createAll(model);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    auto ra = a.reflect(schemas);
    auto rb = b.reflect(schemas);
    QVERIFY2(ra, qPrintable(ra ? QString() : ra.error().message));
    QVERIFY2(rb, qPrintable(rb ? QString() : rb.error().message));
    QVERIFY(!ra->metadata.tables.empty());
    QVERIFY2(ra->metadata == rb->metadata,
             qPrintable(test::firstDifference(ra->metadata, rb->metadata)));
}

// Pagila as the schema fixtures test loads it on PostgreSQL 15: uuidv7() ->
// gen_random_uuid(), VIRTUAL -> STORED, the pgvector parts left out. Returns
// the text to load and, in domains, the fixture's own CREATE DOMAIN sections.
QString pagilaForPg15(QString *domains)
{
    QFile f(QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/pagila/pagila-schema.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString sql = QString::fromUtf8(f.readAll());
    sql.replace(QLatin1String("uuidv7()"), QLatin1String("gen_random_uuid()"));
    sql.replace(
        QRegularExpression(QStringLiteral("\\) VIRTUAL$"), QRegularExpression::MultilineOption),
        QStringLiteral(") STORED"));
    static const QRegularExpression header(
        QStringLiteral("^--\\n-- Name: (.*?); Type: (.*?); Schema: .*$"),
        QRegularExpression::MultilineOption);
    QString load;
    QRegularExpressionMatchIterator it = header.globalMatch(sql);
    qsizetype start = -1;
    QString name, type;
    auto flush = [&](qsizetype end) {
        const QString text = sql.mid(start, end - start);
        if (name.contains(QLatin1String("vector")) ||
            name.contains(QLatin1String("film_embedding")))
            return;
        load += text;
        if (type == QLatin1String("DOMAIN"))
            *domains += text;
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (start < 0) {
            load = sql.left(m.capturedStart());
            *domains = load;
        } else {
            flush(m.capturedStart());
        }
        start = m.capturedStart();
        name = m.captured(1);
        type = m.captured(2);
    }
    if (start >= 0)
        flush(sql.size());
    return load;
}

// The model without its views (which models.py cannot declare). Pagila's
// id columns draw from sequences they do not own: those are exported as
// Sequence(..., metadata=Base.metadata) objects with the nextval() defaults.
MetaData withoutViews(MetaData md)
{
    md.views.clear();
    return md;
}

}  // namespace

class TestModelsPyPg : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("STRATUM_TEST_PG_URL").isEmpty(),
                 "STRATUM_TEST_PG_URL is not set; run through scripts/test.sh or "
                 "scripts/dev-cluster.sh");
        QVERIFY(m_dir.isValid());
        QCOMPARE(run(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QStringLiteral("import sqlalchemy, psycopg2")}),
                 QString());
    }

    void classicModels_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *c : {"c1_blog", "c2_naming", "c3_types"})
            QTest::newRow(c) << kInterop + QStringLiteral("classic/") + QLatin1String(c) +
                                    QStringLiteral(".py");
    }

    void classicModels()
    {
        QFETCH(QString, file);
        auto read = readModelsPy(file, Dialect::PostgreSQL);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QVERIFY2(read->warnings.isEmpty(), qPrintable(warningList(read->warnings)));
        compareCreations(file, read->metadata, {QString()});
    }

    void typedCasesExportedClassic_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("schemas");
        QTest::newRow("01") << "01_scalars" << QStringList{QString()};
        QTest::newRow("02") << "02_more_types" << QStringList{QString()};
        QTest::newRow("03") << "03_table_args" << QStringList{QStringLiteral("inventory")};
        QTest::newRow("04") << "04_naming_fk" << QStringList{QString()};
        QTest::newRow("05") << "05_mixins" << QStringList{QString()};
        QTest::newRow("06") << "06_registry_tables" << QStringList{QStringLiteral("crm")};
    }

    void typedCasesExportedClassic()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, schemas);
        auto read = readModelsPy(kTyped + name + QStringLiteral(".py"), Dialect::PostgreSQL);
        QVERIFY(read);
        const QString exported = m_dir.filePath(name + QStringLiteral("_classic.py"));
        QVERIFY(writeText(exported, writeModelsPy(read->metadata, ModelsPyStyle::Classic)));
        compareCreations(exported, read->metadata, schemas);
    }

    void chinookRoundTrips()
    {
        QFile fixture(
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_PostgreSql.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QString sql = QString::fromUtf8(fixture.readAll());
        // the script creates and switches to its own database; we load into ours
        const qsizetype connect = sql.indexOf(QLatin1String("\\c chinook;"));
        QVERIFY(connect > 0);
        sql = sql.mid(connect + int(qstrlen("\\c chinook;")));
        PgTestDatabase source;
        QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
        const QString loaded =
            run(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), source.urlText()},
                sql);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded.left(2000)));
        auto reflected = source.reflect();
        QVERIFY(reflected);
        const MetaData &model = reflected->metadata;
        QCOMPARE(model.tables.size(), size_t(11));

        const QString classic = m_dir.filePath(QStringLiteral("chinook_pg_classic.py"));
        QVERIFY(writeText(classic, writeModelsPy(model, ModelsPyStyle::Classic)));
        PgTestDatabase target;
        QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
        const QString err = createAll(classic, target);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto again = target.reflect();
        QVERIFY(again);
        QVERIFY2(again->metadata == model,
                 qPrintable(test::firstDifference(model, again->metadata)));

        auto parsed = readModelsPySource(writeModelsPy(model, ModelsPyStyle::Typed),
                                         QStringLiteral("chinook_typed.py"), Dialect::PostgreSQL);
        QVERIFY(parsed);
        QVERIFY2(parsed->warnings.isEmpty(), qPrintable(warningList(parsed->warnings)));
        QVERIFY2(parsed->metadata == model,
                 qPrintable(test::firstDifference(model, parsed->metadata)));
    }
    void pagilaRoundTrips()
    {
        QString domains;
        const QString load = pagilaForPg15(&domains);
        QVERIFY(!load.isEmpty());
        PgTestDatabase source;
        QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
        const QString loaded =
            run(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), source.urlText()},
                load);
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded.left(2000)));
        auto reflected = source.reflect();
        QVERIFY(reflected);
        const MetaData model = withoutViews(reflected->metadata);
        QCOMPARE(model.tables.size(), size_t(15));

        // typed export read back
        const QString typedText = writeModelsPy(model, ModelsPyStyle::Typed);
        auto parsed =
            readModelsPySource(typedText, QStringLiteral("pagila_typed.py"), Dialect::PostgreSQL);
        QVERIFY(parsed);
        QVERIFY2(parsed->warnings.isEmpty(), qPrintable(warningList(parsed->warnings)));
        QVERIFY2(parsed->metadata == model,
                 qPrintable(test::firstDifference(model, parsed->metadata)));

        // classic export through SQLAlchemy's create_all (the domains come
        // from the fixture, as create_all does not make them)
        const QString classic = m_dir.filePath(QStringLiteral("pagila_classic.py"));
        QVERIFY(writeText(classic, writeModelsPy(model, ModelsPyStyle::Classic)));
        PgTestDatabase target;
        QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
        const QString prepared =
            run(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), target.urlText()},
                domains);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString err = createAll(classic, target);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto again = target.reflect();
        QVERIFY(again);
        const MetaData created = withoutViews(again->metadata);
        QVERIFY2(created == model, qPrintable(test::firstDifference(model, created)));
    }
};

QTEST_GUILESS_MAIN(TestModelsPyPg)
#include "test_models_py_pg.moc"
