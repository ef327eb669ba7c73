#include "core/config/IniFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QStringDecoder>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes (here
// IniReader and IniFile), and the name it records must be the one looked up
// at run time.
class IniFileText
{
    Q_DECLARE_TR_FUNCTIONS(IniFileText)
};

namespace stratum::config {
namespace {

// configparser's MAX_INTERPOLATION_DEPTH.
constexpr int kMaxInterpolationDepth = 10;

// Python's str.isspace() (also re's \s and str.strip()'s default set).
bool isPySpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= 0x20)
        return u == 0x20 || (u >= 0x09 && u <= 0x0d) || (u >= 0x1c && u <= 0x1f);
    return u == 0x85 || u == 0xa0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) || u == 0x2028 ||
           u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000;
}

qsizetype firstNonSpace(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isPySpace(s[i]))
        ++i;
    return i;
}

QStringView rstrip(QStringView s)
{
    qsizetype end = s.size();
    while (end > 0 && isPySpace(s[end - 1]))
        --end;
    return s.left(end);
}

QStringView strip(QStringView s)
{
    return rstrip(s.mid(firstNonSpace(s)));
}

// 1-based column of s[pos], counting code points as Python does.
int columnOf(QStringView s, qsizetype pos)
{
    int column = 1;
    for (qsizetype i = 0; i < pos && i < s.size(); ++i) {
        if (!s[i].isLowSurrogate())
            ++column;
    }
    return column;
}

}  // namespace

// configparser.RawConfigParser._read(), line by line.
class IniReader
{
public:
    explicit IniReader(IniFile &file)
        : m_file(file)
    {}

    void read(const QString &text)
    {
        QStringList lines = text.split(QLatin1Char('\n'));
        if (text.endsWith(QLatin1Char('\n')))
            lines.removeLast();  // Python's line iteration yields no empty last line
        for (int i = 0; i < lines.size(); ++i)
            readLine(lines[i], i + 1);
        // _join_multiline_values(): '\n'.join(lines).rstrip()
        auto finish = [](IniFile::Section &s) {
            for (IniOption &o : s.options)
                o.rawValue.truncate(rstrip(o.rawValue).size());
        };
        finish(m_file.m_defaults);
        for (IniFile::Section &s : m_file.m_sections)
            finish(s);
    }

private:
    IniOption *current()
    {
        if (!m_section || m_option < 0)
            return m_option == kDiscard ? &m_discard : nullptr;
        return &m_section->options[m_option];
    }

    void error(const QString &message, int line, int column)
    {
        m_file.m_errors.append(m_file.errorAt(message, QStringLiteral("syntax"), line, column));
    }

