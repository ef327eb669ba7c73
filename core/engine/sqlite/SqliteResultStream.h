#pragma once

#include "core/engine/ResultStream.h"

#include <QByteArray>

struct sqlite3_stmt;

namespace stratum::engine::sqlite {

class SqliteConnection;

// One prepared statement stepped row by row into RowBatches. Column kinds come
// from the declared types (SQLite's affinity rules), or, for expressions, from
// the first row's storage class. Nullability comes from
// sqlite3_table_column_metadata for plain table columns. Destroying the stream
// early finalizes the statement. Same thread rules as SqliteConnection.
class SqliteResultStream final : public ResultStream
{
public:
    // firstRc: the result of the first sqlite3_step (SQLITE_ROW or SQLITE_DONE).
    SqliteResultStream(SqliteConnection *connection, sqlite3_stmt *stmt, int firstRc,
                       QByteArray sql);
    ~SqliteResultStream() override;

    const std::vector<ColumnInfo> &columns() const override { return m_columns; }
    Result<bool> next(RowBatch &batch, int maxRows) override;
    bool atEnd() const override { return m_done; }
    QString commandTag() const override { return {}; }
    qint64 rowsAffected() const override { return m_rowsAffected; }
    QStringList notices() const override { return {}; }

    void detach();

private:
    void appendRow(RowBatch &batch);
    void finish();

    SqliteConnection *m_connection;
    sqlite3_stmt *m_stmt;
    QByteArray m_sql;
    std::vector<ColumnInfo> m_columns;
    std::vector<ValueKind> m_kinds;
    bool m_hasRow = false;
    bool m_done = false;
    qint64 m_rowsAffected = -1;
};

}  // namespace stratum::engine::sqlite
