#pragma once

#include "core/config/Result.h"
#include "core/migrate/run/MigrationStep.h"
#include "core/schema/Dialect.h"

#include <QStringList>

#include <atomic>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate {

// What a revision step does to the schema, as the Migrator and the offline
// renderer need it: check that it can run (before anything runs), execute it
// on a connection, or render its SQL. Stamp steps have no operations. The
// Migrator owns transactions; implementations never begin or end one.
// Implementations say their own thread-safety.
class StepOperations
{
public:
    virtual ~StepOperations() = default;

    // The migrator's cancel flag, read between statements (optional).
    virtual void setCancelFlag(std::atomic<bool> *) {}

    // Fails when the step cannot run here: the script cannot be read, or its
    // direction holds statements Stratum does not interpret (the message names
    // the file, line and column and says Alembic is needed).
    virtual Status check(const MigrationStep &step) = 0;
    virtual Status execute(const MigrationStep &step, engine::DriverConnection &connection) = 0;
    // The statements, without terminators, in order.
    virtual Result<QStringList> render(const MigrationStep &step) = 0;
};

}  // namespace stratum::migrate
