#include "core/migrate/RevisionGraph.h"

#include "core/migrate/RevisionException.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace stratum::migrate {

namespace {

void appendUnique(QList<int> &list, int value)
{
    if (!list.contains(value))
        list.append(value);
}

QList<int> dedupe(const QList<int> &a, const QList<int> &b)
{
    QList<int> out;
    out.reserve(a.size() + b.size());
    for (int v : a)
        appendUnique(out, v);
    for (int v : b)
        appendUnique(out, v);
    return out;
}

}  // namespace

Error RevisionGraph::errorAt(int index, const SourcePosition &pos, const QString &message,
                             const QString &code) const
{
    Error e;
    e.message = message;
    e.code = code;
    if (index >= 0 && index < m_nodes.size()) {
        e.source = m_nodes[index].revision.path;
        e.line = pos.line;
        e.column = pos.column;
    }
    return e;
}

bool RevisionGraph::isRealBase(int i) const
{
    return m_nodes[i].versionedDown.isEmpty() && m_nodes[i].revision.dependsOn.isEmpty();
}

Result<RevisionGraph> RevisionGraph::build(QList<Revision> revisions)
{
    RevisionGraph g;
    g.m_nodes.reserve(revisions.size());
    g.m_ids.reserve(revisions.size());
    static const QString illegal = QStringLiteral("+-@");
    for (Revision &r : revisions) {
        const int index = int(g.m_nodes.size());
        g.m_nodes.append(Node{std::move(r), {}, {}, {}, {}, {}, {}, {}, {}});
        const Revision &rev = g.m_nodes.last().revision;
        if (rev.id.isEmpty())
            return g.errorAt(index, rev.idPosition, QStringLiteral("Revision identifier is empty"),
                             QStringLiteral("id"));
        QStringList bad;
        for (QChar c : illegal)
            if (rev.id.contains(c))
                bad << QString(c);
        if (!bad.isEmpty())
            return g.errorAt(
                index, rev.idPosition,
                QStringLiteral("Character(s) '%1' not allowed in revision identifier '%2'")
                    .arg(bad.join(QLatin1String(", ")), rev.id),
                QStringLiteral("id"));
        if (rev.downRevisions.contains(rev.id))
            return g.errorAt(index, rev.downRevisionPosition,
                             QStringLiteral("Self-loop is detected in revisions (%1)").arg(rev.id),
                             QStringLiteral("cycle"));
        if (rev.dependsOn.contains(rev.id))
            return g.errorAt(
                index, rev.dependsOnPosition,
                QStringLiteral("Dependency self-loop is detected in revisions (%1)").arg(rev.id),
                QStringLiteral("cycle"));
        const int previous = g.m_ids.value(rev.id, NoRevision);
        if (previous != NoRevision) {
            const QString first = g.m_nodes[previous].revision.path;
            QString message = QStringLiteral("Revision %1 is present more than once").arg(rev.id);
            if (!first.isEmpty() || !rev.path.isEmpty())
                message += QStringLiteral(" (in %1 and %2)").arg(first, rev.path);
            return g.errorAt(index, rev.idPosition, message, QStringLiteral("duplicate"));
        }
        g.m_ids.insert(rev.id, index);
    }
    if (Status s = g.link(); !s)
        return s.error();
    return g;
}

