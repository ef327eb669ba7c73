#pragma once

#include "core/config/Url.h"

#include <QString>

#include <optional>

namespace stratum::config {

// Reads one URL for Url::parse(). The grammar is the one of SQLAlchemy's
// make_url regex, written out by hand so that every rejection can name its
// column; where SQLAlchemy silently builds a URL that can never connect (an
// unencoded '@' left in the host, text after ']'), this parser reports an
// error instead. Single use, not thread-safe.
class UrlParser
{
public:
    // text must already be trimmed; lead is how many characters were trimmed
    // off its start, so that columns count from the caller's text.
    UrlParser(const QString &text, qsizetype lead);

    Result<Url> run();

private:
    qsizetype column(qsizetype index) const { return m_lead + index + 1; }
    std::optional<Error> parseScheme(qsizetype &pos);
    std::optional<Error> parseUserInfo(qsizetype &pos);
    std::optional<Error> parseHostAndPort(qsizetype &pos);
    std::optional<Error> parseQuery(qsizetype from);
    std::optional<Error> decode(qsizetype from, qsizetype to, bool plus, QString &out) const;
    bool isAt(qsizetype i, char c) const { return i < m_s.size() && m_s[i] == QLatin1Char(c); }

    const QString &m_s;
    qsizetype m_lead;
    Url m_url;
};

}  // namespace stratum::config
