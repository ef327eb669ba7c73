#pragma once

#include "core/engine/DriverConnection.h"
#include "core/engine/Pool.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace stratum::engine {

// The pool's record of one open connection (and, below, of one waiting
// checkout). Internal to Pool and ConnectionHandle; nothing else sees them.
//
// Thread-safety: id, driver, backendPid and createdAt are fixed once the record
// is registered. inUse, holder, checkedOutAt, lastCheckoutAt, leakReported and
// registryIndex change only under the pool's lock. txState is written by the
// holder and read by statistics snapshots, hence atomic. invalidateReason is
// touched only by the thread that holds the connection. lastStatement is
// written by the holder and read by snapshots under statementMutex (taken
// after the pool's lock, never before it).
struct PooledConnection
{
    using Clock = std::chrono::steady_clock;

    std::unique_ptr<DriverConnection> driver;
    quint64 id = 0;
    int backendPid = 0;
    Clock::time_point createdAt;

    bool inUse = false;
    bool leakReported = false;
    QString holder;
    Clock::time_point checkedOutAt;
    Clock::time_point lastCheckoutAt;
    size_t registryIndex = 0;

    std::atomic<TransactionStatus> txState{TransactionStatus::Idle};
    bool invalidateRequested = false;
    bool disconnectNoted = false;
    QString invalidateReason;

    mutable std::mutex statementMutex;
    QString lastStatement;
};

// A checkout waiting for a connection. Lives on the waiting thread's stack and
// is linked into the pool's FIFO list; granting happens under the pool lock.
struct Pool::Waiter
{
    Waiter *prev = nullptr;
    Waiter *next = nullptr;
    std::condition_variable cv;
    const QString *holder = nullptr;
    PooledConnection::Clock::time_point since;
    PooledConnection *conn = nullptr;  // handed over by a checkin
    bool granted = false;              // conn, or a slot to open one in
};

// Steady-clock nanoseconds, the unit of the pool's atomic time marks.
inline qint64 steadyTicks(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

}  // namespace stratum::engine
