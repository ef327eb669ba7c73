#include "core/engine/sqlite/SqliteConnection.h"

#include "core/engine/sqlite/SqliteError.h"
#include "core/engine/sqlite/SqliteResultStream.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <utility>

#include <sqlite3.h>

namespace stratum::engine::sqlite {

namespace {

Error busyError()
{
    Error e;
    e.message = QStringLiteral("The connection is busy with an unfinished result stream; "
                               "read it to the end or destroy it first.");
    e.code = QStringLiteral("busy");
    return e;
}

int bindOne(sqlite3_stmt *stmt, int index, const QVariant &v)
{
    if (v.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, index, v.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::UShort:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        return sqlite3_bind_blob64(stmt, index, b.constData(), sqlite3_uint64(b.size()),
                                   SQLITE_TRANSIENT);
    }
    default:
        break;
    }
    QString text;
    switch (v.typeId()) {
    case QMetaType::QDate:
        text = v.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QTime:
        text = v.toTime().toString(Qt::ISODateWithMs);
        break;
    case QMetaType::QDateTime:
        text = v.toDateTime().toString(Qt::ISODateWithMs);
        break;
    case QMetaType::QUuid:
        text = v.toUuid().toString(QUuid::WithoutBraces);
        break;
    default:
        text = v.toString();
        break;
    }
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace

Status bindSqliteParams(sqlite3 *db, sqlite3_stmt *stmt, const Params &params)
{
    const int expected = sqlite3_bind_parameter_count(stmt);
    if (int(params.size()) != expected) {
        Error e;
        e.code = QStringLiteral("SQLITE_RANGE");
        e.message = QStringLiteral("The statement has %1 parameter(s) but %2 value(s) were given.")
                        .arg(expected)
                        .arg(params.size());
        return e;
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
        const QByteArray name = '$' + QByteArray::number(qulonglong(i + 1));
        int index = sqlite3_bind_parameter_index(stmt, name.constData());
        if (index == 0)
            index = int(i) + 1;
        const int rc = bindOne(stmt, index, params[i]);
        if (rc != SQLITE_OK)
            return sqliteError(db, rc);
    }
    return Ok{};
}

SqliteConnection::SqliteConnection(QSqlDatabase database, QString connectionName, sqlite3 *handle)
    : m_database(std::move(database))
    , m_connectionName(std::move(connectionName))
    , m_db(handle)
{}

SqliteConnection::~SqliteConnection()
{
    close();
}

Error SqliteConnection::fail(Error err)
{
    const QString c = err.code;
    if (c.startsWith(QLatin1String("SQLITE_CORRUPT")) ||
        c.startsWith(QLatin1String("SQLITE_NOTADB")) || c.startsWith(QLatin1String("SQLITE_IOERR")))
        m_broken = true;
    return err;
}

Status SqliteConnection::checkUsable()
{
    if (!m_db) {
        Error e;
        e.message = QStringLiteral("The connection is closed.");
        e.code = QStringLiteral("closed");
        return e;
    }
    if (m_activeStream)
        return busyError();
    if (m_readOnlyTransaction && sqlite3_get_autocommit(m_db))
        restoreReadWrite();  // the read-only transaction was ended by plain SQL
    return Ok{};
}

Result<ExecResult> SqliteConnection::run(const QString &sql, const Params &params)
{
    const QByteArray utf8 = sql.toUtf8();
    const char *start = utf8.constData();
    const char *end = start + utf8.size();
    const char *p = start;
    ExecResult out;
    bool first = true;
    while (p < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v2(m_db, p, int(end - p), &stmt, &tail);
        if (rc != SQLITE_OK)
            return fail(sqliteError(m_db, rc, utf8, int(p - start)));
        if (!stmt) {  // only whitespace or a comment left
            p = tail;
            continue;
        }
        if (!params.empty() || sqlite3_bind_parameter_count(stmt) > 0) {
            if (!first) {
                sqlite3_finalize(stmt);
                Error e;
                e.code = QStringLiteral("SQLITE_MISUSE");
                e.message = QStringLiteral("Parameters can only be bound to a single statement.");
                return e;
            }
            if (const Status s = bindSqliteParams(m_db, stmt, params); !s) {
                sqlite3_finalize(stmt);
                return s.error();
            }
        }
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
        const bool readOnly = sqlite3_stmt_readonly(stmt);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return fail(sqliteError(m_db, rc, utf8, int(p - start)));
        out.rowsAffected = readOnly ? -1 : qint64(sqlite3_changes64(m_db));
        first = false;
        p = tail;
    }
    return out;
}

Status SqliteConnection::autobegin()
{
    if (m_autocommit || !sqlite3_get_autocommit(m_db))
        return Ok{};
    const Result<ExecResult> r = run(QStringLiteral("BEGIN"), {});
    if (!r)
        return r.error();
    return Ok{};
}

Result<ExecResult> SqliteConnection::execute(const QString &sql, const Params &params)
{
    if (const Status s = checkUsable(); !s)
        return s.error();
    if (const Status s = autobegin(); !s)
        return s.error();
    return run(sql, params);
}

Status SqliteConnection::control(const QString &sql)
{
    if (const Status s = checkUsable(); !s)
        return s.error();
    const Result<ExecResult> r = run(sql, {});
    if (!r)
        return r.error();
    return Ok{};
}

Result<std::unique_ptr<ResultStream>> SqliteConnection::stream(const QString &sql,
                                                               const Params &params)
{
    if (const Status s = checkUsable(); !s)
        return s.error();
    if (const Status s = autobegin(); !s)
        return s.error();
    QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, &tail);
    if (rc != SQLITE_OK)
        return fail(sqliteError(m_db, rc, utf8));
    if (!stmt) {
        Error e;
        e.code = QStringLiteral("SQLITE_MISUSE");
        e.message = QStringLiteral("The statement is empty.");
        return e;
    }
    if (!QByteArray(tail).trimmed().isEmpty()) {
        // Like PostgreSQL's extended protocol: one statement per stream. A
        // trailing comment or semicolon is fine; a second statement is not.
        sqlite3_stmt *extra = nullptr;
        const char *rest = tail;
        const int rc2 = sqlite3_prepare_v2(m_db, rest, -1, &extra, nullptr);
        const bool second = rc2 != SQLITE_OK || extra;
        sqlite3_finalize(extra);
        if (second) {
            sqlite3_finalize(stmt);
            Error e;
            e.code = QStringLiteral("SQLITE_MISUSE");
            e.message =
                QStringLiteral("Only one statement can be streamed; run scripts with execute().");
            return e;
        }
    }
    if (const Status s = bindSqliteParams(m_db, stmt, params); !s) {
        sqlite3_finalize(stmt);
        return s.error();
    }
    rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        Error e = sqliteError(m_db, rc, utf8);
        sqlite3_finalize(stmt);
        return fail(e);
    }
    auto s = std::make_unique<SqliteResultStream>(this, stmt, rc, std::move(utf8));
    if (!s->atEnd())
        m_activeStream = s.get();
    return std::unique_ptr<ResultStream>(std::move(s));
}

