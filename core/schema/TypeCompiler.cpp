#include "core/schema/TypeCompiler.h"

#include "core/schema/MetaData.h"

namespace stratum::schema {
namespace {

QString withArgs(const char *name, std::optional<int> a, std::optional<int> b = {})
{
    QString out = QString::fromLatin1(name);
    if (a) {
        out += u'(' + QString::number(*a);
        if (b)
            out += QLatin1String(", ") + QString::number(*b);
        out += u')';
    }
    return out;
}

void warn(QStringList *warnings, const QString &text)
{
    if (warnings)
        warnings->append(text);
}

}  // namespace

int TypeCompiler::enumLength(const QStringList &labels)
{
    qsizetype longest = 0;
    for (const QString &l : labels)
        longest = qMax(longest, l.size());
    return int(longest);
}

QString TypeCompiler::compile(const ColumnType &type, const MetaData *metadata,
                              const QString &context, QStringList *warnings) const
{
    QString element = compileElement(type, metadata, context, warnings);
    if (!type.isArray())
        return element;
    if (m_preparer.dialect() == Dialect::SQLite) {
        warn(warnings,
             QStringLiteral("%1: SQLite has no ARRAY type; created as JSON").arg(context));
        return QStringLiteral("JSON");
    }
    for (int i = 0; i < type.arrayDimensions; ++i)
        element += QLatin1String("[]");
    return element;
}

QString TypeCompiler::compileElement(const ColumnType &t, const MetaData *metadata,
                                     const QString &context, QStringList *warnings) const
{
    const bool pg = m_preparer.dialect() == Dialect::PostgreSQL;
    switch (t.kind) {
    case TypeKind::Integer:
        return QStringLiteral("INTEGER");
    case TypeKind::BigInteger:
        return QStringLiteral("BIGINT");
    case TypeKind::SmallInteger:
        return QStringLiteral("SMALLINT");
    case TypeKind::Numeric:
        return withArgs("NUMERIC", t.precision, t.precision ? t.scale : std::nullopt);
    case TypeKind::Float:
        return withArgs("FLOAT", t.precision);
    case TypeKind::String:
        return withArgs("VARCHAR", t.length);
    case TypeKind::Char:
        return withArgs("CHAR", t.length);
    case TypeKind::Text:
        return QStringLiteral("TEXT");
    case TypeKind::Boolean:
        return QStringLiteral("BOOLEAN");
    case TypeKind::Date:
        return QStringLiteral("DATE");
    case TypeKind::DateTime:
    case TypeKind::Time: {
        const bool isTime = t.kind == TypeKind::Time;
        if (pg)
            return withArgs(isTime ? "TIME" : "TIMESTAMP", t.precision) +
                   (t.timezone ? QLatin1String(" WITH TIME ZONE")
                               : QLatin1String(" WITHOUT TIME ZONE"));
        if (t.timezone)
            warn(warnings,
                 QStringLiteral("%1: SQLite keeps no time zone type; the time zone flag is lost")
                     .arg(context));
        return isTime ? QStringLiteral("TIME") : QStringLiteral("DATETIME");
    }
    case TypeKind::Interval:
        if (pg)
            return withArgs("INTERVAL", t.precision);
        warn(warnings, QStringLiteral("%1: SQLite has no INTERVAL type; created as DATETIME (an "
                                      "offset from the epoch, as SQLAlchemy stores it)")
                           .arg(context));
        return QStringLiteral("DATETIME");
    case TypeKind::Uuid:
        if (pg)
            return QStringLiteral("UUID");
        warn(warnings,
             QStringLiteral("%1: SQLite has no UUID type; created as CHAR(32)").arg(context));
        return QStringLiteral("CHAR(32)");
    case TypeKind::Json:
        return QStringLiteral("JSON");
    case TypeKind::Jsonb:
        if (pg)
            return QStringLiteral("JSONB");
        warn(warnings,
             QStringLiteral("%1: SQLite has no JSONB type; created as JSON").arg(context));
        return QStringLiteral("JSON");
    case TypeKind::LargeBinary:
        return pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    case TypeKind::Enum: {
        if (pg)
            return m_preparer.typeName(t.enumSchema, t.enumName);
        const EnumType *e = metadata ? metadata->enumType(t.enumSchema, t.enumName) : nullptr;
        if (!e) {
            warn(warnings, QStringLiteral("%1: enum %2 is not in the model; created as VARCHAR")
                               .arg(context, t.enumName));
            return QStringLiteral("VARCHAR");
        }
        return withArgs("VARCHAR", enumLength(e->labels));
    }
    case TypeKind::Verbatim:
        return t.verbatim;
    }
    return QStringLiteral("TEXT");
}

}  // namespace stratum::schema
