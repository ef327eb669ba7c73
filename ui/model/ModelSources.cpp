#include "ui/model/ModelSources.h"

#include "core/engine/Engine.h"
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/models/ModelsPyReader.h"
#include "core/migrate/state/SchemaReplay.h"
#include "core/schema/Inspector.h"
#include "ui/common/WorkerTask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <mutex>

// The translation context of this file's messages, outside any namespace so
// that the context lupdate records is the one looked up at run time.
class ModelSourcesText
{
    Q_DECLARE_TR_FUNCTIONS(ModelSourcesText)
};

namespace stratum::ui {

namespace {

// Errors from core name their file and line; those from a connection get
// its name as their source, so that every message says where it went wrong.
Error opening(Error error, const QString &where)
{
    if (error.source.isEmpty())
        error.source = where;
    return error;
}

// A driver's error names the driver ("SQLite", "server"); the user needs to
// know which of their connections it was.
Error onConnection(Error error, const QString &name)
{
    error.message = ModelSourcesText::tr("Connection %1: %2").arg(name, error.message);
    return error;
}

}  // namespace

namespace ModelSources {

Result<OpenedModel> openModelFile(const QString &path, schema::Dialect dialect)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<schema::ModelDocument> document = schema::readModelFile(absolute);
    if (!document)
        return opening(document.error(), absolute);
    OpenedModel out;
    out.document = std::move(document.value());
    out.source.kind = ModelSource::Kind::ModelFile;
    out.source.location = absolute;
    out.dialect = dialect;
    return out;
}

Result<OpenedModel> openModelsPy(const QString &path, schema::Dialect dialect)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<migrate::ModelsPyResult> read = migrate::readModelsPy(absolute, dialect);
    if (!read)
        return opening(read.error(), absolute);
    OpenedModel out;
    out.document.metadata = std::move(read->metadata);
    out.document.metadata.canonicalize();
    out.source.kind = ModelSource::Kind::ModelsPy;
    out.source.location = absolute;
    out.dialect = dialect;
    for (const migrate::ModelsWarning &w : read->warnings)
        out.source.warnings << QStringLiteral("%1:%2: %3")
                                   .arg(QFileInfo(w.file.isEmpty() ? absolute : w.file).fileName())
                                   .arg(w.line)
                                   .arg(w.message);
    return out;
}

Result<OpenedModel> openDatabase(schema::Inspector &inspector, schema::Dialect dialect,
                                 const QString &name)
{
    Result<schema::Reflection> reflection = inspector.reflect();
    if (!reflection)
        return onConnection(reflection.error(), name);
    OpenedModel out;
    out.document.metadata = std::move(reflection->metadata);
    out.source.kind = ModelSource::Kind::Database;
    out.source.location = name;
    out.source.warnings = reflection->skipped;
    out.dialect = dialect;
    return out;
}

Result<OpenedModel> openRevision(const QString &alembicIni, const QString &revision,
                                 schema::Dialect dialect)
{
    const QString ini = QFileInfo(alembicIni).absoluteFilePath();
    Result<migrate::ScriptDirectory> scripts = migrate::ScriptDirectory::fromConfig(ini);
    if (!scripts)
        return opening(scripts.error(), ini);
    Result<migrate::SchemaState> state =
        migrate::schemaStateAtRevision(scripts.value(), revision, dialect);
    if (!state)
        return opening(state.error(), ini);
    OpenedModel out;
    out.document.metadata = std::move(state->metadata);
    out.source.kind = ModelSource::Kind::Revision;
    out.source.location = revision;
    out.source.connectionName = ini;
    for (const migrate::ReplayWarning &w : state->warnings)
        out.source.warnings << w.toString();
    out.dialect = dialect;
    return out;
}

QString title(const ModelSource &source)
{
    switch (source.kind) {
    case ModelSource::Kind::New:
        return ModelSourcesText::tr("New model");
    case ModelSource::Kind::ModelFile:
        return QFileInfo(source.location).fileName();
    case ModelSource::Kind::ModelsPy:
        return ModelSourcesText::tr("%1 (read only)").arg(QFileInfo(source.location).fileName());
    case ModelSource::Kind::Database:
        return ModelSourcesText::tr("%1 (database model)").arg(source.location);
    case ModelSource::Kind::Revision:
        return ModelSourcesText::tr("Model at %1").arg(source.location.left(12));
    }
    return {};
}

