#include "core/engine/pg/PgDriver.h"

#include "core/engine/pg/PgConnection.h"
#include "core/engine/pg/PgError.h"

#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <optional>

#include <libpq-fe.h>
#include <poll.h>

namespace stratum::engine::pg {

namespace {

// PostgreSQL 15's reserved and type/function-name keywords (pg_get_keywords()
// catcode R and T): identifiers spelled like these need quotes.
constexpr const char *kReservedWords[] = {"all",
                                          "analyse",
                                          "analyze",
                                          "and",
                                          "any",
                                          "array",
                                          "as",
                                          "asc",
                                          "asymmetric",
                                          "authorization",
                                          "binary",
                                          "both",
                                          "case",
                                          "cast",
                                          "check",
                                          "collate",
                                          "collation",
                                          "column",
                                          "concurrently",
                                          "constraint",
                                          "create",
                                          "cross",
                                          "current_catalog",
                                          "current_date",
                                          "current_role",
                                          "current_schema",
                                          "current_time",
                                          "current_timestamp",
                                          "current_user",
                                          "default",
                                          "deferrable",
                                          "desc",
                                          "distinct",
                                          "do",
                                          "else",
                                          "end",
                                          "except",
                                          "false",
                                          "fetch",
                                          "for",
                                          "foreign",
                                          "freeze",
                                          "from",
                                          "full",
                                          "grant",
                                          "group",
                                          "having",
                                          "ilike",
                                          "in",
                                          "initially",
                                          "inner",
                                          "intersect",
                                          "into",
                                          "is",
                                          "isnull",
                                          "join",
                                          "lateral",
                                          "leading",
                                          "left",
                                          "like",
                                          "limit",
                                          "localtime",
                                          "localtimestamp",
                                          "natural",
                                          "not",
                                          "notnull",
                                          "null",
                                          "offset",
                                          "on",
                                          "only",
                                          "or",
                                          "order",
                                          "outer",
                                          "overlaps",
                                          "placing",
                                          "primary",
                                          "references",
                                          "returning",
                                          "right",
                                          "select",
                                          "session_user",
                                          "similar",
                                          "some",
                                          "symmetric",
                                          "table",
                                          "tablesample",
                                          "then",
                                          "to",
                                          "trailing",
                                          "true",
                                          "union",
                                          "unique",
                                          "user",
                                          "using",
                                          "variadic",
                                          "verbose",
                                          "when",
                                          "where",
                                          "window",
                                          "with"};

QString escapeConninfoValue(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// The effective connect_timeout, wherever libpq found it (URL, service file,
// PGCONNECT_TIMEOUT); nullopt when unset.
std::optional<int> effectiveConnectTimeout(PGconn *conn)
{
    std::optional<int> timeout;
    PQconninfoOption *options = PQconninfo(conn);
    for (PQconninfoOption *o = options; o && o->keyword; ++o) {
        if (qstrcmp(o->keyword, "connect_timeout") == 0 && o->val && *o->val) {
            bool ok = false;
            const int v = QByteArray(o->val).trimmed().toInt(&ok);
            if (ok)
                timeout = v;
        }
    }
    PQconninfoFree(options);
    return timeout;
}

// Error codes for the connect failures people meet most, from libpq's text
// (the server does not send a SQLSTATE that libpq would expose before the
// session exists). English server messages only; otherwise 08001 stays.
void classifyConnectError(Error &e, const QString &text)
{
    e.code = QStringLiteral("08001");
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied"))) {
        e.code = QStringLiteral("28P01");
        e.hint = QStringLiteral(
            "Check the user name and the password in the URL, ~/.pgpass or PGPASSWORD.");
    } else if (text.contains(QLatin1String("database \"")) &&
               text.contains(QLatin1String("does not exist"))) {
        e.code = QStringLiteral("3D000");
        e.hint = QStringLiteral("Check the database name at the end of the URL.");
    } else if (text.contains(QLatin1String("certificate"))) {
        e.hint =
            QStringLiteral("The server's TLS certificate could not be verified; check sslrootcert "
                           "and that the host name matches the certificate.");
    } else if (text.contains(QLatin1String("Connection refused"))) {
        e.hint = QStringLiteral(
            "Nothing accepts connections at that host and port; is the server running?");
    }
}

}  // namespace

PgDriver::PgDriver(config::Url url)
    : m_url(std::move(url))
{}

QString PgDriver::quoteIdentifier(const QString &identifier) const
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    bool needs = !plain.match(identifier).hasMatch();
    if (!needs) {
        const QByteArray lower = identifier.toLatin1();
        needs = std::any_of(std::begin(kReservedWords), std::end(kReservedWords),
                            [&](const char *w) { return lower == w; });
    }
    if (!needs)
        return identifier;
    QString out = identifier;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

Result<std::unique_ptr<DriverConnection>> PgDriver::connect()
{
    // Stratum decodes all text as UTF-8, whatever PGCLIENTENCODING says; later
    // keywords override earlier ones in a conninfo string.
    const QString conninfo = m_url.toConninfo() + QLatin1String(" client_encoding=") +
                             escapeConninfoValue(QStringLiteral("UTF8")) +
                             QLatin1String(" fallback_application_name=") +
                             escapeConninfoValue(QStringLiteral("stratum"));
    QStringList secrets;
    if (const auto pw = m_url.password())
        secrets << *pw;
    const QString where = m_url.toString(true);

    auto failure = [&](PGconn *conn, const QString &fallback) -> Error {
        QString text = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QString();
        if (text.isEmpty())
            text = fallback;
        if (conn && PQpass(conn))
            secrets << QString::fromUtf8(PQpass(conn));
        text = scrubSecrets(text, secrets);
        Error e;
        e.source = QStringLiteral("server");
        e.message =
            QStringLiteral("Could not connect to %1: %2").arg(scrubSecrets(where, secrets), text);
        classifyConnectError(e, text);
        if (conn)
            PQfinish(conn);
        return e;
    };

    PGconn *conn = PQconnectStart(conninfo.toUtf8().constData());
    if (!conn)
        return failure(nullptr, QStringLiteral("out of memory"));
    if (PQstatus(conn) == CONNECTION_BAD)
        return failure(conn, QStringLiteral("invalid connection parameters"));

    const int timeout = effectiveConnectTimeout(conn).value_or(kDefaultConnectTimeout);
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(std::max(timeout, 0));
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK) {
        if (state == PGRES_POLLING_FAILED)
            return failure(conn, QStringLiteral("connection failed"));
        pollfd p{};
        p.fd = PQsocket(conn);
        p.events = state == PGRES_POLLING_READING ? POLLIN : POLLOUT;
        int waitMs = -1;
        if (timeout > 0) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            waitMs = int(std::max<qint64>(0, left.count()));
        }
        const int rc = p.fd >= 0 ? ::poll(&p, 1, waitMs) : 1;
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc == 0) {
            PQfinish(conn);
            Error e;
            e.source = QStringLiteral("server");
            e.code = QStringLiteral("08001");
            e.message =
                QStringLiteral("Could not connect to %1: timed out after %2 s (connect_timeout).")
                    .arg(scrubSecrets(where, secrets))
                    .arg(timeout);
            e.hint =
                QStringLiteral("The host did not answer in time; check the host name, port and "
                               "firewall, or raise connect_timeout in the URL.");
            return e;
        }
        state = PQconnectPoll(conn);
    }
    if (PQpass(conn))
        secrets << QString::fromUtf8(PQpass(conn));
    secrets.removeDuplicates();
    return std::unique_ptr<DriverConnection>(std::make_unique<PgConnection>(conn, secrets));
}

}  // namespace stratum::engine::pg
