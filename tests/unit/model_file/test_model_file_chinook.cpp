// The model file round trip on a real reflected schema: Chinook loaded into
// SQLite, reflected, written as a model file, read back: the same bytes and
// the same MetaData.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/schema/Inspector.h"
#include "core/schema/ModelFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace stratum;
using namespace stratum::schema;

class TestModelFileChinook : public QObject
{
    Q_OBJECT
private slots:
    void chinookRoundTrip()
    {
        QTemporaryDir dir;
        QFile fixture(
            QStringLiteral(STRATUM_SOURCE_DIR "/tests/fixtures/chinook/Chinook_Sqlite.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        auto url = config::Url::parse(QStringLiteral("sqlite:///") + dir.filePath("c.db"));
        QVERIFY(url.ok());
        auto driver = engine::Driver::create(*url);
        QVERIFY(driver.ok());
        auto connection = driver.value()->connect();
        QVERIFY(connection.ok());
        for (const QString &sql : {QStringLiteral("BEGIN"), QString::fromUtf8(fixture.readAll()),
                                   QStringLiteral("COMMIT")})
            QVERIFY(connection.value()->execute(sql).ok());
        auto reflected = Inspector(*connection.value(), Dialect::SQLite).reflect();
        QVERIFY(reflected.ok());
        QCOMPARE(reflected->metadata.tables.size(), size_t(11));

        ModelDocument doc;
        doc.metadata = reflected->metadata;
        double x = 0;
        for (const Table &t : doc.metadata.tables)
            doc.setPosition(t.schema, t.name, x += 180, 40);
        const QString path = dir.filePath(QStringLiteral("chinook.stratum-model"));
        QVERIFY(writeModelFile(path, doc).ok());
        Result<ModelDocument> read = readModelFile(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QVERIFY(read->metadata == reflected->metadata.canonical());
        QCOMPARE(read->positions.size(), size_t(11));
        QCOMPARE(ModelFile::serialize(*read), ModelFile::serialize(doc));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), ModelFile::serialize(*read));
    }
};

QTEST_GUILESS_MAIN(TestModelFileChinook)
#include "test_model_file_chinook.moc"
