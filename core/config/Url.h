#pragma once

#include "core/config/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace stratum::config {

// The database families Stratum knows. MySQL is recognised in URLs; its driver
// comes later.
enum class Backend { PostgreSQL, SQLite, MySQL };

// A database URL in SQLAlchemy's grammar:
//   dialect[+driver]://[user[:password]@][host][:port][/database][?key=value&...]
// Components are stored percent-decoded. Query parameters keep their order and
// may repeat. A value type; not thread-safe for concurrent mutation.
class Url
{
public:
    // Parses text (surrounding whitespace ignored). Errors name the offending
    // column and never echo the password.
    static Result<Url> parse(const QString &text);

    // Accepted dialect and driver names, for error messages and the UI.
    static QStringList supportedSchemes();

    QString dialect() const { return m_dialect; }  // "postgresql", "sqlite", "mysql", "mariadb"
    QString driver() const { return m_driver; }    // "psycopg2", ... or empty
    QString drivername() const;                    // "dialect+driver" or "dialect"
    Backend backend() const { return m_backend; }

    QString username() const { return m_username; }
    std::optional<QString> password() const { return m_password; }
    QString host() const { return m_host; }  // without IPv6 brackets
    std::optional<int> port() const { return m_port; }
    QString database() const { return m_database; }
    const QList<QPair<QString, QString>> &query() const { return m_query; }
    QStringList queryValues(const QString &key) const;
    std::optional<QString> queryValue(const QString &key) const;  // last value

    void setUsername(const QString &v) { m_username = v; }
    void setPassword(const std::optional<QString> &v) { m_password = v; }
    void setHost(const QString &v) { m_host = v; }
    void setPort(std::optional<int> v) { m_port = v; }
    void setDatabase(const QString &v) { m_database = v; }
    void setQuery(const QList<QPair<QString, QString>> &q) { m_query = q; }
    void setQueryValue(const QString &key, const QString &value);  // replaces all values of key
    void removeQueryValue(const QString &key);

    // SQLite helpers: true for sqlite:// and sqlite:///:memory:.
    bool isSqliteMemory() const;
    // The database file for SQLite, resolved against baseDir when relative.
    QString sqliteFilePath(const QString &baseDir) const;

    // Renders the URL; with hidePassword the password is shown as "***", as
    // SQLAlchemy's render_as_string does. parse(toString(false)) == *this.
    QString toString(bool hidePassword = true) const;

    // A libpq conninfo string (key='value' pairs, escaped). Query parameters
    // that libpq understands (sslmode, sslrootcert, connect_timeout,
    // application_name, options, target_session_attrs, ...) pass through.
    QString toConninfo() const;

    bool operator==(const Url &other) const = default;

private:
    QString m_dialect;
    QString m_driver;
    Backend m_backend = Backend::SQLite;
    QString m_username;
    std::optional<QString> m_password;
    QString m_host;
    std::optional<int> m_port;
    QString m_database;
    QList<QPair<QString, QString>> m_query;
};

}  // namespace stratum::config
