#pragma once

namespace stratum::schema {

// The SQL dialects the DDL compiler and the Inspector speak.
enum class Dialect { PostgreSQL, SQLite };

// The longest identifier the server keeps, in SQLAlchemy's terms
// (max_identifier_length): PostgreSQL's NAMEDATALEN - 1; SQLite has no limit,
// and SQLAlchemy uses 9999 for it.
constexpr int maxIdentifierLength(Dialect d)
{
    return d == Dialect::PostgreSQL ? 63 : 9999;
}

}  // namespace stratum::schema
