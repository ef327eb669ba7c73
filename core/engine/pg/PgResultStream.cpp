#include "core/engine/pg/PgResultStream.h"

#include "core/engine/pg/PgConnection.h"
#include "core/engine/pg/PgError.h"
#include "core/engine/pg/PgTypes.h"

#include <utility>

namespace stratum::engine::pg {

namespace {

// A batch stops growing at this many value bytes even below maxRows, so that
// wide rows cannot make one batch enormous.
constexpr std::size_t kMaxBatchBytes = 64u << 20;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

}  // namespace

PgResultStream::PgResultStream(PgConnection *connection, PGresult *first, QString sql)
    : m_connection(connection)
    , m_pg(connection->handle())
    , m_pending(first)
    , m_sql(std::move(sql))
{
    const int n = PQnfields(first);
    m_columns.reserve(std::size_t(n));
    for (int c = 0; c < n; ++c) {
        ColumnInfo info;
        info.name = QString::fromUtf8(PQfname(first, c));
        info.typeOid = PQftype(first, c);
        const PgTypeInfo type = pgTypeInfo(info.typeOid);
        info.typeName = type.name;
        info.kind = type.kind;
        info.tableOid = PQftable(first, c);
        info.tableColumn = PQftablecol(first, c);
        m_columns.push_back(info);
        m_kinds.push_back(info.kind);
        m_isBytes.push_back(info.kind == ValueKind::Bytes);
    }
    const ExecStatusType status = PQresultStatus(first);
    if (status != PGRES_SINGLE_TUPLE) {
        // No rows at all: the statement is complete (or produced no result set).
        complete(first);
        PQclear(std::exchange(m_pending, nullptr));
        drain();
    }
}

PgResultStream::~PgResultStream()
{
    if (m_pending)
        PQclear(m_pending);
    if (!m_done && m_connection) {
        // Abandoned early: stop the server producing rows we would discard.
        m_connection->cancel();
        drain();
    }
}

void PgResultStream::detach()
{
    m_connection = nullptr;
    m_pg = nullptr;
    if (m_pending)
        PQclear(std::exchange(m_pending, nullptr));
}

QStringList PgResultStream::notices() const
{
    return m_connection && !m_done ? m_connection->notices() : m_finalNotices;
}

void PgResultStream::complete(const PGresult *result)
{
    m_commandTag = QString::fromUtf8(PQcmdStatus(const_cast<PGresult *>(result)));
    bool ok = false;
    const qint64 n = QByteArray(PQcmdTuples(const_cast<PGresult *>(result))).toLongLong(&ok);
    m_rowsAffected = ok ? n : -1;
}

void PgResultStream::drain()
{
    if (m_pg) {
        while (PGresult *r = PQgetResult(m_pg))
            PQclear(r);
    }
    m_done = true;
    if (m_connection) {
        m_finalNotices = m_connection->notices();
        m_connection->streamEnded(this);
    }
}

void PgResultStream::appendRow(const PGresult *row, RowBatch &batch) const
{
    const int n = int(m_kinds.size());
    for (int c = 0; c < n; ++c) {
        if (PQgetisnull(row, 0, c)) {
            batch.appendNull();
            continue;
        }
        const char *v = PQgetvalue(row, 0, c);
        const int len = PQgetlength(row, 0, c);
        if (!m_isBytes[std::size_t(c)] || len < 2 || v[0] != '\\' || v[1] != 'x') {
            batch.appendValue(v, std::size_t(len));
            continue;
        }
        // bytea's hex output: "\x" followed by two digits per byte.
        char *out = batch.beginValue(std::size_t(len - 2) / 2);
        std::size_t size = 0;
        for (int i = 2; i + 1 < len; i += 2)
            out[size++] = char(hexValue(v[i]) << 4 | hexValue(v[i + 1]));
        batch.commitValue(size);
    }
}

Result<bool> PgResultStream::next(RowBatch &batch, int maxRows)
{
    if (batch.columnCount() != int(m_kinds.size()) || batch.rowCount() < 0)
        batch.setKinds(m_kinds);
    else {
        bool same = true;
        for (int c = 0; c < batch.columnCount() && same; ++c)
            same = batch.kind(c) == m_kinds[std::size_t(c)];
        if (same)
            batch.clear();
        else
            batch.setKinds(m_kinds);
    }
    if (m_done)
        return false;
    if (!m_connection) {
        m_done = true;
        Error e;
        e.message = QStringLiteral("The connection was closed while the result was being read.");
        e.code = QStringLiteral("08003");
        return e;
    }
    if (maxRows < 1)
        maxRows = 1;
    int rows = 0;
    std::optional<Error> error;
    while (rows < maxRows && batch.valueBytes() < kMaxBatchBytes) {
        PGresult *r = nullptr;
        if (m_pending) {
            r = std::exchange(m_pending, nullptr);
        } else {
            // Hand over what we have rather than wait for the next row.
            if (rows > 0 && PQisBusy(m_pg) && (!PQconsumeInput(m_pg) || PQisBusy(m_pg)))
                break;
            r = PQgetResult(m_pg);
        }
        if (!r) {
            drain();
            break;
        }
        switch (PQresultStatus(r)) {
        case PGRES_SINGLE_TUPLE:
            appendRow(r, batch);
            ++rows;
            break;
        case PGRES_TUPLES_OK:
        case PGRES_COMMAND_OK:
            complete(r);
            break;
        case PGRES_FATAL_ERROR:
            if (!error)
                error = errorFromResult(r, m_sql);
            break;
        default:
            if (!error) {
                error = Error{};
                error->message = QStringLiteral("Unexpected result status %1 while streaming.")
                                     .arg(QString::fromUtf8(PQresStatus(PQresultStatus(r))));
            }
            break;
        }
        PQclear(r);
        if (error) {
            drain();
            break;
        }
    }
    if (error) {
        if (PQstatus(m_pg) == CONNECTION_BAD && error->code.isEmpty())
            error->code = QStringLiteral("08006");
        return m_connection ? m_connection->fail(*error) : *error;
    }
    if (rows == 0 && !m_done && PQstatus(m_pg) == CONNECTION_BAD) {
        drain();
        return m_connection->fail(errorFromConnection(m_pg));
    }
    return rows > 0;
}

}  // namespace stratum::engine::pg
