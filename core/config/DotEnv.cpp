#include "core/config/DotEnv.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes,
// and the name it records must be the one looked up at run time.
class DotEnvText
{
    Q_DECLARE_TR_FUNCTIONS(DotEnvText)
};

namespace stratum::config {
namespace {

// Python's str.isspace() and re's \s for str patterns (the same set).
bool isPySpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= 0x20)
        return u == 0x20 || (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x1f);
    return u == 0x85 || u == 0xa0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) || u == 0x2028 ||
           u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000;
}

bool isNewline(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// [^\S\r\n]: whitespace on the same line.
bool isLineSpace(QChar c)
{
    return isPySpace(c) && !isNewline(c);
}

// Decodes the escapes python-dotenv's decode_escapes() recognises: `set`
// lists the characters that may follow a backslash.
QString decodeEscapes(QStringView body, QStringView set)
{
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == u'\\' && i + 1 < body.size() && set.contains(body[i + 1])) {
            const QChar e = body[++i];
            switch (e.unicode()) {
            case u'a':
                out += QChar(0x07);
                break;
            case u'b':
                out += QChar(0x08);
                break;
            case u'f':
                out += QChar(0x0c);
                break;
            case u'n':
                out += QChar(0x0a);
                break;
            case u'r':
                out += QChar(0x0d);
                break;
            case u't':
                out += QChar(0x09);
                break;
            case u'v':
                out += QChar(0x0b);
                break;
            default:
                out += e;
                break;  // \\ \' \"
            }
        } else {
            out += body[i];
        }
    }
    return out;
}

// A line and column for positions that only move forward.
class Locator
{
public:
    explicit Locator(QStringView text)
        : m_text(text)
    {}

