// A port of RevisionMap.iterate_revisions and its helpers from Alembic 1.8
// (alembic/script/revision.py), kept close to the original so that behaviour
// can be compared line by line; Python sets become index bitmaps.
#include "core/migrate/RevisionIterator.h"

#include "core/migrate/RevisionException.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace stratum::migrate {

namespace {

// How Python's "%s" shows an identifier in RangeNotAncestorError.
QString describe(const RevisionSpec &spec)
{
    if (spec.isNone())
        return QString();
    if (spec.isString())
        return spec.str();
    QStringList quoted;
    for (const QString &v : spec.values)
        quoted << QLatin1Char('\'') + v + QLatin1Char('\'');
    return QLatin1Char('(') + quoted.join(QLatin1String(", ")) +
           (quoted.size() == 1 ? QLatin1String(",)") : QLatin1String(")"));
}

std::vector<char> bitmap(int size, const QList<int> &members)
{
    std::vector<char> out(size_t(size), 0);
    for (int m : members)
        if (m >= 0)
            out[size_t(m)] = 1;
    return out;
}

QString relativeError(const QString &relative, int count)
{
    return QStringLiteral("Relative revision %1 didn't produce %2 migrations")
        .arg(relative)
        .arg(std::abs(count));
}

}  // namespace

int RevisionIterator::revisionOf(const QString &symbol, const QString &branchLabel) const
{
    return m_graph.getRevision(RevisionSpec::string(
        branchLabel.isEmpty() ? symbol : branchLabel + QLatin1Char('@') + symbol));
}

