#include "core/engine/sqlite/SqliteResultStream.h"

#include "core/engine/sqlite/SqliteConnection.h"
#include "core/engine/sqlite/SqliteError.h"

#include <charconv>
#include <string_view>
#include <utility>

#include <sqlite3.h>

namespace stratum::engine::sqlite {

namespace {

// SQLite's affinity rules (section 3.1 of "Datatypes In SQLite"), refined for
// the names applications use for booleans, dates and JSON.
ValueKind kindFromDeclaredType(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("BOOL")))
        return ValueKind::Bool;
    if (t.contains(QLatin1String("INT")))
        return ValueKind::Int;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")))
        return ValueKind::Text;
    if (t.contains(QLatin1String("BLOB")))
        return ValueKind::Bytes;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return ValueKind::Float;
    if (t.startsWith(QLatin1String("DATETIME")) || t.startsWith(QLatin1String("TIMESTAMP")))
        return ValueKind::Timestamp;
    if (t.startsWith(QLatin1String("DATE")))
        return ValueKind::Date;
    if (t.startsWith(QLatin1String("TIME")))
        return ValueKind::Time;
    if (t.startsWith(QLatin1String("JSON")))
        return ValueKind::Json;
    if (t.startsWith(QLatin1String("UUID")))
        return ValueKind::Uuid;
    if (t.startsWith(QLatin1String("NUMERIC")) || t.startsWith(QLatin1String("DECIMAL")))
        return ValueKind::Numeric;
    return ValueKind::Other;
}

ValueKind kindFromStorageClass(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return ValueKind::Int;
    case SQLITE_FLOAT:
        return ValueKind::Float;
    case SQLITE_BLOB:
        return ValueKind::Bytes;
    default:
        return ValueKind::Text;
    }
}

}  // namespace

SqliteResultStream::SqliteResultStream(SqliteConnection *connection, sqlite3_stmt *stmt,
                                       int firstRc, QByteArray sql)
    : m_connection(connection)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
    , m_hasRow(firstRc == SQLITE_ROW)
{
    sqlite3 *db = connection->handle();
    const int n = sqlite3_column_count(stmt);
    for (int c = 0; c < n; ++c) {
        ColumnInfo info;
        info.name = QString::fromUtf8(sqlite3_column_name(stmt, c));
        const char *declared = sqlite3_column_decltype(stmt, c);
        info.typeName = declared ? QString::fromUtf8(declared) : QString();
        if (declared && *declared)
            info.kind = kindFromDeclaredType(info.typeName);
        else
            info.kind =
                m_hasRow ? kindFromStorageClass(sqlite3_column_type(stmt, c)) : ValueKind::Text;
        const char *table = sqlite3_column_table_name(stmt, c);
        const char *origin = sqlite3_column_origin_name(stmt, c);
        if (table && origin) {
            info.tableName = QString::fromUtf8(table);
            info.originName = QString::fromUtf8(origin);
            int notNull = 0;
            int primaryKey = 0;
            int autoIncrement = 0;
            if (sqlite3_table_column_metadata(db, sqlite3_column_database_name(stmt, c), table,
                                              origin, nullptr, nullptr, &notNull, &primaryKey,
                                              &autoIncrement) == SQLITE_OK)
                info.nullable = !notNull;
        }
        m_columns.push_back(info);
        m_kinds.push_back(info.kind);
    }
    if (!m_hasRow) {
        m_rowsAffected = sqlite3_stmt_readonly(stmt) ? -1 : qint64(sqlite3_changes64(db));
        finish();
    }
}

SqliteResultStream::~SqliteResultStream()
{
    finish();
}

void SqliteResultStream::detach()
{
    if (m_stmt)
        sqlite3_finalize(std::exchange(m_stmt, nullptr));
    m_connection = nullptr;
}

void SqliteResultStream::finish()
{
    m_done = true;
    m_hasRow = false;
    if (m_stmt)
        sqlite3_finalize(std::exchange(m_stmt, nullptr));
    if (m_connection)
        m_connection->streamEnded(this);
}

void SqliteResultStream::appendRow(RowBatch &batch)
{
    const int n = int(m_kinds.size());
    for (int c = 0; c < n; ++c) {
        switch (sqlite3_column_type(m_stmt, c)) {
        case SQLITE_NULL:
            batch.appendNull();
            break;
        case SQLITE_INTEGER: {
            char *out = batch.beginValue(24);
            const auto r =
                std::to_chars(out, out + 24, sqlite3_int64(sqlite3_column_int64(m_stmt, c)));
            batch.commitValue(std::size_t(r.ptr - out));
            break;
        }
        case SQLITE_FLOAT: {
            char *out = batch.beginValue(32);
            const auto r = std::to_chars(out, out + 30, sqlite3_column_double(m_stmt, c));
            std::size_t size = std::size_t(r.ptr - out);
            // Keep SQLite's own spelling of whole reals ("3.0", not "3").
            if (std::string_view(out, size).find_first_of(".eEni") == std::string_view::npos) {
                out[size++] = '.';
                out[size++] = '0';
            }
            batch.commitValue(size);
            break;
        }
        case SQLITE_BLOB: {
            const void *data = sqlite3_column_blob(m_stmt, c);
            batch.appendValue(static_cast<const char *>(data),
                              std::size_t(sqlite3_column_bytes(m_stmt, c)));
            break;
        }
        default: {
            const unsigned char *text = sqlite3_column_text(m_stmt, c);
            batch.appendValue(reinterpret_cast<const char *>(text),
                              std::size_t(sqlite3_column_bytes(m_stmt, c)));
            break;
        }
        }
    }
}

Result<bool> SqliteResultStream::next(RowBatch &batch, int maxRows)
{
    bool same = batch.columnCount() == int(m_kinds.size());
    for (int c = 0; c < batch.columnCount() && same; ++c)
        same = batch.kind(c) == m_kinds[std::size_t(c)];
    if (same)
        batch.clear();
    else
        batch.setKinds(m_kinds);
    if (m_done)
        return false;
    if (!m_connection || !m_stmt) {
        m_done = true;
        Error e;
        e.message = QStringLiteral("The connection was closed while the result was being read.");
        e.code = QStringLiteral("closed");
        return e;
    }
    if (maxRows < 1)
        maxRows = 1;
    int rows = 0;
    constexpr std::size_t kMaxBatchBytes = 64u << 20;
    while (m_hasRow && rows < maxRows && batch.valueBytes() < kMaxBatchBytes) {
        appendRow(batch);
        ++rows;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            continue;
        m_hasRow = false;
        if (rc != SQLITE_DONE) {
            Error e = sqliteError(m_connection->handle(), rc, m_sql);
            SqliteConnection *connection = m_connection;
            finish();
            return connection->fail(e);
        }
        m_rowsAffected =
            sqlite3_stmt_readonly(m_stmt) ? -1 : qint64(sqlite3_changes64(m_connection->handle()));
        finish();
    }
    return rows > 0;
}

}  // namespace stratum::engine::sqlite
