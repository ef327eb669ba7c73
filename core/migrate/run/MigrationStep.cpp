#include "core/migrate/run/MigrationStep.h"

#include "core/migrate/RevisionIterator.h"

#include <QSet>

namespace stratum::migrate {

namespace {

void appendUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list << value;
}

QStringList idsOf(const RevisionGraph &graph, const QList<int> &revisions)
{
    QStringList ids;
    for (int r : revisions)
        if (r >= 0)
            ids << graph.id(r);
    return ids;
}

Error unknownRevision(const QString &id)
{
    Error e;
    e.message = QStringLiteral("Can't locate revision identified by '%1'").arg(id);
    e.code = QStringLiteral("unknown-revision");
    return e;
}

// The stored heads as graph indices; an id the scripts do not know is an error.
Result<QList<int>> headIndices(const RevisionGraph &graph, const QStringList &heads)
{
    QList<int> out;
    for (const QString &id : heads) {
        const int index = graph.indexOf(id);
        if (index < 0)
            return unknownRevision(id);
        if (!out.contains(index))
            out << index;
    }
    return out;
}

// Alembic's _shares_lineage with include_dependencies=True.
bool sharesLineage(const RevisionGraph &graph, int target, const QList<int> &against)
{
    if (against.isEmpty())
        return true;
    const QList<int> down = graph.descendants({target}, true);
    const QList<int> up = graph.ancestors({target}, true);
    for (int a : against)
        if (down.contains(a) || up.contains(a))
            return true;
    return false;
}

// The revisions filter_for_lineage compares with: _resolve_revision_number's
// ids plus the branch label's own revision.
Result<QList<int>> lineageOf(const RevisionGraph &graph, const QString &checkAgainst)
{
    QList<int> shares;
    QString label;
    QString id = checkAgainst;
    if (const qsizetype at = checkAgainst.indexOf(u'@'); at >= 0) {
        label = checkAgainst.left(at);
        id = checkAgainst.mid(at + 1);
        Result<QList<int>> labelled = graph.revisions(label);
        if (!labelled)
            return labelled.error();
        shares += labelled.value();
    }
    if (id == QLatin1String("base") || id.isEmpty())
        return shares;
    Result<QList<int>> ids = graph.revisions(checkAgainst);
    if (!ids)
        return ids.error();
    shares += ids.value();
    shares.removeIf([](int r) { return r < 0; });
    return shares;
}

}  // namespace

QStringList normalizedDownRevisions(const RevisionGraph &graph, int revision)
{
    QStringList out = idsOf(graph, graph.downRevisions(revision));
    const QList<int> &deps = graph.dependencies(revision);
    if (deps.isEmpty())
        return out;
    // A dependency already required by an ancestor adds no edge of its own.
    QSet<int> implied;
    for (int a : graph.related(RevisionGraph::Edges::VersionedDown, {revision}))
        if (a != revision)
            for (int d : graph.dependencies(a))
                implied.insert(d);
    for (int d : deps)
        if (!implied.contains(d))
            appendUnique(out, graph.id(d));
    return out;
}

MigrationStep MigrationStep::forRevision(const RevisionGraph &graph, int revision, bool upgrade)
{
    MigrationStep step;
    step.kind = Kind::Revision;
    step.upgrade = upgrade;
    step.revision = revision;
    step.revisionId = graph.id(revision);
    step.doc = graph.revision(revision).message();
    const QStringList normalized = normalizedDownRevisions(graph, revision);
    const QStringList versioned = idsOf(graph, graph.downRevisions(revision));
    const QStringList self{step.revisionId};
    step.from = upgrade ? normalized : self;
    step.to = upgrade ? self : normalized;
    step.fromNoDeps = upgrade ? versioned : self;
    step.toNoDeps = upgrade ? self : versioned;
    return step;
}

MigrationStep MigrationStep::stamp(const QStringList &from, const QStringList &to, bool upgrade,
                                   bool branchMove)
{
    MigrationStep step;
    step.kind = Kind::Stamp;
    step.upgrade = upgrade;
    step.from = step.fromNoDeps = from;
    step.to = step.toNoDeps = to;
    step.branchMove = branchMove;
    return step;
}

QString MigrationStep::name() const
{
    if (kind == Kind::Stamp)
        return QStringLiteral("stamp_revision");
    return upgrade ? QStringLiteral("upgrade") : QStringLiteral("downgrade");
}

