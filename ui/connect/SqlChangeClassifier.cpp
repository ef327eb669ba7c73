#include "ui/connect/SqlChangeClassifier.h"

#include <QSet>

namespace stratum::ui {

namespace {

// A lexical token of interest: a word (keyword or identifier) or one of the
// punctuation characters the rules look at.
struct Token
{
    enum Kind { Word, Punct, Other };
    Kind kind = Other;
    QString text;  // upper-cased for words
    int offset = 0;
};

struct Statement
{
    int begin = 0;
    int end = 0;
    QList<Token> tokens;
};

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Skips the quoted run that starts at i (with the closing quote doubled as its
// escape); returns the index after it, or text.size() when unterminated.
int skipQuoted(const QString &text, int i, QChar close, bool backslashEscapes)
{
    ++i;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (backslashEscapes && c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == close) {
            if (i + 1 < text.size() && text.at(i + 1) == close && close != QLatin1Char(']')) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return int(text.size());
}

// A PostgreSQL dollar-quote opener ($$ or $tag$) at i, or an empty string.
QString dollarTag(const QString &text, int i)
{
    if (text.at(i) != QLatin1Char('$'))
        return {};
    int j = i + 1;
    if (j < text.size() && !isWordStart(text.at(j)) && text.at(j) != QLatin1Char('$'))
        return {};
    while (j < text.size() && text.at(j) != QLatin1Char('$')) {
        if (!(text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('_')))
            return {};
        ++j;
    }
    if (j >= text.size())
        return {};
    return text.mid(i, j - i + 1);
}

// Splits text into statements of tokens, skipping comments, literals and
// quoted identifiers. Parentheses are kept so that rules can tell nesting.
QList<Statement> tokenize(const QString &text)
{
    QList<Statement> out;
    Statement current;
    const int n = int(text.size());
    auto finish = [&](int end) {
        current.end = end;
        if (!current.tokens.isEmpty())
            out << current;
        current = Statement();
        current.begin = end + 1;
    };
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && text.at(i + 1) == QLatin1Char('-')) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
            int depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text.at(i) == QLatin1Char('/') && i + 1 < n &&
                    text.at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (text.at(i) == QLatin1Char('*') && i + 1 < n &&
                           text.at(i + 1) == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
        } else if (c == QLatin1Char('\'')) {
            // E'...' strings take backslash escapes; the E was read as a word.
            const bool escapes = !current.tokens.isEmpty() &&
                                 current.tokens.last().offset + 1 == i &&
                                 current.tokens.last().text == QLatin1String("E");
            if (escapes)
                current.tokens.removeLast();
            current.tokens << Token{Token::Other, QStringLiteral("'"), i};
            i = skipQuoted(text, i, QLatin1Char('\''), escapes);
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            current.tokens << Token{Token::Other, QStringLiteral("\""), i};
            i = skipQuoted(text, i, c, false);
        } else if (c == QLatin1Char('[')) {
            // SQLite's [identifier]; PostgreSQL's array subscripts hold no keywords worth reading.
            current.tokens << Token{Token::Other, QStringLiteral("["), i};
            i = skipQuoted(text, i, QLatin1Char(']'), false);
        } else if (const QString tag = dollarTag(text, i); !tag.isEmpty()) {
            const int close = int(text.indexOf(tag, i + tag.size()));
            current.tokens << Token{Token::Other, QStringLiteral("$"), i};
            i = close < 0 ? n : close + int(tag.size());
        } else if (isWordStart(c)) {
            const int start = i;
            while (i < n && isWordChar(text.at(i)))
                ++i;
            current.tokens << Token{Token::Word, text.mid(start, i - start).toUpper(), start};
        } else if (c == QLatin1Char(';')) {
            finish(i);
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('=')) {
            current.tokens << Token{Token::Punct, QString(c), i};
            ++i;
        } else {
            if (!c.isSpace())
                current.tokens << Token{Token::Other, QString(c), i};
            ++i;
        }
    }
    finish(n);
    return out;
}

bool isWord(const QList<Token> &tokens, int i, const char *word)
{
    return i >= 0 && i < tokens.size() && tokens.at(i).kind == Token::Word &&
           tokens.at(i).text == QLatin1String(word);
}

// The first changing keyword in tokens[from..], judged as one statement, or -1.
int judge(const QList<Token> &tokens, int from, QString *keyword);

int judgeWith(const QList<Token> &tokens, int from, QString *keyword)
{
    for (int i = from; i < tokens.size(); ++i) {
        if (tokens.at(i).kind != Token::Word)
            continue;
        const QString &w = tokens.at(i).text;
        if (w == QLatin1String("INSERT") || w == QLatin1String("DELETE") ||
            w == QLatin1String("MERGE")) {
            *keyword = w;
            return i;
        }
        if (w == QLatin1String("UPDATE") && !isWord(tokens, i - 1, "FOR") &&
            !(isWord(tokens, i - 1, "KEY") && isWord(tokens, i - 2, "NO"))) {
            *keyword = w;
            return i;
        }
        if (w == QLatin1String("INTO") && !isWord(tokens, i - 1, "INSERT") &&
            !isWord(tokens, i - 1, "MERGE")) {
            *keyword = QStringLiteral("SELECT INTO");
            return i;
        }
    }
    return -1;
}

int judge(const QList<Token> &tokens, int from, QString *keyword)
{
    static const QSet<QString> changing{
        QStringLiteral("INSERT"),   QStringLiteral("UPDATE"),   QStringLiteral("DELETE"),
        QStringLiteral("MERGE"),    QStringLiteral("UPSERT"),   QStringLiteral("REPLACE"),
        QStringLiteral("TRUNCATE"), QStringLiteral("CREATE"),   QStringLiteral("ALTER"),
        QStringLiteral("DROP"),     QStringLiteral("RENAME"),   QStringLiteral("GRANT"),
        QStringLiteral("REVOKE"),   QStringLiteral("COMMENT"),  QStringLiteral("REINDEX"),
        QStringLiteral("CLUSTER"),  QStringLiteral("VACUUM"),   QStringLiteral("REFRESH"),
        QStringLiteral("IMPORT"),   QStringLiteral("DO"),       QStringLiteral("CALL"),
        QStringLiteral("EXECUTE"),  QStringLiteral("SECURITY"), QStringLiteral("REASSIGN"),
    };
    // Leading parentheses: "(SELECT ...) UNION ...".
    int i = from;
    while (i < tokens.size() && tokens.at(i).text == QLatin1String("("))
        ++i;
    if (i >= tokens.size() || tokens.at(i).kind != Token::Word)
        return -1;
    const QString &first = tokens.at(i).text;
    if (changing.contains(first)) {
        *keyword = first == QLatin1String("SECURITY") ? QStringLiteral("SECURITY LABEL") : first;
        return i;
    }
    if (first == QLatin1String("WITH") || first == QLatin1String("SELECT"))
        return judgeWith(tokens, i + 1, keyword);
    if (first == QLatin1String("COPY")) {
        for (int j = i + 1; j < tokens.size(); ++j) {
            if (isWord(tokens, j, "FROM")) {
                *keyword = QStringLiteral("COPY FROM");
                return i;
            }
            if (isWord(tokens, j, "TO"))
                return -1;
        }
        return -1;
    }
    if (first == QLatin1String("PRAGMA")) {
        for (int j = i + 1; j < tokens.size(); ++j) {
            if (tokens.at(j).text == QLatin1String("=")) {
                *keyword = QStringLiteral("PRAGMA");
                return i;
            }
        }
        return -1;
    }
    if (first == QLatin1String("EXPLAIN")) {
        // EXPLAIN ANALYZE (or EXPLAIN (ANALYZE ...)) executes the statement.
        int j = i + 1;
        bool analyze = false;
        if (j < tokens.size() && tokens.at(j).text == QLatin1String("(")) {
            while (j < tokens.size() && tokens.at(j).text != QLatin1String(")")) {
                if (isWord(tokens, j, "ANALYZE") || isWord(tokens, j, "ANALYSE")) {
                    const bool off = isWord(tokens, j + 1, "OFF") || isWord(tokens, j + 1, "FALSE");
                    analyze = analyze || !off;
                }
                ++j;
            }
            ++j;
        }
        static const QSet<QString> options{QStringLiteral("ANALYZE"), QStringLiteral("ANALYSE"),
                                           QStringLiteral("VERBOSE"), QStringLiteral("QUERY"),
                                           QStringLiteral("PLAN")};
        while (j < tokens.size() && tokens.at(j).kind == Token::Word &&
               options.contains(tokens.at(j).text)) {
            if (tokens.at(j).text.startsWith(QLatin1String("ANALY")))
                analyze = true;
            ++j;
        }
        if (!analyze)
            return -1;
        return judge(tokens, j, keyword);
    }
    return -1;
}

}  // namespace

QList<SqlChangeClassifier::Finding> SqlChangeClassifier::changes(const QString &sql)
{
    QList<Finding> out;
    const QList<Statement> statements = tokenize(sql);
    for (int s = 0; s < statements.size(); ++s) {
        const Statement &st = statements.at(s);
        QString keyword;
        const int at = judge(st.tokens, 0, &keyword);
        if (at < 0)
            continue;
        Finding f;
        f.statementIndex = s;
        f.offset = st.tokens.at(at).offset;
        f.keyword = keyword;
        f.statement = sql.mid(st.begin, st.end - st.begin).trimmed();
        out << f;
    }
    return out;
}

QStringList SqlChangeClassifier::splitStatements(const QString &sql)
{
    QStringList out;
    for (const Statement &st : tokenize(sql))
        out << sql.mid(st.begin, st.end - st.begin).trimmed();
    return out;
}

}  // namespace stratum::ui
