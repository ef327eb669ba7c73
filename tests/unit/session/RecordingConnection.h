#pragma once

// A statement-event hook at the driver level for the session tests: a
// DriverConnection that forwards everything to a real connection and records
// each statement it is asked to run (execute() and stream()), so tests compare
// previewFlush() with what actually reached the driver. Transaction control
// (begin, commit, savepoints) is forwarded without being recorded.

#include "core/engine/Driver.h"
#include "core/engine/Pool.h"
#include "core/engine/ResultStream.h"
#include "core/session/FlushStatement.h"

#include <QList>

#include <memory>
#include <mutex>

namespace stratum::session::test {

struct StatementLog
{
    std::mutex mutex;
    QList<FlushStatement> statements;
    bool enabled = true;

    void record(const QString &sql, const engine::Params &params)
    {
        std::lock_guard lock(mutex);
        if (!enabled)
            return;
        FlushStatement s;
        s.sql = sql;
        s.params = params;
        statements << s;
    }
    QList<FlushStatement> take()
    {
        std::lock_guard lock(mutex);
        return std::exchange(statements, {});
    }
};

class RecordingConnection : public engine::DriverConnection
{
public:
    RecordingConnection(std::unique_ptr<engine::DriverConnection> inner,
                        std::shared_ptr<StatementLog> log)
        : m_inner(std::move(inner))
        , m_log(std::move(log))
    {}

    Result<engine::ExecResult> execute(const QString &sql, const engine::Params &params) override
    {
        m_log->record(sql, params);
        return m_inner->execute(sql, params);
    }
    Result<std::unique_ptr<engine::ResultStream>> stream(const QString &sql,
                                                         const engine::Params &params) override
    {
        m_log->record(sql, params);
        return m_inner->stream(sql, params);
    }
    void cancel() override { m_inner->cancel(); }
    bool isBroken() const override { return m_inner->isBroken(); }
    bool ping() override { return m_inner->ping(); }
    void close() override { m_inner->close(); }
    engine::TransactionStatus transactionStatus() const override
    {
        return m_inner->transactionStatus();
    }
    QString serverVersion() const override { return m_inner->serverVersion(); }
    int backendPid() const override { return m_inner->backendPid(); }
    Status begin(const engine::TransactionOptions &options) override
    {
        return m_inner->begin(options);
    }
    Status commit() override { return m_inner->commit(); }
    Status rollback() override { return m_inner->rollback(); }
    Status savepoint(const QString &name) override { return m_inner->savepoint(name); }
    Status releaseSavepoint(const QString &name) override
    {
        return m_inner->releaseSavepoint(name);
    }
    Status rollbackToSavepoint(const QString &name) override
    {
        return m_inner->rollbackToSavepoint(name);
    }
    Status setAutocommit(bool on) override { return m_inner->setAutocommit(on); }
    bool autocommit() const override { return m_inner->autocommit(); }

private:
    std::unique_ptr<engine::DriverConnection> m_inner;
    std::shared_ptr<StatementLog> m_log;
};

// A pool whose connections record into log.
inline std::shared_ptr<engine::Pool> recordingPool(std::shared_ptr<engine::Driver> driver,
                                                   std::shared_ptr<StatementLog> log)
{
    return engine::Pool::create(
        [driver, log]() -> Result<std::unique_ptr<engine::DriverConnection>> {
            auto c = driver->connect();
            if (!c)
                return c.error();
            return std::unique_ptr<engine::DriverConnection>(
                std::make_unique<RecordingConnection>(std::move(c).value(), log));
        });
}

}  // namespace stratum::session::test
