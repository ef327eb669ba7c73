#include "core/migrate/run/MigrationEnvironment.h"

#include "core/config/WorkspaceDiscovery.h"
#include "core/engine/Driver.h"
#include "core/engine/DriverConnection.h"

#include <QDir>
#include <QFileInfo>

namespace stratum::migrate {

namespace {

const QString kPlaceholderUrl = QStringLiteral("driver://user:pass@localhost/dbname");

Error envError(const QString &message, const QString &source = {})
{
    Error e;
    e.message = message;
    e.source = source;
    e.code = QStringLiteral("config");
    return e;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
        t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
        t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

}  // namespace

Result<MigrationEnvironment> MigrationEnvironment::open(const Options &options)
{
    const QString iniPath = QFileInfo(options.iniPath).absoluteFilePath();
    if (!QFileInfo::exists(iniPath))
        return envError(QStringLiteral("No config file '%1' found, or file has no '[%2]' section")
                            .arg(options.iniPath, options.section));
    Result<config::AlembicIni> ini = config::AlembicIni::load(iniPath, options.section);
    if (!ini)
        return ini.error();
    if (!ini->errors().isEmpty())
        return ini->errors().first();

    MigrationEnvironment env;
    env.m_ini = ini.value();
    Result<ScriptDirectory> scripts = ScriptDirectory::fromConfig(iniPath, options.section);
    if (!scripts)
        return scripts.error();
    env.m_scripts = scripts.value();
    Result<RevisionGraph> graph = env.m_scripts.strictGraph();
    if (!graph)
        return graph.error();
    env.m_graph = graph.value();

    if (!options.url.isEmpty()) {
        env.m_urlText = options.url;
        env.m_urlOrigin = QStringLiteral("--url");
        return env;
    }
    // DATABASE_URL / SQLALCHEMY_DATABASE_URL (environment, then the nearest .env).
    const config::Workspace ws =
        config::WorkspaceDiscovery(options.environment).discover(QFileInfo(iniPath).absolutePath());
    if (ws.urlText && ws.urlText->origin.key != QLatin1String("sqlalchemy.url")) {
        env.m_urlText = ws.urlText->value;
        env.m_urlOrigin = ws.urlText->origin.toString();
        return env;
    }
    Result<std::optional<QString>> iniUrl = env.m_ini.sqlalchemyUrl();
    if (!iniUrl)
        return iniUrl.error();
    if (iniUrl.value() && !iniUrl.value()->trimmed().isEmpty() &&
        iniUrl.value()->trimmed() != kPlaceholderUrl) {
        env.m_urlText = iniUrl.value()->trimmed();
        env.m_urlOrigin = QStringLiteral("sqlalchemy.url in %1").arg(iniPath);
    }
    return env;
}

Result<config::Url> MigrationEnvironment::url() const
{
    if (m_urlText.isEmpty())
        return envError(
            QStringLiteral(
                "No database URL: pass --url, set DATABASE_URL (environment or .env), or set "
                "sqlalchemy.url in %1")
                .arg(m_ini.path()));
    Result<config::Url> url = config::Url::parse(m_urlText);
    if (!url) {
        Error e = url.error();
        e.message += QStringLiteral(" (URL from %1)").arg(m_urlOrigin);
        return e;
    }
    return url;
}

Result<schema::Dialect> MigrationEnvironment::dialect() const
{
    Result<config::Url> u = url();
    if (!u)
        return u.error();
    const auto backend = config::Url::backendFor(u->dialect(), u->driver());
    if (backend == config::Backend::PostgreSQL)
        return schema::Dialect::PostgreSQL;
    if (backend == config::Backend::SQLite)
        return schema::Dialect::SQLite;
    return envError(QStringLiteral("Migrations support PostgreSQL and SQLite; the URL names %1")
                        .arg(u->drivername()));
}

Result<std::unique_ptr<engine::DriverConnection>> MigrationEnvironment::connect() const
{
    Result<config::Url> u = url();
    if (!u)
        return u.error();
    Result<std::unique_ptr<engine::Driver>> driver = engine::Driver::create(u.value());
    if (!driver)
        return driver.error();
    return driver.value()->connect();
}

Result<MigratorOptions> MigrationEnvironment::migratorOptions() const
{
    MigratorOptions options;
    auto option = [this](const char *name) -> Result<std::optional<QString>> {
        return m_ini.mainOption(QLatin1String(name));
    };
    Result<std::optional<QString>> table = option("version_table");
    if (!table)
        return table.error();
    if (table.value() && !table.value()->trimmed().isEmpty())
        options.versionTable = table.value()->trimmed();
    Result<std::optional<QString>> schemaName = option("version_table_schema");
    if (!schemaName)
        return schemaName.error();
    if (schemaName.value())
        options.versionTableSchema = schemaName.value()->trimmed();
    Result<std::optional<QString>> perMigration = option("transaction_per_migration");
    if (!perMigration)
        return perMigration.error();
    if (perMigration.value()) {
        const std::optional<bool> b = parseBool(*perMigration.value());
        if (!b)
            return envError(QStringLiteral("transaction_per_migration must be true or false, "
                                           "not '%1'")
                                .arg(*perMigration.value()),
                            m_ini.path());
        options.transactionPerMigration = *b;
    }
    Result<std::optional<QString>> timeout = option("stratum.lock_timeout");
    if (!timeout)
        return timeout.error();
    if (timeout.value()) {
        bool ok = false;
        const double seconds = timeout.value()->trimmed().toDouble(&ok);
        if (!ok)
            return envError(QStringLiteral("stratum.lock_timeout must be a number of seconds, "
                                           "not '%1'")
                                .arg(*timeout.value()),
                            m_ini.path());
        options.lockTimeoutMs = seconds < 0 ? -1 : int(seconds * 1000);
    }
    return options;
}

Result<RevisionWriterConfig> MigrationEnvironment::writerConfig() const
{
    RevisionWriterConfig config;
    config.versionDirectories = m_scripts.versionDirectories();
    Result<QStringList> locations = m_ini.versionLocations();
    if (!locations)
        return locations.error();
    config.versionLocationsConfigured = !locations->isEmpty();
    Result<QString> tpl = m_ini.fileTemplate();
    if (!tpl)
        return tpl.error();
    config.fileTemplate = tpl.value();
    Result<std::optional<QString>> tz = m_ini.timezone();
    if (!tz)
        return tz.error();
    if (tz.value())
        config.timezone = tz.value()->trimmed();
    Result<std::optional<QString>> truncate =
        m_ini.mainOption(QStringLiteral("truncate_slug_length"));
    if (!truncate)
        return truncate.error();
    if (truncate.value() && !truncate.value()->trimmed().isEmpty()) {
        bool ok = false;
        config.truncateSlugLength = truncate.value()->trimmed().toInt(&ok);
        if (!ok)
            return envError(QStringLiteral("truncate_slug_length must be a number, not '%1'")
                                .arg(*truncate.value()),
                            m_ini.path());
    }
    return config;
}

}  // namespace stratum::migrate
