#include "core/engine/Engine.h"

namespace stratum::engine {

Result<std::unique_ptr<Engine>> Engine::create(const config::Url &url, PoolOptions options)
{
    if (const Status valid = options.validate(); !valid)
        return valid.error();
    Result<std::unique_ptr<Driver>> made = Driver::create(url);
    if (!made)
        return made.error();
    std::shared_ptr<Driver> driver = std::move(made).value();
    if (url.backend() == config::Backend::SQLite && url.isSqliteMemory() &&
        options.kind == PoolKind::Queue)
        options.kind = PoolKind::Static;
    // The connector shares the driver, so a pool kept alive by a handle can
    // still open connections after the Engine is gone.
    auto pool = Pool::create([driver] { return driver->connect(); }, options);
    return std::unique_ptr<Engine>(new Engine(std::move(driver), std::move(pool)));
}

Engine::Engine(std::shared_ptr<Driver> driver, std::shared_ptr<Pool> pool)
    : m_driver(std::move(driver))
    , m_pool(std::move(pool))
{}

Engine::~Engine()
{
    m_pool->dispose();
}

Result<ConnectionHandle> Engine::connect(const QString &label)
{
    return m_pool->checkout(label);
}

void Engine::dispose()
{
    m_pool->dispose();
}

}  // namespace stratum::engine
