#pragma once

#include "core/config/Result.h"
#include "ui/console/QueryTypes.h"

#include <QByteArray>
#include <QList>
#include <QSaveFile>

namespace stratum::engine {
class RowBatch;
}

namespace stratum::ui {

// Streams result rows into a file as they come: CSV (RFC 4180, NULL as an
// empty field), TSV (tabs, newlines and backslashes escaped, NULL as \N) or
// JSON (an array of objects; numbers and booleans typed, NULL as null) or SQL
// INSERT statements (one per row, into a table named after the file; strings
// quoted, NULL as NULL, bytes as X'..'). Rows
// go through a 1 MiB buffer into a QSaveFile, so memory stays bounded however
// many rows are written, and the target appears only on commit(). Used by the
// exporter (rows already fetched) and by the query worker (the rest of a
// result, straight from the server). Not thread-safe; one thread at a time.
class ResultFileWriter
{
public:
    enum class Format { Csv, Tsv, Json, SqlInsert };

    static Format formatForPath(const QString &path);

    Status open(const QString &path, Format format, const ColumnList &columns);
    void write(const engine::RowBatch &batch);
    // Writes the rest and replaces the target; the rows written, or an error.
    Result<qint64> commit();
    // Drops the file; the target is left as it was.
    void cancel();

    qint64 rows() const { return m_rows; }

private:
    void flushIfLarge();
    Error fileError() const;

    QSaveFile m_file;
    Format m_format = Format::Csv;
    ColumnList m_columns;
    QList<QByteArray> m_jsonKeys;
    QByteArray m_insertPrefix;  // INSERT INTO "t" ("a", "b") VALUES (
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_writeFailed = false;
};

}  // namespace stratum::ui
