#pragma once

#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"
#include "ui/console/QueryTypes.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace stratum::ui {

// The table a SELECT reads, as written in its FROM clause: found only for a
// plain single-table query (no join, second FROM item, subquery, GROUP BY,
// HAVING, set operation or CTE). Names are as the server folds them
// (PostgreSQL lower-cases unquoted names).
struct SelectSource
{
    QString schema;  // empty: the connection's default schema
    QString table;
    QString reason;  // why the statement is not a single-table SELECT
    bool isValid() const { return !table.isEmpty(); }
};

// Where a result's rows can be written back: one table of a reflected model
// whose whole primary key is among the result's columns. columnFor maps each
// result column to a table column (empty for a computed or repeated column,
// which stays read-only); keyColumns are the result columns of the primary
// key in key order. A value type; pure logic.
struct EditTarget
{
    int table = -1;  // index into the model's tables
    QString schema;
    QString name;
    QString displayName;
    QStringList columnFor;
    std::vector<int> keyColumns;

    bool isValid() const { return table >= 0; }
    bool isEditable(int resultColumn) const
    {
        return resultColumn >= 0 && resultColumn < columnFor.size() &&
               !columnFor[resultColumn].isEmpty();
    }

    // Scans sql with the console's tokenizer for a single-table SELECT.
    static SelectSource sourceOf(QStringView sql, schema::Dialect dialect);
    // Confirms source against the reflected model and maps the result's
    // columns; the error message says why the result cannot be edited.
    static Result<EditTarget> resolve(const SelectSource &source, const ColumnList &columns,
                                      const schema::MetaData &metadata, schema::Dialect dialect);
};

}  // namespace stratum::ui
