#pragma once

// Shared by the PostgreSQL pool tests: the test URL, a private database per
// test run, an admin connection outside the pool, and a check that no message
// ever shows the password.

#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultStream.h"

#include <QMutex>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace stratum::engine::testing {

// Every Qt log message of the process, to prove none contains the password.
inline QMutex g_logMutex;
inline QStringList g_logMessages;
inline QtMessageHandler g_previousHandler = nullptr;

inline void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &msg)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logMessages << msg;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, msg);
}

inline void installLogCapture()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

inline QStringList capturedLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_logMessages;
}

// The password of the test cluster; never empty when the harness is set up.
inline QString testPassword()
{
    return qEnvironmentVariable("STRATUM_TEST_PG_PASSWORD");
}

// The first text value of sql's first row, or the error's message.
inline Result<QString> scalar(DriverConnection &conn, const QString &sql, const Params &params = {})
{
    Result<std::unique_ptr<ResultStream>> s = conn.stream(sql, params);
    if (!s)
        return s.error();
    RowBatch batch;
    Result<bool> more = s.value()->next(batch, 1);
    if (!more)
        return more.error();
    if (!more.value() || batch.rowCount() == 0)
        return QString();
    return batch.text(0, 0);
}

// A uniquely named database on the test cluster, dropped in the destructor,
// plus an admin connection (outside any pool) to the maintenance database.
class PgTestDatabase
{
public:
    // Fills error and returns false when the harness is missing or broken.
    bool setUp(QString *error)
    {
        const QString text = qEnvironmentVariable("STRATUM_TEST_PG_URL");
        if (text.isEmpty()) {
            *error = QStringLiteral("STRATUM_TEST_PG_URL is not set; run the pg tests through "
                                    "scripts/test.sh or scripts/dev-cluster.sh");
            return false;
        }
        Result<config::Url> admin = config::Url::parse(text);
        if (!admin) {
            *error = admin.error().message;
            return false;
        }
        m_adminUrl = admin.value();
        Result<std::unique_ptr<Driver>> driver = Driver::create(m_adminUrl);
        if (!driver) {
            *error = driver.error().message;
            return false;
        }
        m_adminDriver = std::move(driver).value();
        Result<std::unique_ptr<DriverConnection>> conn = m_adminDriver->connect();
        if (!conn) {
            *error = conn.error().message;
            return false;
        }
        m_admin = std::move(conn).value();
        m_name =
            QStringLiteral("stratum_pool_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const Result<ExecResult> created =
            m_admin->execute(QStringLiteral("CREATE DATABASE \"%1\"").arg(m_name));
        if (!created) {
            *error = created.error().message;
            return false;
        }
        m_url = m_adminUrl;
        m_url.setDatabase(m_name);
        m_url.setQueryValue(QStringLiteral("application_name"),
                            QStringLiteral("stratum-pool-test"));
        return true;
    }

    ~PgTestDatabase()
    {
        if (m_name.isEmpty())
            return;
        if (!reconnectAdmin())
            return;
        m_admin->execute(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
    }

    const config::Url &url() const { return m_url; }
    const QString &name() const { return m_name; }

    // The admin connection, reopened when a server restart broke it.
    bool reconnectAdmin()
    {
        if (m_admin && !m_admin->isBroken() && m_admin->ping())
            return true;
        Result<std::unique_ptr<DriverConnection>> conn = m_adminDriver->connect();
        if (!conn)
            return false;
        m_admin = std::move(conn).value();
        return true;
    }
    DriverConnection &admin() { return *m_admin; }

    // Backends connected to this test's database right now.
    int backendCount()
    {
        if (!reconnectAdmin())
            return -1;
        const Result<QString> n = scalar(
            *m_admin, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = $1"),
            {m_name});
        return n ? n.value().toInt() : -1;
    }

    // Terminates one random backend of this test's database; its pid or 0.
    int killRandomBackend()
    {
        if (!reconnectAdmin())
            return 0;
        const Result<QString> pid = scalar(
            *m_admin,
            QStringLiteral("SELECT pid FROM (SELECT pid FROM pg_stat_activity "
                           "WHERE datname = $1 AND pid <> pg_backend_pid() "
                           "ORDER BY random() LIMIT 1) victim WHERE pg_terminate_backend(pid)"),
            {m_name});
        return pid ? pid.value().toInt() : 0;
    }

private:
    config::Url m_adminUrl;
    config::Url m_url;
    std::unique_ptr<Driver> m_adminDriver;
    std::unique_ptr<DriverConnection> m_admin;
    QString m_name;
};

}  // namespace stratum::engine::testing
