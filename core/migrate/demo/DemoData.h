#pragma once

#include "core/config/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate {

// Fills the demo database (at DemoRevisions::databaseRevision()) with a
// bookstore's worth of rows: 12 genres, 200 authors, 2,000 books, 1,000
// customers, 20,000 orders and about 38,000 order items. The rows come from a
// fixed-seed xorshift generator and fixed word lists, and timestamps are
// computed in UTC from a fixed epoch, so every machine gets the same data.
// All rows go in one transaction, many rows per bound statement; a cancel or a
// failure rolls everything back. Runs on the caller's thread with the
// connection it is given; stateless otherwise.
class DemoData
{
public:
    static constexpr int kGenres = 12;
    static constexpr int kAuthors = 200;
    static constexpr int kBooks = 2000;
    static constexpr int kCustomers = 1000;
    static constexpr int kOrders = 20000;

    // progress(done, total) counts rows.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Returns the number of rows inserted.
    static Result<qint64> insert(engine::DriverConnection &connection, const Progress &progress,
                                 const std::atomic<bool> *cancel);
};

}  // namespace stratum::migrate
