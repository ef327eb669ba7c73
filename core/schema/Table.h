#pragma once

#include "core/schema/Column.h"
#include "core/schema/Constraints.h"
#include "core/schema/Index.h"

#include <QString>

#include <vector>

namespace stratum::schema {

// A table as a plain value: columns in their order, then constraints and
// indexes. An empty schema means the connection's default schema (PostgreSQL's
// search_path, SQLite's main), as SQLAlchemy's schema=None does.
struct Table
{
    QString schema;
    QString name;
    std::vector<Column> columns;
    PrimaryKey primaryKey;
    std::vector<ForeignKey> foreignKeys;
    std::vector<UniqueConstraint> uniqueConstraints;
    std::vector<CheckConstraint> checkConstraints;
    std::vector<Index> indexes;
    QString comment;

    const Column *column(const QString &columnName) const
    {
        for (const Column &c : columns) {
            if (c.name == columnName)
                return &c;
        }
        return nullptr;
    }
    Column *column(const QString &columnName)
    {
        return const_cast<Column *>(std::as_const(*this).column(columnName));
    }
    // "schema.name" or "name", for messages (not SQL: unquoted).
    QString displayName() const { return schema.isEmpty() ? name : schema + u'.' + name; }

    bool operator==(const Table &) const = default;
};

}  // namespace stratum::schema
