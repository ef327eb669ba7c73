#pragma once

#include "core/engine/ColumnInfo.h"

#include <QString>

#include <cstdint>

namespace stratum::engine::pg {

// Names and neutral kinds of PostgreSQL's built-in types, by OID, without a
// catalogue round trip (the values are fixed in pg_type.dat). Types created by
// users (OID >= 16384: enums, domains, composites) are reported as "oid:N" with
// ValueKind::Other. Thread-safe (immutable data).
struct PgTypeInfo
{
    QString name;
    ValueKind kind = ValueKind::Other;
};

PgTypeInfo pgTypeInfo(std::uint32_t oid);

}  // namespace stratum::engine::pg
