#pragma once

#include "core/config/Result.h"
#include "core/pyread/Token.h"

#include <optional>
#include <vector>

namespace stratum::pyread {

// The tokens of one source text, plus its comments (which the parser never
// sees but callers look for, e.g. Alembic's "# ### commands auto generated"
// markers). When tokenizing stopped early, the last token is an Error token
// and error says what went wrong.
struct TokenStream
{
    QString source;
    std::vector<Token> tokens;
    std::vector<Comment> comments;
    std::optional<Error> error;

    QStringView text(const Token &token) const
    {
        return QStringView(source).mid(token.span.offset, token.span.endOffset - token.span.offset);
    }
};

// Splits Python 3 source into tokens the way CPython's tokenizer does:
// indentation becomes INDENT/DEDENT (with TabError-style consistency checks),
// lines join inside brackets and after a backslash, and every token carries a
// 1-based line and a character column. Strings are only delimited here;
// StringLiteral decodes them. Stateless API: safe from any thread.
class Tokenizer
{
public:
    static constexpr int kMaxIndentLevels = 100;
    static constexpr int kMaxBracketDepth = 200;

    static TokenStream tokenize(const QString &source, const QString &sourceName = {});

private:
    Tokenizer(const QString &source, const QString &sourceName);
    void run();
    bool handleIndentation();
    void scanComment();
    void scanName();
    void scanNumber();
    void scanString(int start);
    bool scanOperator();
    void endOfLine();
    void finish();

    QChar at(int i) const { return i < m_end ? m_src[i] : QChar(); }
    bool atLineBreak(int i) const;
    int lineBreakLength(int i) const;
    void newLine(int nextLineStart);
    int columnAt(int offset);
    Span spanFrom(int startOffset, int startLine, int startColumn);
    void pushToken(TokenKind kind, int startOffset, int startLine, int startColumn);
    void fail(int offset, const QString &message);
    void failAt(int line, int column, int offset, const QString &message);

    struct Bracket
    {
        QChar ch;
        int line;
        int column;
        int offset;
    };

    TokenStream m_out;
    QString m_sourceName;
    const QChar *m_src = nullptr;
    int m_end = 0;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStart = 0;
    int m_colScanPos = 0;  // columnAt() has counted surrogates up to here on this line
    int m_colSurrogates = 0;
    bool m_atLineStart = true;
    bool m_lineHasTokens = false;
    bool m_failed = false;
    std::vector<int> m_indents{0};
    std::vector<int> m_altIndents{0};  // the same, counting a tab as one column
    std::vector<Bracket> m_brackets;
};

}  // namespace stratum::pyread
