#pragma once

// A uniquely named database on the test cluster (STRATUM_TEST_PG_URL), created
// on demand and dropped again when the object goes away.

#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/ResultStream.h"
#include "core/schema/DdlPlanner.h"
#include "core/schema/Inspector.h"

#include <QRandomGenerator>
#include <QString>

#include <memory>

namespace stratum::schema::test {

class PgTestDatabase
{
public:
    // Empty error() means ready.
    PgTestDatabase()
    {
        const QString text = qEnvironmentVariable("STRATUM_TEST_PG_URL");
        if (text.isEmpty()) {
            m_error = QStringLiteral("STRATUM_TEST_PG_URL is not set; run the pg tests through "
                                     "scripts/test.sh or scripts/dev-cluster.sh");
            return;
        }
        auto url = config::Url::parse(text);
        if (!url) {
            m_error = url.error().message;
            return;
        }
        m_adminUrl = *url;
        auto admin = open(m_adminUrl);
        if (!admin)
            return;
        m_name = QStringLiteral("stratum_schema_%1")
                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
        auto created = admin->execute(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        if (!created) {
            m_error = created.error().message;
            m_name.clear();
            return;
        }
        config::Url url2 = m_adminUrl;
        url2.setDatabase(m_name);
        m_connection = open(url2);
    }
    ~PgTestDatabase()
    {
        if (m_connection)
            m_connection->close();
        m_connection.reset();
        if (m_name.isEmpty())
            return;
        if (auto admin = open(m_adminUrl))
            admin->execute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    const QString &error() const { return m_error; }
    const QString &name() const { return m_name; }
    engine::DriverConnection &connection() { return *m_connection; }
    // A libpq-style URL for psql (password included: never printed).
    QString urlText() const
    {
        config::Url u = m_adminUrl;
        u.setDatabase(m_name);
        return u.toString(false);
    }

    // Runs every statement; the first failure is returned with the statement.
    QString run(const QStringList &statements)
    {
        for (const QString &s : statements) {
            auto r = m_connection->execute(s);
            if (!r)
                return r.error().message + QStringLiteral("\n  in: ") + s;
        }
        return {};
    }
    QString createAll(const MetaData &m)
    {
        auto script = DdlPlanner::createAll(m, Dialect::PostgreSQL);
        if (!script)
            return script.error().message;
        return run(script->statements);
    }
    Result<Reflection> reflect(const QStringList &schemas = {QString()})
    {
        Inspector inspector(*m_connection, Dialect::PostgreSQL);
        return inspector.reflect(schemas);
    }
    // The first cell of a one-row query, as text.
    QString scalar(const QString &sql)
    {
        auto stream = m_connection->stream(sql);
        if (!stream)
            return QStringLiteral("ERROR: ") + stream.error().message;
        engine::RowBatch batch;
        auto more = stream.value()->next(batch, 10);
        if (!more || !*more)
            return QStringLiteral("ERROR: no row");
        return batch.text(0, 0);
    }

private:
    std::unique_ptr<engine::DriverConnection> open(const config::Url &url)
    {
        auto driver = engine::Driver::create(url);
        if (!driver) {
            m_error = driver.error().message;
            return nullptr;
        }
        auto connection = driver.value()->connect();
        if (!connection) {
            m_error = connection.error().message;
            return nullptr;
        }
        return std::move(connection).value();
    }

    config::Url m_adminUrl;
    QString m_name;
    QString m_error;
    std::unique_ptr<engine::DriverConnection> m_connection;
};

}  // namespace stratum::schema::test
