#include "core/migrate/demo/DemoBuilder.h"

#include "core/engine/Engine.h"
#include "core/migrate/demo/DemoData.h"
#include "core/migrate/demo/DemoMigrations.h"
#include "core/migrate/demo/DemoRevisions.h"
#include "core/schema/Inspector.h"
#include "core/schema/MetaDataJson.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace stratum::migrate {
namespace {

const QString kPartialMarker = QStringLiteral(".stratum-demo.partial");

Error ioError(const QString &message, const QString &path)
{
    Error e;
    e.message = message;
    e.source = path;
    e.code = QStringLiteral("io");
    return e;
}

Status writeFile(const QString &path, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return ioError(QStringLiteral("Could not create the folder for %1.")
                           .arg(QDir::toNativeSeparators(path)),
                       path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.commit())
        return ioError(QStringLiteral("Could not write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       path);
    return Ok{};
}

Result<std::unique_ptr<engine::Engine>> openEngine(const config::Url &url)
{
    engine::PoolOptions options;
    options.kind = engine::PoolKind::Null;  // one connection at a time, closed when done
    return engine::Engine::create(url, options);
}

// The naming convention of models.py, so that the model file names new
// constraints the way the scripts do.
schema::NamingConvention demoNamingConvention()
{
    schema::NamingConvention n;
    n.set(QStringLiteral("ix"), QStringLiteral("ix_%(column_0_label)s"));
    n.set(QStringLiteral("uq"), QStringLiteral("uq_%(table_name)s_%(column_0_name)s"));
    n.set(QStringLiteral("ck"), QStringLiteral("ck_%(table_name)s_%(constraint_name)s"));
    n.set(QStringLiteral("fk"),
          QStringLiteral("fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"));
    n.set(QStringLiteral("pk"), QStringLiteral("pk_%(table_name)s"));
    return n;
}

// The head schema, as Stratum sees it: a scratch in-memory database upgraded
// to heads by the same migrator, then reflected. The model can therefore never
// drift from the scripts.
Result<QByteArray> headModel(const QString &alembicIni, const std::atomic<bool> *cancel)
{
    Result<config::Url> url = config::Url::parse(QStringLiteral("sqlite://"));
    if (!url)
        return url.error();
    Result<std::unique_ptr<engine::Engine>> engine = openEngine(url.value());
    if (!engine)
        return engine.error();
    Result<engine::ConnectionHandle> handle = engine.value()->connect(QStringLiteral("demo model"));
    if (!handle)
        return handle.error();
    if (Status s = DemoMigrations::upgrade(handle.value().driver(), alembicIni,
                                           QStringLiteral("heads"), cancel);
        !s)
        return s.error();
    schema::Inspector inspector(handle.value().driver(), schema::Dialect::SQLite);
    Result<schema::Reflection> reflection = inspector.reflect();
    if (!reflection)
        return reflection.error();
    schema::MetaData model = reflection.value().metadata;
    // The version table is Alembic's bookkeeping, not part of the model.
    std::erase_if(model.tables, [](const schema::Table &t) {
        return t.name == QLatin1String("alembic_version");
    });
    model.naming = demoNamingConvention();
    model.canonicalize();
    return schema::MetaDataJson::serialize(model);
}

}  // namespace

QByteArray DemoBuilder::markerContents()
{
    return QStringLiteral("{\n    \"format\": %1,\n    \"kind\": \"stratum-demo-workspace\"\n}\n")
        .arg(DemoRevisions::kFormatVersion)
        .toUtf8();
}

config::Url DemoBuilder::sqliteUrl(const QString &databaseFile)
{
    // sqlite:////absolute/path: parse a bare URL and set the database, so
    // that no character of the path needs escaping.
    config::Url url = config::Url::parse(QStringLiteral("sqlite://")).value();
    url.setDatabase(QDir::cleanPath(QFileInfo(databaseFile).absoluteFilePath()));
    return url;
}

Status DemoBuilder::build(const QString &folder, const DemoWorkspace::ProgressCallback &progress,
                          const std::atomic<bool> *cancel)
{
    const auto step = [&](int n, const QString &what) {
        if (progress)
            progress(n, kSteps, what);
    };
    const auto cancelled = [&]() -> Status {
        if (!cancel || !cancel->load())
            return Ok{};
        Error e;
        e.message = QStringLiteral("Creating the demo workspace was cancelled.");
        e.code = QStringLiteral("cancelled");
        return e;
    };
    const QDir dir(folder);
    // First of all: marks the folder as Stratum's, and as unfinished.
    if (Status s = writeFile(dir.filePath(kPartialMarker), {}); !s)
        return s;

    step(0, QStringLiteral("Writing the migration scripts"));
    for (const DemoFile &f : DemoRevisions::files()) {
        if (Status s = writeFile(dir.filePath(f.relativePath), f.contents); !s)
            return s;
    }
    const QString ini = dir.filePath(QStringLiteral("alembic.ini"));
    if (Status s = cancelled(); !s)
        return s;

    step(1, QStringLiteral("Upgrading demo.db to %1").arg(DemoRevisions::databaseRevision()));
    {
        Result<std::unique_ptr<engine::Engine>> engine =
            openEngine(sqliteUrl(dir.filePath(DemoRevisions::databaseFile())));
        if (!engine)
            return engine.error();
        Result<engine::ConnectionHandle> handle = engine.value()->connect(QStringLiteral("demo"));
        if (!handle)
            return handle.error();
        if (Status s = DemoMigrations::upgrade(handle.value().driver(), ini,
                                               DemoRevisions::databaseRevision(), cancel);
            !s)
            return s;

        step(2, QStringLiteral("Inserting the demo rows"));
        int lastPercent = -1;
        const QLocale c = QLocale::c();
        Result<qint64> rows = DemoData::insert(
            handle.value().driver(),
            [&](qint64 done, qint64 total) {
                const int percent = int(done * 10 / std::max<qint64>(total, 1)) * 10;
                if (percent == lastPercent)
                    return;
                lastPercent = percent;
                step(2, QStringLiteral("Inserting the demo rows (%1 of %2)")
                            .arg(c.toString(done), c.toString(total)));
            },
            cancel);
        if (!rows)
            return rows.error();
        // The file is complete and compact before it is moved into place.
        if (Result<engine::ExecResult> r = handle.value().execute(QStringLiteral("VACUUM")); !r)
            return r.error();
    }  // closes demo.db

    step(3, QStringLiteral("Writing the model at head"));
    Result<QByteArray> model = headModel(ini, cancel);
    if (!model)
        return model.error();
    if (Status s = writeFile(dir.filePath(DemoRevisions::modelFile()), model.value()); !s)
        return s;
    if (Status s = cancelled(); !s)
        return s;

    step(4, QStringLiteral("Finishing"));
    if (Status s = writeFile(dir.filePath(QString::fromLatin1(DemoWorkspace::kMarkerFile)),
                             markerContents());
        !s)
        return s;
    if (!QFile::remove(dir.filePath(kPartialMarker)))
        return ioError(QStringLiteral("Could not finish %1.").arg(QDir::toNativeSeparators(folder)),
                       folder);
    step(kSteps, QStringLiteral("The demo workspace is ready"));
    return Ok{};
}

}  // namespace stratum::migrate