Status RevisionGraph::link()
{
    const int n = size();
    // Branch labels share the id namespace (Alembic's _map_branch_labels).
    for (int i = 0; i < n; ++i) {
        const Revision &rev = m_nodes[i].revision;
        for (const QString &label : rev.branchLabels) {
            const int owner = lookup(label);
            if (owner != NoRevision)
                return errorAt(i, rev.branchLabelsPosition,
                               QStringLiteral("Branch name '%1' in revision %2 already used by "
                                              "revision %3")
                                   .arg(label, rev.id, id(owner)),
                               QStringLiteral("branch-label"));
            m_labelOwners.insert(label, i);
            m_labelOrder << label;
        }
    }
    // depends_on may name ids or branch labels (_add_depends_on).
    for (int i = 0; i < n; ++i) {
        Node &node = m_nodes[i];
        for (const QString &dep : node.revision.dependsOn) {
            const int target = lookup(dep);
            if (target == NoRevision)
                return errorAt(i, node.revision.dependsOnPosition,
                               QStringLiteral("Dependency %1 referenced from %2 is not present")
                                   .arg(dep, node.revision.id),
                               QStringLiteral("missing-dependency"));
            node.resolvedDeps << target;
        }
        for (const QString &down : node.revision.downRevisions) {
            const int target = m_ids.value(down, NoRevision);
            if (target == NoRevision)
                return errorAt(i, node.revision.downRevisionPosition,
                               QStringLiteral("Revision %1 referenced from %2 is not present")
                                   .arg(down, node.revision.id),
                               QStringLiteral("missing-parent"));
            appendUnique(node.versionedDown, target);
        }
        node.allDown = dedupe(node.versionedDown, node.resolvedDeps);
    }
    for (int i = 0; i < n; ++i) {
        for (int down : m_nodes[i].allDown) {
            appendUnique(m_nodes[down].allNext, i);
            if (m_nodes[i].versionedDown.contains(down))
                appendUnique(m_nodes[down].next, i);
        }
    }
    for (int i = 0; i < n; ++i) {
        if (isHead(i))
            m_heads << i;
        if (isRealHead(i))
            m_realHeads << i;
        if (isBase(i))
            m_bases << i;
        if (isRealBase(i))
            m_realBases << i;
    }
    normalizeDependsOn();
    if (Status s = detectCycles(); !s)
        return s;
    addBranches();
    return Ok{};
}

void RevisionGraph::normalizeDependsOn()
{
    // A dependency already required by an ancestor adds no edge of its own.
    for (int i = 0; i < size(); ++i) {
        Node &node = m_nodes[i];
        if (node.resolvedDeps.isEmpty()) {
            node.normalizedDown = node.versionedDown;
            continue;
        }
        QSet<int> implied;
        for (int a : related(Edges::VersionedDown, {i}))
            if (a != i)
                for (int d : m_nodes[a].resolvedDeps)
                    implied.insert(d);
        for (int d : node.resolvedDeps)
            if (!implied.contains(d))
                appendUnique(node.normalizedDeps, d);
        node.normalizedDown = dedupe(node.versionedDown, node.normalizedDeps);
    }
}

const QList<int> &RevisionGraph::edges(Edges kind, int i) const
{
    const Node &node = m_nodes[i];
    switch (kind) {
    case Edges::VersionedDown:
        return node.versionedDown;
    case Edges::NormalizedDown:
        return node.normalizedDown;
    case Edges::AllDown:
        return node.allDown;
    case Edges::Next:
        return node.next;
    case Edges::AllNext:
        break;
    }
    return node.allNext;
}

QList<int> RevisionGraph::related(Edges kind, const QList<int> &targets, bool check) const
{
    QList<int> out;
    std::vector<char> seen(size_t(size()), 0);
    std::vector<int> todo;
    for (int target : targets) {
        if (target < 0)
            continue;
        QSet<int> perTarget;
        todo.push_back(target);
        while (!todo.empty()) {
            const int rev = todo.back();
            todo.pop_back();
            if (check)
                perTarget.insert(rev);
            if (seen[size_t(rev)])
                continue;
            seen[size_t(rev)] = 1;
            for (int next : edges(kind, rev))
                todo.push_back(next);
            out << rev;
        }
        if (check) {
            QStringList overlaps;
            for (int other : targets)
                if (other != target && other >= 0 && perTarget.contains(other))
                    overlaps << id(other);
            if (!overlaps.isEmpty())
                throw RevisionException::revision(
                    QStringLiteral("Requested revision %1 overlaps with other requested "
                                   "revisions %2")
                        .arg(id(target), overlaps.join(QLatin1String(", "))));
        }
    }
    return out;
}

QList<int> RevisionGraph::ancestors(const QList<int> &targets, bool includeDependencies,
                                    bool check) const
{
    return related(includeDependencies ? Edges::NormalizedDown : Edges::VersionedDown, targets,
                   check);
}

QList<int> RevisionGraph::descendants(const QList<int> &targets, bool includeDependencies,
                                      bool check) const
{
    return related(includeDependencies ? Edges::AllNext : Edges::Next, targets, check);
}

