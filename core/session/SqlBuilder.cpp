#include "core/session/SqlBuilder.h"

#include "core/schema/IdentifierPreparer.h"

namespace stratum::session {

QString SqlBuilder::tableName(const schema::Table &table) const
{
    using schema::IdentifierPreparer;
    if (table.schema.isEmpty())
        return IdentifierPreparer::quoteAlways(table.name);
    return IdentifierPreparer::quoteAlways(table.schema) + u'.' +
           IdentifierPreparer::quoteAlways(table.name);
}

QString SqlBuilder::column(const QString &name)
{
    return schema::IdentifierPreparer::quoteAlways(name);
}

QString SqlBuilder::insert(const schema::Table &table, const std::vector<int> &columns, int rows,
                           const std::vector<int> &returning) const
{
    QString sql = QLatin1String("INSERT INTO ") + tableName(table);
    if (columns.empty()) {
        // DEFAULT VALUES takes one row only; the planner never batches these.
        sql += QLatin1String(" DEFAULT VALUES");
    } else {
        sql += QLatin1String(" (");
        for (size_t i = 0; i < columns.size(); ++i) {
            if (i)
                sql += QLatin1String(", ");
            sql += column(table.columns[size_t(columns[i])].name);
        }
        sql += QLatin1String(") VALUES ");
        sql.reserve(sql.size() + qsizetype(rows) * qsizetype(columns.size()) * 8);
        int n = 1;
        for (int r = 0; r < rows; ++r) {
            if (r)
                sql += QLatin1String(", ");
            sql += u'(';
            for (size_t i = 0; i < columns.size(); ++i) {
                if (i)
                    sql += QLatin1String(", ");
                sql += u'$' + QString::number(n++);
            }
            sql += u')';
        }
    }
    if (!returning.empty()) {
        sql += QLatin1String(" RETURNING ");
        for (size_t i = 0; i < returning.size(); ++i) {
            if (i)
                sql += QLatin1String(", ");
            sql += column(table.columns[size_t(returning[i])].name);
        }
    }
    return sql;
}

QString SqlBuilder::conditions(const schema::Table &table, const std::vector<int> &columns,
                               const std::vector<bool> &isNull, int *next) const
{
    QString sql;
    for (size_t i = 0; i < columns.size(); ++i) {
        if (i)
            sql += QLatin1String(" AND ");
        sql += column(table.columns[size_t(columns[i])].name);
        if (isNull[i])
            sql += QLatin1String(" IS NULL");
        else
            sql += QLatin1String(" = $") + QString::number((*next)++);
    }
    return sql;
}

QString SqlBuilder::update(const schema::Table &table, const std::vector<int> &setColumns,
                           int *next) const
{
    QString sql = QLatin1String("UPDATE ") + tableName(table) + QLatin1String(" SET ");
    for (size_t i = 0; i < setColumns.size(); ++i) {
        if (i)
            sql += QLatin1String(", ");
        sql += column(table.columns[size_t(setColumns[i])].name) + QLatin1String(" = $") +
               QString::number((*next)++);
    }
    return sql + QLatin1String(" WHERE ");
}

QString SqlBuilder::remove(const schema::Table &table) const
{
    return QLatin1String("DELETE FROM ") + tableName(table) + QLatin1String(" WHERE ");
}

QString SqlBuilder::select(const schema::Table &table) const
{
    QString sql = QLatin1String("SELECT ");
    for (size_t i = 0; i < table.columns.size(); ++i) {
        if (i)
            sql += QLatin1String(", ");
        sql += column(table.columns[i].name);
    }
    return sql + QLatin1String(" FROM ") + tableName(table);
}

}  // namespace stratum::session
