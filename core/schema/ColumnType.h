#pragma once

#include <QString>

#include <optional>

namespace stratum::schema {

// The generic types of SQLAlchemy's sqlalchemy.types, plus Verbatim for any
// dialect-specific type that Stratum keeps as the server spells it.
enum class TypeKind {
    Integer,
    BigInteger,
    SmallInteger,
    Numeric,
    Float,
    String,
    Char,
    Text,
    Boolean,
    Date,
    DateTime,
    Time,
    Interval,
    Uuid,
    Json,
    Jsonb,
    LargeBinary,
    Enum,
    Verbatim,
};

// A column's type as a plain value. Which fields matter depends on kind:
// length for String/Char; precision and scale for Numeric; precision for Float
// (binary digits) and for DateTime/Time/Interval (fractional seconds); timezone
// for DateTime/Time; enumSchema/enumName for Enum (the EnumType in MetaData);
// verbatim for Verbatim (SQL text, rendered unchanged). arrayDimensions > 0
// makes the whole thing an ARRAY of that element type. Not thread-safe to
// mutate, safe to copy and share read-only.
struct ColumnType
{
    TypeKind kind = TypeKind::Text;
    std::optional<int> length;
    std::optional<int> precision;
    std::optional<int> scale;
    bool timezone = false;
    QString enumSchema;
    QString enumName;
    QString verbatim;
    int arrayDimensions = 0;

    bool operator==(const ColumnType &) const = default;

    static ColumnType integer() { return ofKind(TypeKind::Integer); }
    static ColumnType bigInteger() { return ofKind(TypeKind::BigInteger); }
    static ColumnType smallInteger() { return ofKind(TypeKind::SmallInteger); }
    static ColumnType numeric(std::optional<int> precision = {}, std::optional<int> scale = {});
    static ColumnType floating(std::optional<int> precision = {});
    static ColumnType string(std::optional<int> length = {});
    static ColumnType fixedChar(std::optional<int> length = {});
    static ColumnType text() { return ofKind(TypeKind::Text); }
    static ColumnType boolean() { return ofKind(TypeKind::Boolean); }
    static ColumnType date() { return ofKind(TypeKind::Date); }
    static ColumnType dateTime(bool timezone = false);
    static ColumnType time(bool timezone = false);
    static ColumnType interval() { return ofKind(TypeKind::Interval); }
    static ColumnType uuid() { return ofKind(TypeKind::Uuid); }
    static ColumnType json() { return ofKind(TypeKind::Json); }
    static ColumnType jsonb() { return ofKind(TypeKind::Jsonb); }
    static ColumnType largeBinary() { return ofKind(TypeKind::LargeBinary); }
    static ColumnType enumeration(const QString &name, const QString &schema = {});
    static ColumnType verbatimType(const QString &sql);
    static ColumnType ofKind(TypeKind kind);

    // This type as the element of an ARRAY with the given number of dimensions.
    ColumnType arrayOf(int dimensions = 1) const;
    bool isArray() const { return arrayDimensions > 0; }
    bool isInteger() const
    {
        return kind == TypeKind::Integer || kind == TypeKind::BigInteger ||
               kind == TypeKind::SmallInteger;
    }

    // Stable names used by the serialisation ("integer", "big_integer", ...).
    static QString kindName(TypeKind kind);
    static std::optional<TypeKind> kindFromName(const QString &name);
};

}  // namespace stratum::schema
