#pragma once

#include "core/schema/Dialect.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace stratum::ui {

// One statement of a script. Offsets are UTF-16 indexes into the script.
// The pieces [pieceStart, pieceEnd) tile the script: concatenated in order they
// give it back unchanged. Inside its piece the statement's own text runs from
// start (its first non-blank character; leading comments are part of it) to
// end (after its last non-blank character, before the terminating ';').
struct SqlStatement
{
    int pieceStart = 0;
    int pieceEnd = 0;
    int start = 0;
    int end = 0;
    bool terminated = false;  // ended by ';' (pieceEnd is just past it)
    bool blank = true;        // nothing but whitespace and comments

    int length() const { return end - start; }
};

// Splits SQL scripts into statements the way the dialect's own command-line
// client does (psql's lexer, sqlite3_complete): a ';' ends a statement unless
// it is inside a string, an E'' string, a quoted identifier, a dollar quote, a
// comment, parentheses (PostgreSQL), a BEGIN ... END body of a PostgreSQL
// CREATE FUNCTION/PROCEDURE (BEGIN ATOMIC) or of a SQLite CREATE TRIGGER.
// Pure logic: stateless and thread-safe.
class SqlStatementSplitter
{
public:
    static std::vector<SqlStatement> split(QStringView script, schema::Dialect dialect);

    // The statements to run, blank ones left out.
    static std::vector<SqlStatement> statements(QStringView script, schema::Dialect dialect);

    // The index into pieces of the statement "under the cursor" (0 <= cursor <=
    // script.size()), or -1 when the script holds no statement. A cursor inside
    // a statement or just after its ';' picks that statement; in the blank
    // space between statements, the previous one is picked while the cursor is
    // on the line it ends on, otherwise the next one (or the last one at the
    // end of the script).
    static int statementAt(const std::vector<SqlStatement> &pieces, QStringView script, int cursor);
};

// A statement with its parameters (:name, $1; on SQLite also ?, ?NNN, @name and
// $name) rewritten to the positional $n form both drivers bind, skipping
// strings, comments, quoted identifiers and PostgreSQL's :: casts. A named
// parameter used twice gets one slot.
class SqlParameters
{
public:
    static SqlParameters rewrite(QStringView sql, schema::Dialect dialect);

    bool isEmpty() const { return m_names.isEmpty(); }
    // One display name per slot, in slot order: "$1", ":customer", "?3".
    const QStringList &names() const { return m_names; }
    const QString &sql() const { return m_sql; }

    // Maps a UTF-16 index in sql() back to the index in the original text.
    int toOriginal(int rewrittenIndex) const;

private:
    struct Replacement
    {
        int originalStart;
        int originalLength;
        int rewrittenStart;
        int rewrittenLength;
    };
    QString m_sql;
    QStringList m_names;
    std::vector<Replacement> m_replacements;
};

// The UTF-16 index of the 0-based code point index in text (servers count
// error positions in characters); clamped to text.size().
int utf16IndexOfCodePoint(QStringView text, int codePoint);

}  // namespace stratum::ui
