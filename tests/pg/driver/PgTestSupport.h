#pragma once

// Helpers shared by the PostgreSQL driver tests: the harness URL, connecting,
// and a uniquely named database that is dropped again.
#include "core/config/Url.h"
#include "core/engine/Driver.h"
#include "core/engine/ResultStream.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

namespace stratum::testing {

// The harness URL; empty (and the caller QFAILs) when the variable is missing.
inline std::optional<config::Url> harnessUrl()
{
    const QString text = qEnvironmentVariable("STRATUM_TEST_PG_URL");
    if (text.isEmpty())
        return std::nullopt;
    auto url = config::Url::parse(text);
    if (!url)
        return std::nullopt;
    return *url;
}

inline Result<std::unique_ptr<engine::DriverConnection>> connectTo(const config::Url &url)
{
    auto driver = engine::Driver::create(url);
    if (!driver)
        return driver.error();
    return driver.value()->connect();
}

inline QString errorText(const Error &e)
{
    return e.toString() + QLatin1String(" [") + e.code + QLatin1String("] ") + e.detail +
           QLatin1Char(' ') + e.hint;
}

// Creates a database named stratum_test_<random> on construction and drops it
// (terminating leftover sessions) on destruction.
class TempDatabase
{
public:
    explicit TempDatabase(const config::Url &admin)
        : m_admin(admin)
    {
        m_name =
            QStringLiteral("stratum_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        auto c = connectTo(admin);
        if (!c)
            return;
        if (c.value()->execute(QStringLiteral("CREATE DATABASE \"%1\"").arg(m_name)))
            m_created = true;
    }
    ~TempDatabase()
    {
        if (!m_created)
            return;
        auto c = connectTo(m_admin);
        if (c)
            (void)c.value()->execute(
                QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
    }
    bool ok() const { return m_created; }
    QString name() const { return m_name; }
    config::Url url() const
    {
        config::Url u = m_admin;
        u.setDatabase(m_name);
        return u;
    }

private:
    config::Url m_admin;
    QString m_name;
    bool m_created = false;
};

}  // namespace stratum::testing

#define STRATUM_REQUIRE_PG_URL(var)                                                                \
    const auto var##Opt = stratum::testing::harnessUrl();                                          \
    if (!var##Opt)                                                                                 \
        QFAIL("STRATUM_TEST_PG_URL is missing or invalid; run through scripts/test.sh or "         \
              "dev-cluster.sh");                                                                   \
    const stratum::config::Url var = *var##Opt
