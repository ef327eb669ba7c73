#pragma once

#include "core/config/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace stratum::config {

// One option of an ini section, as written in the file.
struct IniOption
{
    // Where a stretch of rawValue starts in the file: rawValue[offset] is at
    // (line, column). One per value line, so positions survive continuation.
    struct Segment
    {
        qsizetype offset = 0;
        int line = 0;
        int column = 0;
    };

    QString name;      // lower-cased, as ConfigParser.optionxform does
    QString rawValue;  // continuation lines joined with "\n", not interpolated
    int line = 0;      // 1-based position of the name; 0 for built-in defaults such as "here"
    int column = 0;
    QList<Segment> segments;

    // The file position of rawValue[offset]; (line, column) of the name when unknown.
    void locate(qsizetype offset, int &outLine, int &outColumn) const;
};

// An ini file read the way Python's configparser.ConfigParser reads it with
// its defaults, which is how Alembic reads alembic.ini:
// - `[section]` headers (case-sensitive); `key = value` and `key: value`
//   (first '=' or ':' splits); keys lower-cased; whitespace stripped;
// - full-line comments starting with '#' or ';' (no inline comments: "a = b # c"
//   keeps "b # c", as in configparser);
// - a line indented deeper than its option continues the value; blank lines
//   inside a value are kept, trailing ones dropped;
// - the DEFAULT section (and the defaults given to parse(), e.g. Alembic's
//   `here`) is visible from every section;
// - BasicInterpolation on value(): `%(name)s` looked up in the section then
//   DEFAULT (recursively, at most 10 levels), `%%` for a literal '%'.
// configparser stops at the first duplicate section or option, or a line
// before any header, and raises at the end for unparsable lines. IniFile
// records each as an Error (file, line, column) and keeps reading; for a
// duplicate option the first value is kept.
// Files are read as UTF-8 with Python's universal newlines.
// A value type: const methods are safe to call from several threads.
class IniFile
{
public:
    using Defaults = QList<QPair<QString, QString>>;

    static IniFile parse(const QString &text, const QString &path = {},
                         const Defaults &defaults = {});
    // Fails only when the file cannot be read; syntax problems are in errors().
    static Result<IniFile> readFile(const QString &path, const Defaults &defaults = {});

    const QString &path() const { return m_path; }
    const QList<Error> &errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    // Section names in file order, without DEFAULT (as ConfigParser.sections()).
    QStringList sections() const;
    bool hasSection(const QString &section) const;
    // Option names visible in section: its own, then DEFAULT's.
    QStringList options(const QString &section) const;
    // The option as looked up by ConfigParser.get: the section, then DEFAULT.
    // name is lower-cased first. Null when absent or the section does not exist.
    const IniOption *option(const QString &section, const QString &name) const;

    // ConfigParser.get(section, name) with BasicInterpolation: nullopt when the
    // option is absent; an Error (pointing into the file) when interpolation
    // fails. A missing section is an error, as in configparser.
    Result<std::optional<QString>> value(const QString &section, const QString &name) const;

private:
    struct Section
    {
        QString name;
        QList<IniOption> options;
        QHash<QString, qsizetype> index;
        IniOption *find(const QString &name);
        const IniOption *find(const QString &name) const;
        IniOption &put(IniOption option);
    };

    Status interpolate(const QString &section, const IniOption &top, const IniOption *owner,
                       const QString &text, QString &out, int depth) const;
    const Section *findSection(const QString &name) const;
    Error errorAt(const QString &message, const QString &code, int line, int column) const;

    QString m_path;
    Section m_defaults;
    QList<Section> m_sections;
    QList<Error> m_errors;

    friend class IniReader;
};

}  // namespace stratum::config