    void locate(qsizetype pos, int &line, int &column)
    {
        if (pos < m_pos) {  // not expected; restart rather than be wrong
            m_pos = 0;
            m_line = 1;
            m_lineStart = 0;
        }
        for (; m_pos < pos && m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text[m_pos];
            // python-dotenv's _newline counts "\r\n" once.
            if (c == u'\r' || (c == u'\n' && (m_pos == 0 || m_text[m_pos - 1] != u'\r'))) {
                ++m_line;
                m_lineStart = m_pos + 1;
            } else if (c == u'\n') {
                m_lineStart = m_pos + 1;
            }
        }
        line = m_line;
        column = 1;
        for (qsizetype i = m_lineStart; i < pos && i < m_text.size(); ++i) {
            if (!m_text[i].isLowSurrogate())  // columns count code points, as Python does
                ++column;
        }
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

// python-dotenv's Reader and parse_binding(), one regular expression of
// parser.py per method. Each read returns false where Python raises Error.
class Parser
{
public:
    Parser(QStringView text, const QString &source, QList<DotEnvBinding> &bindings,
           QList<Error> &errors)
        : m_s(text)
        , m_source(source)
        , m_locator(text)
        , m_bindings(bindings)
        , m_errors(errors)
    {}

    void run()
    {
        while (m_pos < m_s.size())
            parseBinding();
    }

private:
    QChar peek() const { return m_pos < m_s.size() ? m_s[m_pos] : QChar(); }
    bool atEnd() const { return m_pos >= m_s.size(); }

    void skip(bool (*pred)(QChar))
    {
        while (m_pos < m_s.size() && pred(m_s[m_pos]))
            ++m_pos;
    }

    // Reports a syntax error at `at` and skips the rest of the line from the
    // current position, as parse_binding()'s except clause does.
    void fail(qsizetype at, const QString &message)
    {
        Error e;
        e.message = message;
        e.source = m_source;
        e.code = QStringLiteral("syntax");
        m_locator.locate(at, e.line, e.column);
        m_errors.append(e);
        // _rest_of_line: [^\r\n]*(?:\r|\n|\r\n)? (a "\r\n" loses only its "\r" here;
        // the "\n" is leading whitespace of the next statement).
        while (m_pos < m_s.size() && !isNewline(m_s[m_pos]))
            ++m_pos;
        if (m_pos < m_s.size())
            ++m_pos;
    }

    // _export: (?:export[^\S\r\n]+)?
    void readExport()
    {
        static const QString word = QStringLiteral("export");
        if (m_s.mid(m_pos).startsWith(word) && m_pos + word.size() < m_s.size() &&
            isLineSpace(m_s[m_pos + word.size()])) {
            m_pos += word.size();
            skip(isLineSpace);
        }
    }

    // parse_key(): nullopt key for a comment; false on a syntax error.
    bool readKey(std::optional<QString> &key)
    {
        const QChar c = peek();
        if (c == u'#')
            return true;
        if (c == u'\'') {  // '([^']+)'
            const qsizetype close = m_s.indexOf(u'\'', m_pos + 1);
            if (close <= m_pos + 1) {
                fail(m_pos, close < 0 ? DotEnvText::tr("unterminated quoted variable name")
                                      : DotEnvText::tr("empty variable name"));
                return false;
            }
            key = m_s.mid(m_pos + 1, close - m_pos - 1).toString();
            m_pos = close + 1;
            return true;
        }
        // ([^=\#\s]+)
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && m_s[m_pos] != u'=' && m_s[m_pos] != u'#' &&
               !isPySpace(m_s[m_pos]))
            ++m_pos;
        if (m_pos == start) {
            fail(m_pos, c == u'=' ? DotEnvText::tr("expected a variable name before '='")
                                  : DotEnvText::tr("expected a variable name after 'export'"));
            return false;
        }
        key = m_s.mid(start, m_pos - start).toString();
        return true;
    }

    // _single_quoted_value / _double_quoted_value: q((?:\\q|[^q])*)q. With
    // backtracking this closes at the first quote not preceded by a backslash,
    // or, when every later quote is escaped, at the last of them.
    bool readQuoted(QString &value)
    {
        const QChar q = m_s[m_pos];
        const qsizetype body = m_pos + 1;
        qsizetype close = -1;
        qsizetype lastEscaped = -1;
        for (qsizetype k = body; k < m_s.size(); ++k) {
            if (m_s[k] != q)
                continue;
            if (k - 1 >= body && m_s[k - 1] == u'\\') {
                lastEscaped = k;
                continue;
            }
            close = k;
            break;
        }
        if (close < 0)
            close = lastEscaped;
        if (close < 0) {
            fail(m_pos, q == u'"' ? DotEnvText::tr("unterminated double-quoted value")
                                  : DotEnvText::tr("unterminated single-quoted value"));
            return false;
        }
        const QStringView raw = m_s.mid(body, close - body);
        value = q == u'"' ? decodeEscapes(raw, u"\\'\"abfnrtv") : decodeEscapes(raw, u"\\'");
        m_pos = close + 1;
        return true;
    }

    // parse_unquoted_value(): ([^\r\n]*), then re.sub(r"\s+#.*", "", part).rstrip()
    QString readUnquoted()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_s.size() && !isNewline(m_s[m_pos]))
            ++m_pos;
        QStringView part = m_s.mid(start, m_pos - start);
        for (qsizetype i = 0; i < part.size();) {
            if (!isPySpace(part[i])) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < part.size() && isPySpace(part[j]))
                ++j;
            if (j < part.size() && part[j] == u'#') {
                part = part.left(i);
                break;
            }
            i = j;
        }
        qsizetype end = part.size();
        while (end > 0 && isPySpace(part[end - 1]))
            --end;
        return part.left(end).toString();
    }

    bool readValue(QString &value)
    {
        const QChar c = peek();
        if (c == u'\'' || c == u'"')
            return readQuoted(value);
        if (atEnd() || isNewline(c)) {
            value.clear();
            return true;
        }
        value = readUnquoted();
        return true;
    }

    void parseBinding()
    {
        skip(isPySpace);  // _multiline_whitespace
        if (atEnd())
            return;
        readExport();
        const qsizetype keyPos = m_pos;
        std::optional<QString> key;
        if (!readKey(key))
            return;
        skip(isLineSpace);
        std::optional<QString> value;
        bool quoted = false;
        qsizetype valuePos = -1;
        if (peek() == u'=') {
            ++m_pos;
            skip(isLineSpace);
            quoted = peek() == u'\'' || peek() == u'"';
            valuePos = quoted ? m_pos + 1 : m_pos;
            QString v;
            if (!readValue(v))
                return;
            value = v;
        }
        // _comment: (?:[^\S\r\n]*#[^\r\n]*)?
        qsizetype p = m_pos;
        while (p < m_s.size() && isLineSpace(m_s[p]))
            ++p;
        if (p < m_s.size() && m_s[p] == u'#') {
            while (p < m_s.size() && !isNewline(m_s[p]))
                ++p;
            m_pos = p;
        }
        // _end_of_line: [^\S\r\n]*(?:\r\n|\n|\r|$)
        p = m_pos;
        while (p < m_s.size() && isLineSpace(m_s[p]))
            ++p;
        if (p < m_s.size() && !isNewline(m_s[p])) {
            QString message;
            if (quoted)
                message = DotEnvText::tr("unexpected text after the closing quote");
            else if (!key)
                message = DotEnvText::tr(
                    "unexpected text");  // not reachable: a comment runs to the line end
            else
                message = DotEnvText::tr("expected '=' after the variable name");
            // Point at the offending character; fail() resumes from m_pos, as
            // Python does, which is on the same line.
            fail(p, message);
            return;
        }
        if (p < m_s.size()) {
            p += (m_s[p] == u'\r' && p + 1 < m_s.size() && m_s[p + 1] == u'\n') ? 2 : 1;
        }
        m_pos = p;
        if (key) {
            DotEnvBinding b;
            b.key = *key;
            b.value = value;
            m_locator.locate(keyPos, b.line, b.column);
            if (valuePos >= 0)
                m_locator.locate(valuePos, b.valueLine, b.valueColumn);
            m_bindings.append(b);
        }
    }

    QStringView m_s;
    const QString &m_source;
    qsizetype m_pos = 0;
    Locator m_locator;
    QList<DotEnvBinding> &m_bindings;
    QList<Error> &m_errors;
};

