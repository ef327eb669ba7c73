#include "core/config/UrlParser.h"

#include "core/config/PercentEncoding.h"

namespace stratum::config {

namespace {

Error urlError(qsizetype column, const QString &message, const QString &hint = {},
               const QString &code = QStringLiteral("syntax"))
{
    Error e;
    // The hint goes into the message too: Error::toString() shows only the message.
    e.message = hint.isEmpty() ? message : message + QLatin1String("; ") + hint;
    e.source = QStringLiteral("URL");
    e.line = 1;
    e.column = int(column);
    e.code = code;
    e.hint = hint;
    return e;
}

QString supportedList()
{
    return Url::supportedSchemes().join(QLatin1String(", "));
}

}  // namespace

UrlParser::UrlParser(const QString &text, qsizetype lead)
    : m_s(text)
    , m_lead(lead)
{}

std::optional<Error> UrlParser::decode(qsizetype from, qsizetype to, bool plus, QString &out) const
{
    const QStringView view = QStringView(m_s).mid(from, to - from);
    // "%00" would decode to a NUL, which no C API (libpq, SQLite) can take.
    const qsizetype nul = view.indexOf(QLatin1String("%00"));
    if (nul >= 0)
        return urlError(column(from + nul), QStringLiteral("%00 (a NUL character) is not allowed"));
    out = percent::decode(view, plus);
    return std::nullopt;
}

std::optional<Error> UrlParser::parseScheme(qsizetype &pos)
{
    qsizetype i = 0;
    qsizetype plus = -1;
    while (i < m_s.size() && (m_s[i].isLetterOrNumber() || m_s[i] == QLatin1Char('_') ||
                              m_s[i] == QLatin1Char('+'))) {
        if (m_s[i] == QLatin1Char('+')) {
            if (plus >= 0)
                return urlError(column(i), QStringLiteral("only one '+driver' suffix is allowed"));
            plus = i;
        }
        ++i;
    }
    if (i == 0 || !QStringView(m_s).mid(i).startsWith(QLatin1String("://"))) {
        // Nothing before "://" is quoted: without a scheme it may be a password.
        return urlError(column(i),
                        i == 0 ? QStringLiteral("expected a dialect name such as postgresql or "
                                                "sqlite at the start of the URL")
                               : QStringLiteral("expected '://' after the dialect name"),
                        QStringLiteral("supported: ") + supportedList());
    }
    const QString scheme = m_s.left(i).toLower();
    pos = i + 3;
    const QString dialect = plus < 0 ? scheme : scheme.left(plus);
    const QString driver = plus < 0 ? QString() : scheme.mid(plus + 1);
    if (plus >= 0 && driver.isEmpty()) {
        return urlError(column(plus), QStringLiteral("'+' must be followed by a driver name; "
                                                     "supported: %1")
                                          .arg(supportedList()));
    }
    if (const auto backend = Url::backendFor(dialect, driver)) {
        m_url.m_backend = *backend;
        m_url.m_dialect =
            dialect == QLatin1String("postgres") ? QStringLiteral("postgresql") : dialect;
        m_url.m_driver = driver;
        return std::nullopt;
    }
    const bool dialectKnown = Url::supportedSchemes().contains(dialect);
    if (!dialectKnown) {
        return urlError(
            column(0),
            QStringLiteral("unsupported dialect '%1'; supported: %2").arg(dialect, supportedList()),
            {}, QStringLiteral("unsupported"));
    }
    return urlError(column(plus + 1),
                    QStringLiteral("unsupported driver '%1' for %2; supported: %3")
                        .arg(driver, dialect, supportedList()),
                    {}, QStringLiteral("unsupported"));
}

// As SQLAlchemy's regex reads it: the user name runs to the first ':' or '/'
// and a password from there to the first '@'; without a password, the last
// '@' before that ':' or '/' ends the user name.
std::optional<Error> UrlParser::parseUserInfo(qsizetype &pos)
{
    const qsizetype n = m_s.size();
    qsizetype m = pos;
    while (m < n && m_s[m] != QLatin1Char(':') && m_s[m] != QLatin1Char('/'))
        ++m;
    const qsizetype atAfter = isAt(m, ':') ? m_s.indexOf(QLatin1Char('@'), m + 1) : -1;
    QString text;
    if (atAfter >= 0) {
        if (auto e = decode(pos, m, false, text))
            return e;
        m_url.m_username = text;
        if (auto e = decode(m + 1, atAfter, false, text))
            return e;
        m_url.m_password = text;
        pos = atAfter + 1;
        return std::nullopt;
    }
    const qsizetype at = m > pos ? m_s.lastIndexOf(QLatin1Char('@'), m - 1) : -1;
    if (at >= pos) {
        if (auto e = decode(pos, at, false, text))
            return e;
        m_url.m_username = text;
        pos = at + 1;
    }
    return std::nullopt;
}

std::optional<Error> UrlParser::parseHostAndPort(qsizetype &pos)
{
    const qsizetype n = m_s.size();
    const auto endsHost = [this](qsizetype i) {
        return m_s[i] == QLatin1Char('/') || m_s[i] == QLatin1Char('?');
    };
    QString text;
    if (isAt(pos, '[')) {
        qsizetype close = pos + 1;
        while (close < n && m_s[close] != QLatin1Char(']') && !endsHost(close))
            ++close;
        if (!isAt(close, ']')) {
            return urlError(column(pos),
                            QStringLiteral("'[' opens an IPv6 address that has no closing ']'"));
        }
        if (close == pos + 1)
            return urlError(column(pos), QStringLiteral("the brackets hold no IPv6 address"));
        if (auto e = decode(pos + 1, close, false, text))
            return e;
        m_url.m_host = text;
        pos = close + 1;
        if (pos < n && !isAt(pos, ':') && !endsHost(pos)) {
            return urlError(column(pos), QStringLiteral("unexpected character after ']'; "
                                                        "expected ':port', '/database' or "
                                                        "'?query'"));
        }
    } else {
        qsizetype end = pos;
        while (end < n && m_s[end] != QLatin1Char(':') && !endsHost(end))
            ++end;
        const qsizetype at = m_s.indexOf(QLatin1Char('@'), pos);
        if (at >= 0 && at < end) {
            // Most likely the tail of a password: say where, but never quote it.
            return urlError(column(at), QStringLiteral("'@' in the host name"),
                            QStringLiteral("an '@' in a user name or password must be "
                                           "percent-encoded as %40"));
        }
        if (auto e = decode(pos, end, false, text))
            return e;
        m_url.m_host = text;
        pos = end;
    }

    if (!isAt(pos, ':'))
        return std::nullopt;
    qsizetype end = pos + 1;
    while (end < n && !endsHost(end))
        ++end;
    if (end == pos + 1)
        return urlError(column(pos), QStringLiteral("':' must be followed by a port number"));
    int port = 0;
    for (qsizetype i = pos + 1; i < end; ++i) {
        const QChar c = m_s[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            const bool ipv6 = m_url.m_host.isEmpty() || c == QLatin1Char(':');
            return urlError(column(i), QStringLiteral("the port must be a number"),
                            ipv6 ? QStringLiteral("an IPv6 address goes in brackets, as in "
                                                  "postgresql://user@[::1]:5432/db")
                                 : QString());
        }
        port = port * 10 + (c.unicode() - '0');
        if (port > 65535)
            return urlError(column(pos + 1), QStringLiteral("the port must be at most 65535"));
    }
    m_url.m_port = port;
    pos = end;
    return std::nullopt;
}

// urllib's parse_qsl with keep_blank_values=False: pairs split on '&', the
// key at the first '=', '+' is a space, and "key" or "key=" is dropped.
std::optional<Error> UrlParser::parseQuery(qsizetype from)
{
    qsizetype start = from;
    while (start <= m_s.size()) {
        qsizetype end = m_s.indexOf(QLatin1Char('&'), start);
        if (end < 0)
            end = m_s.size();
        const qsizetype eq = m_s.indexOf(QLatin1Char('='), start);
        if (eq >= 0 && eq + 1 < end) {
            QString key;
            QString value;
            if (auto e = decode(start, eq, true, key))
                return e;
            if (auto e = decode(eq + 1, end, true, value))
                return e;
            m_url.m_query.append({key, value});
        }
        start = end + 1;
    }
    return std::nullopt;
}

Result<Url> UrlParser::run()
{
    if (m_s.isEmpty())
        return urlError(column(0), QStringLiteral("the URL is empty"));
    for (qsizetype i = 0; i < m_s.size(); ++i) {
        const char16_t c = m_s[i].unicode();
        if (c < 0x20 || c == 0x7f) {
            return urlError(column(i),
                            QStringLiteral("control character U+%1 is not allowed")
                                .arg(uint(c), 4, 16, QLatin1Char('0')),
                            QStringLiteral("percent-encode it, e.g. %09 for a tab"));
        }
    }
    qsizetype pos = 0;
    if (auto e = parseScheme(pos))
        return *e;
    if (m_url.m_backend == Backend::SQLite && pos < m_s.size() && !isAt(pos, '/') &&
        !isAt(pos, '?')) {
        return urlError(column(pos),
                        QStringLiteral("an SQLite URL has no user, password, host or port"),
                        QStringLiteral("use sqlite:///relative.db, sqlite:////absolute/path.db, "
                                       "sqlite:///:memory: or sqlite://"));
    }
    if (auto e = parseUserInfo(pos))
        return *e;
    if (auto e = parseHostAndPort(pos))
        return *e;
    if (isAt(pos, '/')) {
        qsizetype end = m_s.indexOf(QLatin1Char('?'), pos + 1);
        if (end < 0)
            end = m_s.size();
        if (auto e = decode(pos + 1, end, false, m_url.m_database))
            return *e;
        pos = end;
    }
    if (isAt(pos, '?')) {
        if (auto e = parseQuery(pos + 1))
            return *e;
    }
    return m_url;
}

}  // namespace stratum::config
