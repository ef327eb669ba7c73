#include "core/config/Url.h"

#include "core/config/PercentEncoding.h"
#include "core/config/UrlParser.h"

#include <QDir>

#include <algorithm>
#include <array>

namespace stratum::config {

namespace {

struct Scheme
{
    const char *dialect;
    const char *driver;  // "" for the bare dialect
    Backend backend;
};

// Keep in step with the list; the order is the one shown to users.
constexpr std::array<Scheme, 17> kSchemes{{
    {"postgresql", "", Backend::PostgreSQL},
    {"postgresql", "psycopg2", Backend::PostgreSQL},
    {"postgresql", "psycopg", Backend::PostgreSQL},
    {"postgresql", "asyncpg", Backend::PostgreSQL},
    {"postgresql", "pg8000", Backend::PostgreSQL},
    {"postgres", "", Backend::PostgreSQL},  // libpq's URI scheme; stored as postgresql
    {"sqlite", "", Backend::SQLite},
    {"sqlite", "pysqlite", Backend::SQLite},
    {"sqlite", "aiosqlite", Backend::SQLite},
    {"mysql", "", Backend::MySQL},
    {"mysql", "pymysql", Backend::MySQL},
    {"mysql", "aiomysql", Backend::MySQL},
    {"mysql", "mysqldb", Backend::MySQL},
    {"mariadb", "", Backend::MySQL},
    {"mariadb", "pymysql", Backend::MySQL},
    {"mariadb", "aiomysql", Backend::MySQL},
    {"mariadb", "mysqldb", Backend::MySQL},
}};

// libpq 15 keywords a URL query may set. An unknown keyword makes
// PQconnectdb fail, so this list is explicit; "replication" is left out on
// purpose (a workbench never wants a replication connection).
constexpr const char *kLibpqKeys =
    "host hostaddr port dbname user password passfile service channel_binding "
    "connect_timeout client_encoding options application_name fallback_application_name "
    "keepalives keepalives_idle keepalives_interval keepalives_count tcp_user_timeout "
    "sslmode sslcompression sslcert sslkey sslpassword sslrootcert sslcrl sslcrldir sslsni "
    "requirepeer ssl_min_protocol_version ssl_max_protocol_version gssencmode krbsrvname "
    "gsslib target_session_attrs";

// What toString() escapes, per part, so that parse() reads back the same
// value. User and password escape what SQLAlchemy 1.4 escapes (':', '@',
// '/') plus '%' (SQLAlchemy 2.0 does that too; 1.4 does not round-trip it).
// '@' is escaped everywhere after the user info because SQLAlchemy's grammar
// would otherwise read everything before it as user info.
bool escapeAlways(char32_t c)
{
    return c < 0x20 || c == 0x7f || c == U'%';
}

bool escapeUserInfo(char32_t c)
{
    return escapeAlways(c) || c == U':' || c == U'@' || c == U'/';
}

bool escapeHost(char32_t c)
{
    return escapeAlways(c) || c == U'@' || c == U'/' || c == U'?' || c == U'[' || c == U']';
}

bool escapeDatabase(char32_t c)
{
    return escapeAlways(c) || c == U'@' || c == U'?';
}

// urllib.parse.quote_plus(safe=''), as render_as_string uses for the query.
bool escapeQuery(char32_t c)
{
    return !percent::isUnreserved(c);
}

// Python compares str keys by code point; QString's operator< compares UTF-16
// units, which orders characters above U+FFFF differently.
bool codePointLess(const QString &a, const QString &b)
{
    const QList<uint> ua = a.toUcs4();
    const QList<uint> ub = b.toUcs4();
    return std::lexicographical_compare(ua.begin(), ua.end(), ub.begin(), ub.end());
}

// render_as_string sorts the keys and keeps each key's values in order.
QList<QPair<QString, QString>> sortedByKey(QList<QPair<QString, QString>> query)
{
    std::stable_sort(query.begin(), query.end(),
                     [](const auto &a, const auto &b) { return codePointLess(a.first, b.first); });
    return query;
}

bool isAsciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0d);
}

}  // namespace

