#pragma once

#include "core/engine/DriverConnection.h"

#include <QSqlDatabase>
#include <QString>

#include <mutex>

struct sqlite3;
struct sqlite3_stmt;

namespace stratum::engine::sqlite {

class SqliteResultStream;

// One SQLite database handle opened by QSQLITE (see SqliteDriver for why
// statements go through the C API on QSqlDriver::handle()). Scripts (several
// statements) run through execute() without parameters; parameters bind to
// $1..$n, ?NNN or plain ? positions.
//
// Thread-safety: one thread at a time; cancel() (sqlite3_interrupt) may be
// called from any thread, guarded against close() by a mutex.
class SqliteConnection final : public DriverConnection
{
public:
    SqliteConnection(QSqlDatabase database, QString connectionName, sqlite3 *handle);
    ~SqliteConnection() override;

    Result<ExecResult> execute(const QString &sql, const Params &params = {}) override;
    Result<std::unique_ptr<ResultStream>> stream(const QString &sql,
                                                 const Params &params = {}) override;
    void cancel() override;
    bool isBroken() const override { return m_broken || !m_db; }
    bool ping() override;
    void close() override;
    TransactionStatus transactionStatus() const override;
    QString serverVersion() const override;
    int backendPid() const override { return 0; }

    Status begin(const TransactionOptions &options = {}) override;
    Status commit() override;
    Status rollback() override;
    Status setAutocommit(bool on) override;
    bool autocommit() const override { return m_autocommit; }

    // For SqliteResultStream.
    sqlite3 *handle() const { return m_db; }
    void streamEnded(SqliteResultStream *stream);
    Error fail(Error err);

protected:
    Status control(const QString &sql) override;

private:
    Result<ExecResult> run(const QString &sql, const Params &params);
    Status checkUsable();
    Status autobegin();
    void restoreReadWrite();

    QSqlDatabase m_database;
    QString m_connectionName;
    std::mutex m_handleMutex;  // guards m_db against cancel() racing close()
    sqlite3 *m_db = nullptr;
    bool m_broken = false;
    bool m_autocommit = true;
    bool m_readOnlyTransaction = false;
    SqliteResultStream *m_activeStream = nullptr;
};

// Binds params to stmt ($N names first, then positions). Returns an error
// when the counts differ.
Status bindSqliteParams(sqlite3 *db, sqlite3_stmt *stmt, const Params &params);

}  // namespace stratum::engine::sqlite
