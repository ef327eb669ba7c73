#pragma once

#include "core/schema/CatalogQuery.h"
#include "core/schema/Inspector.h"

namespace stratum::schema {

// The PostgreSQL half of the Inspector: eight pg_catalog queries per schema
// (PgCatalogSql.h), turned into MetaData. Serial columns (a nextval() default
// on a sequence the column owns) get autoincrement; identity columns keep
// their sequence options, leaving out the ones at their defaults.
// Used on the reflecting thread only.
class PgReflector
{
public:
    static constexpr int kQueriesPerSchema = 8;

    explicit PgReflector(CatalogQuery &query)
        : m_query(query)
    {}

    Status reflectSchema(const QString &schema, Reflection &out);

    // A column type from format_type() and the element type's pg_type facts.
    static ColumnType mapType(const QString &formatted, bool isArray, int dimensions,
                              const QString &elementTypType, const QString &elementName,
                              const QString &enumSchemaForModel);

private:
    CatalogQuery &m_query;
};

}  // namespace stratum::schema
