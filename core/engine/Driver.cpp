#include "core/engine/Driver.h"

#include "core/engine/pg/PgDriver.h"
#include "core/engine/sqlite/SqliteDriver.h"

namespace stratum::engine {

Result<std::unique_ptr<Driver>> Driver::create(const config::Url &url)
{
    switch (url.backend()) {
    case config::Backend::PostgreSQL:
        return std::unique_ptr<Driver>(std::make_unique<pg::PgDriver>(url));
    case config::Backend::SQLite:
        return std::unique_ptr<Driver>(std::make_unique<sqlite::SqliteDriver>(url));
    case config::Backend::MySQL:
        break;
    }
    Error e;
    e.source = QStringLiteral("URL");
    e.code = QStringLiteral("unsupported");
    e.message = QStringLiteral("%1: MySQL and MariaDB are recognised but have no driver yet; "
                               "Stratum connects to PostgreSQL and SQLite.")
                    .arg(url.drivername());
    return e;
}

}  // namespace stratum::engine
