#pragma once

#include "core/config/Result.h"
#include "core/config/Url.h"
#include "core/engine/ConnectionHandle.h"
#include "core/engine/Driver.h"
#include "core/engine/Pool.h"
#include "core/engine/PoolOptions.h"

#include <memory>

namespace stratum::engine {

// The entry point to one database, after SQLAlchemy's Engine: it owns the
// Driver for a URL and the Pool of that driver's connections. Creating one
// does no I/O; the first connect() opens the first connection.
//
// For SQLite in-memory URLs a QueuePool request becomes a StaticPool, as
// SQLAlchemy picks a single-connection pool there: every new connection to
// ":memory:" would otherwise be a different, empty database.
//
// Thread-safety: connect(), dispose() and statistics() may be called from any
// thread. Handles keep the pool alive, so they may outlive the Engine.
class Engine
{
public:
    static Result<std::unique_ptr<Engine>> create(const config::Url &url, PoolOptions options = {});
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // A pooled connection, returned to the pool when the handle goes away.
    // label names the holder in statistics and leak reports.
    Result<ConnectionHandle> connect(const QString &label = {});
    // Closes every idle connection; checked-out ones close when returned.
    void dispose();

    const config::Url &url() const { return m_driver->url(); }
    QString dialectName() const { return m_driver->name(); }
    Driver &driver() const { return *m_driver; }
    Pool &pool() const { return *m_pool; }
    PoolStatistics statistics() const { return m_pool->statistics(); }
    QString status() const { return m_pool->status(); }

private:
    Engine(std::shared_ptr<Driver> driver, std::shared_ptr<Pool> pool);

    std::shared_ptr<Driver> m_driver;
    std::shared_ptr<Pool> m_pool;
};

}  // namespace stratum::engine
