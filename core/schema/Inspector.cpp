#include "core/schema/Inspector.h"

#include "core/engine/DriverConnection.h"
#include "core/schema/PgReflector.h"
#include "core/schema/SqliteReflector.h"

namespace stratum::schema {

Inspector::Inspector(engine::DriverConnection &connection, Dialect dialect)
    : m_connection(connection)
    , m_dialect(dialect)
{}

Result<Dialect> Inspector::dialectForDriver(const QString &driverName)
{
    if (driverName == QLatin1String("postgresql"))
        return Dialect::PostgreSQL;
    if (driverName == QLatin1String("sqlite"))
        return Dialect::SQLite;
    Error e;
    e.message = QStringLiteral("reflection is not available for %1 databases").arg(driverName);
    e.code = QStringLiteral("unsupported");
    return e;
}

void Inspector::cancel()
{
    m_cancelled.store(true);
    m_connection.cancel();
}

Result<Reflection> Inspector::reflect(const QStringList &schemas)
{
    m_cancelled.store(false);
    const bool pg = m_dialect == Dialect::PostgreSQL;
    const int perSchema = pg ? PgReflector::kQueriesPerSchema : SqliteReflector::kQueriesPerSchema;
    CatalogQuery query(m_connection, m_cancelled, m_progress, perSchema * int(schemas.size()));
    Reflection out;
    out.metadata.naming = NamingConvention();
    for (const QString &schema : schemas) {
        Status s = pg ? PgReflector(query).reflectSchema(schema, out)
                      : SqliteReflector(query).reflectSchema(schema, out);
        if (!s)
            return s.error();
    }
    out.metadata.canonicalize();
    out.queries = query.count();
    if (m_progress)
        m_progress(query.count(), query.count(), QStringLiteral("done"));
    return out;
}

}  // namespace stratum::schema
