#pragma once

#include "core/schema/ColumnType.h"

#include <QString>

#include <optional>

namespace stratum::schema {

// GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY and its sequence options; unset
// options take the server's defaults.
struct Identity
{
    bool always = false;
    std::optional<qint64> start;
    std::optional<qint64> increment;
    std::optional<qint64> minValue;
    std::optional<qint64> maxValue;
    std::optional<qint64> cache;
    bool cycle = false;

    bool operator==(const Identity &) const = default;
};

// One table column as a plain value. serverDefault and computed are SQL
// expression text, rendered unchanged (they are the user's SQL, like a CHECK).
// autoincrement means "the database generates the values": SERIAL on
// PostgreSQL when there is no server default (a reflected serial keeps its
// nextval() default and owned sequence instead), AUTOINCREMENT on SQLite.
struct Column
{
    QString name;
    ColumnType type;
    bool nullable = true;
    QString serverDefault;
    std::optional<Identity> identity;
    bool autoincrement = false;
    QString computed;  // GENERATED ALWAYS AS (computed) STORED
    QString comment;

    bool operator==(const Column &) const = default;
};

}  // namespace stratum::schema
