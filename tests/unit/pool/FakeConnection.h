#pragma once

// A fake DriverConnection for unit tests of pure pool logic: it talks to no
// server, but keeps enough state (transactions, disconnects, a statement log)
// for the pool's behaviour to be observed. Never used outside tests/unit/pool.

#include "core/engine/DriverConnection.h"
#include "core/engine/Pool.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace stratum::engine::testing {

// The state shared by all fake connections of one test: a pretend server.
struct FakeServer
{
    std::atomic<int> connects{0};
    std::atomic<int> closes{0};
    std::atomic<int> pings{0};
    std::atomic<int> nextPid{1000};
    std::atomic<bool> down{false};       // connects and pings fail
    std::atomic<int> connectDelayMs{0};  // makes connect() slow
    std::atomic<bool> failReset{false};  // ROLLBACK/COMMIT break the connection

    void kill(int pid)
    {
        QMutexLocker lock(&mutex);
        killed.insert(pid);
    }
    bool isKilled(int pid) const
    {
        QMutexLocker lock(&mutex);
        return killed.contains(pid);
    }
    void logStatement(int pid, const QString &sql)
    {
        QMutexLocker lock(&mutex);
        statements << QString::number(pid) + QLatin1Char(':') + sql;
    }
    QStringList log() const
    {
        QMutexLocker lock(&mutex);
        return statements;
    }

    mutable QMutex mutex;
    QSet<int> killed;
    QStringList statements;
};

class FakeConnection : public DriverConnection
{
public:
    FakeConnection(FakeServer &server, int pid)
        : m_server(server)
        , m_pid(pid)
    {}
    ~FakeConnection() override
    {
        if (!m_closed)
            close();
    }

    Result<ExecResult> execute(const QString &sql, const Params & = {}) override
    {
        if (m_closed || m_broken || m_server.isKilled(m_pid) || m_server.down)
            return disconnected();
        m_server.logStatement(m_pid, sql);
        if (sql == QLatin1String("BEGIN")) {
            m_tx = TransactionStatus::InTransaction;
        } else if (sql == QLatin1String("ROLLBACK") || sql == QLatin1String("COMMIT")) {
            if (m_server.failReset)
                return disconnected();
            m_tx = TransactionStatus::Idle;
        } else if (sql == QLatin1String("FAIL")) {
            if (m_tx == TransactionStatus::InTransaction)
                m_tx = TransactionStatus::InError;
            Error e;
            e.message = QStringLiteral("syntax error at or near \"FAIL\"");
            e.code = QStringLiteral("42601");
            return e;
        }
        ExecResult r;
        r.commandTag = sql;
        return r;
    }

    Result<std::unique_ptr<ResultStream>> stream(const QString &, const Params &) override
    {
        qFatal("FakeConnection::stream is not used by the pool tests");
    }

    void cancel() override {}
    bool isBroken() const override { return m_broken; }
    bool ping() override
    {
        ++m_server.pings;
        if (m_server.down || m_server.isKilled(m_pid))
            m_broken = true;
        return !m_broken;
    }
    void close() override
    {
        if (m_closed)
            return;
        m_closed = true;
        ++m_server.closes;
    }
    TransactionStatus transactionStatus() const override { return m_tx; }
    QString serverVersion() const override { return QStringLiteral("fake 1.0"); }
    int backendPid() const override { return m_pid; }

private:
    Error disconnected()
    {
        m_broken = true;
        Error e;
        e.message = QStringLiteral("server closed the connection unexpectedly");
        e.code = QStringLiteral("08006");
        return e;
    }

    FakeServer &m_server;
    int m_pid;
    bool m_broken = false;
    bool m_closed = false;
    TransactionStatus m_tx = TransactionStatus::Idle;
};

inline Pool::Connector fakeConnector(FakeServer &server)
{
    return [&server]() -> Result<std::unique_ptr<DriverConnection>> {
        if (const int delay = server.connectDelayMs.load())
            QThread::msleep(ulong(delay));
        if (server.down) {
            Error e;
            e.message = QStringLiteral("could not connect to server: Connection refused");
            e.code = QStringLiteral("08001");
            return e;
        }
        ++server.connects;
        return std::unique_ptr<DriverConnection>(
            std::make_unique<FakeConnection>(server, server.nextPid++));
    };
}

}  // namespace stratum::engine::testing
