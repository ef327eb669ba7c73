#pragma once

#include "core/engine/DriverConnection.h"

#include <QStringList>

#include <atomic>
#include <mutex>

#include <libpq-fe.h>

namespace stratum::engine::pg {

class PgResultStream;

// One libpq connection (PGconn) behind the DriverConnection interface.
// Statements use the extended protocol with text parameters ($1..$n) when
// parameters are given, the simple protocol (scripts allowed) otherwise; rows
// stream in single-row mode. Notices are collected per statement through a
// notice receiver. A disconnect (CONNECTION_BAD, SQLSTATE class 08, 57P0x)
// marks the connection broken for the pool.
//
// Thread-safety: one thread at a time (the owner); cancel() may be called from
// any thread, and uses a PGcancel object made at connect time under a mutex so
// that it never races close().
class PgConnection final : public DriverConnection
{
public:
    // Takes ownership of an open conn. secrets are scrubbed from messages.
    PgConnection(PGconn *conn, QStringList secrets);
    ~PgConnection() override;

    Result<ExecResult> execute(const QString &sql, const Params &params = {}) override;
    Result<std::unique_ptr<ResultStream>> stream(const QString &sql,
                                                 const Params &params = {}) override;
    void cancel() override;
    bool isBroken() const override;
    bool ping() override;
    void close() override;
    TransactionStatus transactionStatus() const override;
    QString serverVersion() const override { return m_serverVersion; }
    int backendPid() const override { return m_backendPid; }
    bool sslInUse() const override;
    QStringList lastNotices() const override { return m_notices; }

    Status begin(const TransactionOptions &options = {}) override;
    Status setAutocommit(bool on) override;
    bool autocommit() const override { return m_autocommit; }

    // For PgResultStream.
    PGconn *handle() const { return m_conn; }
    const QStringList &notices() const { return m_notices; }
    void streamEnded(PgResultStream *stream);
    // Records err's consequences (broken?) and returns it with secrets scrubbed.
    Error fail(Error err);

protected:
    Status control(const QString &sql) override;

private:
    static void onNotice(void *self, const PGresult *result);
    Result<ExecResult> run(const QString &sql, const Params &params);
    Status checkUsable() const;
    Status autobegin();
    Status send(const QString &sql, const Params &params);

    PGconn *m_conn = nullptr;
    std::mutex m_cancelMutex;
    PGcancel *m_cancel = nullptr;  // guarded by m_cancelMutex
    std::atomic<bool> m_broken{false};
    QStringList m_secrets;
    QStringList m_notices;
    PgResultStream *m_activeStream = nullptr;
    bool m_autocommit = true;
    QString m_serverVersion;
    int m_backendPid = 0;
};

}  // namespace stratum::engine::pg
