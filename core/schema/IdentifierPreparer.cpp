#include "core/schema/IdentifierPreparer.h"

#include "core/schema/Keywords.h"

namespace stratum::schema {
namespace {

bool isLegalBare(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QChar first = s.at(0);
    if (first.isDigit() || first == u'$')
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'$';
        if (!ok)
            return false;
    }
    return true;
}

}  // namespace

bool IdentifierPreparer::requiresQuotes(const QString &identifier) const
{
    return !isLegalBare(identifier) || Keywords::isReserved(m_dialect, identifier);
}

QString IdentifierPreparer::quoteAlways(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString IdentifierPreparer::quote(const QString &identifier) const
{
    return requiresQuotes(identifier) ? quoteAlways(identifier) : identifier;
}

QString IdentifierPreparer::qualified(const QString &schema, const QString &name) const
{
    return schema.isEmpty() ? quote(name) : quote(schema) + u'.' + quote(name);
}

QString IdentifierPreparer::typeName(const QString &schema, const QString &name) const
{
    const QString bare =
        Keywords::isColumnNameKeyword(m_dialect, name) ? quoteAlways(name) : quote(name);
    return schema.isEmpty() ? bare : quote(schema) + u'.' + bare;
}

QString IdentifierPreparer::literal(const QString &text) const
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    if (m_dialect == Dialect::PostgreSQL && text.contains(u'\\')) {
        escaped.replace(u'\\', QStringLiteral("\\\\"));
        return QStringLiteral("E'") + escaped + u'\'';
    }
    return u'\'' + escaped + u'\'';
}

}  // namespace stratum::schema