// Offset of the first byte that strict UTF-8 decoding (Python's codec)
// rejects, or -1.
qsizetype invalidUtf8Offset(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        int len = 0;
        unsigned lo = 0x80, hi = 0xbf;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            len = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            len = 2;
            if (c == 0xe0)
                lo = 0xa0;
            else if (c == 0xed)
                hi = 0x9f;  // no surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 3;
            if (c == 0xf0)
                lo = 0x90;
            else if (c == 0xf4)
                hi = 0x8f;
        } else {
            return i;
        }
        if (i + len >= n)  // truncated sequence
            return i;
        for (int k = 1; k <= len; ++k) {
            const unsigned char t = s[i + k];
            const unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
            if (t < l || t > h)
                return i;
        }
        i += len + 1;
    }
    return -1;
}

}  // namespace

QStringList DotEnvValues::keys() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const DotEnvEntry &e : m_entries)
        out.append(e.key);
    return out;
}

const DotEnvEntry *DotEnvValues::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_entries[*it];
}

std::optional<QString> DotEnvValues::value(const QString &key) const
{
    const DotEnvEntry *e = find(key);
    return e ? e->value : std::nullopt;
}

void DotEnvValues::set(const DotEnvEntry &entry)
{
    const auto it = m_index.constFind(entry.key);
    if (it != m_index.cend()) {
        m_entries[*it] = entry;
        return;
    }
    m_index.insert(entry.key, m_entries.size());
    m_entries.append(entry);
}

DotEnv DotEnv::parse(const QString &text, const QString &source)
{
    DotEnv env;
    env.m_source = source;
    Parser(text, env.m_source, env.m_bindings, env.m_errors).run();
    return env;
}

Result<DotEnv> DotEnv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.message = DotEnvText::tr("cannot read the file: %1").arg(file.errorString());
        e.source = path;
        e.code = QStringLiteral("io");
        return e;
    }
    const QByteArray bytes = file.readAll();
    // Python's "utf-8" codec keeps a leading BOM as U+FEFF; QString::fromUtf8 would drop it.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    std::optional<Error> encodingError;
    if (const qsizetype bad = invalidUtf8Offset(bytes); bad >= 0) {
        Error e;
        e.message =
            DotEnvText::tr("the file is not valid UTF-8 (byte 0x%1); python-dotenv refuses it")
                .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0'));
        e.source = path;
        e.code = QStringLiteral("encoding");
        const QString before = QString::fromUtf8(bytes.left(bad));
        Locator(before).locate(before.size(), e.line, e.column);
        encodingError = e;
    }
    // Python's universal newlines.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    DotEnv env = parse(text, path);
    if (encodingError)
        env.m_errors.prepend(*encodingError);
    return env;
}

