#pragma once

#include "core/config/Result.h"

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace stratum::config {

// One statement of a .env file as python-dotenv's parser reads it, before
// interpolation. A bare `KEY` (no '=') has no value: python-dotenv's None.
struct DotEnvBinding
{
    QString key;
    std::optional<QString> value;
    int line = 0;  // 1-based position of the key (after any `export `)
    int column = 0;
    int valueLine = 0;  // where the value's text starts (inside its quotes); 0 without '='
    int valueColumn = 0;
};

// One variable after interpolation, as dotenv_values() returns it.
struct DotEnvEntry
{
    QString key;
    std::optional<QString> value;  // nullopt for a bare `KEY`
    int line = 0;                  // position of the binding that gave the value (the last one)
    int column = 0;
    int valueLine = 0;  // where that binding's value text starts; 0 without '='
    int valueColumn = 0;
};

// The ordered mapping dotenv_values() returns: keys keep the order of their
// first appearance, a later binding of the same key replaces the value in
// place (Python dict semantics). A value type; not thread-safe for mutation.
class DotEnvValues
{
public:
    const QList<DotEnvEntry> &entries() const { return m_entries; }
    QStringList keys() const;
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool contains(const QString &key) const { return m_index.contains(key); }
    const DotEnvEntry *find(const QString &key) const;
    // The value of key; nullopt when the key is absent or has no value (None).
    std::optional<QString> value(const QString &key) const;

    // Inserts or replaces (keeping the original position).
    void set(const DotEnvEntry &entry);

private:
    QList<DotEnvEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};

// A parsed .env file with python-dotenv 0.21's semantics (dotenv/parser.py,
// dotenv/main.py, dotenv/variables.py), matched rule by rule:
// - `export ` prefix; keys unquoted or in single quotes;
// - unquoted values end at the line end, lose an inline comment (whitespace
//   then '#') and trailing whitespace; single-quoted values decode \\ and \';
//   double-quoted values decode \\ \' \" \a \b \f \n \r \t \v; quoted values
//   may span lines;
// - `${VAR}` and `${VAR:-default}` are interpolated in every value (quoted or
//   not) by values(); `$VAR` stays literal;
// - a statement that does not parse is skipped up to the end of its line,
//   reported in errors() with the file, line and column of the offending
//   character, and parsing goes on with the next line. (python-dotenv only logs
//   a warning naming the line where the statement's leading blank lines begin.)
// Reading a file follows Python's open(encoding="utf-8"): "\r\n" and "\r"
// become "\n" and a byte-order mark is kept as U+FEFF in the first key, as it
// is in Python. Invalid UTF-8 is reported as an error (Python refuses the whole
// file) and decoded with replacement characters so that the rest still loads.
// A value type: const methods are safe to call from several threads.
class DotEnv
{
public:
    // Parses text exactly as given (no newline translation, like a Python
    // stream). source names the text in errors, e.g. the file path.
    static DotEnv parse(const QString &text, const QString &source = {});
    // Reads and parses a file. Fails only when the file cannot be read; syntax
    // problems are in errors() of the result.
    static Result<DotEnv> readFile(const QString &path);

    // find_dotenv(): the first `fileName` that is a file in startPath (or its
    // folder, when startPath is a file) or any folder above it, up to the root.
    // Empty when none exists or startPath does not exist.
    static QString find(const QString &startPath, const QString &fileName = QStringLiteral(".env"));

    const QString &source() const { return m_source; }
    const QList<DotEnvBinding> &bindings() const { return m_bindings; }
    const QList<Error> &errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    // The variables, interpolated against env unless interpolate is false.
    // override decides which side wins when a `${VAR}` is defined both in env
    // and earlier in this file, exactly as python-dotenv's resolve_variables:
    //   override == true  (dotenv_values(), load_dotenv(override=True)): the file wins;
    //   override == false (load_dotenv()'s default): the environment wins.
    DotEnvValues values(const QProcessEnvironment &env, bool interpolate = true,
                        bool override = true) const;

    // What load_dotenv(override=override) does, applied to env: a variable
    // that already exists in env is left alone unless override is true, and
    // keys without a value are not set. Returns the keys that were set.
    QStringList applyTo(QProcessEnvironment &env, bool override = false,
                        bool interpolate = true) const;
    // load_dotenv() on the real process environment (qputenv). Like setenv(),
    // not safe while other threads read the environment.
    QStringList loadIntoProcess(bool override = false, bool interpolate = true) const;

    // python-dotenv's interpolation of one value. lookup returns the value a
    // name resolves to: nullopt when the name is unknown (the default applies),
    // an engaged nullopt-valued optional for a known name without a value.
    using Lookup = std::function<std::optional<std::optional<QString>>(const QString &)>;
    static QString interpolate(const QString &value, const Lookup &lookup);

private:
    QString m_source;
    QList<DotEnvBinding> m_bindings;
    QList<Error> m_errors;
};

}  // namespace stratum::config
