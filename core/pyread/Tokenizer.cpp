#include "core/pyread/Tokenizer.h"
#include "core/pyread/Errors.h"

namespace stratum::pyread {

namespace {

char32_t codePointAt(const QChar *s, int i, int end, int *length)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < end && s[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

bool isIdentifierStart(char32_t c)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    const auto cat = QChar::category(c);
    return QChar::isLetter(c) || cat == QChar::Number_Letter;
}

bool isIdentifierContinue(char32_t c)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    const auto cat = QChar::category(c);
    return isIdentifierStart(c) || cat == QChar::Number_DecimalDigit ||
           cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
           cat == QChar::Punctuation_Connector;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isStringPrefix(QStringView word)
{
    if (word.size() > 2)
        return false;
    bool r = false, b = false, u = false, f = false;
    for (QChar c : word) {
        switch (c.toLower().unicode()) {
        case 'r':
            if (r)
                return false;
            r = true;
            break;
        case 'b':
            if (b)
                return false;
            b = true;
            break;
        case 'u':
            if (u)
                return false;
            u = true;
            break;
        case 'f':
            if (f)
                return false;
            f = true;
            break;
        default:
            return false;
        }
    }
    // u combines with nothing; b and f exclude each other.
    if (u && word.size() > 1)
        return false;
    return !(b && f);
}

QString describeChar(char32_t c)
{
    const QString hex = QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    if (c < 32 || c == 127)
        return QStringLiteral("invalid non-printable character U+%1").arg(hex);
    return QStringLiteral("invalid character '%1' (U+%2)").arg(QString::fromUcs4(&c, 1), hex);
}

}  // namespace

TokenStream Tokenizer::tokenize(const QString &source, const QString &sourceName)
{
    Tokenizer t(source, sourceName);
    t.run();
    return std::move(t.m_out);
}

Tokenizer::Tokenizer(const QString &source, const QString &sourceName)
    : m_sourceName(sourceName)
{
    m_out.source = source;
    m_src = m_out.source.constData();
    m_end = int(m_out.source.size());
    // A UTF-8 byte order mark is not part of the program.
    if (m_end > 0 && m_src[0] == QChar(0xFEFF))
        m_pos = m_lineStart = m_colScanPos = 1;
    m_out.tokens.reserve(size_t(m_end / 4 + 8));
}

bool Tokenizer::atLineBreak(int i) const
{
    return i < m_end && (m_src[i] == u'\n' || m_src[i] == u'\r');
}

int Tokenizer::lineBreakLength(int i) const
{
    if (i >= m_end)
        return 0;
    if (m_src[i] == u'\r')
        return (i + 1 < m_end && m_src[i + 1] == u'\n') ? 2 : 1;
    return m_src[i] == u'\n' ? 1 : 0;
}

void Tokenizer::newLine(int nextLineStart)
{
    ++m_line;
    m_lineStart = m_colScanPos = nextLineStart;
    m_colSurrogates = 0;
}

// Columns count code points, so pairs of surrogates count once. Counting is
// incremental along a line so that long lines stay linear.
int Tokenizer::columnAt(int offset)
{
    if (offset < m_colScanPos) {
        m_colScanPos = m_lineStart;
        m_colSurrogates = 0;
    }
    for (; m_colScanPos < offset && m_colScanPos < m_end; ++m_colScanPos) {
        if (m_src[m_colScanPos].isLowSurrogate() && m_colScanPos > m_lineStart &&
            m_src[m_colScanPos - 1].isHighSurrogate())
            ++m_colSurrogates;
    }
    return offset - m_lineStart - m_colSurrogates + 1;
}

Span Tokenizer::spanFrom(int startOffset, int startLine, int startColumn)
{
    Span s;
    s.line = startLine;
    s.column = startColumn;
    s.offset = startOffset;
    s.endOffset = m_pos;
    s.endLine = m_line;
    s.endColumn = columnAt(m_pos);
    return s;
}

void Tokenizer::pushToken(TokenKind kind, int startOffset, int startLine, int startColumn)
{
    Token t;
    t.kind = kind;
    t.span = spanFrom(startOffset, startLine, startColumn);
    m_out.tokens.push_back(t);
    if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent)
        m_lineHasTokens = true;
}

void Tokenizer::failAt(int line, int column, int offset, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    Error e;
    e.message = message;
    e.source = m_sourceName;
    e.line = line;
    e.column = column;
    e.code = QStringLiteral("syntax");
    m_out.error = e;
    Token t;
    t.kind = TokenKind::Error;
    t.span.line = t.span.endLine = line;
    t.span.column = t.span.endColumn = column;
    t.span.offset = t.span.endOffset = offset;
    m_out.tokens.push_back(t);
}

