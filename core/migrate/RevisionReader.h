#pragma once

#include "core/config/Result.h"
#include "core/migrate/Revision.h"

#include <QString>

namespace stratum::pyread {
struct Module;
}

namespace stratum::migrate {

// Reads the header of an Alembic revision script without running it: the
// module docstring and the module-level assignments `revision`,
// `down_revision`, `branch_labels` and `depends_on`, which must be literals
// (as Alembic writes them). Mirrors Alembic's Script._from_filename, including
// the legacy rule that takes the id from a hex file name when `revision` is
// absent. Errors carry file, line and column. Stateless; thread-safe.
class RevisionReader
{
public:
    static Result<Revision> readFile(const QString &path);
    static Result<Revision> readSource(const QString &source, const QString &path);
    static Result<Revision> fromModule(const pyread::Module &module, const QString &path);
};

}  // namespace stratum::migrate
