#pragma once

#include "core/engine/DriverConnection.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

namespace stratum::engine {

// The pool's record of one open connection. Internal to Pool and
// ConnectionHandle; nothing else sees it.
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

}  // namespace stratum::engine
