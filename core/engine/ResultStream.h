#pragma once

#include "core/config/Result.h"
#include "core/engine/ColumnInfo.h"
#include "core/engine/RowBatch.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace stratum::engine {

// A forward-only stream of one statement's rows, handed over in batches as they
// arrive from the server (PostgreSQL: libpq single-row mode; SQLite: one
// sqlite3_step per row), so a consumer sees the first rows of a huge result
// before the rest exists. Obtained from DriverConnection::stream(); the stream
// keeps its connection busy until it reaches the end or is destroyed. Destroying
// it early cancels the statement on the server and discards what is left; the
// connection stays usable (inside an explicit transaction, PostgreSQL marks
// that transaction failed).
//
// Not thread-safe: use it on the thread that owns the connection. The stream
// must not outlive its connection (a stream whose connection was closed
// reports an error).
class ResultStream
{
public:
    virtual ~ResultStream() = default;

    // Known as soon as the stream exists (empty for statements without rows).
    virtual const std::vector<ColumnInfo> &columns() const = 0;

    // Replaces batch's contents with the next rows: at least one, at most
    // maxRows. It returns early with fewer rows when the next row is not yet
    // available, so rows reach the consumer as they arrive. Returns true when
    // batch holds rows, false at the end of the result (batch empty), or the
    // server's error. After false or an error, the values below are final.
    virtual Result<bool> next(RowBatch &batch, int maxRows) = 0;

    virtual bool atEnd() const = 0;
    // Final command tag ("SELECT 3", "UPDATE 2"; empty on SQLite) and affected
    // row count (-1 when the statement reports none).
    virtual QString commandTag() const = 0;
    virtual qint64 rowsAffected() const = 0;
    // Notices the server raised while the statement ran (so far).
    virtual QStringList notices() const = 0;
};

}  // namespace stratum::engine
