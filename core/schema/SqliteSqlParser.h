#pragma once

#include "core/schema/Constraints.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace stratum::schema {

// Reads what SQLite's pragmas do not report from the CREATE TABLE / CREATE
// INDEX / CREATE VIEW text kept in sqlite_schema: constraint names, CHECK
// expressions, DEFERRABLE, AUTOINCREMENT, generated-column expressions, index
// expressions and WHERE clauses, view bodies. A tokenizer that knows SQLite's
// four quoting styles and comments, not a full SQL parser: expressions are
// returned as the original text. Stateless; thread-safe.
class SqliteSqlParser
{
public:
    struct NamedColumns
    {
        QString name;
        QStringList columns;
        bool deferrable = false;
        bool initiallyDeferred = false;
    };
    struct ParsedTable
    {
        QString primaryKeyName;
        std::vector<NamedColumns> foreignKeys;  // in declaration order
        std::vector<NamedColumns> uniques;
        std::vector<CheckConstraint> checks;
        QStringList autoincrement;          // columns declared PRIMARY KEY AUTOINCREMENT
        QHash<QString, QString> generated;  // column -> expression
    };
    struct ParsedIndex
    {
        QStringList keys;  // each key's text, without COLLATE/ASC/DESC
        QString where;
    };

    static ParsedTable parseTable(const QString &sql);
    static ParsedIndex parseIndex(const QString &sql);
    // The SELECT of a CREATE VIEW.
    static QString viewDefinition(const QString &sql);
    // An identifier token without its quotes ("a""b" -> a"b, [x] -> x, `y` -> y).
    static QString unquote(const QString &token);
};

}  // namespace stratum::schema
