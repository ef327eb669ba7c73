#pragma once

#include "core/config/Result.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QList>
#include <QString>

namespace stratum::migrate {

// Something in a models.py that Stratum read past without understanding it
// (a mixin with logic, relationship() arguments, an unknown call...): the
// schema is built without it. file and line point at the construct.
struct ModelsWarning
{
    QString file;
    int line = 0;
    QString message;

    bool operator==(const ModelsWarning &) const = default;
};

// The MetaData a models.py declares, as SQLAlchemy's Base.metadata would hold
// it, plus what was skipped. Constraint and index names are the explicit ones;
// unnamed ones are left empty and metadata.naming holds the module's
// MetaData(naming_convention=...) (SQLAlchemy's default when none is given),
// so that DdlCompiler names them exactly as SQLAlchemy's create_all would.
struct ModelsPyResult
{
    schema::MetaData metadata;
    QList<ModelsWarning> warnings;
};

// Reads SQLAlchemy declarative models without running Python (core/pyread):
// DeclarativeBase subclasses and declarative_base() bases, __tablename__,
// __table_args__, Mapped[...] / mapped_column(...) and Column(...) attributes,
// ForeignKey, index=/unique=/nullable=/server_default=, Table(...) objects
// bound to the base's metadata, and MetaData(naming_convention=...). Types
// implied by Mapped[...] follow SQLAlchemy 2.0's default annotation map for
// the dialect (uuid.UUID is UUID on PostgreSQL, CHAR(32) on SQLite). Fails
// only when the file cannot be read or parsed; everything else it cannot
// interpret becomes a warning. Stateless; thread-safe.
Result<ModelsPyResult> readModelsPy(const QString &path, schema::Dialect dialect);
// The same for source text; fileName labels warnings and errors.
Result<ModelsPyResult> readModelsPySource(const QString &source, const QString &fileName,
                                          schema::Dialect dialect);

// Finds the models module of an Alembic project without configuration: reads
// <scriptLocation>/env.py, finds `target_metadata = X.metadata` (or
// `Base.metadata`, `models.Base.metadata`, `target_metadata = metadata`...) and
// the import that defines X, and resolves that module to a file under the
// sys.path-like roots Alembic would use: the folder of alembic.ini and its
// prepend_sys_path entries, the script location's parent, and the script
// location itself. alembicIni may be empty: then <scriptLocation>/../alembic.ini
// is used when it exists. Returns the absolute path of the .py file (or of a
// package's __init__.py); when nothing is found, the Error says what was
// looked for and where. Thread-safe.
Result<QString> findTargetModels(const QString &scriptLocation, const QString &alembicIni = {});

}  // namespace stratum::migrate
