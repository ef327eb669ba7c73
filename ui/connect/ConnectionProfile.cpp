#include "ui/connect/ConnectionProfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <chrono>

namespace stratum::ui {

namespace {

QString dialectFor(config::Backend backend)
{
    switch (backend) {
    case config::Backend::PostgreSQL:
        return QStringLiteral("postgresql");
    case config::Backend::SQLite:
        return QStringLiteral("sqlite");
    case config::Backend::MySQL:
        return QStringLiteral("mysql");
    }
    return QStringLiteral("postgresql");
}

// `-c default_transaction_read_only=on` and its spellings inside libpq's
// `options`; the profile's read-only flag stands for it.
const QRegularExpression &readOnlyOption()
{
    static const QRegularExpression re(
        QStringLiteral("(?:-c\\s*|--)default_transaction_read_only\\s*=\\s*(?:on|true|yes|1)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QString kReadOnlyOption = QStringLiteral("-c default_transaction_read_only=on");

// Query keys the form has its own fields for.
bool isFormKey(const QString &key)
{
    static const QStringList keys{
        QStringLiteral("sslmode"),         QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),          QStringLiteral("sslrootcert"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return keys.contains(key);
}

// Query keys that carry secrets: never kept in a profile.
bool isSecretKey(const QString &key)
{
    return key.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

QString backendKey(config::Backend backend)
{
    return dialectFor(backend);
}

std::optional<config::Backend> parseBackendKey(const QString &key)
{
    if (key == QLatin1String("postgresql"))
        return config::Backend::PostgreSQL;
    if (key == QLatin1String("sqlite"))
        return config::Backend::SQLite;
    if (key == QLatin1String("mysql"))
        return config::Backend::MySQL;
    return std::nullopt;
}

}  // namespace

engine::PoolOptions PoolSettings::toOptions() const
{
    engine::PoolOptions o;
    o.poolSize = size;
    o.maxOverflow = overflow;
    o.timeout = std::chrono::seconds(timeoutSeconds);
    o.recycle = recycleSeconds < 0
                    ? std::chrono::milliseconds(-1)
                    : std::chrono::milliseconds(std::chrono::seconds(recycleSeconds));
    o.prePing = prePing;
    return o;
}

config::Url ConnectionProfile::toUrl(const std::optional<QString> &password) const
{
    const QString dialect = dialectFor(backend);
    QString scheme = dialect;
    if (!driverName.isEmpty() && config::Url::backendFor(dialect, driverName))
        scheme += QLatin1Char('+') + driverName;
    // A bare scheme always parses; the parts are then set one by one so that
    // no value needs escaping here.
    Result<config::Url> parsed = config::Url::parse(scheme + QLatin1String("://"));
    config::Url url = parsed ? parsed.value() : config::Url();
    url.setDatabase(database);
    if (backend == config::Backend::SQLite) {
        url.setQuery(extraQuery);
        return url;
    }
    url.setUsername(user);
    url.setPassword(password && !password->isEmpty() ? password : std::nullopt);
    url.setHost(host);
    url.setPort(port);

    QList<QPair<QString, QString>> query;
    QString options;
    for (const auto &kv : extraQuery) {
        if (kv.first == QLatin1String("options"))
            options = kv.second;
        else
            query << kv;
    }
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            query << qMakePair(QString::fromLatin1(key), value);
    };
    add("sslmode", sslMode);
    add("sslcert", sslCert);
    add("sslkey", sslKey);
    add("sslrootcert", sslRootCert);
    if (connectTimeoutSeconds > 0)
        add("connect_timeout", QString::number(connectTimeoutSeconds));
    add("application_name", applicationName);
    if (readOnly && backend == config::Backend::PostgreSQL)
        options =
            options.isEmpty() ? kReadOnlyOption : options + QLatin1Char(' ') + kReadOnlyOption;
    add("options", options);
    url.setQuery(query);
    return url;
}

ConnectionProfile ConnectionProfile::fromUrl(const config::Url &url, const ConnectionProfile &base,
                                             std::optional<QString> *password)
{
    ConnectionProfile p;
    p.id = base.id;
    p.name = base.name;
    p.folder = base.folder;
    p.color = base.color;
    p.environment = base.environment;
    p.pool = base.pool;
    p.projectFolder = base.projectFolder;

    p.backend = url.backend();
    p.driverName = url.driver();
    p.database = url.database();
    std::optional<QString> pw;
    if (p.backend == config::Backend::SQLite) {
        // Nothing in a SQLite URL says read-only in the query_only sense.
        p.readOnly = base.readOnly;
        if (url.isSqliteMemory())
            p.database = QStringLiteral(":memory:");
    } else {
        p.host = url.host();
        p.port = url.port();
        p.user = url.username();
        pw = url.password();
    }

    for (const auto &[key, value] : url.query()) {
        if (isSecretKey(key)) {
            if (key == QLatin1String("password") && !pw)
                pw = value;
            continue;
        }
        if (p.backend != config::Backend::SQLite && isFormKey(key)) {
            if (key == QLatin1String("sslmode"))
                p.sslMode = value;
            else if (key == QLatin1String("sslcert"))
                p.sslCert = value;
            else if (key == QLatin1String("sslkey"))
                p.sslKey = value;
            else if (key == QLatin1String("sslrootcert"))
                p.sslRootCert = value;
            else if (key == QLatin1String("application_name"))
                p.applicationName = value;
            else if (key == QLatin1String("connect_timeout")) {
                bool ok = false;
                const int t = value.trimmed().toInt(&ok);
                if (ok && t > 0)
                    p.connectTimeoutSeconds = t;
                else
                    p.extraQuery << qMakePair(key, value);
            }
            continue;
        }
        if (p.backend == config::Backend::PostgreSQL && key == QLatin1String("options")) {
            QString rest = value;
            if (rest.contains(readOnlyOption())) {
                p.readOnly = true;
                rest.remove(readOnlyOption());
                rest = rest.simplified();
            }
            if (!rest.isEmpty())
                p.extraQuery << qMakePair(key, rest);
            continue;
        }
        p.extraQuery << qMakePair(key, value);
    }
    if (password)
        *password = pw;
    return p;
}

ConnectionProfile ConnectionProfile::fromUrl(const config::Url &url,
                                             std::optional<QString> *password)
{
    return fromUrl(url, ConnectionProfile(), password);
}

QStringList ConnectionProfile::connectStatements() const
{
    if (readOnly && backend == config::Backend::SQLite)
        return {QStringLiteral("PRAGMA query_only=ON")};
    return {};
}

QString ConnectionProfile::backendLabel(config::Backend backend)
{
    switch (backend) {
    case config::Backend::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case config::Backend::SQLite:
        return QStringLiteral("SQLite");
    case config::Backend::MySQL:
        return QStringLiteral("MySQL");
    }
    return {};
}

QString ConnectionProfile::environmentName(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::Dev:
        return QStringLiteral("dev");
    case EnvironmentTag::Staging:
        return QStringLiteral("staging");
    case EnvironmentTag::Prod:
        return QStringLiteral("prod");
    case EnvironmentTag::None:
        break;
    }
    return {};
}

EnvironmentTag ConnectionProfile::parseEnvironment(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("dev") || n == QLatin1String("development"))
        return EnvironmentTag::Dev;
    if (n == QLatin1String("staging") || n == QLatin1String("stage"))
        return EnvironmentTag::Staging;
    if (n == QLatin1String("prod") || n == QLatin1String("production"))
        return EnvironmentTag::Prod;
    return EnvironmentTag::None;
}

QColor ConnectionProfile::effectiveColor() const
{
    if (color.isValid())
        return color;
    switch (environment) {
    case EnvironmentTag::Prod:
        return QColor(0xd3, 0x2f, 0x2f);
    case EnvironmentTag::Staging:
        return QColor(0xf5, 0x9e, 0x0b);
    case EnvironmentTag::Dev:
        return QColor(0x2e, 0x9d, 0x5b);
    case EnvironmentTag::None:
        break;
    }
    return {};
}

QString ConnectionProfile::summary() const
{
    if (backend == config::Backend::SQLite) {
        if (database.isEmpty() || database == QLatin1String(":memory:"))
            return QStringLiteral("SQLite (memory)");
        return QFileInfo(database).fileName();
    }
    QString out;
    if (!user.isEmpty())
        out += user + QLatin1Char('@');
    out += host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port)
        out += QLatin1Char(':') + QString::number(*port);
    if (!database.isEmpty())
        out += QLatin1Char('/') + database;
    return out;
}

QString ConnectionProfile::displayName() const
{
    return name.trimmed().isEmpty() ? summary() : name.trimmed();
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("folder"), folder);
    o.insert(QStringLiteral("backend"), backendKey(backend));
    o.insert(QStringLiteral("driver"), driverName);
    o.insert(QStringLiteral("host"), host);
    if (port)
        o.insert(QStringLiteral("port"), *port);
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("sslmode"), sslMode);
    o.insert(QStringLiteral("sslcert"), sslCert);
    o.insert(QStringLiteral("sslkey"), sslKey);
    o.insert(QStringLiteral("sslrootcert"), sslRootCert);
    o.insert(QStringLiteral("connectTimeout"), connectTimeoutSeconds);
    o.insert(QStringLiteral("applicationName"), applicationName);
    o.insert(QStringLiteral("color"), color.isValid() ? color.name() : QString());
    o.insert(QStringLiteral("environment"), environmentName(environment));
    o.insert(QStringLiteral("readOnly"), readOnly);
    QJsonObject poolObject;
    poolObject.insert(QStringLiteral("size"), pool.size);
    poolObject.insert(QStringLiteral("overflow"), pool.overflow);
    poolObject.insert(QStringLiteral("timeout"), pool.timeoutSeconds);
    poolObject.insert(QStringLiteral("recycle"), pool.recycleSeconds);
    poolObject.insert(QStringLiteral("prePing"), pool.prePing);
    o.insert(QStringLiteral("pool"), poolObject);
    o.insert(QStringLiteral("projectFolder"), projectFolder);
    QJsonArray extra;
    for (const auto &[key, value] : extraQuery) {
        if (!isSecretKey(key))
            extra.append(QJsonArray{key, value});
    }
    o.insert(QStringLiteral("query"), extra);
    return o;
}