    void readLine(const QString &line, int lineNo)
    {
        const QStringView stripped = strip(line);
        const bool comment =
            stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';'));
        if (stripped.isEmpty() || comment) {
            // Blank lines belong to the value being read; comment lines do not.
            if (!comment && current())
                current()->rawValue += QLatin1Char('\n');
            return;
        }
        const qsizetype indent = firstNonSpace(line);
        if (current() && indent > m_indentLevel) {  // continuation line
            IniOption *o = current();
            o->rawValue += QLatin1Char('\n');
            o->segments.append({o->rawValue.size(), lineNo, columnOf(line, indent)});
            o->rawValue += stripped;
            return;
        }
        m_indentLevel = indent;
        // SECTCRE: \[(?P<header>.+)\] matched at the start; the header runs to the last ']'.
        const qsizetype close = stripped.lastIndexOf(QLatin1Char(']'));
        if (stripped.startsWith(QLatin1Char('[')) && close >= 2) {
            readHeader(stripped.mid(1, close - 1).toString(), lineNo, columnOf(line, indent));
            return;
        }
        if (!m_section) {
            if (!m_reportedMissingHeader)
                error(IniFileText::tr("the file has no [section] header before this line"), lineNo,
                      columnOf(line, indent));
            m_reportedMissingHeader = true;
            return;
        }
        readOption(line, stripped, indent, lineNo);
    }

    void readHeader(const QString &name, int lineNo, int column)
    {
        m_option = -1;
        if (name == QStringLiteral("DEFAULT")) {
            m_section = &m_file.m_defaults;
            m_sectionName = name;
            return;
        }
        m_sectionName = name;
        for (IniFile::Section &s : m_file.m_sections) {
            if (s.name == name) {
                error(
                    IniFileText::tr("section '%1' appears twice; its options are merged").arg(name),
                    lineNo, column);
                m_section = &s;
                return;
            }
        }
        m_file.m_sections.append(IniFile::Section{name, {}, {}});
        m_section = &m_file.m_sections.last();
    }

    void readOption(const QString &line, QStringView stripped, qsizetype indent, int lineNo)
    {
        // OPTCRE: the first '=' or ':' splits the name from the value.
        qsizetype delim = -1;
        for (qsizetype i = 0; i < stripped.size(); ++i) {
            if (stripped[i] == u'=' || stripped[i] == u':') {
                delim = i;
                break;
            }
        }
        if (delim < 0) {
            // configparser keeps the previous option open after this error.
            error(IniFileText::tr("expected 'name = value', 'name: value' or a [section] header"),
                  lineNo, columnOf(line, indent));
            return;
        }
        const int nameColumn = columnOf(line, indent);
        const QString name = rstrip(stripped.left(delim)).toString().toLower();
        if (name.isEmpty())
            error(IniFileText::tr("option name missing before '%1'").arg(stripped[delim]), lineNo,
                  nameColumn);
        const QStringView rest = stripped.mid(delim + 1);
        const qsizetype valueStart = indent + delim + 1 + firstNonSpace(rest);

        IniOption option;
        option.name = name;
        option.rawValue = strip(rest).toString();
        option.line = lineNo;
        option.column = nameColumn;
        option.segments.append({0, lineNo, columnOf(line, valueStart)});

        const QPair<QString, QString> key{m_sectionName, name};
        if (m_added.contains(key)) {
            const IniOption *first = m_section->find(name);
            error(
                IniFileText::tr(
                    "option '%1' in section '%2' is already set on line %3; this value is ignored")
                    .arg(name, m_sectionName)
                    .arg(first ? first->line : 0),
                lineNo, nameColumn);
            m_discard = option;
            m_option = kDiscard;
            return;
        }
        m_added.insert(key);
        m_section->put(option);
        // configparser tests the option name for truth: after an empty name no
        // line continues it.
        m_option = name.isEmpty() ? -1 : m_section->index.value(name);
    }

    static constexpr qsizetype kDiscard = -2;

    IniFile &m_file;
    IniFile::Section *m_section = nullptr;
    QString m_sectionName;
    qsizetype m_option = -1;  // index in m_section, -1 none, kDiscard for a rejected duplicate
    IniOption m_discard;
    qsizetype m_indentLevel = 0;
    bool m_reportedMissingHeader = false;
    QSet<QPair<QString, QString>> m_added;
};

void IniOption::locate(qsizetype offset, int &outLine, int &outColumn) const
{
    const Segment *best = nullptr;
    for (const Segment &s : segments) {
        if (s.offset <= offset)
            best = &s;
    }
    if (!best) {
        outLine = line;
        outColumn = column;
        return;
    }
    outLine = best->line;
    outColumn =
        best->column + columnOf(QStringView(rawValue).mid(best->offset), offset - best->offset) - 1;
}

IniOption *IniFile::Section::find(const QString &optionName)
{
    const auto it = index.constFind(optionName);
    return it == index.cend() ? nullptr : &options[*it];
}

const IniOption *IniFile::Section::find(const QString &optionName) const
{
    const auto it = index.constFind(optionName);
    return it == index.cend() ? nullptr : &options[*it];
}

IniOption &IniFile::Section::put(IniOption option)
{
    if (IniOption *existing = find(option.name)) {
        *existing = std::move(option);
        return *existing;
    }
    index.insert(option.name, options.size());
    options.append(std::move(option));
    return options.last();
}

IniFile IniFile::parse(const QString &text, const QString &path, const Defaults &defaults)
{
    IniFile file;
    file.m_path = path;
    file.m_defaults.name = QStringLiteral("DEFAULT");
    for (const auto &[name, value] : defaults) {
        IniOption o;
        o.name = name.toLower();
        o.rawValue = value;
        file.m_defaults.put(o);
    }
    IniReader(file).read(text);
    return file;
}

Result<IniFile> IniFile::readFile(const QString &path, const Defaults &defaults)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e;
        e.message = IniFileText::tr("cannot read the file: %1").arg(f.errorString());
        e.source = path;
        e.code = QStringLiteral("io");
        return e;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(f.readAll());
    const bool badEncoding = decoder.hasError();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    IniFile file = parse(text, path, defaults);
    if (badEncoding) {
        file.m_errors.prepend(file.errorAt(IniFileText::tr("the file is not valid UTF-8"),
                                           QStringLiteral("encoding"), 0, 0));
    }
    return file;
}

