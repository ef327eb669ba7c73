#include "core/engine/pg/PgConnection.h"

#include "core/engine/pg/PgError.h"
#include "core/engine/pg/PgResultStream.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <utility>

namespace stratum::engine::pg {

namespace {

// Parameters in libpq's form: text for everything but QByteArray, which goes
// in binary format so that bytea receives the bytes unchanged.
struct PgParams
{
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;

    explicit PgParams(const Params &params)
    {
        storage.reserve(params.size());
        for (const QVariant &v : params) {
            int format = 0;
            if (v.isNull()) {
                storage.emplace_back();
                values.push_back(nullptr);
                lengths.push_back(0);
                formats.push_back(0);
                continue;
            }
            QByteArray text;
            switch (v.typeId()) {
            case QMetaType::Bool:
                text = v.toBool() ? "true" : "false";
                break;
            case QMetaType::Int:
            case QMetaType::Short:
            case QMetaType::Long:
            case QMetaType::LongLong:
                text = QByteArray::number(v.toLongLong());
                break;
            case QMetaType::UInt:
            case QMetaType::UShort:
            case QMetaType::ULong:
            case QMetaType::ULongLong:
                text = QByteArray::number(v.toULongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                text = QByteArray::number(v.toDouble(), 'g', 17);
                break;
            case QMetaType::QByteArray:
                text = v.toByteArray();
                format = 1;
                break;
            case QMetaType::QDate:
                text = v.toDate().toString(Qt::ISODate).toUtf8();
                break;
            case QMetaType::QTime:
                text = v.toTime().toString(Qt::ISODateWithMs).toUtf8();
                break;
            case QMetaType::QDateTime:
                text = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
                break;
            case QMetaType::QUuid:
                text = v.toUuid().toString(QUuid::WithoutBraces).toUtf8();
                break;
            default:
                text = v.toString().toUtf8();
                break;
            }
            storage.push_back(std::move(text));
            values.push_back(storage.back().constData());
            lengths.push_back(int(storage.back().size()));
            formats.push_back(format);
        }
    }
};

Error busyError()
{
    Error e;
    e.message = QStringLiteral("The connection is busy with an unfinished result stream; "
                               "read it to the end or destroy it first.");
    e.code = QStringLiteral("busy");
    return e;
}

}  // namespace

PgConnection::PgConnection(PGconn *conn, QStringList secrets)
    : m_conn(conn)
    , m_secrets(std::move(secrets))
{
    m_cancel = PQgetCancel(m_conn);
    PQsetNoticeReceiver(m_conn, &PgConnection::onNotice, this);
    const char *version = PQparameterStatus(m_conn, "server_version");
    m_serverVersion =
        version ? QString::fromUtf8(version).section(QLatin1Char(' '), 0, 0) : QString();
    m_backendPid = PQbackendPID(m_conn);
}

PgConnection::~PgConnection()
{
    close();
}

void PgConnection::onNotice(void *self, const PGresult *result)
{
    auto *c = static_cast<PgConnection *>(self);
    const char *severity = PQresultErrorField(result, PG_DIAG_SEVERITY);
    const char *message = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    QString text = message ? QString::fromUtf8(message)
                           : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    if (severity)
        text = QString::fromUtf8(severity) + QLatin1String(": ") + text;
    c->m_notices.append(text);
}

Error PgConnection::fail(Error err)
{
    if (isDisconnectState(err.code) || !m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
        m_broken = true;
        if (err.code.isEmpty())
            err.code = QStringLiteral("08006");
    }
    err.message = scrubSecrets(err.message, m_secrets);
    err.detail = scrubSecrets(err.detail, m_secrets);
    return err;
}

Status PgConnection::checkUsable() const
{
    if (!m_conn) {
        Error e;
        e.message = QStringLiteral("The connection is closed.");
        e.code = QStringLiteral("08003");
        return e;
    }
    if (m_activeStream)
        return busyError();
    return Ok{};
}

Status PgConnection::send(const QString &sql, const Params &params)
{
    m_notices.clear();
    const QByteArray text = sql.toUtf8();
    int sent = 0;
    if (params.empty()) {
        sent = PQsendQuery(m_conn, text.constData());
    } else {
        const PgParams p(params);
        sent = PQsendQueryParams(m_conn, text.constData(), int(params.size()), nullptr,
                                 p.values.data(), p.lengths.data(), p.formats.data(), 0);
    }
    if (!sent)
        return fail(errorFromConnection(m_conn));
    return Ok{};
}

Result<ExecResult> PgConnection::run(const QString &sql, const Params &params)
{
    if (const Status s = send(sql, params); !s)
        return s.error();
    ExecResult out;
    std::optional<Error> error;
    while (PGresult *r = PQgetResult(m_conn)) {
        switch (PQresultStatus(r)) {
        case PGRES_COMMAND_OK:
        case PGRES_TUPLES_OK: {
            out.commandTag = QString::fromUtf8(PQcmdStatus(r));
            bool ok = false;
            const qint64 n = QByteArray(PQcmdTuples(r)).toLongLong(&ok);
            out.rowsAffected = ok ? n : -1;
            break;
        }
        case PGRES_FATAL_ERROR:
            if (!error)
                error = errorFromResult(r, sql);
            break;
        case PGRES_COPY_IN:
            PQputCopyEnd(m_conn, "COPY FROM STDIN is not supported here");
            break;
        case PGRES_COPY_OUT: {
            char *buffer = nullptr;
            while (PQgetCopyData(m_conn, &buffer, 0) > 0)
                PQfreemem(buffer);
            break;
        }
        default:
            break;
        }
        PQclear(r);
        if (PQstatus(m_conn) == CONNECTION_BAD)
            break;
    }
    out.notices = m_notices;
    if (error)
        return fail(*error);
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return fail(errorFromConnection(m_conn));
    return out;
}

Status PgConnection::autobegin()
{
    if (m_autocommit || PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        return Ok{};
    const Result<ExecResult> r = run(QStringLiteral("BEGIN"), {});
    if (!r)
        return r.error();
    return Ok{};
}

Result<ExecResult> PgConnection::execute(const QString &sql, const Params &params)
{
    if (const Status s = checkUsable(); !s)
        return s.error();
    if (const Status s = autobegin(); !s)
        return s.error();
    return run(sql, params);
}

Status PgConnection::control(const QString &sql)
{
    if (const Status s = checkUsable(); !s)
        return s.error();
    const Result<ExecResult> r = run(sql, {});
    if (!r)
        return r.error();
    return Ok{};
}

Result<std::unique_ptr<ResultStream>> PgConnection::stream(const QString &sql, const Params &params)
{
    if (const Status s = checkUsable(); !s)
        return s.error();
    if (const Status s = autobegin(); !s)
        return s.error();
    m_notices.clear();
    // Always the extended protocol: one statement, and single-row mode applies
    // to exactly that statement's rows.
    const QByteArray text = sql.toUtf8();
    const PgParams p(params);
    if (!PQsendQueryParams(m_conn, text.constData(), int(params.size()), nullptr, p.values.data(),
                           p.lengths.data(), p.formats.data(), 0))
        return fail(errorFromConnection(m_conn));
    PQsetSingleRowMode(m_conn);
    PGresult *first = PQgetResult(m_conn);
    if (!first)
        return fail(errorFromConnection(m_conn));
    const ExecStatusType status = PQresultStatus(first);
    if (status == PGRES_FATAL_ERROR || status == PGRES_COPY_IN || status == PGRES_COPY_OUT) {
        Error e = status == PGRES_FATAL_ERROR ? errorFromResult(first, sql) : Error{};
        if (status != PGRES_FATAL_ERROR) {
            e.message = QStringLiteral("COPY cannot be streamed; use execute().");
            e.code = QStringLiteral("unsupported");
            if (status == PGRES_COPY_IN)
                PQputCopyEnd(m_conn, "COPY FROM STDIN is not supported here");
        }
        PQclear(first);
        while (PGresult *r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) == PGRES_COPY_OUT) {
                char *buffer = nullptr;
                while (PQgetCopyData(m_conn, &buffer, 0) > 0)
                    PQfreemem(buffer);
            }
            PQclear(r);
        }
        return fail(e);
    }
    auto s = std::make_unique<PgResultStream>(this, first, sql);
    if (!s->atEnd())
        m_activeStream = s.get();
    return std::unique_ptr<ResultStream>(std::move(s));
}

void PgConnection::streamEnded(PgResultStream *stream)
{
    if (m_activeStream == stream)
        m_activeStream = nullptr;
}

void PgConnection::cancel()
{
    std::lock_guard lock(m_cancelMutex);
    if (!m_cancel)
        return;
    char message[256];
    // The result is deliberately ignored: the statement may have ended already.
    (void)PQcancel(m_cancel, message, int(sizeof message));
}

bool PgConnection::isBroken() const
{
    return m_broken || !m_conn;
}

bool PgConnection::ping()
{
    if (!m_conn || m_broken || m_activeStream)
        return false;
    // An empty query costs one round trip, no parsing, and works even inside
    // a failed transaction.
    PGresult *r = PQexec(m_conn, "");
    const bool ok = r && PQresultStatus(r) == PGRES_EMPTY_QUERY;
    PQclear(r);
    if (!ok && PQstatus(m_conn) == CONNECTION_BAD)
        m_broken = true;
    return ok;
}

void PgConnection::close()
{
    if (m_activeStream) {
        m_activeStream->detach();
        m_activeStream = nullptr;
    }
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancel) {
            PQfreeCancel(m_cancel);
            m_cancel = nullptr;
        }
    }
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

