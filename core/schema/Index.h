#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace stratum::schema {

// One key of an index: either a column name or an SQL expression.
struct IndexElement
{
    QString column;
    QString expression;

    static IndexElement ofColumn(const QString &name) { return {name, {}}; }
    static IndexElement ofExpression(const QString &sql) { return {{}, sql}; }
    bool isExpression() const { return column.isEmpty(); }

    bool operator==(const IndexElement &) const = default;
};

// An index as a plain value: unique, partial (where), expressions, the
// PostgreSQL access method ("btree", "gin", ...; empty means the default) and
// INCLUDE columns.
struct Index
{
    QString name;
    std::vector<IndexElement> elements;
    bool unique = false;
    QString where;
    QString method;
    QStringList include;

    // The plain column names among the elements, for naming conventions.
    QStringList columnNames() const
    {
        QStringList out;
        for (const IndexElement &e : elements) {
            if (!e.isExpression())
                out << e.column;
        }
        return out;
    }

    bool operator==(const Index &) const = default;
};

}  // namespace stratum::schema
