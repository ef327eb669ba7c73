#pragma once

#include "core/config/Result.h"
#include "core/config/Url.h"
#include "core/engine/DriverConnection.h"

#include <memory>

namespace stratum::engine {

// Opens connections for one database URL: the DBAPI half of SQLAlchemy's
// Dialect. Implementations exist for PostgreSQL (libpq) and SQLite (QtSql).
// connect() is thread-safe: the pool calls it from whichever thread checks out.
class Driver
{
public:
    virtual ~Driver() = default;

    // Picks the driver for url's backend. Does no I/O. Fails with a clear
    // message for backends that have no driver yet (MySQL).
    static Result<std::unique_ptr<Driver>> create(const config::Url &url);

    virtual QString name() const = 0;  // "postgresql" or "sqlite"
    virtual const config::Url &url() const = 0;

    // Opens a new connection. Errors never contain the password.
    virtual Result<std::unique_ptr<DriverConnection>> connect() = 0;

    // Quotes an identifier for this dialect if, and only if, it needs quoting.
    virtual QString quoteIdentifier(const QString &identifier) const = 0;
};

}  // namespace stratum::engine
