#pragma once

#include "core/config/Result.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::schema {

// What reflection found: the model, and every object it saw but does not
// model (functions, triggers, domains, partitions, extensions, index options
// ...), one line each, so that nothing is dropped silently.
struct Reflection
{
    MetaData metadata;
    QStringList skipped;
    int queries = 0;  // catalogue queries sent, for the bulk guarantee
};

// Reflects schemas from a live connection in bulk, like SQLAlchemy 2.0's
// Inspector.get_multi_*: a constant number of catalogue queries per schema
// (pg_catalog on PostgreSQL; sqlite_schema and table-valued pragmas on
// SQLite), whatever the number of tables. The result is canonical
// (MetaData::canonicalize). Reflection runs on the calling thread and uses the
// connection exclusively; cancel() may be called from any other thread: it
// stops between queries and interrupts the one in progress.
class Inspector
{
public:
    using ProgressFn = std::function<void(int step, int steps, const QString &what)>;

    Inspector(engine::DriverConnection &connection, Dialect dialect);

    // The driver's name ("postgresql", "sqlite") as a dialect.
    static Result<Dialect> dialectForDriver(const QString &driverName);

    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    void cancel();

    // Reflects each schema; "" is the connection's default schema (PostgreSQL:
    // current_schema(); SQLite: main), whose objects get an empty schema name.
    Result<Reflection> reflect(const QStringList &schemas = {QString()});

private:
    engine::DriverConnection &m_connection;
    Dialect m_dialect;
    ProgressFn m_progress;
    std::atomic<bool> m_cancelled{false};
};

}  // namespace stratum::schema
