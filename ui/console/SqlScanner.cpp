#include "ui/console/SqlScanner.h"

namespace stratum::ui {

bool SqlScanner::isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool SqlScanner::isIdentifierChar(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c == QLatin1Char('$');
}

void SqlScanner::scanQuoted(SqlToken &t, QChar close, bool backslashEscapes, bool doubledEscapes)
{
    // m_pos is just past the opening quote.
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (backslashEscapes && c == QLatin1Char('\\')) {
            m_pos += 2;
            continue;
        }
        ++m_pos;
        if (c == close) {
            if (doubledEscapes && at(m_pos) == close) {
                ++m_pos;
                continue;
            }
            t.length = int(m_pos - t.start);
            return;
        }
    }
    m_pos = m_text.size();
    t.length = int(m_pos - t.start);
    t.terminated = false;
}

void SqlScanner::scanBlockComment(SqlToken &t)
{
    // m_pos is just past "/*". PostgreSQL nests comments; SQLite does not.
    const bool nests = m_dialect == schema::Dialect::PostgreSQL;
    int depth = 1;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('*') && at(m_pos + 1) == QLatin1Char('/')) {
            m_pos += 2;
            if (--depth == 0) {
                t.length = int(m_pos - t.start);
                return;
            }
            continue;
        }
        if (nests && c == QLatin1Char('/') && at(m_pos + 1) == QLatin1Char('*')) {
            m_pos += 2;
            ++depth;
            continue;
        }
        ++m_pos;
    }
    m_pos = m_text.size();
    t.length = int(m_pos - t.start);
    t.terminated = false;
}

bool SqlScanner::tryDollarQuote(SqlToken &t)
{
    // $tag$ where tag is empty or an identifier without '$'.
    qsizetype p = m_pos + 1;
    if (p < m_text.size() && m_text[p] != QLatin1Char('$')) {
        if (!isIdentifierStart(m_text[p]))
            return false;
        while (p < m_text.size() && isIdentifierChar(m_text[p]) && m_text[p] != QLatin1Char('$'))
            ++p;
    }
    if (at(p) != QLatin1Char('$'))
        return false;
    const QStringView tag = m_text.mid(m_pos, p + 1 - m_pos);
    const qsizetype close = m_text.indexOf(tag, p + 1);
    t.kind = SqlToken::DollarString;
    if (close < 0) {
        m_pos = m_text.size();
        t.terminated = false;
    } else {
        m_pos = close + tag.size();
    }
    t.length = int(m_pos - t.start);
    return true;
}

