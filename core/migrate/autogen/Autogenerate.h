#pragma once

#include "core/config/Result.h"
#include "core/migrate/autogen/SchemaComparer.h"
#include "core/schema/Dialect.h"

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate::autogen {

// Figures of one run, for benchmarks and the bulk guarantee.
struct AutogenStats
{
    int reflectionQueries = 0;
    int normalizeStatements = 0;
    int probes = 0;
};

// Autogenerate against a live database: reflects the schemas the target
// uses (the default one plus any named), has the server normalise the
// target's defaults and checks (ServerNormalizer, PostgreSQL), and compares
// (SchemaComparer). Uses the connection exclusively on the calling thread and
// leaves nothing behind in the database.
Result<AutogenResult> autogenerate(engine::DriverConnection &connection, schema::Dialect dialect,
                                   const schema::MetaData &target,
                                   const CompareOptions &options = {},
                                   AutogenStats *stats = nullptr);

}  // namespace stratum::migrate::autogen