QString DotEnv::find(const QString &startPath, const QString &fileName)
{
    const QFileInfo start(startPath.isEmpty() ? QDir::currentPath() : startPath);
    if (!start.exists())
        return {};
    QString dir = QDir::cleanPath(start.isDir() ? start.absoluteFilePath() : start.absolutePath());
    for (;;) {
        const QString candidate = QDir(dir).filePath(fileName);
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(candidate);
        // _walk_to_root(): stop after the root.
        const qsizetype slash = dir.lastIndexOf(QLatin1Char('/'));
        if (slash < 0 || dir == QStringLiteral("/"))
            return {};
        dir = slash == 0 ? QStringLiteral("/") : dir.left(slash);
    }
}

QString DotEnv::interpolate(const QString &value, const Lookup &lookup)
{
    // variables.py: \$\{(?P<name>[^\}:]*)(?::-(?P<default>[^\}]*))?\}, found
    // left to right without overlap.
    QString out;
    qsizetype cursor = 0;
    const qsizetype n = value.size();
    for (qsizetype i = 0; i + 1 < n;) {
        if (value[i] != u'$' || value[i + 1] != u'{') {
            ++i;
            continue;
        }
        qsizetype j = i + 2;
        while (j < n && value[j] != u'}' && value[j] != u':')
            ++j;
        const qsizetype nameEnd = j;
        std::optional<QString> defaultValue;
        if (j + 1 < n && value[j] == u':' && value[j + 1] == u'-') {
            qsizetype k = j + 2;
            while (k < n && value[k] != u'}')
                ++k;
            if (k < n) {
                defaultValue = value.mid(j + 2, k - j - 2);
                j = k;
            }
        }
        if (j >= n || value[j] != u'}') {
            ++i;
            continue;
        }
        out += QStringView(value).mid(cursor, i - cursor);
        const QString name = value.mid(i + 2, nameEnd - i - 2);
        // Variable.resolve(): env.get(name, default or ""), None -> "".
        const std::optional<std::optional<QString>> found = lookup(name);
        if (found)
            out += found->value_or(QString());
        else
            out += defaultValue.value_or(QString());
        i = j + 1;
        cursor = i;
    }
    out += QStringView(value).mid(cursor);
    return out;
}

DotEnvValues DotEnv::values(const QProcessEnvironment &env, bool interpolate, bool override) const
{
    DotEnvValues result;
    const Lookup lookup = [&](const QString &name) -> std::optional<std::optional<QString>> {
        // resolve_variables(): os.environ and the values so far, in the order
        // that override picks.
        const DotEnvEntry *own = result.find(name);
        if (override && own)
            return own->value;
        if (env.contains(name))
            return std::optional<QString>(env.value(name));
        if (own)
            return own->value;
        return std::nullopt;
    };
    for (const DotEnvBinding &b : m_bindings) {
        DotEnvEntry e{b.key, b.value, b.line, b.column, b.valueLine, b.valueColumn};
        if (interpolate && e.value)
            e.value = DotEnv::interpolate(*e.value, lookup);
        result.set(e);
    }
    return result;
}

QStringList DotEnv::applyTo(QProcessEnvironment &env, bool override, bool interpolate) const
{
    QStringList set;
    const DotEnvValues vals = values(env, interpolate, override);
    for (const DotEnvEntry &e : vals.entries()) {
        if (env.contains(e.key) && !override)
            continue;
        if (e.value) {
            env.insert(e.key, *e.value);
            set.append(e.key);
        }
    }
    return set;
}

QStringList DotEnv::loadIntoProcess(bool override, bool interpolate) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = applyTo(env, override, interpolate);
    for (const QString &key : keys)
        qputenv(key.toLocal8Bit().constData(), env.value(key).toLocal8Bit());
    return keys;
}

}  // namespace stratum::config
