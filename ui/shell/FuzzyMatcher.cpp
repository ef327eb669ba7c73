#include "ui/shell/FuzzyMatcher.h"

#include <QVector>

#include <limits>

namespace stratum::ui {

namespace {

constexpr int kNone = std::numeric_limits<int>::min() / 2;
constexpr int kBase = 1;
constexpr int kWordStart = 8;
constexpr int kConsecutive = 6;
constexpr int kFirstChar = 4;

bool isWordStart(const QString &s, qsizetype i)
{
    if (i == 0) {
        return true;
    }
    const QChar prev = s.at(i - 1);
    const QChar cur = s.at(i);
    if (!prev.isLetterOrNumber()) {
        return cur.isLetterOrNumber();
    }
    return prev.isLower() && cur.isUpper();  // camelCase boundary
}

}  // namespace

FuzzyMatcher::Match FuzzyMatcher::match(const QString &rawQuery, const QString &candidate)
{
    QString query = rawQuery;
    query.remove(QLatin1Char(' '));
    Match result;
    if (query.isEmpty()) {
        result.score = 0;
        return result;
    }
    const qsizetype n = query.size();
    const qsizetype m = candidate.size();
    if (n > m) {
        return result;
    }
    const QString q = query.toCaseFolded();
    const QString c = candidate.toCaseFolded();
    if (c.size() != m || q.size() != n) {
        return result;  // case folding changed lengths (rare scripts): no fuzzy match
    }

    // best[i][j]: best score with q[i] matched at c[j]; from[i][j]: where q[i-1] was.
    QVector<QVector<int>> best(n, QVector<int>(m, kNone));
    QVector<QVector<int>> from(n, QVector<int>(m, -1));
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i; j < m; ++j) {
            if (q.at(i) != c.at(j)) {
                continue;
            }
            int gain = kBase + (isWordStart(candidate, j) ? kWordStart : 0);
            if (i == 0) {
                best[i][j] = gain + (j == 0 ? kFirstChar : 0) - int(qMin<qsizetype>(j, 3));
                continue;
            }
            int bestPrev = kNone;
            int bestK = -1;
            for (qsizetype k = i - 1; k < j; ++k) {
                if (best[i - 1][k] == kNone) {
                    continue;
                }
                const qsizetype gap = j - k - 1;
                const int s =
                    best[i - 1][k] + (gap == 0 ? kConsecutive : -int(qMin<qsizetype>(gap, 3)));
                if (s > bestPrev) {
                    bestPrev = s;
                    bestK = int(k);
                }
            }
            if (bestK >= 0) {
                best[i][j] = bestPrev + gain;
                from[i][j] = bestK;
            }
        }
    }
    int end = -1;
    int top = kNone;
    for (qsizetype j = n - 1; j < m; ++j) {
        if (best[n - 1][j] > top) {
            top = best[n - 1][j];
            end = int(j);
        }
    }
    if (end < 0) {
        return result;
    }
    result.positions.resize(n);
    int j = end;
    for (qsizetype i = n - 1; i >= 0; --i) {
        result.positions[i] = j;
        j = from[i][j];
    }
    // Equal scores stay equal, so callers can break ties by their own order
    // (the palette keeps menu order). A match never scores below zero.
    result.score = qMax(0, top);
    return result;
}

}  // namespace stratum::ui