QStringList IniFile::sections() const
{
    QStringList out;
    for (const Section &s : m_sections)
        out << s.name;
    return out;
}

bool IniFile::hasSection(const QString &section) const
{
    return findSection(section) != nullptr;
}

const IniFile::Section *IniFile::findSection(const QString &name) const
{
    for (const Section &s : m_sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList IniFile::options(const QString &section) const
{
    QStringList out;
    if (const Section *s = findSection(section)) {
        for (const IniOption &o : s->options)
            out << o.name;
    }
    for (const IniOption &o : m_defaults.options) {
        if (!out.contains(o.name))
            out << o.name;
    }
    return out;
}

const IniOption *IniFile::option(const QString &section, const QString &name) const
{
    const QString key = name.toLower();
    const Section *s = findSection(section);
    if (!s && section != m_defaults.name)
        return nullptr;
    if (s) {
        if (const IniOption *o = s->find(key))
            return o;
    }
    return m_defaults.find(key);
}

Result<std::optional<QString>> IniFile::value(const QString &section, const QString &name) const
{
    if (!findSection(section) && section != m_defaults.name)
        return errorAt(IniFileText::tr("the file has no [%1] section").arg(section),
                       QStringLiteral("config"), 0, 0);
    const IniOption *o = option(section, name);
    if (!o)
        return std::optional<QString>();
    QString out;
    const Status st = interpolate(section, *o, o, o->rawValue, out, 1);
    if (!st.ok())
        return st.error();
    return std::optional<QString>(out);
}

// BasicInterpolation._interpolate_some(). Messages name options, never values:
// a value may be a URL with a password.
Status IniFile::interpolate(const QString &section, const IniOption &top, const IniOption *owner,
                            const QString &text, QString &out, int depth) const
{
    // Points into whichever option's text holds the problem; the built-in
    // defaults (here) have no position, so their problems point at top.
    auto fail = [&](const QString &message, qsizetype offset) -> Status {
        int line = top.line, column = top.column;
        if (owner && owner->line > 0 && offset >= 0)
            owner->locate(offset, line, column);
        return errorAt(message, QStringLiteral("interpolation"), line, column);
    };
    if (depth > kMaxInterpolationDepth) {
        return fail(
            IniFileText::tr("option '%1' in section '%2': %(name)s references nest deeper than %3 "
                            "levels (is there a cycle?)")
                .arg(top.name, section)
                .arg(kMaxInterpolationDepth),
            -1);
    }
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype p = text.indexOf(QLatin1Char('%'), i);
        if (p < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, p - i);
        const QChar c = p + 1 < text.size() ? text[p + 1] : QChar();
        if (c == u'%') {
            out += QLatin1Char('%');
            i = p + 2;
        } else if (c == u'(') {
            // _KEYCRE: %\(([^)]+)\)s
            const qsizetype close = text.indexOf(QLatin1Char(')'), p + 2);
            if (close <= p + 2 || close + 1 >= text.size() || text[close + 1] != u's')
                return fail(IniFileText::tr(
                                "option '%1' in section '%2': bad interpolation reference; write "
                                "%(name)s, or %% for a literal '%'")
                                .arg(top.name, section),
                            p);
            const QString var = text.mid(p + 2, close - p - 2).toLower();
            const IniOption *ref = option(section, var);
            if (!ref)
                return fail(
                    IniFileText::tr("option '%1' in section '%2' refers to %(%3)s, which is not an "
                                    "option of [%2] or [DEFAULT]")
                        .arg(top.name, section, var),
                    p);
            if (ref->rawValue.contains(QLatin1Char('%'))) {
                const Status st = interpolate(section, top, ref, ref->rawValue, out, depth + 1);
                if (!st.ok())
                    return st;
            } else {
                out += ref->rawValue;
            }
            i = close + 2;
        } else {
            return fail(
                IniFileText::tr("option '%1' in section '%2': '%' must be followed by '%' or '(' "
                                "(write %% for a literal '%')")
                    .arg(top.name, section),
                p);
        }
    }
    return Ok{};
}

Error IniFile::errorAt(const QString &message, const QString &code, int line, int column) const
{
    Error e;
    e.message = message;
    e.source = m_path;
    e.line = line;
    e.column = column;
    e.code = code;
    return e;
}

}  // namespace stratum::config
