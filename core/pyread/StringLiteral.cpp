#include "core/pyread/StringLiteral.h"
#include "core/pyread/Errors.h"

namespace stratum::pyread {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

}  // namespace

Result<StringLiteral> StringLiteral::decode(QStringView token, const Span &span,
                                            const QString &sourceName)
{
    StringLiteral out;
    qsizetype p = 0;
    while (p < token.size() && token[p] != u'"' && token[p] != u'\'') {
        const QChar c = token[p].toLower();
        out.isRaw |= c == u'r';
        out.isBytes |= c == u'b';
        out.isFString |= c == u'f';
        ++p;
    }
    if (p >= token.size())
        return makeError(QStringLiteral("malformed string literal"), sourceName, span.line,
                         span.column);
    const QChar quote = token[p];
    const bool triple = p + 2 < token.size() && token[p + 1] == quote && token[p + 2] == quote &&
                        token.size() - p >= 6;
    const qsizetype q = triple ? 3 : 1;
    const QStringView body = token.mid(p + q, token.size() - p - 2 * q);

    // Position tracking for errors: the body starts after prefix and quotes.
    int line = span.line;
    int column = span.column + int(p + q);
    auto failAt = [&](int l, int c, const QString &message) {
        return makeError(message, sourceName, l, c);
    };

    if (out.isFString) {
        out.value = body.toString();
        return out;
    }
    out.value.reserve(body.size());
    for (qsizetype i = 0; i < body.size();) {
        const QChar c = body[i];
        const int charLine = line, charColumn = column;
        if (c == u'\n' || (c == u'\r' && !(i + 1 < body.size() && body[i + 1] == u'\n'))) {
            ++line;
            column = 1;
        } else if (!c.isLowSurrogate()) {
            ++column;
        }
        if (out.isBytes && c.unicode() > 127)
            return failAt(charLine, charColumn,
                          QStringLiteral("bytes can only contain ASCII literal characters"));
        if (c != u'\\' || out.isRaw || i + 1 >= body.size()) {
            out.value += c;
            ++i;
            continue;
        }
        const QChar e = body[i + 1];
        if (out.isBytes && e.unicode() > 127)
            return failAt(line, column,
                          QStringLiteral("bytes can only contain ASCII literal characters"));
        i += 2;
        ++column;
        switch (e.unicode()) {
        case '\n':
            ++line;
            column = 1;
            continue;
        case '\r':
            if (i < body.size() && body[i] == u'\n')
                ++i;
            ++line;
            column = 1;
            continue;
        case '\\':
            out.value += u'\\';
            continue;
        case '\'':
            out.value += u'\'';
            continue;
        case '"':
            out.value += u'"';
            continue;
        case 'a':
            out.value += QChar(7);
            continue;
        case 'b':
            out.value += QChar(8);
            continue;
        case 'f':
            out.value += QChar(12);
            continue;
        case 'n':
            out.value += QChar(10);
            continue;
        case 'r':
            out.value += QChar(13);
            continue;
        case 't':
            out.value += QChar(9);
            continue;
        case 'v':
            out.value += QChar(11);
            continue;
        default:
            break;
        }
        if (e >= u'0' && e <= u'7') {
            uint v = e.unicode() - '0';
            for (int n = 1; n < 3 && i < body.size() && body[i] >= u'0' && body[i] <= u'7'; ++n) {
                v = v * 8 + (body[i].unicode() - '0');
                ++i;
                ++column;
            }
            if (out.isBytes)
                v &= 0xFF;
            out.value += QChar(char16_t(v));
            continue;
        }
        const int digits = e == u'x'                     ? 2
                           : (e == u'u' && !out.isBytes) ? 4
                           : (e == u'U' && !out.isBytes) ? 8
                                                         : 0;
        if (digits > 0) {
            uint v = 0;
            for (int n = 0; n < digits; ++n) {
                const int h = i + n < body.size() ? hexValue(body[i + n]) : -1;
                if (h < 0)
                    return failAt(charLine, charColumn,
                                  QStringLiteral("truncated \\%1%2 escape")
                                      .arg(e)
                                      .arg(QString(digits, u'X')));
                v = v * 16 + uint(h);
            }
            i += digits;
            column += digits;
            if (v > 0x10FFFF)
                return failAt(charLine, charColumn,
                              QStringLiteral("illegal Unicode character in \\U escape"));
            if (v < 0x10000) {
                out.value += QChar(char16_t(v));  // keeps lone surrogates, as Python does
            } else {
                const char32_t cp = v;
                out.value += QString::fromUcs4(&cp, 1);
            }
            continue;
        }
        if (e == u'N' && !out.isBytes)
            out.hasNamedEscapes = true;
        // Unknown escape: Python keeps the backslash.
        out.value += u'\\';
        out.value += e;
    }
    return out;
}

}  // namespace stratum::pyread
