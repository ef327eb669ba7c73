#include "core/migrate/run/MigrationLock.h"

#include "core/engine/DriverConnection.h"
#include "core/engine/ResultStream.h"
#include "core/engine/RowBatch.h"

#include <QElapsedTimer>
#include <QThread>

namespace stratum::migrate {

namespace {

constexpr int kPollMs = 100;

Result<QList<QStringList>> queryRows(engine::DriverConnection &connection, const QString &sql)
{
    Result<std::unique_ptr<engine::ResultStream>> stream = connection.stream(sql);
    if (!stream)
        return stream.error();
    QList<QStringList> rows;
    engine::RowBatch batch;
    for (;;) {
        Result<bool> more = stream.value()->next(batch, 64);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        for (int r = 0; r < batch.rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < batch.columnCount(); ++c)
                row << batch.text(r, c);
            rows << row;
        }
    }
    return rows;
}

}  // namespace

QString LockHolder::describe() const
{
    return QStringLiteral("pid %1 (application '%2', client %3, user %4, connected since %5)")
        .arg(pid)
        .arg(applicationName, clientAddress, user, since);
}

MigrationLock::MigrationLock(engine::DriverConnection &connection)
    : m_connection(connection)
{}

MigrationLock::~MigrationLock()
{
    if (m_held)
        (void)release();
}

Result<LockHolder> MigrationLock::holder()
{
    const QString sql =
        QStringLiteral("SELECT a.pid, coalesce(a.application_name, ''), "
                       "coalesce(host(a.client_addr), 'local socket'), coalesce(a.usename, ''), "
                       "coalesce(to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), '') "
                       "FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a "
                       "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                       "AND l.classid = %1 AND l.objid = %2 AND l.objsubid = 1 "
                       "AND l.database = (SELECT oid FROM pg_catalog.pg_database "
                       "WHERE datname = current_database()) AND l.pid <> pg_backend_pid()")
            .arg(quint32(quint64(kKey) >> 32))
            .arg(quint32(quint64(kKey) & 0xffffffffu));
    Result<QList<QStringList>> rows = queryRows(m_connection, sql);
    if (!rows)
        return rows.error();
    LockHolder h;
    if (rows->isEmpty())
        return h;
    const QStringList &row = rows->first();
    h.pid = row.value(0).toInt();
    h.applicationName = row.value(1);
    h.clientAddress = row.value(2);
    h.user = row.value(3);
    h.since = row.value(4);
    return h;
}

Status MigrationLock::acquire(int timeoutMs, const WaitFn &onWait)
{
    if (m_held)
        return Ok{};
    QElapsedTimer timer;
    timer.start();
    bool reported = false;
    LockHolder last;
    const QString trySql = QStringLiteral("SELECT pg_catalog.pg_try_advisory_lock(%1)").arg(kKey);
    for (;;) {
        Result<QList<QStringList>> got = queryRows(m_connection, trySql);
        if (!got)
            return got.error();
        if (!got->isEmpty() && got->first().value(0) == QLatin1String("t")) {
            m_held = true;
            return Ok{};
        }
        if (Result<LockHolder> h = holder(); h && h->pid != 0)
            last = h.value();
        if (!reported) {
            reported = true;
            if (onWait)
                onWait(last);
        }
        if (m_cancelled) {
            Error e;
            e.message = QStringLiteral("Cancelled while waiting for the migration lock");
            e.code = QStringLiteral("cancelled");
            return e;
        }
        if (timeoutMs >= 0 && timer.elapsed() >= timeoutMs) {
            Error e;
            e.message = QStringLiteral("Another migration is running: the migration lock "
                                       "(pg_advisory_lock(%1)) is held by %2; gave up after %3 s")
                            .arg(kKey)
                            .arg(last.pid ? last.describe() : QStringLiteral("another session"))
                            .arg(timeoutMs / 1000.0, 0, 'g', 3);
            e.code = QStringLiteral("lock-timeout");
            e.source = QStringLiteral("server");
            return e;
        }
        QThread::msleep(kPollMs);
    }
}

Status MigrationLock::release()
{
    if (!m_held)
        return Ok{};
    m_held = false;
    Result<engine::ExecResult> r =
        m_connection.execute(QStringLiteral("SELECT pg_catalog.pg_advisory_unlock(%1)").arg(kKey));
    if (!r)
        return r.error();
    return Ok{};
}

}  // namespace stratum::migrate
