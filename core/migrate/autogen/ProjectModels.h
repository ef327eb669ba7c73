#pragma once

#include "core/config/Result.h"
#include "core/migrate/models/ModelsPyReader.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QList>
#include <QString>

namespace stratum::migrate {
class MigrationEnvironment;
}

namespace stratum::migrate::autogen {

// The schema autogenerate compares a database with, and where it came from.
struct ProjectModels
{
    schema::MetaData metadata;
    QString path;     // absolute path of the models.py or Stratum model file
    QString foundBy;  // "--models", "stratum.models in alembic.ini", "target_metadata in env.py"
    QList<ModelsWarning> warnings;  // what the models.py reader could not interpret
};

// Finds and reads the target models of a project, the same way for the CLI
// and the GUI: explicitPath (the CLI's --models) when given, else
// `stratum.models` in the ini's main section (relative to the ini), else the
// module that env.py's target_metadata comes from. A models.py is read
// without Python; a Stratum model file (ModelFile::kSuffix) as a document.
// When nothing is found, the error says what was looked for and where.
// Reads files only; safe on a worker thread.
Result<ProjectModels> loadProjectModels(const MigrationEnvironment &env,
                                        const QString &explicitPath, schema::Dialect dialect);

}  // namespace stratum::migrate::autogen