void Tokenizer::fail(int offset, const QString &message)
{
    failAt(m_line, columnAt(offset), offset, message);
}

void Tokenizer::run()
{
    while (!m_failed) {
        if (m_atLineStart && m_brackets.empty()) {
            if (!handleIndentation())
                break;
            if (m_failed)
                break;
        }
        while (m_pos < m_end &&
               (m_src[m_pos] == u' ' || m_src[m_pos] == u'\t' || m_src[m_pos] == u'\f'))
            ++m_pos;
        if (m_pos >= m_end)
            break;
        const QChar c = m_src[m_pos];
        if (c == u'#') {
            scanComment();
        } else if (c == u'\n' || c == u'\r') {
            endOfLine();
        } else if (c == u'\\') {
            const int len = lineBreakLength(m_pos + 1);
            if (len > 0) {
                m_pos += 1 + len;
                newLine(m_pos);
            } else if (m_pos + 1 >= m_end) {
                fail(m_pos, QStringLiteral("unexpected end of file after line continuation "
                                           "character"));
            } else {
                fail(m_pos, QStringLiteral("unexpected character after line continuation "
                                           "character"));
            }
        } else if (isDigit(c) || (c == u'.' && isDigit(at(m_pos + 1)))) {
            scanNumber();
        } else if (c == u'"' || c == u'\'') {
            scanString(m_pos);
        } else {
            int len = 0;
            const char32_t cp = codePointAt(m_src, m_pos, m_end, &len);
            if (isIdentifierStart(cp))
                scanName();
            else if (!scanOperator())
                fail(m_pos, describeChar(cp));
        }
    }
    if (!m_failed)
        finish();
}

