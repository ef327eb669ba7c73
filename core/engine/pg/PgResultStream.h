#pragma once

#include "core/engine/ResultStream.h"

#include <libpq-fe.h>

namespace stratum::engine::pg {

class PgConnection;

// Rows of one statement read in libpq's single-row mode and packed into
// RowBatches: a batch is returned as soon as the next row would have to be
// waited for, so the first rows reach the consumer while the server is still
// producing. Destroying an unfinished stream sends a cancel request and drains
// what is left. Same thread rules as PgConnection.
class PgResultStream final : public ResultStream
{
public:
    // first: the first result of the statement (a row, or its completion).
    PgResultStream(PgConnection *connection, PGresult *first, QString sql);
    ~PgResultStream() override;

    const std::vector<ColumnInfo> &columns() const override { return m_columns; }
    Result<bool> next(RowBatch &batch, int maxRows) override;
    bool atEnd() const override { return m_done; }
    QString commandTag() const override { return m_commandTag; }
    qint64 rowsAffected() const override { return m_rowsAffected; }
    QStringList notices() const override;

    // Called when the connection closes under the stream.
    void detach();

private:
    void appendRow(const PGresult *row, RowBatch &batch) const;
    void complete(const PGresult *result);
    void drain();

    PgConnection *m_connection;
    PGconn *m_pg;
    PGresult *m_pending;
    QString m_sql;
    std::vector<ColumnInfo> m_columns;
    std::vector<ValueKind> m_kinds;
    std::vector<char> m_isBytes;  // per column: decode bytea's hex text
    bool m_done = false;
    QString m_commandTag;
    qint64 m_rowsAffected = -1;
    QStringList m_finalNotices;
};

}  // namespace stratum::engine::pg
