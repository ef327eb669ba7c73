#pragma once

#include "core/schema/Dialect.h"

#include <QString>

namespace stratum::schema {

// Renders identifiers and string literals for one dialect, the job of
// SQLAlchemy's IdentifierPreparer. An identifier is quoted when, and only when,
// it would not survive bare: not all lower-case ASCII letters, digits, '_' and
// '$', starting with a digit or '$', or a reserved word. Quoting doubles every
// embedded double quote, so no name can end the quoted identifier early.
// Stateless apart from the dialect; thread-safe.
class IdentifierPreparer
{
public:
    explicit IdentifierPreparer(Dialect dialect)
        : m_dialect(dialect)
    {}

    Dialect dialect() const { return m_dialect; }

    bool requiresQuotes(const QString &identifier) const;
    QString quote(const QString &identifier) const;
    static QString quoteAlways(const QString &identifier);
    // schema.name, or name alone when schema is empty.
    QString qualified(const QString &schema, const QString &name) const;
    // A user-defined type's name where a type is expected: also quotes
    // PostgreSQL's column-name keywords, which would mean the built-in type.
    QString typeName(const QString &schema, const QString &name) const;
    // A string literal that means text exactly, whatever the server's
    // standard_conforming_strings: on PostgreSQL, text with a backslash is
    // written as E'...' with the backslashes doubled.
    QString literal(const QString &text) const;

private:
    Dialect m_dialect;
};

}  // namespace stratum::schema
