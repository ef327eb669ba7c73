#pragma once

#include "core/engine/ColumnInfo.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace stratum::engine {

// A batch of result rows in a compact, columnar-agnostic form: no QVariant and
// no allocation per cell on the hot path. Drivers append cells; consumers (the
// console grid's row cache, stratum-cli) read them through typed accessors.
//
// Layout. Cells are numbered row-major: cell = row * columnCount + column.
//   arena  one contiguous byte buffer holding every non-NULL cell's value back to
//          back, without terminators. Values are in text form: the server's text
//          output on PostgreSQL, SQLite's value rendered as text (integers in
//          decimal, reals in shortest round-trip form). Exception: cells of a
//          ValueKind::Bytes column hold the raw bytes (PostgreSQL's "\x.." hex is
//          decoded on append).
//   ends   one uint32 per cell: the arena offset just past the cell's last byte.
//          A cell starts where the previous cell ended (cell 0 at offset 0), so a
//          NULL or empty cell occupies no arena bytes.
//   nulls  a bitmap, one bit per cell (64 cells per word): set when the cell is NULL.
//   kinds  the ValueKind of each column, fixed by setColumns().
// Overhead is 4 bytes and 1 bit per cell on top of the value bytes. clear() keeps
// the capacity, so a stream can refill one batch without reallocating. A batch
// holds at most 4 GiB of value bytes (drivers cap batches far below that).
//
// Not thread-safe; a batch may be moved to another thread between uses.
class RowBatch
{
public:
    RowBatch() = default;
    RowBatch(const RowBatch &other);
    RowBatch &operator=(const RowBatch &other);
    RowBatch(RowBatch &&other) noexcept;
    RowBatch &operator=(RowBatch &&other) noexcept;

    // Sets the column layout and removes all rows.
    void setColumns(const std::vector<ColumnInfo> &columns);
    void setKinds(std::vector<ValueKind> kinds);
    // Removes all rows but keeps the columns and the allocated capacity.
    void clear();

    int columnCount() const { return int(m_kinds.size()); }
    int rowCount() const { return m_kinds.empty() ? 0 : int(m_ends.size() / m_kinds.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    ValueKind kind(int column) const { return m_kinds[std::size_t(column)]; }
    // Bytes of values plus per-cell bookkeeping currently in use.
    std::size_t byteSize() const;
    std::size_t valueBytes() const { return m_size; }

    // --- appending (drivers). Cells go in row-major order; a row is complete
    // after columnCount() appends.
    void appendNull()
    {
        markNull(m_ends.size());
        m_ends.push_back(std::uint32_t(m_size));
    }
    void appendValue(const char *data, std::size_t size)
    {
        if (m_size + size > m_capacity)
            grow(size);
        if (size)
            std::memcpy(m_arena.get() + m_size, data, size);
        m_size += size;
        m_ends.push_back(std::uint32_t(m_size));
        if (m_ends.size() > m_nulls.size() * 64)
            m_nulls.push_back(0);
    }
    void appendValue(std::string_view v) { appendValue(v.data(), v.size()); }
    // For values that are decoded in place: reserve maxSize bytes, write into
    // the returned pointer, then commit the bytes actually written.
    char *beginValue(std::size_t maxSize)
    {
        if (m_size + maxSize > m_capacity)
            grow(maxSize);
        return m_arena.get() + m_size;
    }
    void commitValue(std::size_t size)
    {
        m_size += size;
        m_ends.push_back(std::uint32_t(m_size));
        if (m_ends.size() > m_nulls.size() * 64)
            m_nulls.push_back(0);
    }

    // --- reading (consumers). row and column must be in range.
    bool isNull(int row, int column) const
    {
        const std::size_t cell = cellIndex(row, column);
        return (m_nulls[cell / 64] >> (cell % 64)) & 1u;
    }
    // The raw bytes of a cell; empty for NULL. Valid until the batch changes.
    std::string_view view(int row, int column) const
    {
        const std::size_t cell = cellIndex(row, column);
        const std::uint32_t begin = cell == 0 ? 0 : m_ends[cell - 1];
        return {m_arena.get() + begin, std::size_t(m_ends[cell] - begin)};
    }
    // Display text: the value decoded from UTF-8; Bytes as "\x" + hex. NULL
    // gives a null QString.
    QString text(int row, int column) const;
    // Typed accessors: nullopt for NULL or when the text does not parse.
    std::optional<qint64> toInt64(int row, int column) const;
    std::optional<double> toDouble(int row, int column) const;
    std::optional<bool> toBool(int row, int column) const;  // t/f, true/false, 1/0
    QByteArray bytes(int row, int column) const;            // raw value bytes
    // The slow path: a QVariant typed by the column's kind (Numeric stays a
    // QString; Timestamp is a QDateTime in UTC standing for the naive value).
    QVariant value(int row, int column) const;

private:
    std::size_t cellIndex(int row, int column) const
    {
        return std::size_t(row) * m_kinds.size() + std::size_t(column);
    }
    void markNull(std::size_t cell)
    {
        if (cell / 64 >= m_nulls.size())
            m_nulls.push_back(0);
        m_nulls[cell / 64] |= std::uint64_t(1) << (cell % 64);
    }
    void grow(std::size_t extra);

    std::vector<ValueKind> m_kinds;
    std::unique_ptr<char[]> m_arena;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    std::vector<std::uint32_t> m_ends;
    std::vector<std::uint64_t> m_nulls;
};

}  // namespace stratum::engine
