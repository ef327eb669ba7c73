#pragma once

#include "core/schema/Dialect.h"

#include <QString>
#include <QStringView>

namespace stratum::ui {

// One lexical token of SQL text. Offsets are UTF-16 indexes into the scanned
// text; tokens tile the text without gaps, so the concatenation of all tokens
// is the input.
struct SqlToken
{
    enum Kind {
        Whitespace,
        LineComment,       // -- to the end of the line
        BlockComment,      // /* ... */ (nested on PostgreSQL)
        String,            // '...', E'...', B'...', X'...', U&'...'
        DollarString,      // $$...$$ or $tag$...$tag$ (PostgreSQL)
        QuotedIdentifier,  // "..." (and `...`, [...] on SQLite)
        Word,              // identifier or keyword
        Number,
        Parameter,  // $1, :name (and ?NNN, @name, $name on SQLite)
        Cast,       // :: (PostgreSQL)
        Semicolon,
        OpenParen,
        CloseParen,
        Operator,  // any other punctuation
    };

    Kind kind = Whitespace;
    int start = 0;
    int length = 0;
    // False when the text ended inside a string, comment or quoted identifier.
    bool terminated = true;

    int end() const { return start + length; }
    bool isTrivia() const
    {
        return kind == Whitespace || kind == LineComment || kind == BlockComment;
    }
};

// A resumable SQL tokenizer that knows each dialect's quoting: standard
// strings with '' escapes, PostgreSQL E'' strings with backslash escapes,
// dollar quoting and nested comments, SQLite's `ident` and [ident] quoting.
// It never fails: unterminated constructs run to the end of the text. Shared
// by the statement splitter, parameter detection, the highlighter and
// completion, so all four agree on what is a string or a comment.
// A value type over a borrowed view: the text must outlive the scanner.
class SqlScanner
{
public:
    SqlScanner(QStringView text, schema::Dialect dialect)
        : m_text(text)
        , m_dialect(dialect)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    int position() const { return int(m_pos); }
    // Returns the next token; call only while !atEnd().
    SqlToken next();

    // The token's text.
    QStringView text(const SqlToken &t) const { return m_text.mid(t.start, t.length); }

    static bool isIdentifierStart(QChar c);
    static bool isIdentifierChar(QChar c);

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }
    void scanQuoted(SqlToken &t, QChar close, bool backslashEscapes, bool doubledEscapes);
    void scanBlockComment(SqlToken &t);
    bool tryDollarQuote(SqlToken &t);

    QStringView m_text;
    schema::Dialect m_dialect;
    qsizetype m_pos = 0;
};

}  // namespace stratum::ui
