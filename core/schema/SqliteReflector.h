#pragma once

#include "core/schema/CatalogQuery.h"
#include "core/schema/Inspector.h"

namespace stratum::schema {

// The SQLite half of the Inspector: sqlite_schema plus the table-valued
// pragmas (pragma_table_xinfo, pragma_foreign_key_list, pragma_index_list,
// pragma_index_xinfo) joined over every table at once, so four queries per
// schema; names and expressions the pragmas do not report come from the
// stored CREATE text (SqliteSqlParser). Used on the reflecting thread only.
class SqliteReflector
{
public:
    static constexpr int kQueriesPerSchema = 4;

    explicit SqliteReflector(CatalogQuery &query)
        : m_query(query)
    {}

    Status reflectSchema(const QString &schema, Reflection &out);

    // A declared column type, mapped as SQLAlchemy's SQLite dialect does.
    static ColumnType mapType(const QString &declared);

private:
    CatalogQuery &m_query;
};

}  // namespace stratum::schema
