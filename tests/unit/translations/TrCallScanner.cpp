#include "TrCallScanner.h"

#include <QSet>

namespace stratum::tests {

namespace {

struct Token
{
    enum Kind { Identifier, String, Character, Number, Punct } kind;
    QString text;
    int line;
};

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Splits C++ source into tokens, dropping whitespace and comments. Raw string
// literals and encoding prefixes (u8"", L"", R"x(...)x") become one String.
QList<Token> tokenize(const QString &s)
{
    QList<Token> tokens;
    int line = 1;
    const int n = int(s.size());
    int i = 0;
    auto countLines = [&](int from, int to) {
        for (int k = from; k < to && k < n; ++k) {
            if (s[k] == u'\n') {
                ++line;
            }
        }
    };
    while (i < n) {
        const QChar c = s[i];
        if (c == u'\n') {
            ++line;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == u'/' && i + 1 < n && s[i + 1] == u'/') {
            while (i < n && s[i] != u'\n') {
                ++i;
            }
        } else if (c == u'/' && i + 1 < n && s[i + 1] == u'*') {
            const int end = int(s.indexOf(QStringLiteral("*/"), i + 2));
            const int stop = end < 0 ? n : end + 2;
            countLines(i, stop);
            i = stop;
        } else if (isIdentStart(c)) {
            int j = i;
            while (j < n && isIdentChar(s[j])) {
                ++j;
            }
            const QString word = s.mid(i, j - i);
            const bool prefix = word == u"R" || word == u"u8" || word == u"u" || word == u"U" ||
                                word == u"L" || word == u"u8R" || word == u"uR" || word == u"UR" ||
                                word == u"LR";
            if (prefix && j < n && s[j] == u'"') {
                const int start = i;
                const int startLine = line;
                if (word.endsWith(u'R')) {
                    const int open = int(s.indexOf(u'(', j));
                    const QString delim = s.mid(j + 1, open - j - 1);
                    const int close = int(s.indexOf(u')' + delim + u'"', open));
                    const int stop = close < 0 ? n : close + int(delim.size()) + 2;
                    countLines(i, stop);
                    i = stop;
                } else {
                    i = j;
                    continue;  // the quote is read as a plain string below
                }
                tokens.append({Token::String, s.mid(start, i - start), startLine});
            } else {
                tokens.append({Token::Identifier, word, line});
                i = j;
            }
        } else if (c == u'"' || c == u'\'') {
            const int start = i;
            ++i;
            while (i < n && s[i] != c && s[i] != u'\n') {
                i += (s[i] == u'\\') ? 2 : 1;
            }
            ++i;
            const Token::Kind kind = c == u'"' ? Token::String : Token::Character;
            tokens.append({kind, s.mid(start, i - start), line});
        } else if (c.isDigit()) {
            int j = i;
            while (j < n && (isIdentChar(s[j]) || s[j] == u'.' || s[j] == u'\'')) {
                ++j;
            }
            tokens.append({Token::Number, s.mid(i, j - i), line});
            i = j;
        } else {
            // "::" is kept as one token so that qualified calls are easy to see.
            if (c == u':' && i + 1 < n && s[i + 1] == u':') {
                tokens.append({Token::Punct, QStringLiteral("::"), line});
                i += 2;
            } else {
                tokens.append({Token::Punct, QString(c), line});
                ++i;
            }
        }
    }
    return tokens;
}

// Index of the translatable text among a call's arguments, or -1.
int textArgument(const QString &call)
{
    if (call == u"tr" || call == u"QT_TR_NOOP" || call == u"QT_TR_N_NOOP" || call == u"qsTr") {
        return 0;
    }
    if (call == u"translate" || call == u"QT_TRANSLATE_NOOP" || call == u"QT_TRANSLATE_N_NOOP") {
        return 1;
    }
    return -1;
}

bool builtAtRunTime(const QList<Token> &arg)
{
    static const QSet<QString> builders = {
        QStringLiteral("QString"),       QStringLiteral("QStringLiteral"),
        QStringLiteral("QLatin1String"), QStringLiteral("QLatin1StringView"),
        QStringLiteral("QStringView"),   QStringLiteral("QByteArray"),
        QStringLiteral("arg"),           QStringLiteral("std"),
        QStringLiteral("qPrintable"),    QStringLiteral("qUtf8Printable"),
        QStringLiteral("toUtf8"),        QStringLiteral("toLatin1"),
        QStringLiteral("toLocal8Bit"),   QStringLiteral("append"),
        QStringLiteral("prepend"),       QStringLiteral("sprintf"),
        QStringLiteral("asprintf"),      QStringLiteral("number"),
    };
    for (int k = 0; k < arg.size(); ++k) {
        const Token &t = arg[k];
        if (t.kind == Token::Punct && (t.text == u"+" || t.text == u"%")) {
            return true;
        }
        if (t.kind == Token::Identifier && builders.contains(t.text)) {
            return true;
        }
        // A macro pasted next to a literal ("Stratum " VERSION) is a
        // concatenation lupdate cannot resolve.
        if (k > 0 && ((t.kind == Token::String && arg[k - 1].kind == Token::Identifier) ||
                      (t.kind == Token::Identifier && arg[k - 1].kind == Token::String))) {
            return true;
        }
    }
    return false;
}

QString joined(const QList<Token> &arg)
{
    QStringList parts;
    for (const Token &t : arg) {
        parts << t.text;
    }
    return parts.join(u' ');
}

}  // namespace

QList<TrCallScanner::Finding> TrCallScanner::concatenatedArguments(const QString &source)
{
    const QList<Token> tokens = tokenize(source);
    QList<Finding> findings;
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        const Token &name = tokens[i];
        if (name.kind != Token::Identifier || tokens[i + 1].text != u"(") {
            continue;
        }
        const int which = textArgument(name.text);
        if (which < 0) {
            continue;
        }
        // Split the argument list at top-level commas.
        QList<QList<Token>> args(1);
        int depth = 0;
        int k = i + 2;
        for (; k < tokens.size(); ++k) {
            const Token &t = tokens[k];
            if (t.kind == Token::Punct && (t.text == u"(" || t.text == u"[" || t.text == u"{")) {
                ++depth;
            } else if (t.kind == Token::Punct &&
                       (t.text == u")" || t.text == u"]" || t.text == u"}")) {
                if (depth == 0) {
                    break;
                }
                --depth;
            } else if (depth == 0 && t.kind == Token::Punct && t.text == u",") {
                args.append(QList<Token>());
                continue;
            }
            args.last().append(t);
        }
        // translate(x, y) is also QPainter's and QTransform's: only a call
        // whose first argument is a string literal (the context) is Qt's.
        if (name.text == u"translate" &&
            (args[0].size() != 1 || args[0][0].kind != Token::String)) {
            continue;
        }
        if (which >= args.size()) {
            continue;
        }
        if (builtAtRunTime(args[which])) {
            findings.append({name.line, name.text, joined(args[which])});
        }
    }
    return findings;
}

}  // namespace stratum::tests