TransactionStatus PgConnection::transactionStatus() const
{
    if (!m_conn)
        return TransactionStatus::Unknown;
    switch (PQtransactionStatus(m_conn)) {
    case PQTRANS_IDLE:
        return TransactionStatus::Idle;
    case PQTRANS_ACTIVE:
        return TransactionStatus::Active;
    case PQTRANS_INTRANS:
        return TransactionStatus::InTransaction;
    case PQTRANS_INERROR:
        return TransactionStatus::InError;
    case PQTRANS_UNKNOWN:
        return TransactionStatus::Unknown;
    }
    return TransactionStatus::Unknown;
}

bool PgConnection::sslInUse() const
{
    return m_conn && PQsslInUse(m_conn);
}

Status PgConnection::begin(const TransactionOptions &options)
{
    QString sql = QStringLiteral("BEGIN");
    if (options.isolation)
        sql += QLatin1String(" ISOLATION LEVEL ") + isolationLevelSql(*options.isolation);
    sql += options.readOnly ? QLatin1String(" READ ONLY") : QLatin1String(" READ WRITE");
    if (options.deferrable)
        sql += QLatin1String(" DEFERRABLE");
    return control(sql);
}

Status PgConnection::setAutocommit(bool on)
{
    if (on == m_autocommit)
        return Ok{};
    if (m_conn && PQtransactionStatus(m_conn) != PQTRANS_IDLE) {
        Error e;
        e.message = QStringLiteral(
            "Autocommit cannot change inside a transaction; commit or roll back first.");
        e.code = QStringLiteral("transaction");
        return e;
    }
    m_autocommit = on;
    return Ok{};
}

}  // namespace stratum::engine::pg
