#include "core/engine/DriverConnection.h"
#include "core/migrate/lint/MigrationLint.h"
#include "core/migrate/run/VersionTable.h"

namespace stratum::migrate {
namespace {

// Counting stops here: beyond it a table is large whatever the exact number.
constexpr qint64 kCountLimit = 10000000;

std::optional<qint64> firstInteger(const Result<QStringList> &values)
{
    if (!values || values->isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = values->first().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

}  // namespace

ConnectionLintData::ConnectionLintData(engine::DriverConnection &connection,
                                       schema::Dialect dialect)
    : m_connection(connection)
    , m_dialect(dialect)
{}

QString ConnectionLintData::quote(const QString &identifier) const
{
    QString inner = identifier;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

QString ConnectionLintData::qualified(const QString &schema, const QString &table) const
{
    return schema.isEmpty() ? quote(table) : quote(schema) + u'.' + quote(table);
}

std::optional<qint64> ConnectionLintData::rowCount(const QString &schema, const QString &table)
{
    if (m_dialect == schema::Dialect::PostgreSQL) {
        // The planner's estimate costs nothing; -1 (never analysed) or 0 may
        // be stale, so those are counted.
        const std::optional<qint64> estimate = firstInteger(queryColumn(
            m_connection,
            QStringLiteral("SELECT c.reltuples::bigint FROM pg_catalog.pg_class c "
                           "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE c.relname = $1 AND n.nspname = coalesce(nullif($2, ''), "
                           "current_schema())"),
            {table, schema}));
        if (!estimate)
            return std::nullopt;  // no such table
        if (*estimate > 0)
            return estimate;
    }
    return firstInteger(
        queryColumn(m_connection,
                    QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT %2) AS t")
                        .arg(qualified(schema, table))
                        .arg(kCountLimit),
                    {}));
}

std::optional<bool> ConnectionLintData::hasDuplicates(const QString &schema, const QString &table,
                                                      const QStringList &columns)
{
    if (columns.isEmpty())
        return std::nullopt;
    QStringList quoted;
    QStringList notNull;
    for (const QString &c : columns) {
        quoted << quote(c);
        notNull << quote(c) + QStringLiteral(" IS NOT NULL");
    }
    const Result<QStringList> rows = queryColumn(
        m_connection,
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 GROUP BY %3 HAVING count(*) > 1 LIMIT 1")
            .arg(qualified(schema, table), notNull.join(QStringLiteral(" AND ")),
                 quoted.join(QStringLiteral(", "))),
        {});
    if (!rows)
        return std::nullopt;
    return !rows->isEmpty();
}

std::optional<bool> ConnectionLintData::hasNulls(const QString &schema, const QString &table,
                                                 const QString &column)
{
    const Result<QStringList> rows =
        queryColumn(m_connection,
                    QStringLiteral("SELECT 1 FROM %1 WHERE %2 IS NULL LIMIT 1")
                        .arg(qualified(schema, table), quote(column)),
                    {});
    if (!rows)
        return std::nullopt;
    return !rows->isEmpty();
}

}  // namespace stratum::migrate
