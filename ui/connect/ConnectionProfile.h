#pragma once

#include "core/config/Result.h"
#include "core/config/Url.h"
#include "core/engine/PoolOptions.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QSettings;

namespace stratum::ui {

// The deployment stage a connection belongs to; prod turns on the production
// guard (confirmation before statements that change data or schema).
enum class EnvironmentTag { None, Dev, Staging, Prod };

// Pool parameters as the dialog edits them, with SQLAlchemy QueuePool's
// defaults (pool_size=5, max_overflow=10, pool_timeout=30, pool_recycle=-1,
// pool_pre_ping=False). Seconds, like create_engine's keyword arguments.
struct PoolSettings
{
    int size = 5;
    int overflow = 10;
    int timeoutSeconds = 30;
    int recycleSeconds = -1;
    bool prePing = false;

    engine::PoolOptions toOptions() const;
    bool operator==(const PoolSettings &) const = default;
};

// One saved connection: everything needed to reach a database except the
// password, which never lives in a profile (it goes to the OS keychain, or is
// asked for at each connect). Converts to and from a config::Url so that the
// dialog can keep its URL field and its form in sync.
//
// Read-only is enforced differently per backend:
// - PostgreSQL: toUrl() adds `options=-c default_transaction_read_only=on`,
//   which libpq sends at startup;
// - SQLite: nothing in the URL can say it, so it stays a flag here and
//   connectStatements() returns `PRAGMA query_only=ON` for whoever opens the
//   connection to run first.
// A plain value type; not thread-safe for concurrent mutation.
class ConnectionProfile
{
public:
    QString id;  // stable key for settings and keychain entries (a UUID)
    QString name;
    QString folder;  // "/"-separated folder path in the saved-connections tree; empty for the root

    config::Backend backend = config::Backend::PostgreSQL;
    QString
        driverName;  // the URL's "+driver" suffix as the user wrote it ("psycopg2"); may be empty
    QString host;
    std::optional<int> port;
    QString database;  // SQLite: the file path (":memory:" for memory)
    QString user;

    QString sslMode;  // empty (libpq's default, prefer), disable, allow, prefer, require,
                      // verify-ca, verify-full
    QString sslCert;
    QString sslKey;
    QString sslRootCert;
    int connectTimeoutSeconds = 0;  // 0: not set (libpq waits as long as its default)
    QString applicationName;

    QColor color;  // invalid: use the environment's default colour
    EnvironmentTag environment = EnvironmentTag::None;
    bool readOnly = false;
    PoolSettings pool;

    QString projectFolder;  // the folder this connection was proposed from, if any
    // URL query parameters the form has no field for, kept in order so that a
    // pasted URL survives the round trip.
    QList<QPair<QString, QString>> extraQuery;

    // --- URL conversion. The password is passed separately on purpose.
    config::Url toUrl(const std::optional<QString> &password = std::nullopt) const;
    // Fills a profile from url (keeping id, name, folder, colour, tag, pool
    // and project folder of base); the URL's password goes to *password.
    static ConnectionProfile fromUrl(const config::Url &url, const ConnectionProfile &base,
                                     std::optional<QString> *password = nullptr);
    static ConnectionProfile fromUrl(const config::Url &url,
                                     std::optional<QString> *password = nullptr);

    // Statements to run on every new connection before anything else.
    QStringList connectStatements() const;

    // "PostgreSQL", "SQLite", "MySQL".
    static QString backendLabel(config::Backend backend);
    static QString environmentName(EnvironmentTag tag);  // "dev", "staging", "prod", ""
    static EnvironmentTag parseEnvironment(const QString &name);
    // The colour for tabs and tree items: the chosen colour, else the
    // environment's (prod red, staging amber, dev green), else invalid.
    QColor effectiveColor() const;
    bool isProduction() const { return environment == EnvironmentTag::Prod; }
    // "user@host:port/db" or the SQLite file name: a one-line summary, no secrets.
    QString summary() const;
    QString displayName() const;  // name, or summary() when unnamed

    // --- persistence, never with a password.
    QJsonObject toJson() const;
    static Result<ConnectionProfile> fromJson(const QJsonObject &object);
    // Writes and reads the keys of one profile inside the current group of settings.
    void save(QSettings &settings) const;
    static ConnectionProfile load(QSettings &settings);

    bool operator==(const ConnectionProfile &) const = default;
};

}  // namespace stratum::ui
