#pragma once

#include "core/config/Result.h"
#include "core/migrate/Revision.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stratum::migrate {

class RevisionException;

// Sentinels that Alembic's resolution can produce besides real revisions
// (revision indices are >= 0).
inline constexpr int NoRevision = -1;    // Python's None (e.g. an over-walk)
inline constexpr int BaseRevision = -2;  // the "base" symbol reached by walking down

// Alembic's _RevisionIdentifierType: None, a single string (which may be a
// symbol such as "heads", "label@head", "ae10+2"), or a tuple of strings (such
// as the heads stored in a version table). The distinction matters: only a
// single string is parsed for relative and branch syntax.
struct RevisionSpec
{
    enum class Kind { None, String, Tuple };
    Kind kind = Kind::None;
    QStringList values;

    static RevisionSpec none() { return {}; }
    static RevisionSpec string(const QString &s) { return {Kind::String, {s}}; }
    static RevisionSpec tuple(const QStringList &ids) { return {Kind::Tuple, ids}; }
    bool isNone() const { return kind == Kind::None; }
    bool isString() const { return kind == Kind::String; }
    QString str() const { return values.value(0); }
};

// The revision DAG of a script directory: Alembic's RevisionMap in C++.
// Revisions are addressed by their index, in the order they were given (the
// order Alembic's map was filled in, which decides history ordering). Build
// checks everything Alembic checks (illegal ids, self-loops, duplicate ids,
// branch-name clashes, missing parents and dependencies, cycles) and reports
// the file/line/column of the offending header. Every traversal is iterative.
// Immutable after build; const methods are safe to call from several threads.
class RevisionGraph
{
public:
    RevisionGraph() = default;
    static Result<RevisionGraph> build(QList<Revision> revisions);

    int size() const { return int(m_nodes.size()); }
    const Revision &revision(int index) const { return m_nodes[index].revision; }
    QString id(int index) const { return m_nodes[index].revision.id; }
    int indexOf(const QString &id) const { return m_ids.value(id, NoRevision); }

    // Structure, as in Alembic's Revision properties.
    const QList<int> &downRevisions(int i) const { return m_nodes[i].versionedDown; }
    const QList<int> &children(int i) const { return m_nodes[i].next; }  // nextrev
    const QList<int> &allChildren(int i) const { return m_nodes[i].allNext; }
    const QList<int> &dependencies(int i) const { return m_nodes[i].resolvedDeps; }
    // Own labels plus those inherited along the branch (Alembic's branch_labels).
    const QStringList &branchLabels(int i) const { return m_nodes[i].labels; }
    bool isHead(int i) const { return m_nodes[i].next.isEmpty(); }
    bool isRealHead(int i) const { return m_nodes[i].allNext.isEmpty(); }
    bool isBase(int i) const { return m_nodes[i].versionedDown.isEmpty(); }
    bool isRealBase(int i) const;
    bool isBranchPoint(int i) const { return m_nodes[i].next.size() > 1; }
    bool isRealBranchPoint(int i) const { return m_nodes[i].allNext.size() > 1; }
    bool isMergePoint(int i) const { return m_nodes[i].versionedDown.size() > 1; }

    const QList<int> &heads() const { return m_heads; }  // ignoring depends_on
    const QList<int> &realHeads() const { return m_realHeads; }
    const QList<int> &bases() const { return m_bases; }
    const QList<int> &realBases() const { return m_realBases; }

    // Target resolution with Alembic's semantics and command-level messages:
    // "head", "heads", "base", full ids, unique prefixes (4+ characters),
    // branch labels, "label@head", "label@base", "label@<rev>", "-N"/"label@-N".
    // revisions() may contain NoRevision/BaseRevision (an over-walk).
    Result<QList<int>> revisions(const QString &target) const;
    // A single revision; NoRevision for "base". Several heads are an error.
    Result<int> revisionFor(const QString &target) const;
    // The single head (optionally of a branch label); NoRevision when empty.
    Result<int> currentHead(const QString &branchLabel = QString()) const;

private:
    friend class RevisionIterator;

    struct Node
    {
        Revision revision;
        QList<int> versionedDown;   // down_revision
        QList<int> resolvedDeps;    // depends_on, resolved to revisions
        QList<int> normalizedDeps;  // depends_on not already implied by an ancestor
        QList<int> allDown;         // versionedDown + resolvedDeps
        QList<int> normalizedDown;  // versionedDown + normalizedDeps
        QList<int> next;            // children through down_revision
        QList<int> allNext;         // children through down_revision or depends_on
        QStringList labels;
    };

public:
    // Which edges a traversal follows (Alembic's fn arguments).
    enum class Edges { VersionedDown, NormalizedDown, AllDown, Next, AllNext };

    // Alembic's _iterate_related_revisions: depth-first, each revision once,
    // in its yield order. With check, a target reaching another target raises
    // "Requested revision X overlaps with other requested revisions Y".
    QList<int> related(Edges edges, const QList<int> &targets, bool check = false) const;
    QList<int> ancestors(const QList<int> &targets, bool includeDependencies = true,
                         bool check = false) const;
    QList<int> descendants(const QList<int> &targets, bool includeDependencies = true,
                           bool check = false) const;

private:
    const QList<int> &edges(Edges kind, int i) const;
    Status link();
    Status detectCycles() const;
    QList<int> findLoop(Edges down, const QList<int> &candidates) const;
    void normalizeDependsOn();
    void addBranches();
    Error errorAt(int index, const SourcePosition &pos, const QString &message,
                  const QString &code) const;

    // Resolution internals (RevisionGraphResolve.cpp); these throw
    // RevisionException, which public methods turn into Error.
    struct Resolved
    {
        QStringList ids;
        QString branchLabel;
    };
    Resolved resolveNumber(const RevisionSpec &id) const;
    QList<int> getRevisions(const RevisionSpec &id) const;
    int getRevision(const RevisionSpec &id) const;
    int resolveBranch(const QString &label) const;
    int revisionForIdent(const QString &id, const QString &checkBranch = QString()) const;
    int lookup(const QString &key) const;  // exact id or branch label
    int currentHeadOrThrow(const QString &branchLabel) const;
    QList<int> filterForLineage(const QList<int> &targets, const RevisionSpec &checkAgainst,
                                bool includeDependencies = false) const;
    bool sharesLineage(int target, const QList<int> &against, bool includeDependencies) const;
    int walk(int start, int steps, const QString &branchLabel = QString(),
             bool noOverwalk = true) const;
    QList<int> allCurrent(const QStringList &ids) const;
    QList<int> filterIntoBranchHeads(const QList<int> &targets) const;

    QList<Node> m_nodes;
    QHash<QString, int> m_ids;
    QHash<QString, int> m_labelOwners;  // branch label -> revision that declares it
    QStringList m_labelOrder;           // labels in the order they were mapped
    QList<int> m_heads, m_realHeads, m_bases, m_realBases;
};

}  // namespace stratum::migrate
