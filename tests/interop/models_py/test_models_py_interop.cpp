// models.py against Debian's SQLAlchemy 1.4, on SQLite:
// - classic models (classic/*.py): metadata.create_all() on one file and
//   Stratum's reading + DDL on another reflect to the same schema;
// - the typed 2.0 cases (tests/unit/models_py/typed) read by Stratum, exported
//   in the classic style and run through create_all() reflect to the schema
//   Stratum's DDL makes of the same model;
// - Chinook: reflected model -> classic export -> create_all() -> reflected
//   model is equal; typed export -> Stratum's reader -> equal model.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/migrate/models/ModelsPyReader.h"
#include "core/migrate/models/ModelsPyWriter.h"
#include "core/schema/DdlPlanner.h"
#include "core/schema/Inspector.h"
#include "tests/unit/schema/ModelDiff.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stratum;
using namespace stratum::migrate;
using namespace stratum::schema;

namespace {

const QString kHere = QStringLiteral(STRATUM_SOURCE_DIR "/tests/interop/models_py/");
const QString kTyped = QStringLiteral(STRATUM_SOURCE_DIR "/tests/unit/models_py/typed/");

class SqliteFile
{
public:
    explicit SqliteFile(const QString &path)
    {
        auto url = config::Url::parse(QStringLiteral("sqlite:///") + path);
        if (!url) {
            error = url.error().message;
            return;
        }
        auto driver = engine::Driver::create(*url);
        if (!driver) {
            error = driver.error().message;
            return;
        }
        auto c = driver.value()->connect();
        if (!c) {
            error = c.error().message;
            return;
        }
        connection = std::move(c).value();
    }
    QString run(const QStringList &statements)
    {
        for (const QString &s : statements) {
            auto r = connection->execute(s);
            if (!r)
                return r.error().message + QStringLiteral("\n  in: ") + s;
        }
        return {};
    }
    Result<Reflection> reflect() { return Inspector(*connection, Dialect::SQLite).reflect(); }

    QString error;
    std::unique_ptr<engine::DriverConnection> connection;
};

// create_all() of a models.py by the system's SQLAlchemy; empty on success.
QString createAll(const QString &modelsPy, const QString &dbPath)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {kHere + QStringLiteral("create_all.py"), modelsPy,
                                                 QStringLiteral("sqlite:///") + dbPath});
    if (!p.waitForFinished(120000))
        return QStringLiteral("python3 timed out");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError());
    return {};
}

QString stratumCreate(const MetaData &md, const QString &dbPath)
{
    SqliteFile db(dbPath);
    if (!db.error.isEmpty())
        return db.error;
    auto script = DdlPlanner::createAll(md, Dialect::SQLite);
    if (!script)
        return script.error().message;
    return db.run(script->statements);
}

Result<MetaData> reflectFile(const QString &dbPath)
{
    SqliteFile db(dbPath);
    if (!db.error.isEmpty()) {
        Error e;
        e.message = db.error;
        return e;
    }
    auto r = db.reflect();
    if (!r)
        return r.error();
    return r->metadata;
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

}  // namespace

