#pragma once

#include "core/config/Result.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace stratum::engine {

// Which pooling strategy a Pool follows, after SQLAlchemy's pool classes.
enum class PoolKind {
    Queue,   // QueuePool: keeps up to pool_size idle, allows max_overflow more
    Null,    // NullPool: connects on every checkout, closes on every checkin
    Static,  // StaticPool: exactly one connection, shared by turns (see Pool.h)
};

// What checkin does with a connection that is still inside a transaction.
enum class ResetOnReturn { Rollback, Commit, None };

// Pool parameters. Defaults are SQLAlchemy QueuePool's, so users who compare
// the two see the same behaviour. A plain value type.
struct PoolOptions
{
    PoolKind kind = PoolKind::Queue;
    // Connections kept idle in the pool. 0 keeps any number (as SQLAlchemy).
    int poolSize = 5;
    // Connections allowed beyond poolSize while demand lasts; -1 means no limit.
    int maxOverflow = 10;
    // How long checkout waits when the limit is reached; negative waits forever.
    std::chrono::milliseconds timeout{30000};
    // Connections older than this are replaced at checkout; negative disables.
    std::chrono::milliseconds recycle{-1};
    // Test each connection with DriverConnection::ping() at checkout.
    bool prePing = false;
    // Hand out the most recently returned idle connection first (else FIFO).
    bool useLifo = false;
    ResetOnReturn resetOnReturn = ResetOnReturn::Rollback;
    // A checkout held longer than this is reported once as a leak, with its
    // holder label. Zero disables detection (as HikariCP's default).
    std::chrono::milliseconds leakThreshold{0};
    // Statements run, in order, on every new physical connection before its
    // first checkout (SQLAlchemy's "connect" event), e.g.
    // "SET default_transaction_read_only = on" or "PRAGMA query_only = ON".
    // If one fails, the connection is closed and the checkout fails with
    // code "pool_connect_statement".
    QStringList connectStatements;

    // "QueuePool", "NullPool", "StaticPool".
    static QString kindName(PoolKind kind);
    // Accepts "queue", "null", "static" and the SQLAlchemy class names.
    static Result<PoolKind> parseKind(const QString &text);
    // "rollback", "commit", "none".
    static QString resetName(ResetOnReturn reset);
    // Accepts the names above plus SQLAlchemy's spellings True/False/None.
    static Result<ResetOnReturn> parseReset(const QString &text);
    // A usage error for nonsensical values (negative pool size, ...), or Ok.
    Status validate() const;
    // Copies the options that Pool::setOptions() may change on a live pool:
    // poolSize, maxOverflow, timeout, recycle, prePing and useLifo.
    void copyLiveFrom(const PoolOptions &other);
};

}  // namespace stratum::engine
