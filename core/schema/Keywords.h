#pragma once

#include "core/schema/Dialect.h"

#include <QString>

namespace stratum::schema {

// The words that a dialect will not take as a bare identifier, in lower case.
// Stateless; thread-safe.
class Keywords
{
public:
    // PostgreSQL 15's reserved and type/function-name keywords, or every SQLite
    // keyword: quoting these is required (PostgreSQL) or the safe choice (SQLite).
    static bool isReserved(Dialect dialect, const QString &lowerCaseWord);
    // PostgreSQL's col_name keywords (int, varchar, time, ...): legal as names
    // of tables and columns, but taken as the built-in type where a type name is
    // expected, so a user-defined type with such a name must be quoted there.
    static bool isColumnNameKeyword(Dialect dialect, const QString &lowerCaseWord);
};

}  // namespace stratum::schema