Result<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &o)
{
    ConnectionProfile p;
    const auto backend = parseBackendKey(o.value(QStringLiteral("backend")).toString());
    if (!backend) {
        Error e;
        e.code = QStringLiteral("import");
        e.message = QStringLiteral("Unknown database backend '%1' in connection '%2'.")
                        .arg(o.value(QStringLiteral("backend")).toString(),
                             o.value(QStringLiteral("name")).toString());
        return e;
    }
    p.backend = *backend;
    p.id = o.value(QStringLiteral("id")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.folder = o.value(QStringLiteral("folder")).toString();
    p.driverName = o.value(QStringLiteral("driver")).toString();
    p.host = o.value(QStringLiteral("host")).toString();
    if (o.value(QStringLiteral("port")).isDouble())
        p.port = o.value(QStringLiteral("port")).toInt();
    p.database = o.value(QStringLiteral("database")).toString();
    p.user = o.value(QStringLiteral("user")).toString();
    p.sslMode = o.value(QStringLiteral("sslmode")).toString();
    p.sslCert = o.value(QStringLiteral("sslcert")).toString();
    p.sslKey = o.value(QStringLiteral("sslkey")).toString();
    p.sslRootCert = o.value(QStringLiteral("sslrootcert")).toString();
    p.connectTimeoutSeconds = qMax(0, o.value(QStringLiteral("connectTimeout")).toInt());
    p.applicationName = o.value(QStringLiteral("applicationName")).toString();
    p.color = QColor(o.value(QStringLiteral("color")).toString());
    p.environment = parseEnvironment(o.value(QStringLiteral("environment")).toString());
    p.readOnly = o.value(QStringLiteral("readOnly")).toBool();
    const QJsonObject poolObject = o.value(QStringLiteral("pool")).toObject();
    const PoolSettings defaults;
    p.pool.size = poolObject.value(QStringLiteral("size")).toInt(defaults.size);
    p.pool.overflow = poolObject.value(QStringLiteral("overflow")).toInt(defaults.overflow);
    p.pool.timeoutSeconds =
        poolObject.value(QStringLiteral("timeout")).toInt(defaults.timeoutSeconds);
    p.pool.recycleSeconds =
        poolObject.value(QStringLiteral("recycle")).toInt(defaults.recycleSeconds);
    p.pool.prePing = poolObject.value(QStringLiteral("prePing")).toBool(defaults.prePing);
    p.projectFolder = o.value(QStringLiteral("projectFolder")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("query")).toArray()) {
        const QJsonArray pair = v.toArray();
        const QString key = pair.at(0).toString();
        if (pair.size() == 2 && !key.isEmpty() && !isSecretKey(key))
            p.extraQuery << qMakePair(key, pair.at(1).toString());
    }
    return p;
}

void ConnectionProfile::save(QSettings &settings) const
{
    // One JSON document per profile: the same format as the export, and no
    // guessing at how INI files round-trip booleans, maps and lists.
    settings.setValue(QStringLiteral("profile"),
                      QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

ConnectionProfile ConnectionProfile::load(QSettings &settings)
{
    const QByteArray json = settings.value(QStringLiteral("profile")).toString().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    Result<ConnectionProfile> p = fromJson(doc.object());
    return p ? p.value() : ConnectionProfile();
}

}  // namespace stratum::ui
