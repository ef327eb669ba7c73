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
// Parsing follows sqlalchemy.engine.make_url (1.4): the user name ends at the
// first ':' or '/', the password at the first '@', the host may be an IPv6
// address in brackets, and the query is read like urllib's parse_qsl (blank
// values are dropped, '+' is a space). Unlike SQLAlchemy, the host and the
// database are percent-decoded too, as libpq does for its URIs.
// Components are stored percent-decoded. Query parameters keep their order and
// may repeat; equality compares them as SQLAlchemy does (per key, in order).
// A value type; not thread-safe for concurrent mutation.
class Url
{
public:
    // Parses text (surrounding whitespace ignored). Errors (source "URL",
    // line 1) name the offending 1-based column in text, counted in UTF-16
    // units, and never echo the password or any other part of the input
    // except the dialect name.
    static Result<Url> parse(const QString &text);

    // Accepted dialect and driver names, for error messages and the UI.
    static QStringList supportedSchemes();
    // The backend for a supported dialect and driver ("" for none); nullopt
    // otherwise. "postgres" (libpq's URI scheme) counts as PostgreSQL.
    static std::optional<Backend> backendFor(const QString &dialect, const QString &driver);

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
    // Pairs with an empty value are dropped, as parse() drops them.
    void setQuery(const QList<QPair<QString, QString>> &q);
    // Replaces all values of key (at the first one's place); an empty value removes the key.
    void setQueryValue(const QString &key, const QString &value);
    void removeQueryValue(const QString &key);

    // SQLite helpers: true for sqlite://, sqlite:/// and sqlite:///:memory:.
    bool isSqliteMemory() const;
    // The database file for SQLite, resolved against baseDir (the current
    // directory when empty) when relative; ":memory:" for a memory database.
    QString sqliteFilePath(const QString &baseDir) const;

    // Renders the URL; with hidePassword the password is shown as "***", as
    // SQLAlchemy's render_as_string does: query keys sorted, ':', '@' and '/'
    // escaped in user and password (and '%', so that decoding is exact).
    // parse(toString(false)) == *this for every URL that parse() returned.
    QString toString(bool hidePassword = true) const;

    // A libpq conninfo string (key='value' pairs, escaped). Query parameters
    // that libpq understands (sslmode, sslrootcert, connect_timeout,
    // application_name, options, target_session_attrs, ...) pass through and
    // override the URL's own parts, as SQLAlchemy's psycopg2 dialect does;
    // other keys are left out. Repeated host=h:p keys become libpq's
    // multi-host lists. The result holds the password: never log or show it.
    QString toConninfo() const;
    // The query keys that toConninfo() passes to libpq.
    static QStringList libpqQueryKeys();

    bool operator==(const Url &other) const;
    bool operator!=(const Url &other) const { return !(*this == other); }

private:
    friend class UrlParser;

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
