#pragma once

#include "core/schema/ColumnType.h"

#include <QString>

#include <optional>

namespace stratum::schema {

// A PostgreSQL sequence. dataType is Integer, BigInteger or SmallInteger. A
// sequence owned by a column (ownedByTable/ownedByColumn, in the sequence's
// schema) is dropped with its table, as serial columns' sequences are.
struct Sequence
{
    QString schema;
    QString name;
    TypeKind dataType = TypeKind::BigInteger;
    std::optional<qint64> start;
    std::optional<qint64> increment;
    std::optional<qint64> minValue;
    std::optional<qint64> maxValue;
    std::optional<qint64> cache;
    bool cycle = false;
    QString ownedByTable;
    QString ownedByColumn;

    bool operator==(const Sequence &) const = default;
};

}  // namespace stratum::schema
