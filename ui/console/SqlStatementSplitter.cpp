#include "ui/console/SqlStatementSplitter.h"

#include "ui/console/SqlScanner.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace stratum::ui {

namespace {

// Recognises the statements whose bodies may hold semicolons, from their first
// words: PostgreSQL's CREATE [OR REPLACE] FUNCTION|PROCEDURE (a BEGIN ATOMIC
// body, tracked like psql does) and SQLite's CREATE [TEMP] TRIGGER (a body
// that ends at a ";" right after END, as sqlite3_complete decides).
struct StatementState
{
    std::array<QString, 4> head;
    int words = 0;
    int parenDepth = 0;
    int beginDepth = 0;
    int segmentTokens = 0;  // non-trivia tokens since the last ';' inside the statement
    bool segmentIsEnd = false;
    int firstStart = -1;
    int lastEnd = -1;
    bool hasCode = false;

    bool isRoutine() const
    {
        if (head[0] != QLatin1String("create"))
            return false;
        const auto routine = [](const QString &w) {
            return w == QLatin1String("function") || w == QLatin1String("procedure");
        };
        return routine(head[1]) || (head[1] == QLatin1String("or") &&
                                    head[2] == QLatin1String("replace") && routine(head[3]));
    }
    bool isTrigger() const
    {
        if (head[0] != QLatin1String("create"))
            return false;
        return head[1] == QLatin1String("trigger") ||
               ((head[1] == QLatin1String("temp") || head[1] == QLatin1String("temporary")) &&
                head[2] == QLatin1String("trigger"));
    }
};

bool hasNewline(QStringView text)
{
    return text.contains(QLatin1Char('\n'));
}

bool hasBlankLine(QStringView text)
{
    int newlines = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('\n')) {
            if (++newlines == 2)
                return true;
        } else if (!c.isSpace()) {
            newlines = 0;
        }
    }
    return false;
}

}  // namespace

std::vector<SqlStatement> SqlStatementSplitter::split(QStringView script, schema::Dialect dialect)
{
    const bool pg = dialect == schema::Dialect::PostgreSQL;
    std::vector<SqlStatement> out;
    SqlScanner scanner(script, dialect);
    StatementState st;
    int pieceStart = 0;

    const auto finish = [&](int pieceEnd, bool terminated) {
        SqlStatement s;
        s.pieceStart = pieceStart;
        s.pieceEnd = pieceEnd;
        s.terminated = terminated;
        s.blank = !st.hasCode;
        s.start = st.firstStart < 0 ? pieceStart : st.firstStart;
        s.end = st.lastEnd < 0 ? s.start : st.lastEnd;
        out.push_back(s);
        pieceStart = pieceEnd;
        st = StatementState();
    };

    while (!scanner.atEnd()) {
        const SqlToken t = scanner.next();
        if (t.kind == SqlToken::Whitespace)
            continue;
        if (t.kind == SqlToken::Semicolon) {
            bool ends = st.parenDepth == 0 && st.beginDepth == 0;
            if (!pg && st.isTrigger())
                ends = st.segmentIsEnd;
            if (ends) {
                finish(t.end(), true);
                continue;
            }
            st.segmentTokens = 0;
            st.segmentIsEnd = false;
            st.lastEnd = t.end();
            continue;
        }
        if (st.firstStart < 0)
            st.firstStart = t.start;
        st.lastEnd = t.end();
        if (t.isTrivia())
            continue;
        st.hasCode = true;
        ++st.segmentTokens;
        st.segmentIsEnd = false;
        switch (t.kind) {
        case SqlToken::OpenParen:
            if (pg)
                ++st.parenDepth;
            break;
        case SqlToken::CloseParen:
            if (st.parenDepth > 0)
                --st.parenDepth;
            break;
        case SqlToken::Word: {
            // Compared in place: allocating a lower-case copy of every word
            // would dominate the cost on long scripts.
            const QStringView w = scanner.text(t);
            const auto is = [&](const char16_t *word) {
                return w.compare(QStringView(word), Qt::CaseInsensitive) == 0;
            };
            if (st.words < int(st.head.size()))
                st.head[std::size_t(st.words)] = w.toString().toLower();
            ++st.words;
            st.segmentIsEnd = st.segmentTokens == 1 && is(u"end");
            if (pg && st.parenDepth == 0 && st.isRoutine()) {
                if (is(u"begin")) {
                    ++st.beginDepth;
                } else if (is(u"case")) {
                    // CASE also closes with END; it only matters inside a body.
                    if (st.beginDepth > 0)
                        ++st.beginDepth;
                } else if (is(u"end")) {
                    if (st.beginDepth > 0)
                        --st.beginDepth;
                }
            }
            break;
        }
        default:
            break;
        }
    }
    if (int(script.size()) > pieceStart)
        finish(int(script.size()), false);
    return out;
}

