// Target resolution for RevisionGraph: a port of the lookup half of Alembic's
// RevisionMap (_resolve_revision_number, get_revisions, get_revision,
// _revision_for_ident, filter_for_lineage, _walk).
#include "core/migrate/RevisionException.h"
#include "core/migrate/RevisionGraph.h"

#include <QSet>

namespace stratum::migrate {

namespace {

// Python's int() on a revision string, for the "-N" form.
std::optional<int> pythonInt(const QString &s)
{
    bool ok = false;
    const int v = s.trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

}  // namespace

RevisionGraph::Resolved RevisionGraph::resolveNumber(const RevisionSpec &spec) const
{
    Resolved r;
    QString id;
    if (spec.isString()) {
        id = spec.str();
        const qsizetype at = id.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            r.branchLabel = id.left(at);
            id = id.mid(at + 1);
        }
    } else if (spec.kind == RevisionSpec::Kind::Tuple) {
        r.ids = spec.values;
        return r;
    }
    if (spec.isString() && id == QLatin1String("heads")) {
        if (!r.branchLabel.isEmpty()) {
            for (int h : filterForLineage(m_heads, RevisionSpec::string(r.branchLabel)))
                r.ids << this->id(h);
        } else {
            for (int h : m_realHeads)
                r.ids << this->id(h);
        }
    } else if (spec.isString() && id == QLatin1String("head")) {
        const int head = currentHeadOrThrow(r.branchLabel);
        if (head >= 0)
            r.ids << this->id(head);
    } else if (spec.isNone() || id == QLatin1String("base")) {
        // nothing
    } else {
        r.ids << id;
    }
    return r;
}

int RevisionGraph::currentHeadOrThrow(const QString &branchLabel) const
{
    QList<int> current = m_heads;
    if (!branchLabel.isEmpty())
        current = filterForLineage(current, RevisionSpec::string(branchLabel));
    if (current.size() > 1) {
        QStringList ids;
        for (int h : current)
            ids << id(h);
        throw RevisionException::multipleHeads(ids, branchLabel.isEmpty()
                                                        ? QStringLiteral("head")
                                                        : branchLabel + QLatin1String("@head"));
    }
    return current.isEmpty() ? NoRevision : current.first();
}

QList<int> RevisionGraph::getRevisions(const RevisionSpec &spec) const
{
    if (spec.kind == RevisionSpec::Kind::Tuple) {
        QList<int> out;
        for (const QString &one : spec.values)
            out += getRevisions(RevisionSpec::string(one));
        return out;
    }
    const Resolved r = resolveNumber(spec);
    if (r.ids.size() == 1) {
        if (const std::optional<int> n = pythonInt(r.ids.first()); n && *n < 0) {
            // branch@-n: walk down from the heads
            QList<int> out;
            for (int head : getRevisions(RevisionSpec::string(QStringLiteral("heads")))) {
                if (!r.branchLabel.isEmpty() && !m_nodes[head].labels.contains(r.branchLabel))
                    continue;
                out << walk(head, *n);
            }
            return out;
        }
    }
    QList<int> out;
    for (const QString &one : r.ids)
        out << revisionForIdent(one, r.branchLabel);
    return out;
}

int RevisionGraph::getRevision(const RevisionSpec &spec) const
{
    const Resolved r = resolveNumber(spec);
    if (r.ids.size() > 1)
        throw RevisionException::multipleHeads(r.ids, spec.values.join(QLatin1String(", ")));
    return revisionForIdent(r.ids.value(0), r.branchLabel);
}

int RevisionGraph::resolveBranch(const QString &label) const
{
    const int owner = lookup(label);
    if (owner != NoRevision)
        return owner;
    try {
        return revisionForIdent(label);
    } catch (const RevisionException &e) {
        if (e.kind != RevisionException::Kind::Resolution)
            throw;
        throw RevisionException::resolution(QStringLiteral("No such branch: '%1'").arg(label),
                                            label);
    }
}

int RevisionGraph::revisionForIdent(const QString &resolvedId, const QString &checkBranch) const
{
    const int branchRev = checkBranch.isEmpty() ? NoRevision : resolveBranch(checkBranch);
    if (resolvedId.isEmpty())
        return NoRevision;  // the () key: "base"
    int revision = lookup(resolvedId);
    if (revision == NoRevision) {
        // A partial id: ids and branch labels, in map order, longer than three characters.
        QStringList keys;
        for (const Node &node : m_nodes)
            if (node.revision.id.size() > 3 && node.revision.id.startsWith(resolvedId))
                keys << node.revision.id;
        for (const QString &label : m_labelOrder)
            if (label.size() > 3 && label.startsWith(resolvedId))
                keys << label;
        if (branchRev != NoRevision) {
            QStringList filtered;
            for (const QString &key : keys)
                if (sharesLineage(lookup(key), {branchRev}, false))
                    filtered << key;
            keys = filtered;
        }
        if (keys.isEmpty())
            throw RevisionException::resolution(
                QStringLiteral("No such revision or branch '%1'%2")
                    .arg(resolvedId,
                         resolvedId.size() < 4
                             ? QStringLiteral("; please ensure at least four characters are "
                                              "present for partial revision identifier matches")
                             : QString()),
                resolvedId);
        if (keys.size() > 1) {
            QStringList quoted;
            for (const QString &k : keys.mid(0, 3))
                quoted << QLatin1Char('\'') + k + QLatin1Char('\'');
            throw RevisionException::resolution(
                QStringLiteral("Multiple revisions start with '%1': %2...")
                    .arg(resolvedId, quoted.join(QLatin1String(", "))),
                resolvedId, true);
        }
        revision = lookup(keys.first());
    }
    if (branchRev != NoRevision && !sharesLineage(revision, {branchRev}, false))
        throw RevisionException::resolution(
            QStringLiteral("Revision %1 is not a member of branch '%2'")
                .arg(id(revision), checkBranch),
            resolvedId);
    return revision;
}

QList<int> RevisionGraph::filterForLineage(const QList<int> &targets,
                                           const RevisionSpec &checkAgainst,
                                           bool includeDependencies) const
{
    const Resolved r = resolveNumber(checkAgainst);
    QList<int> against;
    if (!r.branchLabel.isEmpty())
        against << revisionForIdent(r.branchLabel);
    for (const QString &one : r.ids)
        against << revisionForIdent(one);
    if (against.isEmpty())
        return targets;
    QList<int> out;
    for (int t : targets)
        if (t >= 0 && sharesLineage(t, against, includeDependencies))
            out << t;
    return out;
}

bool RevisionGraph::sharesLineage(int target, const QList<int> &against,
                                  bool includeDependencies) const
{
    if (against.isEmpty())
        return true;
    const QSet<int> wanted(against.begin(), against.end());
    for (int i : descendants({target}, includeDependencies))
        if (wanted.contains(i))
            return true;
    for (int i : ancestors({target}, includeDependencies))
        if (wanted.contains(i))
            return true;
    return false;
}

int RevisionGraph::walk(int start, int steps, const QString &branchLabel, bool noOverwalk) const
{
    int initial = start;
    for (int step = 0; step < std::abs(steps); ++step) {
        QList<int> children;
        if (steps > 0) {
            if (initial == BaseRevision)
                throw RevisionException::revision(QStringLiteral("Can't walk up from base"));
            const QList<int> &up = initial == NoRevision ? m_bases : m_nodes[initial].next;
            children = branchLabel.isEmpty()
                           ? up
                           : filterForLineage(up, RevisionSpec::string(branchLabel));
        } else if (initial != BaseRevision) {
            children = initial == NoRevision ? m_heads : m_nodes[initial].versionedDown;
            if (children.isEmpty())
                children = {BaseRevision};
        }
        if (children.isEmpty())
            return noOverwalk ? NoRevision : initial;
        if (children.size() > 1)
            throw RevisionException::revision(QStringLiteral("Ambiguous walk"));
        initial = children.first();
    }
    return initial;
}

QList<int> RevisionGraph::allCurrent(const QStringList &ids) const
{
    QList<int> top = getRevisions(RevisionSpec::tuple(ids));
    top += ancestors(top, true);
    return filterIntoBranchHeads(top);
}

QList<int> RevisionGraph::filterIntoBranchHeads(const QList<int> &targets) const
{
    QList<int> unique;
    for (int t : targets)
        if (t >= 0 && !unique.contains(t))
            unique << t;
    const QSet<int> all(unique.begin(), unique.end());
    QList<int> out;
    for (int t : unique) {
        bool hasDescendantInSet = false;
        for (int d : descendants({t}, false))
            if (d != t && all.contains(d)) {
                hasDescendantInSet = true;
                break;
            }
        if (!hasDescendantInSet)
            out << t;
    }
    return out;
}

Result<QList<int>> RevisionGraph::revisions(const QString &target) const
{
    try {
        return getRevisions(RevisionSpec::string(target));
    } catch (const RevisionException &e) {
        return toError(e);
    }
}

Result<int> RevisionGraph::revisionFor(const QString &target) const
{
    try {
        return getRevision(RevisionSpec::string(target));
    } catch (const RevisionException &e) {
        return toError(e);
    }
}

Result<int> RevisionGraph::currentHead(const QString &branchLabel) const
{
    try {
        return currentHeadOrThrow(branchLabel);
    } catch (const RevisionException &e) {
        return toError(e);
    }
}

}  // namespace stratum::migrate
