#pragma once

namespace stratum::session {

// How flush() detects that another transaction changed a row since this
// session loaded it (optimistic concurrency). With either check, an UPDATE or
// DELETE that matches no row fails with a stale-data error (code "stale_data")
// that names the row, and the session keeps every pending change.
//   None            the WHERE clause holds the primary key only
//   VersionColumn   an integer column that flush() sets to 1 on insert and
//                   increments on every update; its loaded value goes into the
//                   WHERE clause (SQLAlchemy's version_id_col)
//   OriginalValues  the WHERE clause also compares each changed column with
//                   the value it had when it was loaded
enum class ConcurrencyCheck { None, VersionColumn, OriginalValues };

}  // namespace stratum::session
