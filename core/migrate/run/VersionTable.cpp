#include "core/migrate/run/VersionTable.h"

#include "core/engine/ResultStream.h"
#include "core/engine/RowBatch.h"
#include "core/schema/IdentifierPreparer.h"

namespace stratum::migrate {

VersionTable::VersionTable(schema::Dialect dialect, const QString &table, const QString &schema)
    : m_dialect(dialect)
    , m_table(table.isEmpty() ? QString::fromLatin1(kDefaultName) : table)
    , m_schema(schema)
{}

QString VersionTable::displayName() const
{
    return m_schema.isEmpty() ? m_table : m_schema + u'.' + m_table;
}

QString VersionTable::qualifiedTable() const
{
    return schema::IdentifierPreparer(m_dialect).qualified(m_schema, m_table);
}

QString VersionTable::literal(const QString &value) const
{
    QString escaped = value;
    escaped.replace(u'\'', QLatin1String("''"));
    return u'\'' + escaped + u'\'';
}

QString VersionTable::createSql() const
{
    const schema::IdentifierPreparer prep(m_dialect);
    // SQLAlchemy's CREATE TABLE layout, with the tab Alembic turns into four
    // spaces and the trailing space after the column's comma.
    return QStringLiteral("CREATE TABLE %1 (\n    version_num VARCHAR(32) NOT NULL, \n"
                          "    CONSTRAINT %2 PRIMARY KEY (version_num)\n)")
        .arg(qualifiedTable(), prep.quote(m_table + QLatin1String("_pkc")));
}

QString VersionTable::dropSql() const
{
    return QStringLiteral("DROP TABLE ") + qualifiedTable();
}

QString VersionTable::insertSql(const QString &version, bool returning) const
{
    QString sql = QStringLiteral("INSERT INTO %1 (version_num) VALUES (%2)")
                      .arg(qualifiedTable(), literal(version));
    if (returning && m_dialect == schema::Dialect::PostgreSQL)
        sql += QStringLiteral(" RETURNING %1.version_num").arg(qualifiedTable());
    return sql;
}

QString VersionTable::updateSql(const QString &from, const QString &to) const
{
    return QStringLiteral("UPDATE %1 SET version_num=%2 WHERE %1.version_num = %3")
        .arg(qualifiedTable(), literal(to), literal(from));
}

QString VersionTable::deleteSql(const QString &version) const
{
    return QStringLiteral("DELETE FROM %1 WHERE %1.version_num = %2")
        .arg(qualifiedTable(), literal(version));
}

QString VersionTable::purgeSql() const
{
    return QStringLiteral("DELETE FROM ") + qualifiedTable();
}

QString VersionTable::selectSql() const
{
    return QStringLiteral("SELECT %1.version_num FROM %1").arg(qualifiedTable());
}

Result<bool> VersionTable::exists(engine::DriverConnection &connection) const
{
    QString sql;
    engine::Params params;
    if (m_dialect == schema::Dialect::PostgreSQL) {
        if (m_schema.isEmpty()) {
            // SQLAlchemy's has_table without a schema: visible on the search_path.
            sql = QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c WHERE c.relname = $1 "
                                 "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
                                 "AND pg_catalog.pg_table_is_visible(c.oid)");
            params = {m_table};
        } else {
            sql = QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c JOIN "
                                 "pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE c.relname = $1 AND n.nspname = $2 "
                                 "AND c.relkind IN ('r', 'p', 'v', 'm', 'f')");
            params = {m_table, m_schema};
        }
    } else {
        const QString master = m_schema.isEmpty()
                                   ? QStringLiteral("sqlite_master")
                                   : schema::IdentifierPreparer(m_dialect).quote(m_schema) +
                                         QLatin1String(".sqlite_master");
        sql = QStringLiteral("SELECT 1 FROM %1 WHERE type = 'table' AND name = $1").arg(master);
        params = {m_table};
    }
    Result<QStringList> rows = queryColumn(connection, sql, params);
    if (!rows)
        return rows.error();
    return !rows->isEmpty();
}

Result<QStringList> VersionTable::heads(engine::DriverConnection &connection) const
{
    Result<bool> present = exists(connection);
    if (!present)
        return present.error();
    if (!present.value())
        return QStringList();
    return queryColumn(connection, selectSql());
}

Status VersionTable::ensure(engine::DriverConnection &connection) const
{
    Result<bool> present = exists(connection);
    if (!present)
        return present.error();
    if (present.value())
        return Ok{};
    Result<engine::ExecResult> created = connection.execute(createSql());
    if (!created)
        return created.error();
    return Ok{};
}

Result<QStringList> queryColumn(engine::DriverConnection &connection, const QString &sql,
                                const engine::Params &params)
{
    Result<std::unique_ptr<engine::ResultStream>> stream = connection.stream(sql, params);
    if (!stream)
        return stream.error();
    QStringList values;
    engine::RowBatch batch;
    for (;;) {
        Result<bool> more = stream.value()->next(batch, 256);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        for (int row = 0; row < batch.rowCount(); ++row)
            values << batch.text(row, 0);
    }
    return values;
}

}  // namespace stratum::migrate
