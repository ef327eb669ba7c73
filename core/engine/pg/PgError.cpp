#include "core/engine/pg/PgError.h"

#include "core/engine/DriverConnection.h"

namespace stratum::engine::pg {

namespace {

QString field(const PGresult *result, int code)
{
    const char *v = PQresultErrorField(result, code);
    return v ? QString::fromUtf8(v) : QString();
}

}  // namespace

Error errorFromResult(const PGresult *result, const QString &sql)
{
    Error e;
    e.code = field(result, PG_DIAG_SQLSTATE);
    e.message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    e.detail = field(result, PG_DIAG_MESSAGE_DETAIL);
    e.hint = field(result, PG_DIAG_MESSAGE_HINT);
    e.context = field(result, PG_DIAG_CONTEXT);
    e.position = field(result, PG_DIAG_STATEMENT_POSITION).toInt();
    e.source = QStringLiteral("server");
    if (e.position > 0 && !sql.isEmpty()) {
        e.source = QStringLiteral("SQL");
        sqlPositionToLineColumn(sql, e.position, &e.line, &e.column);
    }
    return e;
}

Error errorFromConnection(const PGconn *conn, const QString &context)
{
    Error e;
    QString text = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    if (text.isEmpty())
        text = QStringLiteral("the connection to the server failed");
    e.message = context.isEmpty() ? text : context + QLatin1String(": ") + text;
    e.source = QStringLiteral("server");
    if (PQstatus(conn) == CONNECTION_BAD)
        e.code = QStringLiteral("08006");
    return e;
}

bool isDisconnectState(const QString &sqlstate)
{
    return sqlstate.startsWith(QLatin1String("08")) || sqlstate == QLatin1String("57P01") ||
           sqlstate == QLatin1String("57P02") || sqlstate == QLatin1String("57P03");
}

QString scrubSecrets(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (!s.isEmpty())
            text.replace(s, QLatin1String("***"));
    }
    return text;
}

}  // namespace stratum::engine::pg
