#include "core/migrate/autogen/ProjectModels.h"

#include "core/migrate/run/MigrationEnvironment.h"
#include "core/schema/ModelFile.h"

#include <QDir>
#include <QFileInfo>

namespace stratum::migrate::autogen {

Result<ProjectModels> loadProjectModels(const MigrationEnvironment &env,
                                        const QString &explicitPath, schema::Dialect dialect)
{
    ProjectModels t;
    if (!explicitPath.isEmpty()) {
        t.path = QFileInfo(explicitPath).absoluteFilePath();
        t.foundBy = QStringLiteral("--models");
    } else if (Result<std::optional<QString>> setting =
                   env.ini().mainOption(QStringLiteral("stratum.models"));
               setting && setting.value() && !setting.value()->isEmpty()) {
        t.path = QDir(env.ini().here()).absoluteFilePath(*setting.value());
        t.foundBy = QStringLiteral("stratum.models in ") + env.ini().path();
    } else {
        Result<QString> found = findTargetModels(env.scripts().directory(),
                                                 QFileInfo(env.ini().path()).absoluteFilePath());
        if (!found) {
            Error e = found.error();
            e.hint = QStringLiteral("pass --models PATH (a models.py) or set stratum.models in "
                                    "the [%1] section of %2")
                         .arg(env.ini().section(), env.ini().path());
            return e;
        }
        t.path = found.value();
        t.foundBy = QStringLiteral("target_metadata in ") + env.scripts().directory() +
                    QStringLiteral("/env.py");
    }
    if (!QFileInfo::exists(t.path)) {
        Error e;
        e.message =
            QStringLiteral("models file %1 (from %2) does not exist").arg(t.path, t.foundBy);
        return e;
    }
    if (t.path.endsWith(u'.' + QLatin1String(schema::ModelFile::kSuffix))) {
        Result<schema::ModelDocument> doc = schema::readModelFile(t.path);
        if (!doc)
            return doc.error();
        t.metadata = doc->metadata;
        return t;
    }
    if (!t.path.endsWith(QLatin1String(".py"))) {
        Error e;
        e.message = QStringLiteral("%1 (from %2) is neither a models.py nor a Stratum model file "
                                   "(.%3)")
                        .arg(t.path, t.foundBy, QLatin1String(schema::ModelFile::kSuffix));
        return e;
    }
    Result<ModelsPyResult> read = readModelsPy(t.path, dialect);
    if (!read)
        return read.error();
    t.metadata = read->metadata;
    t.warnings = read->warnings;
    return t;
}

}  // namespace stratum::migrate::autogen
