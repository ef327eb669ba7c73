#pragma once

#include "core/engine/Driver.h"

namespace stratum::engine::pg {

// PostgreSQL through libpq. The conninfo comes from Url::toConninfo(), so
// sslmode, sslrootcert, connect_timeout and friends pass through, and libpq's
// own sources (~/.pgpass, the service file, PG* environment variables) still
// fill in what the URL leaves out. Connecting is non-blocking (PQconnectStart /
// PQconnectPoll with poll()) under an overall deadline of connect_timeout
// seconds (10 when unset; 0 waits forever, as in libpq). Host name resolution
// happens inside PQconnectStart and is not covered by the deadline.
// Thread-safe: connect() may run on several threads at once.
class PgDriver final : public Driver
{
public:
    explicit PgDriver(config::Url url);

    QString name() const override { return QStringLiteral("postgresql"); }
    const config::Url &url() const override { return m_url; }
    Result<std::unique_ptr<DriverConnection>> connect() override;
    QString quoteIdentifier(const QString &identifier) const override;

    static constexpr int kDefaultConnectTimeout = 10;  // seconds

private:
    config::Url m_url;
};

}  // namespace stratum::engine::pg
