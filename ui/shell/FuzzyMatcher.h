#pragma once

#include <QList>
#include <QString>

namespace stratum::ui {

// Scores how well a typed query matches a command name, the way editor command
// palettes do: the query's characters must appear in order (case-insensitive);
// matches at word starts and runs of consecutive characters score higher, gaps
// score lower. Pure and reentrant.
class FuzzyMatcher
{
public:
    struct Match
    {
        int score = -1;        // -1: no match
        QList<int> positions;  // indices into the candidate, one per query char
        bool matched() const { return score >= 0; }
    };

    static Match match(const QString &query, const QString &candidate);
};

}  // namespace stratum::ui
