#pragma once

// Small builders for the schema unit tests.

#include "core/schema/MetaData.h"

namespace stratum::schema::test {

inline Column column(const QString &name, const ColumnType &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

// A table "name" with an integer primary key "id".
inline Table tableWithId(const QString &name, const QString &schema = {})
{
    Table t;
    t.schema = schema;
    t.name = name;
    t.columns.push_back(column(QStringLiteral("id"), ColumnType::integer(), false));
    t.primaryKey.columns = QStringList{QStringLiteral("id")};
    return t;
}

inline ForeignKey foreignKey(const QString &column, const QString &referredTable,
                             const QString &referredColumn = QStringLiteral("id"))
{
    ForeignKey fk;
    fk.columns = QStringList{column};
    fk.referredTable = referredTable;
    fk.referredColumns = QStringList{referredColumn};
    return fk;
}

}  // namespace stratum::schema::test