class TestModelsPyInterop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString fresh(const QString &stem)
    {
        return m_dir.filePath(stem + QString::number(++m_n) + QStringLiteral(".db"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/python3")), "python3 is missing");
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sqlalchemy; print(sqlalchemy.__version__)")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, "python3-sqlalchemy is missing");
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QStringLiteral("1.4")));
    }

    void classicModels_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *c : {"c1_blog", "c2_naming", "c3_types"})
            QTest::newRow(c) << kHere + QStringLiteral("classic/") + QLatin1String(c) +
                                    QStringLiteral(".py");
    }

    // SQLAlchemy's create_all() and Stratum's reading of the same file.
    void classicModels()
    {
        QFETCH(QString, file);
        const QString a = fresh(QStringLiteral("sqlalchemy"));
        const QString b = fresh(QStringLiteral("stratum"));
        const QString err = createAll(file, a);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto read = readModelsPy(file, Dialect::SQLite);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QVERIFY2(read->warnings.isEmpty(), qPrintable(warningList(read->warnings)));
        const QString created = stratumCreate(read->metadata, b);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        auto fromSqlAlchemy = reflectFile(a);
        auto fromStratum = reflectFile(b);
        QVERIFY(fromSqlAlchemy);
        QVERIFY(fromStratum);
        QVERIFY(!fromSqlAlchemy->tables.empty());
        QVERIFY2(*fromSqlAlchemy == *fromStratum,
                 qPrintable(test::firstDifference(*fromSqlAlchemy, *fromStratum)));
    }

    void typedCasesExportedClassic_data()
    {
        QTest::addColumn<QString>("name");
        // 03 and 06 use named schemas, which SQLite only has as attached files.
        for (const char *c : {"01_scalars", "02_more_types", "04_naming_fk", "05_mixins"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    // The typed case as Stratum reads it, exported classic and created by
    // SQLAlchemy 1.4, equals the same model created by Stratum.
    void typedCasesExportedClassic()
    {
        QFETCH(QString, name);
        auto read = readModelsPy(kTyped + name + QStringLiteral(".py"), Dialect::SQLite);
        QVERIFY(read);
        const QString exported = m_dir.filePath(name + QStringLiteral("_classic.py"));
        QVERIFY(writeText(exported, writeModelsPy(read->metadata, ModelsPyStyle::Classic)));
        const QString a = fresh(QStringLiteral("sqlalchemy"));
        const QString b = fresh(QStringLiteral("stratum"));
        const QString err = createAll(exported, a);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString created = stratumCreate(read->metadata, b);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        auto fromSqlAlchemy = reflectFile(a);
        auto fromStratum = reflectFile(b);
        QVERIFY(fromSqlAlchemy);
        QVERIFY(fromStratum);
        QVERIFY2(*fromSqlAlchemy == *fromStratum,
                 qPrintable(test::firstDifference(*fromSqlAlchemy, *fromStratum)));
    }

    void chinookRoundTrips()
    {
        QFile fixture(
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_Sqlite.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString source = fresh(QStringLiteral("chinook"));
        {
            SqliteFile db(source);
            QVERIFY2(db.error.isEmpty(), qPrintable(db.error));
            const QString loaded =
                db.run({"BEGIN", QString::fromUtf8(fixture.readAll()), "COMMIT"});
            QVERIFY2(loaded.isEmpty(), qPrintable(loaded.left(500)));
        }
        auto model = reflectFile(source);
        QVERIFY(model);
        QCOMPARE(model->tables.size(), size_t(11));

        // classic export -> SQLAlchemy 1.4 create_all -> reflect == model
        const QString classic = m_dir.filePath(QStringLiteral("chinook_classic.py"));
        QVERIFY(writeText(classic, writeModelsPy(*model, ModelsPyStyle::Classic)));
        const QString created = fresh(QStringLiteral("chinook_sa"));
        const QString err = createAll(classic, created);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto again = reflectFile(created);
        QVERIFY(again);
        QVERIFY2(*again == *model, qPrintable(test::firstDifference(*model, *again)));

        // typed export -> Stratum's reader == model
        const QString typedText = writeModelsPy(*model, ModelsPyStyle::Typed);
        auto parsed =
            readModelsPySource(typedText, QStringLiteral("chinook_typed.py"), Dialect::SQLite);
        QVERIFY(parsed);
        QVERIFY2(parsed->warnings.isEmpty(), qPrintable(warningList(parsed->warnings)));
        QVERIFY2(parsed->metadata == *model,
                 qPrintable(test::firstDifference(*model, parsed->metadata)));
    }
};

QTEST_GUILESS_MAIN(TestModelsPyInterop)
#include "test_models_py_interop.moc"
