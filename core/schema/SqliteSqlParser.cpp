#include "core/schema/SqliteSqlParser.h"

namespace stratum::schema {
namespace {

struct Token
{
    QString text;
    qsizetype begin = 0;
    qsizetype end = 0;  // one past the last character
    bool isWord() const
    {
        return !text.isEmpty() && (text[0].isLetterOrNumber() || text[0] == u'_');
    }
    bool is(const char *keyword) const
    {
        return text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }
};

std::vector<Token> tokenize(const QString &sql)
{
    std::vector<Token> out;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && sql[i + 1] == u'-') {
            while (i < n && sql[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql[i + 1] == u'*') {
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c == u'"' || c == u'\'' || c == u'`' || c == u'[') {
            const QChar closeChar = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            for (; j < n; ++j) {
                if (sql[j] == closeChar) {
                    if (closeChar != u']' && j + 1 < n && sql[j + 1] == closeChar) {
                        ++j;  // doubled quote
                        continue;
                    }
                    break;
                }
            }
            const qsizetype end = qMin(j + 1, n);
            out.push_back({sql.mid(i, end - i), i, end});
            i = end;
        } else if (c.isLetterOrNumber() || c == u'_' || c == u'$') {
            qsizetype j = i;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == u'_' || sql[j] == u'$'))
                ++j;
            out.push_back({sql.mid(i, j - i), i, j});
            i = j;
        } else {
            out.push_back({QString(c), i, i + 1});
            ++i;
        }
    }
    return out;
}

// Index of the token closing the parenthesis opened at open.
size_t matchingParen(const std::vector<Token> &t, size_t open)
{
    int depth = 0;
    for (size_t i = open; i < t.size(); ++i) {
        if (t[i].text == QLatin1String("("))
            ++depth;
        else if (t[i].text == QLatin1String(")") && --depth == 0)
            return i;
    }
    return t.size();
}

// Splits tokens [from, to) at commas outside parentheses.
std::vector<std::pair<size_t, size_t>> splitItems(const std::vector<Token> &t, size_t from,
                                                  size_t to)
{
    std::vector<std::pair<size_t, size_t>> items;
    int depth = 0;
    size_t start = from;
    for (size_t i = from; i < to; ++i) {
        if (t[i].text == QLatin1String("("))
            ++depth;
        else if (t[i].text == QLatin1String(")"))
            --depth;
        else if (depth == 0 && t[i].text == QLatin1String(",")) {
            items.emplace_back(start, i);
            start = i + 1;
        }
    }
    if (start < to)
        items.emplace_back(start, to);
    return items;
}

QString textBetween(const QString &sql, const std::vector<Token> &t, size_t first, size_t last)
{
    if (first > last || last >= t.size())
        return {};
    return sql.mid(t[first].begin, t[last].end - t[first].begin).trimmed();
}

QStringList columnNames(const std::vector<Token> &t, size_t open)
{
    QStringList out;
    const size_t close = matchingParen(t, open);
    for (const auto &[a, b] : splitItems(t, open + 1, close)) {
        if (a < b)
            out << SqliteSqlParser::unquote(t[a].text);
    }
    return out;
}

void readDeferrable(const std::vector<Token> &t, size_t from, size_t to,
                    SqliteSqlParser::NamedColumns &into)
{
    for (size_t i = from; i < to; ++i) {
        if (t[i].is("DEFERRABLE") && !(i > from && t[i - 1].is("NOT")))
            into.deferrable = true;
        if (t[i].is("INITIALLY") && i + 1 < to && t[i + 1].is("DEFERRED"))
            into.initiallyDeferred = true;
    }
}

size_t find(const std::vector<Token> &t, size_t from, size_t to, const char *text)
{
    for (size_t i = from; i < to; ++i) {
        if (t[i].text == QLatin1String(text))
            return i;
    }
    return to;
}

}  // namespace

QString SqliteSqlParser::unquote(const QString &token)
{
    if (token.size() < 2)
        return token;
    const QChar first = token.front();
    const QChar last = token.back();
    if (first == u'[' && last == u']')
        return token.mid(1, token.size() - 2);
    if ((first == u'"' || first == u'`' || first == u'\'') && last == first) {
        QString inner = token.mid(1, token.size() - 2);
        inner.replace(QString(2, first), QString(first));
        return inner;
    }
    return token;
}