Result<Url> Url::parse(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text[begin]))
        ++begin;
    while (end > begin && isAsciiSpace(text[end - 1]))
        --end;
    const QString trimmed = text.mid(begin, end - begin);
    // An empty or all-blank URL is reported at column 1.
    return UrlParser(trimmed, trimmed.isEmpty() ? 0 : begin).run();
}

QStringList Url::supportedSchemes()
{
    QStringList out;
    for (const Scheme &s : kSchemes) {
        QString name = QLatin1String(s.dialect);
        if (*s.driver)
            name += QLatin1Char('+') + QLatin1String(s.driver);
        out << name;
    }
    return out;
}

QStringList Url::libpqQueryKeys()
{
    return QString::fromLatin1(kLibpqKeys).split(QLatin1Char(' '));
}

std::optional<Backend> Url::backendFor(const QString &dialect, const QString &driver)
{
    for (const Scheme &s : kSchemes) {
        if (dialect == QLatin1String(s.dialect) && driver == QLatin1String(s.driver))
            return s.backend;
    }
    return std::nullopt;
}

QString Url::drivername() const
{
    return m_driver.isEmpty() ? m_dialect : m_dialect + QLatin1Char('+') + m_driver;
}

QStringList Url::queryValues(const QString &key) const
{
    QStringList out;
    for (const auto &kv : m_query) {
        if (kv.first == key)
            out << kv.second;
    }
    return out;
}

std::optional<QString> Url::queryValue(const QString &key) const
{
    for (auto it = m_query.crbegin(); it != m_query.crend(); ++it) {
        if (it->first == key)
            return it->second;
    }
    return std::nullopt;
}

void Url::setQuery(const QList<QPair<QString, QString>> &q)
{
    m_query.clear();
    for (const auto &kv : q) {
        if (!kv.second.isEmpty())
            m_query.append(kv);
    }
}

void Url::setQueryValue(const QString &key, const QString &value)
{
    const auto first = std::find_if(m_query.begin(), m_query.end(),
                                    [&](const auto &kv) { return kv.first == key; });
    if (first == m_query.end() || value.isEmpty()) {
        removeQueryValue(key);
        if (!value.isEmpty())
            m_query.append({key, value});
        return;
    }
    const qsizetype at = first - m_query.begin();
    removeQueryValue(key);
    m_query.insert(at, {key, value});
}

void Url::removeQueryValue(const QString &key)
{
    m_query.removeIf([&](const auto &kv) { return kv.first == key; });
}

bool Url::isSqliteMemory() const
{
    return m_backend == Backend::SQLite &&
           (m_database.isEmpty() || m_database == QLatin1String(":memory:"));
}

QString Url::sqliteFilePath(const QString &baseDir) const
{
    if (isSqliteMemory())
        return QStringLiteral(":memory:");
    if (QDir::isAbsolutePath(m_database))
        return QDir::cleanPath(m_database);
    const QDir base(baseDir.isEmpty() ? QDir::currentPath() : baseDir);
    return QDir::cleanPath(base.absoluteFilePath(m_database));
}

