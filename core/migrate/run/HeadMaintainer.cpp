#include "core/migrate/run/HeadMaintainer.h"

namespace stratum::migrate {

namespace {

bool intersects(const QStringList &a, const QStringList &b)
{
    for (const QString &x : a)
        if (b.contains(x))
            return true;
    return false;
}

Error versionError(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("version-table");
    return e;
}

}  // namespace

HeadMaintainer::HeadMaintainer(const RevisionGraph &graph, const VersionTable &table,
                               QStringList heads, Sink sink, bool offline)
    : m_graph(graph)
    , m_table(table)
    , m_heads(std::move(heads))
    , m_sink(std::move(sink))
    , m_offline(offline)
{}

Status HeadMaintainer::insertVersion(const QString &version)
{
    if (m_heads.contains(version))
        return versionError(
            QStringLiteral("Version %1 is already in '%2'").arg(version, m_table.displayName()));
    m_heads << version;
    Result<qint64> rows = m_sink(m_table.insertSql(version, m_offline));
    if (!rows)
        return rows.error();
    return Ok{};
}

Status HeadMaintainer::deleteVersion(const QString &version)
{
    m_heads.removeAll(version);
    Result<qint64> rows = m_sink(m_table.deleteSql(version));
    if (!rows)
        return rows.error();
    if (!m_offline && rows.value() >= 0 && rows.value() != 1)
        return versionError(QStringLiteral("Online migration expected to match one row when "
                                           "deleting '%1' in '%2'; %3 found")
                                .arg(version, m_table.table())
                                .arg(rows.value()));
    return Ok{};
}

Status HeadMaintainer::updateVersion(const QString &from, const QString &to)
{
    if (m_heads.contains(to))
        return versionError(
            QStringLiteral("Version %1 is already in '%2'").arg(to, m_table.displayName()));
    const qsizetype at = m_heads.indexOf(from);
    if (at >= 0)
        m_heads[at] = to;
    else
        m_heads << to;
    Result<qint64> rows = m_sink(m_table.updateSql(from, to));
    if (!rows)
        return rows.error();
    if (!m_offline && rows.value() >= 0 && rows.value() != 1)
        return versionError(QStringLiteral("Online migration expected to match one row when "
                                           "updating '%1' to '%2' in '%3'; %4 found")
                                .arg(from, to, m_table.table())
                                .arg(rows.value()));
    return Ok{};
}

QStringList HeadMaintainer::ancestorsOfOtherHeads(const QStringList &exclude) const
{
    QList<int> others;
    for (const QString &h : m_heads)
        if (!exclude.contains(h))
            if (const int i = m_graph.indexOf(h); i >= 0)
                others << i;
    QStringList ids;
    if (others.isEmpty())
        return ids;
    for (int a : m_graph.ancestors(others, true, false))
        if (a >= 0)
            ids << m_graph.id(a);
    return ids;
}

QStringList HeadMaintainer::unmergeToRevisions(const MigrationStep &step) const
{
    // RevisionStep._unmerge_to_revisions
    const QStringList exclude{step.revisionId};
    bool hasOthers = false;
    for (const QString &h : m_heads)
        hasOthers = hasOthers || !exclude.contains(h);
    if (!hasOthers)
        return step.to;
    const QStringList ancestors = ancestorsOfOtherHeads(exclude);
    QStringList out;
    for (const QString &r : step.to)
        if (!ancestors.contains(r))
            out << r;
    return out;
}

bool HeadMaintainer::shouldDeleteBranch(const MigrationStep &step) const
{
    if (step.isStamp())
        return !step.upgrade && step.branchMove;
    if (step.upgrade || !m_heads.contains(step.revisionId))
        return false;
    if (step.to.isEmpty())  // a base
        return true;
    return unmergeToRevisions(step).isEmpty();
}

bool HeadMaintainer::shouldCreateBranch(const MigrationStep &step) const
{
    if (step.isStamp()) {
        if (!step.upgrade)
            return false;
        bool fromMissing = false;
        for (const QString &f : step.from)
            fromMissing = fromMissing || !m_heads.contains(f);
        bool toMissing = false;
        for (const QString &t : step.to)
            toMissing = toMissing || !m_heads.contains(t);
        return (step.branchMove || fromMissing) && toMissing;
    }
    if (!step.upgrade)
        return false;
    return step.from.isEmpty() || !intersects(m_heads, step.from);
}

bool HeadMaintainer::shouldMergeBranches(const MigrationStep &step) const
{
    if (step.isStamp())
        return step.from.size() > 1;
    if (!step.upgrade || step.from.size() < 2)
        return false;
    int present = 0;
    for (const QString &f : step.from)
        present += m_heads.contains(f) ? 1 : 0;
    return present > 1;
}

bool HeadMaintainer::shouldUnmergeBranches(const MigrationStep &step) const
{
    if (step.isStamp())
        return step.to.size() > 1;
    return !step.upgrade && m_heads.contains(step.revisionId) && step.to.size() > 1;
}

Status HeadMaintainer::updateToStep(const MigrationStep &step)
{
    if (shouldDeleteBranch(step)) {
        const QString version = step.isStamp() ? step.from.value(0) : step.revisionId;
        return deleteVersion(version);
    }
    if (shouldCreateBranch(step)) {
        const QString version = step.isStamp() ? step.to.value(0) : step.revisionId;
        return insertVersion(version);
    }
    if (shouldMergeBranches(step)) {
        QStringList fromRevisions = step.from;
        if (!step.isStamp()) {
            // merge_branch_idents: heads outside this merge keep their ancestors.
            const QStringList ancestors = ancestorsOfOtherHeads(step.from);
            bool hasOthers = false;
            for (const QString &h : m_heads)
                hasOthers = hasOthers || !step.from.contains(h);
            if (hasOthers)
                fromRevisions.removeIf([&](const QString &r) { return ancestors.contains(r); });
        }
        if (fromRevisions.isEmpty())
            return versionError(
                QStringLiteral("No version to merge into %1").arg(step.to.value(0)));
        for (qsizetype i = 0; i + 1 < fromRevisions.size(); ++i)
            if (Status s = deleteVersion(fromRevisions[i]); !s)
                return s;
        return updateVersion(fromRevisions.last(), step.to.value(0));
    }
    if (shouldUnmergeBranches(step)) {
        const QStringList toRevisions = step.isStamp() ? step.to : unmergeToRevisions(step);
        if (toRevisions.isEmpty())
            return versionError(
                QStringLiteral("No version to unmerge %1 into").arg(step.from.value(0)));
        for (qsizetype i = 0; i + 1 < toRevisions.size(); ++i)
            if (Status s = insertVersion(toRevisions[i]); !s)
                return s;
        return updateVersion(step.from.value(0), toRevisions.last());
    }
    // update_version_num
    if (step.isStamp()) {
        if (step.from.size() != 1 || step.to.size() != 1)
            return versionError(
                QStringLiteral("Can't stamp %1 -> %2 with a single UPDATE")
                    .arg(step.from.join(QLatin1String(", ")), step.to.join(QLatin1String(", "))));
        return updateVersion(step.from.first(), step.to.first());
    }
    const QStringList down = step.upgrade ? step.from : step.to;
    QString downRevision;
    if (down.size() == 1) {
        downRevision = down.first();
    } else {
        QStringList present;
        for (const QString &d : down)
            if (m_heads.contains(d))
                present << d;
        if (present.size() != 1)
            return versionError(QStringLiteral("Can't do an UPDATE because downrevision is "
                                               "ambiguous (%1)")
                                    .arg(step.revisionId));
        downRevision = present.first();
    }
    return step.upgrade ? updateVersion(downRevision, step.revisionId)
                        : updateVersion(step.revisionId, downRevision);
}

}  // namespace stratum::migrate