std::vector<SqlStatement> SqlStatementSplitter::statements(QStringView script,
                                                           schema::Dialect dialect)
{
    std::vector<SqlStatement> all = split(script, dialect);
    all.erase(std::remove_if(all.begin(), all.end(), [](const SqlStatement &s) { return s.blank; }),
              all.end());
    return all;
}

int SqlStatementSplitter::statementAt(const std::vector<SqlStatement> &pieces, QStringView script,
                                      int cursor)
{
    int prev = -1;
    int next = -1;
    for (int i = 0; i < int(pieces.size()); ++i) {
        const SqlStatement &s = pieces[std::size_t(i)];
        if (s.blank)
            continue;
        const int reach = s.terminated ? s.pieceEnd : s.end;
        if (cursor >= s.start && cursor <= reach)
            return i;
        if (reach < cursor) {
            prev = i;
        } else if (next < 0 && s.start > cursor) {
            next = i;
        }
    }
    const auto between = [&](int from, int to) { return script.mid(from, std::max(0, to - from)); };
    if (prev >= 0) {
        const SqlStatement &p = pieces[std::size_t(prev)];
        const int reach = p.terminated ? p.pieceEnd : p.end;
        if (!hasNewline(between(reach, cursor)))
            return prev;
    }
    if (next >= 0 && (prev < 0 || !hasBlankLine(between(cursor, pieces[std::size_t(next)].start))))
        return next;
    return prev >= 0 ? prev : next;
}

int utf16IndexOfCodePoint(QStringView text, int codePoint)
{
    qsizetype i = 0;
    for (int n = 0; n < codePoint && i < text.size(); ++n) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            i += 2;
        else
            ++i;
    }
    return int(i);
}

// PostgreSQL's protocol carries at most 65535 bind parameters (SQLite's
// default limit is lower still).
constexpr int kMaxNumberedParameter = 65535;

SqlParameters SqlParameters::rewrite(QStringView sql, schema::Dialect dialect)
{
    SqlParameters out;
    // First pass: the highest explicit number, so named slots come after it.
    struct Found
    {
        SqlToken token;
        QString text;
    };
    std::vector<Found> found;
    int maxNumbered = 0;
    {
        SqlScanner scanner(sql, dialect);
        while (!scanner.atEnd()) {
            const SqlToken t = scanner.next();
            if (t.kind != SqlToken::Parameter)
                continue;
            const QString text = scanner.text(t).toString();
            bool numeric = false;
            const int n = text.mid(1).toInt(&numeric);
            const bool numbered =
                text.front() == QLatin1Char('$') || text.front() == QLatin1Char('?');
            // Beyond the servers' own limit a number is left for the server to
            // refuse; counting up to it would allocate a slot for each number.
            if (numbered && numeric && n > kMaxNumberedParameter)
                continue;
            if (numbered && !numeric && text.size() > 1 && text.at(1).isDigit())
                continue;  // too large for an int
            found.push_back({t, text});
            if (numeric && n >= 1 && numbered)
                maxNumbered = std::max(maxNumbered, n);
        }
    }
    if (found.empty()) {
        out.m_sql = sql.toString();
        return out;
    }
    for (int i = 1; i <= maxNumbered; ++i)
        out.m_names << QLatin1Char('$') + QString::number(i);

    QHash<QString, int> namedSlots;
    QString rewritten;
    rewritten.reserve(sql.size() + 8);
    int copied = 0;
    for (const Found &f : found) {
        int slot = 0;
        bool numeric = false;
        const int n = f.text.mid(1).toInt(&numeric);
        const QChar sigil = f.text.front();
        if (numeric && n >= 1 && (sigil == QLatin1Char('$') || sigil == QLatin1Char('?'))) {
            slot = n;
            if (sigil == QLatin1Char('?'))
                out.m_names[slot - 1] = f.text;
        } else if (f.text == QLatin1String("?")) {
            out.m_names << QLatin1Char('?') + QString::number(out.m_names.size() + 1);
            slot = int(out.m_names.size());
        } else {
            auto it = namedSlots.constFind(f.text);
            if (it == namedSlots.constEnd()) {
                out.m_names << f.text;
                it = namedSlots.insert(f.text, int(out.m_names.size()));
            }
            slot = it.value();
        }
        rewritten += sql.mid(copied, f.token.start - copied);
        const QString replacement = QLatin1Char('$') + QString::number(slot);
        out.m_replacements.push_back(
            {f.token.start, f.token.length, int(rewritten.size()), int(replacement.size())});
        rewritten += replacement;
        copied = f.token.end();
    }
    rewritten += sql.mid(copied);
    out.m_sql = rewritten;
    return out;
}

int SqlParameters::toOriginal(int rewrittenIndex) const
{
    int delta = 0;
    for (const Replacement &r : m_replacements) {
        if (rewrittenIndex < r.rewrittenStart)
            break;
        if (rewrittenIndex < r.rewrittenStart + r.rewrittenLength)
            return r.originalStart;
        delta = (r.originalStart + r.originalLength) - (r.rewrittenStart + r.rewrittenLength);
    }
    return rewrittenIndex + delta;
}

}  // namespace stratum::ui
