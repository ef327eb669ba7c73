#include "core/engine/sqlite/SqliteError.h"

#include "core/engine/DriverConnection.h"

#include <sqlite3.h>

namespace stratum::engine::sqlite {

QString sqliteCodeName(int rc)
{
    struct Name
    {
        int code;
        const char *name;
    };
    static constexpr Name names[] = {
        {SQLITE_CONSTRAINT_CHECK, "SQLITE_CONSTRAINT_CHECK"},
        {SQLITE_CONSTRAINT_FOREIGNKEY, "SQLITE_CONSTRAINT_FOREIGNKEY"},
        {SQLITE_CONSTRAINT_NOTNULL, "SQLITE_CONSTRAINT_NOTNULL"},
        {SQLITE_CONSTRAINT_PRIMARYKEY, "SQLITE_CONSTRAINT_PRIMARYKEY"},
        {SQLITE_CONSTRAINT_TRIGGER, "SQLITE_CONSTRAINT_TRIGGER"},
        {SQLITE_CONSTRAINT_UNIQUE, "SQLITE_CONSTRAINT_UNIQUE"},
        {SQLITE_CONSTRAINT_ROWID, "SQLITE_CONSTRAINT_ROWID"},
        {SQLITE_CONSTRAINT_DATATYPE, "SQLITE_CONSTRAINT_DATATYPE"},
        {SQLITE_BUSY_RECOVERY, "SQLITE_BUSY_RECOVERY"},
        {SQLITE_BUSY_SNAPSHOT, "SQLITE_BUSY_SNAPSHOT"},
        {SQLITE_BUSY_TIMEOUT, "SQLITE_BUSY_TIMEOUT"},
        {SQLITE_LOCKED_SHAREDCACHE, "SQLITE_LOCKED_SHAREDCACHE"},
        {SQLITE_READONLY_DBMOVED, "SQLITE_READONLY_DBMOVED"},
        {SQLITE_CANTOPEN_ISDIR, "SQLITE_CANTOPEN_ISDIR"},
        {SQLITE_ERROR_MISSING_COLLSEQ, "SQLITE_ERROR_MISSING_COLLSEQ"},
        {SQLITE_OK, "SQLITE_OK"},
        {SQLITE_ERROR, "SQLITE_ERROR"},
        {SQLITE_INTERNAL, "SQLITE_INTERNAL"},
        {SQLITE_PERM, "SQLITE_PERM"},
        {SQLITE_ABORT, "SQLITE_ABORT"},
        {SQLITE_BUSY, "SQLITE_BUSY"},
        {SQLITE_LOCKED, "SQLITE_LOCKED"},
        {SQLITE_NOMEM, "SQLITE_NOMEM"},
        {SQLITE_READONLY, "SQLITE_READONLY"},
        {SQLITE_INTERRUPT, "SQLITE_INTERRUPT"},
        {SQLITE_IOERR, "SQLITE_IOERR"},
        {SQLITE_CORRUPT, "SQLITE_CORRUPT"},
        {SQLITE_NOTFOUND, "SQLITE_NOTFOUND"},
        {SQLITE_FULL, "SQLITE_FULL"},
        {SQLITE_CANTOPEN, "SQLITE_CANTOPEN"},
        {SQLITE_PROTOCOL, "SQLITE_PROTOCOL"},
        {SQLITE_EMPTY, "SQLITE_EMPTY"},
        {SQLITE_SCHEMA, "SQLITE_SCHEMA"},
        {SQLITE_TOOBIG, "SQLITE_TOOBIG"},
        {SQLITE_CONSTRAINT, "SQLITE_CONSTRAINT"},
        {SQLITE_MISMATCH, "SQLITE_MISMATCH"},
        {SQLITE_MISUSE, "SQLITE_MISUSE"},
        {SQLITE_NOLFS, "SQLITE_NOLFS"},
        {SQLITE_AUTH, "SQLITE_AUTH"},
        {SQLITE_FORMAT, "SQLITE_FORMAT"},
        {SQLITE_RANGE, "SQLITE_RANGE"},
        {SQLITE_NOTADB, "SQLITE_NOTADB"},
    };
    for (const Name &n : names) {
        if (n.code == rc)
            return QString::fromLatin1(n.name);
    }
    // An extended code without a name here: name its primary code.
    for (const Name &n : names) {
        if (n.code == (rc & 0xff))
            return QString::fromLatin1(n.name);
    }
    return QStringLiteral("SQLITE_%1").arg(rc);
}

Error sqliteError(sqlite3 *db, int rc, const QByteArray &utf8Sql, int statementStart)
{
    Error e;
    e.code = sqliteCodeName(rc);
    e.message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    if (e.message.isEmpty() || e.message == QLatin1String("not an error"))
        e.message = QString::fromUtf8(sqlite3_errstr(rc));
    e.detail = QStringLiteral("SQLite result code %1").arg(rc);
    e.source = QStringLiteral("SQLite");
    const int offset = db ? sqlite3_error_offset(db) : -1;
    if (offset >= 0 && !utf8Sql.isEmpty()) {
        const int byte = statementStart + offset;
        // 1-based character position, like PostgreSQL's.
        const QString before = QString::fromUtf8(utf8Sql.left(byte));
        e.position = int(before.toUcs4().size()) + 1;
        e.source = QStringLiteral("SQL");
        sqlPositionToLineColumn(QString::fromUtf8(utf8Sql), e.position, &e.line, &e.column);
    }
    return e;
}

}  // namespace stratum::engine::sqlite