QString Url::toString(bool hidePassword) const
{
    QString s = drivername() + QLatin1String("://");
    if (!m_username.isEmpty() || m_password) {
        s += percent::encode(m_username, escapeUserInfo);
        if (m_password) {
            s += QLatin1Char(':');
            s +=
                hidePassword ? QStringLiteral("***") : percent::encode(*m_password, escapeUserInfo);
        }
        s += QLatin1Char('@');
    }
    if (!m_host.isEmpty()) {
        const QString host = percent::encode(m_host, escapeHost);
        s += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    }
    if (m_port)
        s += QLatin1Char(':') + QString::number(*m_port);
    if (!m_database.isEmpty())
        s += QLatin1Char('/') + percent::encode(m_database, escapeDatabase);
    const auto query = sortedByKey(m_query);
    for (qsizetype i = 0; i < query.size(); ++i) {
        s += QLatin1Char(i == 0 ? '?' : '&');
        s += percent::encode(query[i].first, escapeQuery, true) + QLatin1Char('=') +
             percent::encode(query[i].second, escapeQuery, true);
    }
    // parse() trims trailing spaces; keep those of a host or database (a
    // query never ends in one).
    qsizetype spaces = 0;
    while (spaces < s.size() && s[s.size() - 1 - spaces] == QLatin1Char(' '))
        ++spaces;
    if (spaces > 0) {
        s.chop(spaces);
        s += QStringLiteral("%20").repeated(spaces);
    }
    return s;
}

QString Url::toConninfo() const
{
    QList<QPair<QString, QString>> params;
    const auto set = [&params](const QString &key, const QString &value) {
        for (auto &kv : params) {
            if (kv.first == key) {
                kv.second = value;
                return;
            }
        }
        params.append({key, value});
    };
    if (!m_host.isEmpty())
        set(QStringLiteral("host"), m_host);  // a leading '/' makes it a socket directory
    if (m_port)
        set(QStringLiteral("port"), QString::number(*m_port));
    if (!m_database.isEmpty())
        set(QStringLiteral("dbname"), m_database);
    if (!m_username.isEmpty())
        set(QStringLiteral("user"), m_username);
    if (m_password && !m_password->isEmpty())
        set(QStringLiteral("password"), *m_password);

    const QStringList libpqKeys = libpqQueryKeys();
    // SQLAlchemy's psycopg2 multi-host form: ?host=h1:p1&host=h2:p2.
    const QStringList hosts = queryValues(QStringLiteral("host"));
    const bool multiHost = hosts.size() > 1;
    for (const auto &[key, value] : m_query) {
        const QString keyword = key == QLatin1String("database") ? QStringLiteral("dbname") : key;
        if (libpqKeys.contains(keyword) && !(multiHost && keyword == QLatin1String("host")))
            set(keyword, value);
    }
    if (multiHost) {
        QStringList names;
        QStringList ports;
        bool anyPort = false;
        for (const QString &token : hosts) {
            const qsizetype colon = token.indexOf(QLatin1Char(':'));
            names << (colon < 0 ? token : token.left(colon));
            ports << (colon < 0 ? QString() : token.mid(colon + 1));
            anyPort = anyPort || colon >= 0;
        }
        set(QStringLiteral("host"), names.join(QLatin1Char(',')));
        if (anyPort)
            set(QStringLiteral("port"), ports.join(QLatin1Char(',')));
    }
    // asyncpg spells sslmode "ssl"; keep the user's intent instead of dropping it.
    const auto ssl = queryValue(QStringLiteral("ssl"));
    if (ssl && !queryValue(QStringLiteral("sslmode"))) {
        const QString v = ssl->toLower();
        static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                       QStringLiteral("prefer"),    QStringLiteral("require"),
                                       QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (modes.contains(v))
            set(QStringLiteral("sslmode"), v);
        else if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("on"))
            set(QStringLiteral("sslmode"), QStringLiteral("require"));
        else if (v == QLatin1String("false") || v == QLatin1String("0") ||
                 v == QLatin1String("off"))
            set(QStringLiteral("sslmode"), QStringLiteral("disable"));
    }

    QString out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
        out += key + QLatin1String("='") + escaped + QLatin1Char('\'');
    }
    return out;
}

bool Url::operator==(const Url &other) const
{
    return m_dialect == other.m_dialect && m_driver == other.m_driver &&
           m_backend == other.m_backend && m_username == other.m_username &&
           m_password == other.m_password && m_host == other.m_host && m_port == other.m_port &&
           m_database == other.m_database && sortedByKey(m_query) == sortedByKey(other.m_query);
}

}  // namespace stratum::config