std::pair<QString, int> RevisionIterator::parseDowngradeTarget(const RevisionSpec &current,
                                                               const RevisionSpec &target,
                                                               bool assertRelativeLength) const
{
    if (target.isNone())
        return {QString(), NoRevision};
    static const QRegularExpression relativeDestination(
        QStringLiteral("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString text = target.str();
    const QRegularExpressionMatch m = relativeDestination.match(
        text, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (m.hasMatch()) {
        QString branchLabel = m.captured(1);
        QString symbol = m.captured(2);
        const bool hasSymbol = m.hasCaptured(2);
        const QString relative = m.captured(3);
        const int relInt = relative.toInt();
        if (relInt >= 0) {
            if (!hasSymbol)
                throw RevisionException::revision(relativeError(relative, relInt));
            const int rev = m_graph.walk(m_graph.getRevision(RevisionSpec::string(symbol)), relInt,
                                         branchLabel, assertRelativeLength);
            if (rev == NoRevision)
                throw RevisionException::revision(QStringLiteral("Walked too far"));
            return {branchLabel, rev};
        }
        const bool relativeRevision = !hasSymbol;
        if (relativeRevision) {
            if (!branchLabel.isEmpty()) {
                QList<int> currentRevs;
                for (const QString &c : current.values)
                    currentRevs << m_graph.revisionForIdent(c);
                QList<int> onBranch =
                    m_graph.filterForLineage(currentRevs, RevisionSpec::string(branchLabel));
                if (onBranch.isEmpty())
                    onBranch = m_graph.filterForLineage(m_graph.allCurrent(current.values),
                                                        RevisionSpec::string(branchLabel));
                if (onBranch.size() != 1)
                    throw RevisionException::revision(
                        QStringLiteral("Relative revision %1 is ambiguous on branch '%2'")
                            .arg(relative, branchLabel));
                symbol = m_graph.id(onBranch.first());
            } else {
                if (current.values.isEmpty())
                    throw RevisionException::revision(relativeError(relative, relInt));
                // Alembic warns that -N from several heads is ambiguous and
                // then uses the first one; so do we.
                symbol = current.values.first();
                branchLabel = symbol;
            }
        }
        const int rev =
            m_graph.walk(revisionOf(symbol, branchLabel), relInt, QString(), assertRelativeLength);
        if (rev == NoRevision)
            throw RevisionException::revision(relativeRevision ? relativeError(relative, relInt)
                                                               : QStringLiteral("Walked too far"));
        return {branchLabel, rev};
    }
    // Absolute: the label is split off at the last '@' and not used for lookup.
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const QString branchLabel = at < 0 ? QString() : text.left(at);
    return {branchLabel, m_graph.getRevision(RevisionSpec::string(text.mid(at + 1)))};
}

QList<int> RevisionIterator::parseUpgradeTarget(const RevisionSpec &current,
                                                const RevisionSpec &target,
                                                bool assertRelativeLength) const
{
    static const QRegularExpression relativeDestination(
        QStringLiteral("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QRegularExpressionMatch m;
    if (target.isString())
        m = relativeDestination.match(target.str(), 0, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return m_graph.getRevisions(target);

    const QString branchLabel = m.captured(1);
    const QString symbol = m.captured(2);
    const bool hasSymbol = m.hasCaptured(2);
    const QString relativeStr = m.captured(3);
    const int relative = relativeStr.toInt();
    if (relative > 0) {
        if (hasSymbol)
            return {m_graph.walk(m_graph.getRevision(RevisionSpec::string(symbol)), relative,
                                 branchLabel, assertRelativeLength)};
        // Walk up from the single current revision (None: from the bases).
        QList<int> startRevs;
        if (branchLabel.isEmpty()) {
            if (current.values.size() > 1)
                throw RevisionException::revision(
                    QStringLiteral("Ambiguous upgrade from multiple current revisions"));
            const QString c = current.values.value(0);
            startRevs << (c.isEmpty() ? NoRevision : m_graph.getRevision(RevisionSpec::string(c)));
        } else {
            const QList<int> currentRevs =
                m_graph.getRevisions(RevisionSpec::tuple(current.values));
            startRevs = m_graph.filterForLineage(currentRevs, RevisionSpec::string(branchLabel));
            if (startRevs.isEmpty()) {
                // The branch is not at a head: start from its newest active revision.
                const QList<int> active = m_graph.filterForLineage(
                    m_graph.ancestors(currentRevs), RevisionSpec::string(branchLabel));
                QSet<int> downs;
                for (int a : active)
                    for (int d : m_graph.m_nodes[a].normalizedDown)
                        downs.insert(d);
                for (int a : active)
                    if (!downs.contains(a))
                        startRevs << a;
                if (startRevs.isEmpty())
                    startRevs << NoRevision;
            }
        }
        if (startRevs.size() > 1)
            throw RevisionException::revision(
                QStringLiteral("Ambiguous upgrade from multiple current revisions"));
        const int rev =
            m_graph.walk(startRevs.first(), relative, branchLabel, assertRelativeLength);
        if (rev == NoRevision)
            throw RevisionException::revision(relativeError(relativeStr, relative));
        return {rev};
    }
    if (!hasSymbol)
        throw RevisionException::revision(relativeError(QString::number(relative), relative));
    return {
        m_graph.walk(revisionOf(symbol, branchLabel), relative, QString(), assertRelativeLength)};
}

std::pair<QList<int>, QList<int>> RevisionIterator::collectDowngrade(const RevisionSpec &upper,
                                                                     const RevisionSpec &target,
                                                                     const Options &options) const
{
    auto [branchLabel, targetRevision] =
        parseDowngradeTarget(upper, target, options.assertRelativeLength);
    if (targetRevision == BaseRevision)
        targetRevision = NoRevision;
    const int n = m_graph.size();
    QList<int> roots;
    if (targetRevision == NoRevision) {
        for (int i = 0; i < n; ++i)
            if (m_graph.isBase(i))
                roots << i;
    } else if (options.inclusive) {
        roots << targetRevision;
    } else {
        roots = m_graph.children(targetRevision);
    }
    if (!branchLabel.isEmpty() && roots.size() > 1) {
        const std::vector<char> onBranch =
            bitmap(n, m_graph.ancestors({m_graph.resolveBranch(branchLabel)}, false));
        QList<int> kept;
        for (int r : roots)
            if (onBranch[size_t(r)])
                kept << r;
        roots = kept;
        if (roots.isEmpty())
            throw RevisionException::revision(
                QStringLiteral("Not a valid downgrade target from current heads"));
    }
    const QList<int> heads = m_graph.getRevisions(upper);
    const std::vector<char> active = bitmap(n, m_graph.ancestors(heads, true));
    std::vector<char> selected(size_t(n), 0);
    for (int d : m_graph.descendants(roots, true))
        if (active[size_t(d)])
            selected[size_t(d)] = 1;
    if (options.implicitBase) {
        const std::vector<char> rootAncestors = bitmap(n, m_graph.ancestors(roots, true));
        for (int i = 0; i < n; ++i)
            if (active[size_t(i)] && !rootAncestors[size_t(i)])
                selected[size_t(i)] = 1;
    }
    QList<int> downgrade;
    for (int i = 0; i < n; ++i)
        if (selected[size_t(i)])
            downgrade << i;
    if (targetRevision != NoRevision && downgrade.isEmpty() && !heads.contains(targetRevision))
        throw RevisionException::rangeNotAncestor(QStringLiteral("Nothing to drop"),
                                                  describe(upper));
    return {downgrade, heads};
}

std::pair<QList<int>, QList<int>> RevisionIterator::collectUpgrade(const RevisionSpec &upper,
                                                                   RevisionSpec lower,
                                                                   const Options &options) const
{
    const int n = m_graph.size();
    QList<int> targets;
    for (int t : parseUpgradeTarget(lower, upper, options.assertRelativeLength)) {
        if (t == NoRevision)
            throw RevisionException::revision(QStringLiteral("Walked too far"));
        if (t >= 0)
            targets << t;
    }
    // branch@... as the lower bound keeps only targets on that branch.
    if (lower.isString() && lower.str().contains(QLatin1Char('@'))) {
        QString branch = lower.str().section(QLatin1Char('@'), 0, 0);
        const int branchRev = m_graph.getRevision(RevisionSpec::string(branch));
        if (branchRev >= 0 && m_graph.id(branchRev) == branch) {
            if (m_graph.branchLabels(branchRev).size() != 1)
                throw RevisionException::revision(
                    QStringLiteral("Revision %1 does not name exactly one branch").arg(branch));
            branch = m_graph.branchLabels(branchRev).first();
        }
        QList<int> kept;
        for (int t : targets)
            if (m_graph.branchLabels(t).contains(branch))
                kept << t;
        targets = kept;
    }
    std::vector<char> required = bitmap(n, m_graph.ancestors(targets, true, true));
    for (int t : targets)
        required[size_t(t)] = 1;

    QList<int> current = m_graph.getRevisions(lower);
    if (!options.implicitBase)
        for (int c : current)
            if (c >= 0 && !required[size_t(c)])
                throw RevisionException::rangeNotAncestor(describe(lower), describe(upper));
    if (!current.isEmpty() && current.first() == NoRevision) {
        // A relative lower bound that get_revisions could not place.
        const int rev = parseDowngradeTarget(upper, lower, options.assertRelativeLength).second;
        if (rev == NoRevision)
            throw RevisionException::revision(QStringLiteral("Walked too far"));
        if (rev == BaseRevision) {
            current.clear();
            lower = RevisionSpec::none();
        } else {
            current = {rev};
            lower = RevisionSpec::string(m_graph.id(rev));
        }
    }
    std::vector<char> needs = required;
    for (int c : m_graph.ancestors(current, true, true))
        needs[size_t(c)] = 0;
    for (int c : current)
        if (c >= 0)
            needs[size_t(c)] = 0;
    if (options.inclusive)
        for (int c : m_graph.getRevisions(lower))
            if (c >= 0)
                needs[size_t(c)] = 1;
    if (!current.isEmpty() && !options.implicitBase) {
        const std::vector<char> below = bitmap(n, m_graph.descendants(current, false, true));
        for (int i = 0; i < n; ++i)
            if (!below[size_t(i)])
                needs[size_t(i)] = 0;
    }
    QList<int> out;
    for (int i = 0; i < n; ++i)
        if (needs[size_t(i)])
            out << i;
    return {out, targets};
}

QList<int> RevisionIterator::topologicalSort(const QList<int> &revisions,
                                             const QList<int> &heads) const
{
    const int n = m_graph.size();
    std::vector<char> todo = bitmap(n, revisions);
    qsizetype remaining = std::count(todo.begin(), todo.end(), 1);

    QList<int> currentHeads;
    for (int h : heads)
        if (h >= 0 && todo[size_t(h)] && !currentHeads.contains(h))
            currentHeads << h;
    std::sort(currentHeads.begin(), currentHeads.end());  // the map's insertion order
    std::vector<std::vector<char>> ancestorsByIdx;
    for (int h : currentHeads)
        ancestorsByIdx.push_back(bitmap(n, m_graph.ancestors({h})));

    QList<int> output;
    qsizetype idx = 0;
    qsizetype deferrals = 0;
    while (!currentHeads.isEmpty()) {
        const int candidate = currentHeads[idx];
        qsizetype blocker = -1;
        for (qsizetype k = 0; k < qsizetype(ancestorsByIdx.size()); ++k)
            if (k != idx && ancestorsByIdx[size_t(k)][size_t(candidate)]) {
                blocker = k;
                break;
            }
        if (blocker >= 0) {
            // Another head depends on the candidate: that head goes first.
            if (++deferrals > currentHeads.size())
                throw RevisionException::revision(
                    QStringLiteral("Could not order revisions around %1")
                        .arg(m_graph.id(candidate)),
                    QStringLiteral("cycle"));
            idx = blocker;
            continue;
        }
        deferrals = 0;
        if (todo[size_t(candidate)]) {
            output << candidate;
            todo[size_t(candidate)] = 0;
            --remaining;
        }
        QList<int> headsToAdd;
        for (int r : m_graph.m_nodes[candidate].normalizedDown)
            if (todo[size_t(r)] && !currentHeads.contains(r))
                headsToAdd << r;
        if (headsToAdd.isEmpty()) {
            currentHeads.removeAt(idx);
            ancestorsByIdx.erase(ancestorsByIdx.begin() + idx);
            idx = std::max<qsizetype>(idx - 1, 0);
        } else if (m_graph.m_nodes[candidate].normalizedDeps.isEmpty() &&
                   m_graph.downRevisions(candidate).size() == 1) {
            // Plain movement down a line: update the ancestor set in place.
            currentHeads[idx] = headsToAdd.first();
            ancestorsByIdx[size_t(idx)][size_t(candidate)] = 0;
        } else {
            currentHeads[idx] = headsToAdd.first();
            ancestorsByIdx[size_t(idx)] = bitmap(n, m_graph.ancestors({headsToAdd.first()}));
            for (qsizetype k = 1; k < headsToAdd.size(); ++k) {
                currentHeads << headsToAdd[k];
                ancestorsByIdx.push_back(bitmap(n, m_graph.ancestors({headsToAdd[k]})));
            }
        }
    }
    if (remaining != 0)
        throw RevisionException::revision(
            QStringLiteral("Revisions to iterate are not reachable from the given heads"));
    return output;
}

QList<int> RevisionIterator::iterateOrThrow(const RevisionSpec &upper, const RevisionSpec &lower,
                                            const Options &options) const
{
    const auto [revisions, heads] = options.selectForDowngrade
                                        ? collectDowngrade(upper, lower, options)
                                        : collectUpgrade(upper, lower, options);
    return topologicalSort(revisions, heads);
}

Result<QList<int>> RevisionIterator::iterate(const RevisionSpec &upper, const RevisionSpec &lower,
                                             const Options &options) const
{
    try {
        return iterateOrThrow(upper, lower, options);
    } catch (const RevisionException &e) {
        return toError(e);
    }
}

Result<QList<int>> RevisionIterator::walkRevisions(const QString &base, const QString &head) const
{
    RevisionErrorContext context;
    context.start = base;
    context.end = head;
    context.hasStart = context.hasEnd = true;
    try {
        Options options;
        options.inclusive = true;
        options.assertRelativeLength = false;
        return iterateOrThrow(RevisionSpec::string(head), RevisionSpec::string(base), options);
    } catch (const RevisionException &e) {
        return toError(e, context);
    }
}

Result<QList<int>> RevisionIterator::upgradePath(const QStringList &currentHeads,
                                                 const QString &destination) const
{
    RevisionErrorContext context;
    context.ancestor =
        QStringLiteral("Destination %(end)s is not a valid upgrade target from current head(s)");
    context.end = destination;
    context.hasEnd = true;
    try {
        Options options;
        options.implicitBase = true;
        QList<int> revs = iterateOrThrow(RevisionSpec::string(destination),
                                         RevisionSpec::tuple(currentHeads), options);
        std::reverse(revs.begin(), revs.end());
        return revs;
    } catch (const RevisionException &e) {
        return toError(e, context);
    }
}

Result<QList<int>> RevisionIterator::downgradePath(const QStringList &currentHeads,
                                                   const QString &destination) const
{
    RevisionErrorContext context;
    context.ancestor =
        QStringLiteral("Destination %(end)s is not a valid downgrade target from current head(s)");
    context.end = destination;
    context.hasEnd = true;
    try {
        Options options;
        options.selectForDowngrade = true;
        return iterateOrThrow(RevisionSpec::tuple(currentHeads), RevisionSpec::string(destination),
                              options);
    } catch (const RevisionException &e) {
        return toError(e, context);
    }
}

}  // namespace stratum::migrate
