#pragma once

#include "core/config/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate {

// Who holds the migration lock, from pg_locks and pg_stat_activity.
struct LockHolder
{
    int pid = 0;
    QString applicationName;
    QString clientAddress;  // "local socket" when connected over a Unix socket
    QString user;
    QString since;  // backend_start

    // "pid 4242 (application 'stratum', client 10.0.0.5, user app)"
    QString describe() const;
};

// The PostgreSQL session-level advisory lock that keeps two migrators from
// running at the same time (Alembic has none: alembic#633). The key is fixed
// so that every Stratum migrator of every project on the database agrees:
// kKey = 0x537472617475'6d31 ("Stratum1" in ASCII), i.e.
// pg_advisory_lock(6013557165337701681); pg_locks shows it as classid
// 1400140385, objid 1953852721, objsubid 1. Waiting polls
// pg_try_advisory_lock, so a timeout and cancel() are honoured and the
// holder can be reported while waiting. Session-level: it survives the
// migration's COMMIT/ROLLBACK and is released by release() or by the
// session ending. Used on the connection's thread; cancel() is thread-safe.
class MigrationLock
{
public:
    static constexpr qint64 kKey = 0x5374726174756d31LL;

    explicit MigrationLock(engine::DriverConnection &connection);
    ~MigrationLock();
    MigrationLock(const MigrationLock &) = delete;
    MigrationLock &operator=(const MigrationLock &) = delete;

    // Called once when the lock is found taken, with its holder.
    using WaitFn = std::function<void(const LockHolder &holder)>;

    // Waits up to timeoutMs (< 0: forever) for the lock. On timeout the error
    // names the holder.
    Status acquire(int timeoutMs, const WaitFn &onWait = {});
    Status release();
    bool held() const { return m_held; }
    void cancel() { m_cancelled = true; }

    // The current holder, if any (for reports); nullopt-like pid 0 when free.
    Result<LockHolder> holder();

private:
    engine::DriverConnection &m_connection;
    bool m_held = false;
    std::atomic<bool> m_cancelled{false};
};

}  // namespace stratum::migrate