SqlToken SqlScanner::next()
{
    SqlToken t;
    t.start = int(m_pos);
    const bool pg = m_dialect == schema::Dialect::PostgreSQL;
    const QChar c = m_text[m_pos];
    const QChar n = at(m_pos + 1);

    if (c.isSpace()) {
        t.kind = SqlToken::Whitespace;
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    } else if (c == QLatin1Char('-') && n == QLatin1Char('-')) {
        t.kind = SqlToken::LineComment;
        while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char('\n'))
            ++m_pos;
    } else if (c == QLatin1Char('/') && n == QLatin1Char('*')) {
        t.kind = SqlToken::BlockComment;
        m_pos += 2;
        scanBlockComment(t);
        return t;
    } else if (c == QLatin1Char('\'')) {
        t.kind = SqlToken::String;
        ++m_pos;
        scanQuoted(t, c, false, true);
        return t;
    } else if (c == QLatin1Char('"')) {
        t.kind = SqlToken::QuotedIdentifier;
        ++m_pos;
        scanQuoted(t, c, false, true);
        return t;
    } else if (!pg && c == QLatin1Char('`')) {
        t.kind = SqlToken::QuotedIdentifier;
        ++m_pos;
        scanQuoted(t, c, false, true);
        return t;
    } else if (!pg && c == QLatin1Char('[')) {
        t.kind = SqlToken::QuotedIdentifier;
        ++m_pos;
        scanQuoted(t, QLatin1Char(']'), false, false);
        return t;
    } else if (isIdentifierStart(c)) {
        const QChar lower = c.toLower();
        // String prefixes: E'' (backslash escapes), B'', X'', N'', U&''.
        if (n == QLatin1Char('\'') &&
            (lower == QLatin1Char('b') || lower == QLatin1Char('x') || lower == QLatin1Char('n') ||
             (pg && lower == QLatin1Char('e')))) {
            t.kind = SqlToken::String;
            m_pos += 2;
            scanQuoted(t, QLatin1Char('\''), pg && lower == QLatin1Char('e'), true);
            return t;
        }
        if (pg && lower == QLatin1Char('u') && n == QLatin1Char('&') &&
            (at(m_pos + 2) == QLatin1Char('\'') || at(m_pos + 2) == QLatin1Char('"'))) {
            const QChar quote = at(m_pos + 2);
            t.kind = quote == QLatin1Char('\'') ? SqlToken::String : SqlToken::QuotedIdentifier;
            m_pos += 3;
            scanQuoted(t, quote, false, true);
            return t;
        }
        t.kind = SqlToken::Word;
        while (m_pos < m_text.size() && isIdentifierChar(m_text[m_pos]))
            ++m_pos;
    } else if (c.isDigit() || (c == QLatin1Char('.') && n.isDigit())) {
        t.kind = SqlToken::Number;
        while (m_pos < m_text.size()) {
            const QChar d = m_text[m_pos];
            if (d.isLetterOrNumber() || d == QLatin1Char('_') || d == QLatin1Char('.')) {
                ++m_pos;
                if ((d == QLatin1Char('e') || d == QLatin1Char('E')) &&
                    (at(m_pos) == QLatin1Char('+') || at(m_pos) == QLatin1Char('-')) &&
                    at(m_pos + 1).isDigit())
                    ++m_pos;
                continue;
            }
            break;
        }
    } else if (c == QLatin1Char('$')) {
        if (pg && tryDollarQuote(t))
            return t;
        if (n.isDigit() || (!pg && isIdentifierStart(n))) {
            t.kind = SqlToken::Parameter;
            ++m_pos;
            while (m_pos < m_text.size() &&
                   (pg ? m_text[m_pos].isDigit() : isIdentifierChar(m_text[m_pos])))
                ++m_pos;
        } else {
            t.kind = SqlToken::Operator;
            ++m_pos;
        }
    } else if (c == QLatin1Char(':')) {
        if (pg && n == QLatin1Char(':')) {
            t.kind = SqlToken::Cast;
            m_pos += 2;
        } else if (isIdentifierStart(n) || (!pg && n.isDigit())) {
            t.kind = SqlToken::Parameter;
            ++m_pos;
            while (m_pos < m_text.size() && isIdentifierChar(m_text[m_pos]) &&
                   m_text[m_pos] != QLatin1Char('$'))
                ++m_pos;
        } else {
            t.kind = SqlToken::Operator;
            ++m_pos;
        }
    } else if (!pg && (c == QLatin1Char('?') || (c == QLatin1Char('@') && isIdentifierStart(n)))) {
        t.kind = SqlToken::Parameter;
        ++m_pos;
        while (m_pos < m_text.size() && isIdentifierChar(m_text[m_pos]))
            ++m_pos;
    } else if (c == QLatin1Char(';')) {
        t.kind = SqlToken::Semicolon;
        ++m_pos;
    } else if (c == QLatin1Char('(')) {
        t.kind = SqlToken::OpenParen;
        ++m_pos;
    } else if (c == QLatin1Char(')')) {
        t.kind = SqlToken::CloseParen;
        ++m_pos;
    } else {
        t.kind = SqlToken::Operator;
        ++m_pos;
    }
    t.length = int(m_pos - t.start);
    return t;
}

}  // namespace stratum::ui
