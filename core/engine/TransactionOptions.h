#pragma once

#include <QString>

#include <optional>

namespace stratum::engine {

// SQL's isolation levels. SQLite runs every transaction serializably; asking it
// for a weaker level is accepted (it gives at least what was asked for), except
// ReadUncommitted, which it maps onto PRAGMA read_uncommitted.
enum class IsolationLevel { ReadUncommitted, ReadCommitted, RepeatableRead, Serializable };

QString isolationLevelSql(IsolationLevel level);  // "READ COMMITTED", ...

// How DriverConnection::begin() starts a transaction.
struct TransactionOptions
{
    std::optional<IsolationLevel> isolation;  // the server's default when unset
    bool readOnly = false;
    bool deferrable = false;  // PostgreSQL: SERIALIZABLE READ ONLY DEFERRABLE
};

}  // namespace stratum::engine