QString MigrationStep::shortLog() const
{
    return QStringLiteral("%1 %2 -> %3")
        .arg(name(), fromNoDeps.join(QLatin1String(", ")), toNoDeps.join(QLatin1String(", ")));
}

QString MigrationStep::toString() const
{
    return doc.isEmpty() ? shortLog() : shortLog() + QLatin1String(", ") + doc;
}

Result<QList<MigrationStep>> planUpgrade(const RevisionGraph &graph, const QStringList &heads,
                                         const QString &destination)
{
    Result<QList<int>> path = RevisionIterator(graph).upgradePath(heads, destination);
    if (!path)
        return path.error();
    QList<MigrationStep> steps;
    for (int r : path.value())
        steps << MigrationStep::forRevision(graph, r, true);
    return steps;
}

Result<QList<MigrationStep>> planDowngrade(const RevisionGraph &graph, const QStringList &heads,
                                           const QString &destination)
{
    Result<QList<int>> path = RevisionIterator(graph).downgradePath(heads, destination);
    if (!path)
        return path.error();
    QList<MigrationStep> steps;
    for (int r : path.value())
        steps << MigrationStep::forRevision(graph, r, false);
    return steps;
}

Result<QList<MigrationStep>> planStamp(const RevisionGraph &graph, const QStringList &heads,
                                       const QStringList &destinations)
{
    Result<QList<int>> headRevs = headIndices(graph, heads);
    if (!headRevs)
        return headRevs.error();
    const QStringList targets =
        destinations.isEmpty() ? QStringList{QStringLiteral("base")} : destinations;

    // filter_for_lineage(heads, rev, include_dependencies=True) per target.
    QList<int> filteredHeads;
    for (const QString &target : targets) {
        if (target.isEmpty())
            continue;
        Result<QList<int>> against = lineageOf(graph, target);
        if (!against)
            return against.error();
        for (int h : headRevs.value())
            if (sharesLineage(graph, h, against.value()) && !filteredHeads.contains(h))
                filteredHeads << h;
    }

    QList<int> dests;
    for (const QString &target : targets) {
        Result<QList<int>> resolved = graph.revisions(target);
        if (!resolved) {
            Error e = resolved.error();
            if (e.code == QLatin1String("multiple-heads"))
                e.message = QStringLiteral(
                    "Multiple heads are present; please specify a single target revision");
            return e;
        }
        for (int r : resolved.value())
            if (r >= 0)
                dests << r;
    }
    if (dests.isEmpty())
        dests << NoRevision;

    QList<MigrationStep> steps;
    for (int dest : dests) {
        if (dest < 0) {
            // base: a "delete branch" step for every head on the lineage.
            for (int h : filteredHeads)
                steps << MigrationStep::stamp({graph.id(h)}, {}, false, true);
            continue;
        }
        if (filteredHeads.contains(dest))
            continue;  // already in the version table
        const QList<int> descendants = graph.descendants({dest}, true);
        const QList<int> ancestors = graph.ancestors({dest}, true);
        const QStringList todo = idsOf(graph, filteredHeads);
        bool headsAbove = false, headsBelow = false;
        for (int h : filteredHeads) {
            headsAbove = headsAbove || descendants.contains(h);
            headsBelow = headsBelow || ancestors.contains(h);
        }
        if (headsAbove)
            steps << MigrationStep::stamp(todo, {graph.id(dest)}, false, false);
        else if (headsBelow)
            steps << MigrationStep::stamp(todo, {graph.id(dest)}, true, false);
        else
            steps << MigrationStep::stamp({}, {graph.id(dest)}, true, true);
    }
    return steps;
}

Result<QList<int>> allCurrent(const RevisionGraph &graph, const QStringList &heads)
{
    Result<QList<int>> top = headIndices(graph, heads);
    if (!top)
        return top.error();
    QList<int> all = top.value();
    for (int a : graph.ancestors(top.value(), true))
        if (a >= 0 && !all.contains(a))
            all << a;
    const QSet<int> set(all.begin(), all.end());
    QList<int> out;
    for (int r : all) {
        bool covered = false;
        for (int d : graph.descendants({r}, false))
            if (d != r && set.contains(d)) {
                covered = true;
                break;
            }
        if (!covered)
            out << r;
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace stratum::migrate
