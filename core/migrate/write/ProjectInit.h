#pragma once

#include "core/config/Result.h"

#include <QString>
#include <QStringList>

namespace stratum::migrate {

// `alembic init DIRECTORY` with the generic template: creates DIRECTORY and
// DIRECTORY/versions, writes env.py, script.py.mako and README there, and
// alembic.ini (with script_location = DIRECTORY as given) unless it already
// exists. The files are Alembic 1.8's own, so `alembic` itself can run the
// project. Refuses a directory that exists and is not empty, as Alembic does.
// Stateless; thread-safe if the file system is.
class ProjectInit
{
public:
    struct Result_
    {
        QStringList messages;  // Alembic's status lines ("Creating directory ...  done")
        QString iniPath;       // absolute
    };

    // directory: as the user typed it (relative to baseDir, the current
    // directory). iniPath: the alembic.ini to write (relative to baseDir).
    static Result<Result_> run(const QString &directory, const QString &iniPath,
                               const QString &baseDir, bool package = false);
};

}  // namespace stratum::migrate
