#pragma once

#include "core/config/Result.h"

#include <QString>
#include <QStringList>

#include <libpq-fe.h>

namespace stratum::engine::pg {

// Builds Errors from libpq's diagnostics. Stateless; thread-safe.

// A server error from a PGRES_FATAL_ERROR result: SQLSTATE in code, the primary
// message, detail, hint, context and the 1-based position. When the position
// points into sql, line and column (1-based, in characters) are filled too and
// source is "SQL".
Error errorFromResult(const PGresult *result, const QString &sql);

// An error from the connection's last message (PQerrorMessage), for failures
// that have no result: a lost connection, a failed send. code is "08006"
// (connection failure) when the connection is gone.
Error errorFromConnection(const PGconn *conn, const QString &context = {});

// True for SQLSTATEs that mean the session is gone: class 08 (connection
// exception) and 57P01..57P03 (admin/crash shutdown, cannot connect now).
bool isDisconnectState(const QString &sqlstate);

// Replaces every occurrence of each secret in text with "***".
QString scrubSecrets(QString text, const QStringList &secrets);

}  // namespace stratum::engine::pg