// Measures the indentation of a new logical line and emits INDENT/DEDENT.
// Returns false at the end of the input. Blank and comment-only lines leave
// the indentation alone, as in Python.
bool Tokenizer::handleIndentation()
{
    int col = 0, alt = 0, p = m_pos;
    for (; p < m_end; ++p) {
        const QChar c = m_src[p];
        if (c == u' ') {
            ++col;
            ++alt;
        } else if (c == u'\t') {
            col = (col / 8 + 1) * 8;
            ++alt;
        } else if (c == u'\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    m_pos = p;
    if (p >= m_end)
        return false;
    if (m_src[p] == u'#' || atLineBreak(p))
        return true;  // blank line: handled by the main loop, no NEWLINE
    m_atLineStart = false;
    const int startColumn = columnAt(p);
    const QString tabError = QStringLiteral("inconsistent use of tabs and spaces in indentation");
    if (col == m_indents.back()) {
        if (alt != m_altIndents.back())
            fail(p, tabError);
    } else if (col > m_indents.back()) {
        if (alt <= m_altIndents.back()) {
            fail(p, tabError);
            return true;
        }
        if (int(m_indents.size()) > kMaxIndentLevels) {
            fail(p, QStringLiteral("too many levels of indentation"));
            return true;
        }
        m_indents.push_back(col);
        m_altIndents.push_back(alt);
        pushToken(TokenKind::Indent, p, m_line, startColumn);
    } else {
        while (m_indents.size() > 1 && col < m_indents.back()) {
            m_indents.pop_back();
            m_altIndents.pop_back();
            Token t;
            t.kind = TokenKind::Dedent;
            t.span = spanFrom(p, m_line, startColumn);
            m_out.tokens.push_back(t);
        }
        if (col != m_indents.back()) {
            fail(p, QStringLiteral("unindent does not match any outer indentation level"));
            return true;
        }
        if (alt != m_altIndents.back())
            fail(p, tabError);
    }
    return true;
}

void Tokenizer::scanComment()
{
    const int start = m_pos;
    const int line = m_line, column = columnAt(start);
    while (m_pos < m_end && !atLineBreak(m_pos))
        ++m_pos;
    Comment c;
    c.text = m_out.source.mid(start, m_pos - start);
    c.span = spanFrom(start, line, column);
    m_out.comments.push_back(std::move(c));
}

void Tokenizer::endOfLine()
{
    const int start = m_pos;
    const int column = columnAt(start);
    m_pos += lineBreakLength(m_pos);
    if (m_brackets.empty() && m_lineHasTokens) {
        Token t;
        t.kind = TokenKind::Newline;
        t.span.line = t.span.endLine = m_line;
        t.span.column = column;
        t.span.endColumn = column + 1;
        t.span.offset = start;
        t.span.endOffset = m_pos;
        m_out.tokens.push_back(t);
        m_lineHasTokens = false;
    }
    newLine(m_pos);
    if (m_brackets.empty())
        m_atLineStart = true;
}

void Tokenizer::scanName()
{
    const int start = m_pos;
    const int line = m_line, column = columnAt(start);
    while (m_pos < m_end) {
        int len = 0;
        const char32_t cp = codePointAt(m_src, m_pos, m_end, &len);
        if (!isIdentifierContinue(cp))
            break;
        m_pos += len;
    }
    const QChar next = at(m_pos);
    if ((next == u'"' || next == u'\'') &&
        isStringPrefix(QStringView(m_src + start, m_pos - start))) {
        m_pos = start;
        scanString(start);
        return;
    }
    pushToken(TokenKind::Name, start, line, column);
}

void Tokenizer::scanNumber()
{
    const int start = m_pos;
    const int line = m_line, column = columnAt(start);
    const QString invalidDecimal = QStringLiteral("invalid decimal literal");
    // digits with single underscores between them; false on a misplaced "_"
    auto digits = [this](auto isValid) {
        if (!isValid(at(m_pos)))
            return false;
        while (m_pos < m_end) {
            if (isValid(m_src[m_pos])) {
                ++m_pos;
            } else if (m_src[m_pos] == u'_') {
                if (!isValid(at(m_pos + 1)))
                    return false;
                ++m_pos;
            } else {
                break;
            }
        }
        return true;
    };
    auto dec = [](QChar c) { return isDigit(c); };
    auto failHere = [&](const QString &message) { fail(m_pos, message); };

    const QChar first = m_src[m_pos];
    const QChar second = at(m_pos + 1).toLower();
    if (first == u'0' && (second == u'x' || second == u'o' || second == u'b')) {
        m_pos += 2;
        bool ok = false;
        if (at(m_pos) == u'_')
            ++m_pos;
        if (second == u'x')
            ok = digits(
                [](QChar c) { return isDigit(c) || (c.toLower() >= u'a' && c.toLower() <= u'f'); });
        else if (second == u'o')
            ok = digits([](QChar c) { return c >= u'0' && c <= u'7'; });
        else
            ok = digits([](QChar c) { return c == u'0' || c == u'1'; });
        if (!ok || isDigit(at(m_pos))) {
            const char *what = second == u'x' ? "hexadecimal" : second == u'o' ? "octal" : "binary";
            failHere(QStringLiteral("invalid %1 literal").arg(QLatin1String(what)));
            return;
        }
    } else {
        bool isFloat = false;
        if (first != u'.') {
            if (!digits(dec)) {
                failHere(invalidDecimal);
                return;
            }
        }
        if (at(m_pos) == u'.') {
            isFloat = true;
            ++m_pos;
            if (isDigit(at(m_pos)) && !digits(dec)) {
                failHere(invalidDecimal);
                return;
            }
        }
        if (at(m_pos).toLower() == u'e') {
            const int save = m_pos;
            ++m_pos;
            if (at(m_pos) == u'+' || at(m_pos) == u'-')
                ++m_pos;
            if (!digits(dec)) {
                m_pos = save;
                failHere(invalidDecimal);
                return;
            }
            isFloat = true;
        }
        if (!isFloat && first == u'0') {
            for (int i = start; i < m_pos; ++i) {
                if (m_src[i] != u'0' && m_src[i] != u'_') {
                    failAt(line, column, start,
                           QStringLiteral("leading zeros in decimal integer literals are not "
                                          "permitted; use an 0o prefix for octal integers"));
                    return;
                }
            }
        }
        if (at(m_pos).toLower() == u'j')
            ++m_pos;
    }
    if (m_pos < m_end) {
        int len = 0;
        if (isIdentifierContinue(codePointAt(m_src, m_pos, m_end, &len))) {
            failHere(invalidDecimal);
            return;
        }
    }
    pushToken(TokenKind::Number, start, line, column);
}

void Tokenizer::scanString(int start)
{
    const int line = m_line, column = columnAt(start);
    int p = start;
    while (m_src[p] != u'"' && m_src[p] != u'\'')
        ++p;
    const QChar quote = m_src[p];
    const bool triple = at(p + 1) == quote && at(p + 2) == quote;
    p += triple ? 3 : 1;
    for (;;) {
        if (p >= m_end) {
            m_pos = p;
            // Like CPython, name the last line of the file, not the empty one after it.
            const int lastLine = atLineBreak(m_end - 1) ? m_line - 1 : m_line;
            failAt(line, column, start,
                   triple ? QStringLiteral("unterminated triple-quoted string literal (detected "
                                           "at line %1)")
                                .arg(lastLine)
                          : QStringLiteral("unterminated string literal (detected at line %1)")
                                .arg(lastLine));
            return;
        }
        const QChar c = m_src[p];
        if (c == u'\\') {
            const int len = lineBreakLength(p + 1);
            if (len > 0) {
                p += 1 + len;
                newLine(p);
            } else {
                p += (p + 1 < m_end) ? 2 : 1;
            }
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            if (!triple) {
                m_pos = p;
                failAt(line, column, start,
                       QStringLiteral("unterminated string literal (detected at line %1)")
                           .arg(m_line));
                return;
            }
            p += lineBreakLength(p);
            newLine(p);
            continue;
        }
        if (c == quote) {
            if (!triple) {
                ++p;
                break;
            }
            if (at(p + 1) == quote && at(p + 2) == quote) {
                p += 3;
                break;
            }
        }
        ++p;
    }
    m_pos = p;
    pushToken(TokenKind::String, start, line, column);
}

bool Tokenizer::scanOperator()
{
    const int start = m_pos;
    const int line = m_line, column = columnAt(start);
    const char16_t n = at(m_pos + 1).unicode();
    const char16_t n2 = at(m_pos + 2).unicode();
    int len = 0;
    // Longest match among Python's operators, decided by the first character.
    switch (m_src[m_pos].unicode()) {
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case ',':
    case ';':
    case '~':
        len = 1;
        break;
    case '.':
        len = (n == '.' && n2 == '.') ? 3 : 1;
        break;
    case '*':
    case '/':
    case '<':
    case '>': {
        const char16_t c = m_src[m_pos].unicode();
        if (n == c)
            len = n2 == '=' ? 3 : 2;  // ** // << >> and their "=" forms
        else
            len = n == '=' ? 2 : 1;
        break;
    }
    case '-':
        len = (n == '>' || n == '=') ? 2 : 1;
        break;
    case '+':
    case '%':
    case '&':
    case '|':
    case '^':
    case '@':
    case '=':
    case ':':
        len = n == '=' ? 2 : 1;
        break;
    case '!':
        len = n == '=' ? 2 : 0;
        break;
    default:
        break;
    }
    if (!len)
        return false;
    const QChar c = m_src[m_pos];
    if (len == 1 && (c == u'(' || c == u'[' || c == u'{')) {
        if (int(m_brackets.size()) >= kMaxBracketDepth) {
            fail(m_pos, QStringLiteral("too many nested parentheses"));
            return true;
        }
        m_brackets.push_back({c, line, column, start});
    } else if (len == 1 && (c == u')' || c == u']' || c == u'}')) {
        if (m_brackets.empty()) {
            fail(m_pos, QStringLiteral("unmatched '%1'").arg(c));
            return true;
        }
        const Bracket open = m_brackets.back();
        const QChar expected = open.ch == u'(' ? u')' : open.ch == u'[' ? u']' : u'}';
        if (c != expected) {
            fail(m_pos, QStringLiteral("closing parenthesis '%1' does not match opening "
                                       "parenthesis '%2' at %3:%4")
                            .arg(c)
                            .arg(open.ch)
                            .arg(open.line)
                            .arg(open.column));
            return true;
        }
        m_brackets.pop_back();
    }
    m_pos += len;
    pushToken(TokenKind::Operator, start, line, column);
    return true;
}

void Tokenizer::finish()
{
    if (!m_brackets.empty()) {
        const Bracket &open = m_brackets.back();
        failAt(open.line, open.column, open.offset,
               QStringLiteral("'%1' was never closed").arg(open.ch));
        return;
    }
    if (m_lineHasTokens) {
        Token t;
        t.kind = TokenKind::Newline;
        t.span = spanFrom(m_pos, m_line, columnAt(m_pos));
        m_out.tokens.push_back(t);
    }
    const int column = columnAt(m_pos);
    for (size_t i = 1; i < m_indents.size(); ++i) {
        Token t;
        t.kind = TokenKind::Dedent;
        t.span = spanFrom(m_pos, m_line, column);
        m_out.tokens.push_back(t);
    }
    Token end;
    end.kind = TokenKind::EndMarker;
    end.span = spanFrom(m_pos, m_line, column);
    m_out.tokens.push_back(end);
}

}  // namespace stratum::pyread
