#pragma once

#include "core/config/Result.h"
#include "core/schema/Dialect.h"
#include "core/schema/ModelFile.h"
#include "ui/model/ModelSource.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace stratum::engine {
class Engine;
}
namespace stratum::schema {
class Inspector;
}

namespace stratum::ui {

// A model as a source gave it: the document (metadata and, for model files,
// the diagram positions), where it came from, and the dialect it is meant
// for (the connection's, the project's, or the caller's choice for files).
struct OpenedModel
{
    schema::ModelDocument document;
    ModelSource source;
    schema::Dialect dialect = schema::Dialect::PostgreSQL;
};

// Opens model editor documents from the four sources of issue #11. The
// functions read files or the database on the calling thread: call them on a
// worker (runOnWorker) for anything large; DatabaseModelLoader does that for
// the live database. Errors name the file (and line) or the connection.
// Stateless; thread-safe.
namespace ModelSources {

// A Stratum model file (*.stratum-model): read and written in place.
Result<OpenedModel> openModelFile(const QString &path,
                                  schema::Dialect dialect = schema::Dialect::PostgreSQL);
// SQLAlchemy declarative models.py, read without Python: read only; what the
// reader could not interpret is kept in source.warnings ("file:line: ...").
Result<OpenedModel> openModelsPy(const QString &path, schema::Dialect dialect);
// The connection's default schema, reflected through inspector (which the
// caller owns, so that it can set progress and cancel from another thread).
// name is the connection's display name (never a URL with a password).
Result<OpenedModel> openDatabase(schema::Inspector &inspector, schema::Dialect dialect,
                                 const QString &name);
// The schema state at `revision` ("head", an id, a prefix...) of the Alembic
// project at alembicIni, by replaying its revisions (schemaStateAtRevision);
// replay warnings go to source.warnings. source.connectionName is alembicIni.
Result<OpenedModel> openRevision(const QString &alembicIni, const QString &revision,
                                 schema::Dialect dialect);

// "Chinook (database)", "models.py (read only)"...: the tab title.
QString title(const ModelSource &source);
// A sentence for the banner: where it came from and whether Save writes back.
QString description(const ModelSource &source);

}  // namespace ModelSources

// Reflects a live database into a model on a worker (Engine::connect, then
// Inspector), with progress and cancel. progress(), then exactly one of
// loaded() or failed() (also after cancel(): failed with "Cancelled"). A
// loader does one load; GUI thread only (the worker never touches it).
class DatabaseModelLoader : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseModelLoader(QObject *parent = nullptr);
    ~DatabaseModelLoader() override;

    // name: the connection's display name; alembicIni: its project, if any
    // (kept in source.connectionName for Generate revision).
    void start(std::shared_ptr<engine::Engine> engine, const QString &name,
               const QString &alembicIni = QString());
    void cancel();
    bool isRunning() const { return m_running; }
    // After loaded(): the model.
    const OpenedModel &result() const { return m_result; }

signals:
    void progress(int step, int steps, const QString &what);
    void loaded();
    void failed(const QString &message);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    OpenedModel m_result;
    bool m_running = false;
};

}  // namespace stratum::ui
