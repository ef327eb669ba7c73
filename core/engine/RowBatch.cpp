#include "core/engine/RowBatch.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <limits>
#include <utility>

namespace stratum::engine {

QString valueKindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Bool:
        return QStringLiteral("bool");
    case ValueKind::Int:
        return QStringLiteral("int");
    case ValueKind::Float:
        return QStringLiteral("float");
    case ValueKind::Numeric:
        return QStringLiteral("numeric");
    case ValueKind::Text:
        return QStringLiteral("text");
    case ValueKind::Bytes:
        return QStringLiteral("bytes");
    case ValueKind::Date:
        return QStringLiteral("date");
    case ValueKind::Time:
        return QStringLiteral("time");
    case ValueKind::Timestamp:
        return QStringLiteral("timestamp");
    case ValueKind::TimestampTz:
        return QStringLiteral("timestamptz");
    case ValueKind::Interval:
        return QStringLiteral("interval");
    case ValueKind::Json:
        return QStringLiteral("json");
    case ValueKind::Uuid:
        return QStringLiteral("uuid");
    case ValueKind::Array:
        return QStringLiteral("array");
    case ValueKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

RowBatch::RowBatch(const RowBatch &other)
    : m_kinds(other.m_kinds)
    , m_size(other.m_size)
    , m_capacity(other.m_size)
    , m_ends(other.m_ends)
    , m_nulls(other.m_nulls)
{
    if (m_size) {
        m_arena = std::make_unique<char[]>(m_size);
        std::memcpy(m_arena.get(), other.m_arena.get(), m_size);
    }
}

RowBatch &RowBatch::operator=(const RowBatch &other)
{
    if (this != &other) {
        RowBatch copy(other);
        *this = std::move(copy);
    }
    return *this;
}

RowBatch::RowBatch(RowBatch &&other) noexcept
    : m_kinds(std::move(other.m_kinds))
    , m_arena(std::move(other.m_arena))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
    , m_ends(std::move(other.m_ends))
    , m_nulls(std::move(other.m_nulls))
{
    other.m_ends.clear();
    other.m_nulls.clear();
}

RowBatch &RowBatch::operator=(RowBatch &&other) noexcept
{
    if (this != &other) {
        m_kinds = std::move(other.m_kinds);
        m_arena = std::move(other.m_arena);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_ends = std::move(other.m_ends);
        m_nulls = std::move(other.m_nulls);
        other.m_ends.clear();
        other.m_nulls.clear();
    }
    return *this;
}

void RowBatch::setColumns(const std::vector<ColumnInfo> &columns)
{
    std::vector<ValueKind> kinds;
    kinds.reserve(columns.size());
    for (const ColumnInfo &c : columns)
        kinds.push_back(c.kind);
    setKinds(std::move(kinds));
}

void RowBatch::setKinds(std::vector<ValueKind> kinds)
{
    m_kinds = std::move(kinds);
    clear();
}

void RowBatch::clear()
{
    m_size = 0;
    m_ends.clear();
    m_nulls.clear();
}

std::size_t RowBatch::byteSize() const
{
    return m_size + m_ends.size() * sizeof(std::uint32_t) + m_nulls.size() * sizeof(std::uint64_t);
}

void RowBatch::grow(std::size_t extra)
{
    const std::size_t needed = m_size + extra;
    if (needed > std::numeric_limits<std::uint32_t>::max())
        qFatal("RowBatch: a batch may hold at most 4 GiB of values");
    std::size_t capacity =
        std::max<std::size_t>(needed, std::max<std::size_t>(4096, m_capacity * 2));
    capacity = std::min<std::size_t>(capacity, std::numeric_limits<std::uint32_t>::max());
    auto arena = std::make_unique<char[]>(capacity);
    if (m_size)
        std::memcpy(arena.get(), m_arena.get(), m_size);
    m_arena = std::move(arena);
    m_capacity = capacity;
}

QString RowBatch::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const std::string_view v = view(row, column);
    if (kind(column) == ValueKind::Bytes) {
        const QByteArray hex = QByteArray::fromRawData(v.data(), qsizetype(v.size())).toHex();
        return QLatin1String("\\x") + QLatin1String(hex);
    }
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

std::optional<qint64> RowBatch::toInt64(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    const std::string_view v = view(row, column);
    qint64 out = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || end != v.data() + v.size())
        return std::nullopt;
    return out;
}

std::optional<double> RowBatch::toDouble(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    const std::string_view v = view(row, column);
    // PostgreSQL spells the specials Infinity/-Infinity/NaN; from_chars accepts
    // "inf"/"nan" case-insensitively and "infinity" in full.
    double out = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || end != v.data() + v.size())
        return std::nullopt;
    return out;
}

std::optional<bool> RowBatch::toBool(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    const std::string_view v = view(row, column);
    if (v == "t" || v == "true" || v == "1" || v == "TRUE")
        return true;
    if (v == "f" || v == "false" || v == "0" || v == "FALSE")
        return false;
    return std::nullopt;
}

QByteArray RowBatch::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const std::string_view v = view(row, column);
    return QByteArray(v.data(), qsizetype(v.size()));
}

namespace {

// PostgreSQL writes "+05" or "+05:30" offsets and a space before the time; Qt's
// ISO parser wants "T" and "+hh:mm".
QDateTime parseTimestamp(QString s, bool withZone)
{
    s.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (withZone) {
        const qsizetype sign =
            std::max(s.lastIndexOf(QLatin1Char('+')), s.lastIndexOf(QLatin1Char('-')));
        if (sign > 10 && s.size() - sign == 3)
            s += QLatin1String(":00");
    }
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!withZone && dt.isValid())
        dt.setTimeZone(QTimeZone::utc());
    return dt;
}

}  // namespace

QVariant RowBatch::value(int row, int column) const
{
    if (isNull(row, column))
        return {};
    switch (kind(column)) {
    case ValueKind::Bool:
        if (const auto b = toBool(row, column))
            return *b;
        break;
    case ValueKind::Int:
        if (const auto i = toInt64(row, column))
            return *i;
        break;
    case ValueKind::Float:
        if (const auto d = toDouble(row, column))
            return *d;
        break;
    case ValueKind::Bytes:
        return bytes(row, column);
    case ValueKind::Date: {
        const QDate d = QDate::fromString(text(row, column), Qt::ISODate);
        if (d.isValid())
            return d;
        break;
    }
    case ValueKind::Time: {
        const QTime t = QTime::fromString(text(row, column), Qt::ISODateWithMs);
        if (t.isValid())
            return t;
        break;
    }
    case ValueKind::Timestamp:
    case ValueKind::TimestampTz: {
        const QDateTime dt =
            parseTimestamp(text(row, column), kind(column) == ValueKind::TimestampTz);
        if (dt.isValid())
            return dt;
        break;
    }
    default:
        break;
    }
    return text(row, column);
}

}  // namespace stratum::engine