SqliteSqlParser::ParsedTable SqliteSqlParser::parseTable(const QString &sql)
{
    ParsedTable out;
    const std::vector<Token> t = tokenize(sql);
    const size_t open = find(t, 0, t.size(), "(");
    const size_t close = matchingParen(t, open);
    for (const auto &[a, b] : splitItems(t, open + 1, close)) {
        if (a >= b)
            continue;
        QString constraintName;
        size_t i = a;
        const bool tableConstraint = t[a].is("CONSTRAINT") || t[a].is("PRIMARY") ||
                                     t[a].is("UNIQUE") || t[a].is("CHECK") || t[a].is("FOREIGN");
        const QString column = tableConstraint ? QString() : unquote(t[a].text);
        if (!tableConstraint)
            i = a + 1;
        for (; i < b; ++i) {
            if (t[i].is("CONSTRAINT") && i + 1 < b) {
                constraintName = unquote(t[i + 1].text);
                ++i;
            } else if (t[i].is("PRIMARY")) {
                if (tableConstraint || !constraintName.isEmpty())
                    out.primaryKeyName = constraintName;
                for (size_t k = i; k < b && !t[k].is("CONSTRAINT"); ++k) {
                    if (t[k].is("AUTOINCREMENT") && !column.isEmpty())
                        out.autoincrement << column;
                }
                constraintName.clear();
            } else if (t[i].is("UNIQUE")) {
                const size_t p = i + 1;
                NamedColumns u{constraintName, {}, false, false};
                if (tableConstraint && p < b && t[p].text == QLatin1String("("))
                    u.columns = columnNames(t, p);
                else
                    u.columns = QStringList{column};
                out.uniques.push_back(u);
                constraintName.clear();
            } else if (t[i].is("CHECK") && i + 1 < b && t[i + 1].text == QLatin1String("(")) {
                const size_t end = matchingParen(t, i + 1);
                out.checks.push_back({constraintName, textBetween(sql, t, i + 2, end - 1)});
                constraintName.clear();
                i = end;
            } else if (t[i].is("FOREIGN") && i + 2 < b && t[i + 2].text == QLatin1String("(")) {
                NamedColumns fk{constraintName, columnNames(t, i + 2), false, false};
                readDeferrable(t, i, b, fk);
                out.foreignKeys.push_back(fk);
                constraintName.clear();
                break;  // the rest of the item is the REFERENCES clause
            } else if (t[i].is("REFERENCES") && !tableConstraint) {
                NamedColumns fk{constraintName, {column}, false, false};
                size_t end = i + 1;
                while (end < b && !t[end].is("CONSTRAINT"))
                    ++end;
                readDeferrable(t, i, end, fk);
                out.foreignKeys.push_back(fk);
                constraintName.clear();
            } else if (t[i].is("AS") && !column.isEmpty() && i + 1 < b &&
                       t[i + 1].text == QLatin1String("(")) {
                const size_t end = matchingParen(t, i + 1);
                out.generated.insert(column, textBetween(sql, t, i + 2, end - 1));
                i = end;
            } else if (t[i].text == QLatin1String("(")) {
                i = matchingParen(t, i);  // type arguments, DEFAULT (expr), ...
            }
        }
    }
    return out;
}

SqliteSqlParser::ParsedIndex SqliteSqlParser::parseIndex(const QString &sql)
{
    ParsedIndex out;
    const std::vector<Token> t = tokenize(sql);
    const size_t open = find(t, 0, t.size(), "(");
    const size_t close = matchingParen(t, open);
    for (const auto &[a, b] : splitItems(t, open + 1, close)) {
        size_t last = b;
        // drop trailing ASC/DESC and COLLATE name, which the model does not keep
        while (last > a + 1 && (t[last - 1].is("ASC") || t[last - 1].is("DESC")))
            --last;
        if (last > a + 2 && t[last - 2].is("COLLATE"))
            last -= 2;
        size_t first = a;
        // an expression key written in its own parentheses: keep the inside
        while (last > first + 2 && t[first].text == QLatin1String("(") &&
               matchingParen(t, first) == last - 1) {
            ++first;
            --last;
        }
        out.keys << (last == first + 1 ? unquote(t[first].text)
                                       : textBetween(sql, t, first, last - 1));
    }
    for (size_t i = close; i < t.size(); ++i) {
        if (t[i].is("WHERE") && i + 1 < t.size()) {
            out.where = sql.mid(t[i + 1].begin).trimmed();
            if (out.where.endsWith(u';'))
                out.where.chop(1);
            break;
        }
    }
    return out;
}

QString SqliteSqlParser::viewDefinition(const QString &sql)
{
    const std::vector<Token> t = tokenize(sql);
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i].is("AS") && i + 1 < t.size())
            return sql.mid(t[i + 1].begin).trimmed();
    }
    return sql;
}

}  // namespace stratum::schema
