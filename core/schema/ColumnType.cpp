#include "core/schema/ColumnType.h"

#include <array>
#include <utility>

namespace stratum::schema {
namespace {

constexpr std::array<std::pair<TypeKind, const char *>, 19> kKindNames{{
    {TypeKind::Integer, "integer"},
    {TypeKind::BigInteger, "big_integer"},
    {TypeKind::SmallInteger, "small_integer"},
    {TypeKind::Numeric, "numeric"},
    {TypeKind::Float, "float"},
    {TypeKind::String, "string"},
    {TypeKind::Char, "char"},
    {TypeKind::Text, "text"},
    {TypeKind::Boolean, "boolean"},
    {TypeKind::Date, "date"},
    {TypeKind::DateTime, "datetime"},
    {TypeKind::Time, "time"},
    {TypeKind::Interval, "interval"},
    {TypeKind::Uuid, "uuid"},
    {TypeKind::Json, "json"},
    {TypeKind::Jsonb, "jsonb"},
    {TypeKind::LargeBinary, "large_binary"},
    {TypeKind::Enum, "enum"},
    {TypeKind::Verbatim, "verbatim"},
}};

}  // namespace

ColumnType ColumnType::ofKind(TypeKind kind)
{
    ColumnType t;
    t.kind = kind;
    return t;
}

ColumnType ColumnType::numeric(std::optional<int> precision, std::optional<int> scale)
{
    ColumnType t = ofKind(TypeKind::Numeric);
    t.precision = precision;
    t.scale = scale;
    return t;
}

ColumnType ColumnType::floating(std::optional<int> precision)
{
    ColumnType t = ofKind(TypeKind::Float);
    t.precision = precision;
    return t;
}

ColumnType ColumnType::string(std::optional<int> length)
{
    ColumnType t = ofKind(TypeKind::String);
    t.length = length;
    return t;
}

ColumnType ColumnType::fixedChar(std::optional<int> length)
{
    ColumnType t = ofKind(TypeKind::Char);
    t.length = length;
    return t;
}

ColumnType ColumnType::dateTime(bool timezone)
{
    ColumnType t = ofKind(TypeKind::DateTime);
    t.timezone = timezone;
    return t;
}

ColumnType ColumnType::time(bool timezone)
{
    ColumnType t = ofKind(TypeKind::Time);
    t.timezone = timezone;
    return t;
}

ColumnType ColumnType::enumeration(const QString &name, const QString &schema)
{
    ColumnType t = ofKind(TypeKind::Enum);
    t.enumName = name;
    t.enumSchema = schema;
    return t;
}

ColumnType ColumnType::verbatimType(const QString &sql)
{
    ColumnType t = ofKind(TypeKind::Verbatim);
    t.verbatim = sql;
    return t;
}

ColumnType ColumnType::arrayOf(int dimensions) const
{
    ColumnType t = *this;
    t.arrayDimensions = dimensions;
    return t;
}

QString ColumnType::kindName(TypeKind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<TypeKind> ColumnType::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

}  // namespace stratum::schema
