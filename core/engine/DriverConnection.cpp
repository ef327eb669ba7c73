#include "core/engine/DriverConnection.h"

namespace stratum::engine {

QString isolationLevelSql(IsolationLevel level)
{
    switch (level) {
    case IsolationLevel::ReadUncommitted:
        return QStringLiteral("READ UNCOMMITTED");
    case IsolationLevel::ReadCommitted:
        return QStringLiteral("READ COMMITTED");
    case IsolationLevel::RepeatableRead:
        return QStringLiteral("REPEATABLE READ");
    case IsolationLevel::Serializable:
        return QStringLiteral("SERIALIZABLE");
    }
    return QStringLiteral("SERIALIZABLE");
}

void sqlPositionToLineColumn(const QString &sql, int position, int *line, int *column)
{
    int l = 1;
    int c = 1;
    int index = 1;
    for (qsizetype i = 0; i < sql.size() && index < position; ++i) {
        const QChar ch = sql.at(i);
        if (ch.isHighSurrogate() && i + 1 < sql.size() && sql.at(i + 1).isLowSurrogate())
            ++i;
        if (ch == QLatin1Char('\n')) {
            ++l;
            c = 1;
        } else {
            ++c;
        }
        ++index;
    }
    *line = l;
    *column = c;
}

namespace {

QString quoted(const QString &name)
{
    QString out = name;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

}  // namespace

Status DriverConnection::control(const QString &sql)
{
    const Result<ExecResult> r = execute(sql);
    if (!r)
        return r.error();
    return Ok{};
}

Status DriverConnection::begin(const TransactionOptions &options)
{
    QString sql = QStringLiteral("BEGIN");
    if (options.isolation)
        sql += QLatin1String(" ISOLATION LEVEL ") + isolationLevelSql(*options.isolation);
    if (options.readOnly)
        sql += QLatin1String(" READ ONLY");
    return control(sql);
}

Status DriverConnection::commit()
{
    return control(QStringLiteral("COMMIT"));
}

Status DriverConnection::rollback()
{
    return control(QStringLiteral("ROLLBACK"));
}

Status DriverConnection::savepoint(const QString &name)
{
    return control(QLatin1String("SAVEPOINT ") + quoted(name));
}

Status DriverConnection::releaseSavepoint(const QString &name)
{
    return control(QLatin1String("RELEASE SAVEPOINT ") + quoted(name));
}

Status DriverConnection::rollbackToSavepoint(const QString &name)
{
    return control(QLatin1String("ROLLBACK TO SAVEPOINT ") + quoted(name));
}

Status DriverConnection::setAutocommit(bool on)
{
    if (on)
        return Ok{};
    Error e;
    e.message = QStringLiteral("This driver does not support turning autocommit off.");
    e.code = QStringLiteral("unsupported");
    return e;
}

}  // namespace stratum::engine