QList<int> RevisionGraph::findLoop(Edges down, const QList<int> &candidates) const
{
    // Iterative depth-first search; returns the revisions of one loop, the
    // first repeated at the end, or nothing.
    std::vector<char> state(size_t(size()), 0);  // 0 new, 1 on the stack, 2 done
    for (int start : candidates) {
        if (state[size_t(start)])
            continue;
        std::vector<std::pair<int, int>> stack{{start, 0}};
        state[size_t(start)] = 1;
        while (!stack.empty()) {
            auto &[node, edge] = stack.back();
            const QList<int> &next = edges(down, node);
            if (edge >= next.size()) {
                state[size_t(node)] = 2;
                stack.pop_back();
                continue;
            }
            const int target = next[edge++];
            if (state[size_t(target)] == 1) {
                QList<int> loop;
                size_t k = 0;
                while (stack[k].first != target)
                    ++k;
                for (; k < stack.size(); ++k)
                    loop << stack[k].first;
                loop << target;
                return loop;
            }
            if (state[size_t(target)] == 0) {
                state[size_t(target)] = 1;
                stack.push_back({target, 0});
            }
        }
    }
    return {};
}

Status RevisionGraph::detectCycles() const
{
    // Alembic's _detect_cycles: every revision must lie between a head and a
    // base, first along down_revision, then along down_revision + depends_on.
    // Alembic misses a loop that is reachable from both a head and a base, so
    // a depth-first search follows.
    const int n = size();
    if (n == 0)
        return Ok{};
    struct Pass
    {
        const QList<int> &heads;
        const QList<int> &bases;
        Edges down, up;
        QString kind;
    };
    const Pass passes[] = {
        {m_heads, m_bases, Edges::VersionedDown, Edges::Next, QStringLiteral("Cycle")},
        {m_realHeads, m_realBases, Edges::AllDown, Edges::AllNext,
         QStringLiteral("Dependency cycle")},
    };
    QList<int> all;
    for (int i = 0; i < n; ++i)
        all << i;
    for (const Pass &pass : passes) {
        QList<int> deleted;
        if (pass.heads.isEmpty() || pass.bases.isEmpty()) {
            deleted = all;
        } else {
            std::vector<char> inSpace(size_t(n), 0);
            for (int i : related(pass.down, pass.heads))
                inSpace[size_t(i)] = 1;
            for (int i : related(pass.up, pass.bases))
                inSpace[size_t(i)] |= 2;
            for (int i = 0; i < n; ++i)
                if (inSpace[size_t(i)] != 3)
                    deleted << i;
        }
        const QList<int> loop = findLoop(pass.down, deleted.isEmpty() ? all : deleted);
        if (deleted.isEmpty() && loop.isEmpty())
            continue;
        QStringList names;
        for (int i : deleted.isEmpty() ? loop.mid(1) : deleted)
            names << id(i);
        // Alembic lists in map order when there is no head or base at all.
        if (deleted.isEmpty() || (!pass.heads.isEmpty() && !pass.bases.isEmpty()))
            names.sort();
        const int at = loop.isEmpty() ? deleted.first() : loop.last();
        Error e = errorAt(at, m_nodes[at].revision.downRevisionPosition,
                          QStringLiteral("%1 is detected in revisions (%2)")
                              .arg(pass.kind, names.join(QLatin1String(", "))),
                          QStringLiteral("cycle"));
        if (!loop.isEmpty()) {
            QStringList path;
            for (int i : loop)
                path << id(i);
            e.detail = QStringLiteral("The loop: %1").arg(path.join(QLatin1String(" -> ")));
        }
        return e;
    }
    return Ok{};
}

void RevisionGraph::addBranches()
{
    // Alembic's _add_branches, including its walk down from the last
    // descendant visited to the nearest branch or merge point.
    for (int i = 0; i < size(); ++i)
        m_nodes[i].labels = m_nodes[i].revision.branchLabels;
    for (int i = 0; i < size(); ++i) {
        const QStringList own = m_nodes[i].revision.branchLabels;
        if (own.isEmpty())
            continue;
        const QList<int> desc = descendants({i}, false);
        for (int d : desc)
            for (const QString &label : own)
                if (!m_nodes[d].labels.contains(label))
                    m_nodes[d].labels << label;
        int parent = desc.last();
        while (!isRealBranchPoint(parent) && !isMergePoint(parent)) {
            for (const QString &label : own)
                if (!m_nodes[parent].labels.contains(label))
                    m_nodes[parent].labels << label;
            if (m_nodes[parent].versionedDown.isEmpty())
                break;
            parent = m_nodes[parent].versionedDown.first();
        }
    }
}

int RevisionGraph::lookup(const QString &key) const
{
    const int i = m_ids.value(key, NoRevision);
    return i != NoRevision ? i : m_labelOwners.value(key, NoRevision);
}

}  // namespace stratum::migrate
