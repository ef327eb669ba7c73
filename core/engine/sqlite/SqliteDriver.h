#pragma once

#include "core/engine/Driver.h"

namespace stratum::engine::sqlite {

// SQLite through QtSql's QSQLITE plugin.
//
// Threads. Qt 6.4 documents that "a connection can only be used from within the
// thread that created it; moving connections between threads or creating
// queries from a different thread is not supported" (QSqlDatabase::moveToThread
// only arrives in Qt 6.8). The pool hands connections from thread to thread, so
// QtSql is used only to open and to close the database: connect() opens it
// through QSqlDatabase (a unique connection name per connection), takes the
// sqlite3* from QSqlDriver::handle(), and detaches the driver object from the
// opening thread (moveToThread(nullptr)). Every statement then runs through
// SQLite's C API on that handle, never through QSqlQuery. SQLite itself (built
// THREADSAFE=1 on Debian) allows a handle to be used from any thread, one at a
// time, which is exactly the pool's guarantee. The QSQLITE plugin and Stratum
// link the same system libsqlite3.
//
// URL options: sqlite:///file.db (relative to the working directory),
// sqlite:////abs/file.db, sqlite:// or sqlite:///:memory: (a private in-memory
// database per connection); ?timeout=SECONDS sets the busy timeout (5 s by
// default, as in Python's sqlite3); ?mode=ro opens read-only. Every connection
// runs PRAGMA foreign_keys=ON. Thread-safe: connect() may run on any thread.
class SqliteDriver final : public Driver
{
public:
    explicit SqliteDriver(config::Url url);

    QString name() const override { return QStringLiteral("sqlite"); }
    const config::Url &url() const override { return m_url; }
    Result<std::unique_ptr<DriverConnection>> connect() override;
    QString quoteIdentifier(const QString &identifier) const override;

    static constexpr int kDefaultBusyTimeoutMs = 5000;

private:
    config::Url m_url;
};

}  // namespace stratum::engine::sqlite