void SqliteConnection::streamEnded(SqliteResultStream *stream)
{
    if (m_activeStream == stream)
        m_activeStream = nullptr;
}

void SqliteConnection::cancel()
{
    std::lock_guard lock(m_handleMutex);
    if (m_db)
        sqlite3_interrupt(m_db);
}

bool SqliteConnection::ping()
{
    if (!m_db || m_broken || m_activeStream)
        return false;
    // Reading the schema version touches the file, so a deleted or corrupted
    // database shows up here.
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "PRAGMA schema_version", -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW) {
        fail(sqliteError(m_db, rc));
        return false;
    }
    return true;
}

void SqliteConnection::close()
{
    if (m_activeStream) {
        m_activeStream->detach();
        m_activeStream = nullptr;
    }
    {
        std::lock_guard lock(m_handleMutex);
        if (!m_db)
            return;
        m_db = nullptr;
    }
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

TransactionStatus SqliteConnection::transactionStatus() const
{
    if (!m_db)
        return TransactionStatus::Unknown;
    if (!sqlite3_get_autocommit(m_db))
        return TransactionStatus::InTransaction;
    return m_activeStream ? TransactionStatus::Active : TransactionStatus::Idle;
}

QString SqliteConnection::serverVersion() const
{
    return QString::fromLatin1(sqlite3_libversion());
}

Status SqliteConnection::begin(const TransactionOptions &options)
{
    if (const Status s = checkUsable(); !s)
        return s;
    // SQLite is always serializable; READ UNCOMMITTED only matters for shared
    // cache connections and is honoured through the pragma.
    const bool uncommitted = options.isolation == IsolationLevel::ReadUncommitted;
    if (const Status s =
            control(QStringLiteral("PRAGMA read_uncommitted=%1").arg(uncommitted ? 1 : 0));
        !s)
        return s;
    if (options.readOnly) {
        if (const Status s = control(QStringLiteral("PRAGMA query_only=ON")); !s)
            return s;
    }
    const Status s = control(QStringLiteral("BEGIN"));
    m_readOnlyTransaction = options.readOnly;
    if (!s)
        restoreReadWrite();
    return s;
}

void SqliteConnection::restoreReadWrite()
{
    if (!m_readOnlyTransaction)
        return;
    m_readOnlyTransaction = false;
    (void)run(QStringLiteral("PRAGMA query_only=OFF"), {});
}

Status SqliteConnection::commit()
{
    const Status s = control(QStringLiteral("COMMIT"));
    if (m_db && sqlite3_get_autocommit(m_db))
        restoreReadWrite();
    return s;
}

Status SqliteConnection::rollback()
{
    const Status s = control(QStringLiteral("ROLLBACK"));
    if (m_db && sqlite3_get_autocommit(m_db))
        restoreReadWrite();
    return s;
}

Status SqliteConnection::setAutocommit(bool on)
{
    if (on == m_autocommit)
        return Ok{};
    if (m_db && !sqlite3_get_autocommit(m_db)) {
        Error e;
        e.message = QStringLiteral(
            "Autocommit cannot change inside a transaction; commit or roll back first.");
        e.code = QStringLiteral("transaction");
        return e;
    }
    m_autocommit = on;
    return Ok{};
}

}  // namespace stratum::engine::sqlite
