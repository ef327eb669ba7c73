#pragma once

#include "core/config/Result.h"
#include "core/engine/DriverConnection.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace stratum::schema {

// One catalogue result, fully read: rows of text cells, NULL as a null QString.
using CatalogRows = std::vector<QStringList>;

// Runs the Inspector's catalogue queries on one connection: reads each result
// to the end, counts the queries and honours the cancel flag between batches.
// Used on the reflecting thread only.
class CatalogQuery
{
public:
    using ProgressFn = std::function<void(int step, int steps, const QString &what)>;

    CatalogQuery(engine::DriverConnection &connection, const std::atomic<bool> &cancelled,
                 ProgressFn progress, int steps)
        : m_connection(connection)
        , m_cancelled(cancelled)
        , m_progress(std::move(progress))
        , m_steps(steps)
    {}

    Result<CatalogRows> run(const QString &what, const QString &sql,
                            const engine::Params &params = {});
    int count() const { return m_count; }

    // A JSON array of strings (as json_agg or json_group_array give it).
    static QStringList jsonStrings(const QString &json);

private:
    engine::DriverConnection &m_connection;
    const std::atomic<bool> &m_cancelled;
    ProgressFn m_progress;
    int m_steps;
    int m_count = 0;
};

}  // namespace stratum::schema
