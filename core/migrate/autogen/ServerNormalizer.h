#pragma once

#include "core/config/Result.h"
#include "core/migrate/autogen/SchemaComparer.h"

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate::autogen {

// Has PostgreSQL render the target's column defaults and CHECK conditions in
// its own spelling (pg_get_expr / pg_get_constraintdef), as it stores them:
// the defaults become columns of temporary tables (up to 1,000 per table, one
// statement each) and the checks constraints on temporary copies of their
// tables, inside a transaction (or savepoint) that is rolled back, so nothing
// is left behind. An expression the server rejects is skipped (compared as
// written) after retrying the batch one probe at a time. Uses the connection
// exclusively on the calling thread.
class ServerNormalizer
{
public:
    explicit ServerNormalizer(engine::DriverConnection &connection);

    Result<Normalized> normalize(const std::vector<NormalizeProbe> &probes);
    int statements() const { return m_statements; }

private:
    Status run(const QString &sql);
    Status defaults(const std::vector<const NormalizeProbe *> &probes, int batch, Normalized &out);
    Status checks(const std::vector<const NormalizeProbe *> &probes, Normalized &out);

    engine::DriverConnection &m_connection;
    int m_statements = 0;
};

}  // namespace stratum::migrate::autogen
