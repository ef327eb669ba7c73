#pragma once

#include "core/config/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace stratum::engine::sqlite {

// "SQLITE_CONSTRAINT_UNIQUE" for an (extended) result code; "SQLITE_<n>" when
// the code has no name here. Thread-safe.
QString sqliteCodeName(int rc);

// The connection's last error as an Error: code is the symbolic result code,
// message sqlite3_errmsg(), and where SQLite knows the byte offset of the
// problem in the statement (sqlite3_error_offset), position/line/column.
// statementStart is the byte offset of the failing statement within utf8Sql.
Error sqliteError(sqlite3 *db, int rc, const QByteArray &utf8Sql = {}, int statementStart = 0);

}  // namespace stratum::engine::sqlite
