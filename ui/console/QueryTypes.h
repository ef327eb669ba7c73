#pragma once

#include "core/config/Result.h"
#include "core/engine/ColumnInfo.h"
#include "core/engine/DriverConnection.h"
#include "core/engine/RowBatch.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace stratum::ui {

// One statement for the QueryRunner: the SQL as the server should see it and
// the values of its $n parameters.
struct QueryRequest
{
    QString sql;
    engine::Params params;
};

// The size guard: fetching pauses once a result holds this many rows or this
// many bytes (values plus 4 bytes per cell); 0 switches a limit off.
struct FetchLimits
{
    qint64 rows = 1000000;
    qint64 bytes = qint64(1) << 30;
};

// What the runner reports when a statement ends, successfully or not.
struct StatementSummary
{
    QString commandTag;        // "SELECT 3"; empty on SQLite
    qint64 rowsAffected = -1;  // -1 when the statement reports none
    qint64 rowsFetched = 0;
    bool returnsRows = false;
    bool truncated = false;  // fetching stopped at the row limit with rows left
    QString exportedTo;      // the rest of the rows went to this file instead
    bool cancelled = false;
    qint64 elapsedMs = 0;
    QStringList notices;
    quint64 connectionId = 0;  // the pool's connection id
    int backendPid = 0;
};

using ColumnList = std::vector<engine::ColumnInfo>;
using SharedRowBatch = std::shared_ptr<const engine::RowBatch>;

}  // namespace stratum::ui

Q_DECLARE_METATYPE(stratum::Error)
Q_DECLARE_METATYPE(stratum::ui::StatementSummary)
Q_DECLARE_METATYPE(stratum::ui::ColumnList)
Q_DECLARE_METATYPE(stratum::ui::SharedRowBatch)
Q_DECLARE_METATYPE(stratum::ui::QueryRequest)
Q_DECLARE_METATYPE(stratum::engine::TransactionStatus)
