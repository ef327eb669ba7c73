#pragma once

#include "core/schema/Dialect.h"

#include <QString>
#include <QStringList>

namespace stratum::ui {

// The words the console highlights and completes: SQL keywords of PostgreSQL
// 15 and SQLite 3 (one list: a script for either reads right), type names,
// and common built-in functions per dialect. Stateless; thread-safe.
class SqlKeywords
{
public:
    // Lower-case keywords (statements, clauses, operators written as words),
    // without the unreserved ones that usually name columns (name, type, ...).
    static bool isKeyword(const QString &lowerCaseWord);
    // Lower-case built-in type names (int, text, varchar, timestamptz, ...).
    static bool isTypeName(const QString &lowerCaseWord);

    // Sorted, upper-case keywords for completion.
    static const QStringList &keywords();
    // Sorted, lower-case built-in function names of the dialect.
    static const QStringList &functions(schema::Dialect dialect);
};

}  // namespace stratum::ui