QString description(const ModelSource &source)
{
    const QString path = QDir::toNativeSeparators(source.location);
    switch (source.kind) {
    case ModelSource::Kind::New:
        return ModelSourcesText::tr(
            "A new model that has not been saved yet. Save as model file to keep it.");
    case ModelSource::Kind::ModelFile:
        return ModelSourcesText::tr("Stratum model file %1. Save writes it back in place.")
            .arg(path);
    case ModelSource::Kind::ModelsPy:
        return ModelSourcesText::tr(
                   "SQLAlchemy models %1, read only: Stratum does not rewrite your Python. "
                   "Use Save as model file, or Export to write a new models.py.")
            .arg(path);
    case ModelSource::Kind::Database:
        return ModelSourcesText::tr(
                   "Reflected from the database of connection %1, read only: edits reach the "
                   "database through Generate revision. Save as model file keeps the model.")
            .arg(source.location);
    case ModelSource::Kind::Revision:
        return ModelSourcesText::tr(
                   "The schema state at revision %1 of %2 (replayed), read only. Save as model "
                   "file keeps the model.")
            .arg(source.location, QDir::toNativeSeparators(source.connectionName));
    }
    return {};
}

}  // namespace ModelSources

// Hands Inspector::cancel() across threads: the worker registers its
// inspector while it reflects; cancel() calls it under the same lock.
struct DatabaseModelLoader::Shared
{
    std::mutex mutex;
    schema::Inspector *inspector = nullptr;
    bool cancelled = false;
};

DatabaseModelLoader::DatabaseModelLoader(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{}

DatabaseModelLoader::~DatabaseModelLoader()
{
    cancel();
}

void DatabaseModelLoader::start(std::shared_ptr<engine::Engine> engine, const QString &name,
                                const QString &alembicIni)
{
    if (m_running || !engine)
        return;
    m_running = true;
    std::shared_ptr<Shared> shared = m_shared;
    runOnWorker(
        this,
        [engine, name, alembicIni, shared](const WorkerProgress &report) -> Result<OpenedModel> {
            Error cancelled;
            cancelled.message = ModelSourcesText::tr("Cancelled");
            cancelled.code = QStringLiteral("cancelled");
            Result<schema::Dialect> dialect =
                schema::Inspector::dialectForDriver(engine->dialectName());
            if (!dialect)
                return dialect.error();
            report(0, 3, ModelSourcesText::tr("Connecting to %1").arg(name));
            Result<engine::ConnectionHandle> handle =
                engine->connect(ModelSourcesText::tr("model editor"));
            if (!handle)
                return onConnection(handle.error(), name);
            schema::Inspector inspector(handle.value().driver(), dialect.value());
            inspector.setProgress([&report](int step, int steps, const QString &what) {
                report(1 + step, 2 + steps, what);
            });
            {
                std::lock_guard lock(shared->mutex);
                if (shared->cancelled)
                    return cancelled;
                shared->inspector = &inspector;
            }
            Result<OpenedModel> opened =
                ModelSources::openDatabase(inspector, dialect.value(), name);
            {
                std::lock_guard lock(shared->mutex);
                shared->inspector = nullptr;
                if (shared->cancelled)
                    return cancelled;
            }
            handle.value().release();
            if (opened)
                opened.value().source.connectionName = alembicIni;
            return opened;
        },
        [this](Result<OpenedModel> opened) {
            m_running = false;
            if (!opened) {
                emit failed(opened.error().toString());
                return;
            }
            m_result = std::move(opened.value());
            emit loaded();
        },
        [this](int step, int steps, const QString &what) { emit progress(step, steps, what); });
}

void DatabaseModelLoader::cancel()
{
    std::lock_guard lock(m_shared->mutex);
    m_shared->cancelled = true;
    if (m_shared->inspector)
        m_shared->inspector->cancel();
}

}  // namespace stratum::ui
