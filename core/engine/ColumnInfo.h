#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace stratum::engine {

// The neutral family of a column's values, so that consumers (the console grid,
// stratum-cli, the schema layer) can format and convert without knowing the
// backend's type system.
enum class ValueKind : std::uint8_t {
    Bool,
    Int,      // integers (int2/int4/int8/oid; SQLite INTEGER)
    Float,    // float4/float8; SQLite REAL
    Numeric,  // exact decimals; kept as text so no precision is lost
    Text,
    Bytes,  // stored raw in a RowBatch (PostgreSQL's \x hex form is decoded)
    Date,
    Time,
    Timestamp,
    TimestampTz,
    Interval,
    Json,
    Uuid,
    Array,
    Other,  // anything else: geometric, network, ranges, enums, domains...
};

QString valueKindName(ValueKind kind);

// Metadata for one result column. A value type.
struct ColumnInfo
{
    QString name;
    QString typeName;           // "int8", "text", "varchar[]"; SQLite's declared type
    std::uint32_t typeOid = 0;  // PostgreSQL type OID; 0 on SQLite
    ValueKind kind = ValueKind::Text;
    std::optional<bool> nullable;  // known only where the driver can tell cheaply
    // Where the column comes from, when it is a plain table column. PostgreSQL
    // fills tableOid/tableColumn (attnum); SQLite fills table/origin names.
    std::uint32_t tableOid = 0;
    int tableColumn = 0;
    QString tableName;
    QString originName;
};

}  // namespace stratum::engine
