#pragma once

#include "core/config/Result.h"
#include "core/migrate/RevisionGraph.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace stratum::migrate {

class RevisionException;

// Ranges over a RevisionGraph with Alembic's iterate_revisions semantics: the
// set of revisions between an upper and a lower identifier (relative forms,
// branch labels, several current heads, depends_on), emitted newest first in
// Alembic's topological order. This is what history prints and what upgrade
// and downgrade apply. Holds a reference to the graph, which must outlive it;
// const and thread-safe like the graph.
class RevisionIterator
{
public:
    struct Options
    {
        bool implicitBase = false;
        bool inclusive = false;
        bool assertRelativeLength = true;
        bool selectForDowngrade = false;
    };

    explicit RevisionIterator(const RevisionGraph &graph)
        : m_graph(graph)
    {}

    // RevisionMap.iterate_revisions(upper, lower, ...): newest first.
    Result<QList<int>> iterate(const RevisionSpec &upper, const RevisionSpec &lower,
                               const Options &options) const;
    // ScriptDirectory.walk_revisions(base, head): what `history` prints.
    Result<QList<int>> walkRevisions(const QString &base = QStringLiteral("base"),
                                     const QString &head = QStringLiteral("heads")) const;
    // The revisions to apply, in application order (oldest first), to go from
    // the heads stored in the version table to destination.
    Result<QList<int>> upgradePath(const QStringList &currentHeads,
                                   const QString &destination) const;
    // The revisions to unapply, in order (newest first).
    Result<QList<int>> downgradePath(const QStringList &currentHeads,
                                     const QString &destination) const;

private:
    QList<int> iterateOrThrow(const RevisionSpec &upper, const RevisionSpec &lower,
                              const Options &options) const;
    std::pair<QList<int>, QList<int>> collectUpgrade(const RevisionSpec &upper, RevisionSpec lower,
                                                     const Options &options) const;
    std::pair<QList<int>, QList<int>> collectDowngrade(const RevisionSpec &upper,
                                                       const RevisionSpec &target,
                                                       const Options &options) const;
    QList<int> parseUpgradeTarget(const RevisionSpec &current, const RevisionSpec &target,
                                  bool assertRelativeLength) const;
    std::pair<QString, int> parseDowngradeTarget(const RevisionSpec &current,
                                                 const RevisionSpec &target,
                                                 bool assertRelativeLength) const;
    QList<int> topologicalSort(const QList<int> &revisions, const QList<int> &heads) const;
    int revisionOf(const QString &symbol, const QString &branchLabel) const;

    const RevisionGraph &m_graph;
};

}  // namespace stratum::migrate
