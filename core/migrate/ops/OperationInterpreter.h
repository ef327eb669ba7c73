#pragma once

#include "core/config/Result.h"
#include "core/migrate/ops/Operation.h"

namespace stratum::pyread {
struct Module;
}

namespace stratum::migrate {

// Reads the upgrade() and downgrade() bodies of an Alembic revision script
// into Operations, without running any Python: the op.* calls and
// `with op.batch_alter_table(...) as batch_op:` blocks that Alembic's
// autogenerate writes, with sa.* / postgresql.* arguments. Every statement
// outside that subset (a loop, an if, an assignment, op.get_bind(), an unknown
// op or keyword, an argument that is not a literal) becomes an Unsupported
// entry with its line, column and source text; nothing is dropped silently.
// Fails only when the module has no upgrade() function (not a revision
// script). filePath labels errors and SourceRefs. Thread-safe (pure).
Result<RevisionOperations> interpretRevision(const pyread::Module &module, const QString &filePath);

}  // namespace stratum::migrate
