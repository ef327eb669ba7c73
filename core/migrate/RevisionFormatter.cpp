#include "core/migrate/RevisionFormatter.h"

#include <QRegularExpression>

namespace stratum::migrate {

namespace {

const QLatin1String comma(", ");

QString childIds(const RevisionGraph &g, const QList<int> &revs)
{
    QStringList out;
    for (int r : revs)
        out << g.id(r);
    return out.join(comma);
}

// str.splitlines() for the line breaks that occur in practice.
QStringList splitLines(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\r\n|\r|\n"));
    QStringList lines = text.split(breaks);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

}  // namespace

QString RevisionFormatter::formatDownRevision(const RevisionGraph &g, int rev)
{
    const QStringList &down = g.revision(rev).downRevisions;
    return down.isEmpty() ? QStringLiteral("<base>") : down.join(comma);
}

QString RevisionFormatter::headOnly(const RevisionGraph &g, int rev, const Options &o)
{
    const Revision &r = g.revision(rev);
    QString text = r.id;
    if (o.includeParents) {
        if (!r.dependsOn.isEmpty())
            text = QStringLiteral("%1 (%2) -> %3")
                       .arg(formatDownRevision(g, rev), r.dependsOn.join(comma), text);
        else
            text = QStringLiteral("%1 -> %2").arg(formatDownRevision(g, rev), text);
    }
    if (o.includeBranches && !g.branchLabels(rev).isEmpty())
        text += QStringLiteral(" (%1)").arg(g.branchLabels(rev).join(comma));
    if (o.headIndicators || o.treeIndicators) {
        if (g.isRealHead(rev))
            text += QLatin1String(" (head)");
        if (g.isHead(rev) && !g.isRealHead(rev))
            text += QLatin1String(" (effective head)");
        if (o.current)
            text += QLatin1String(" (current)");
    }
    if (o.treeIndicators) {
        if (g.isBranchPoint(rev))
            text += QLatin1String(" (branchpoint)");
        if (g.isMergePoint(rev))
            text += QLatin1String(" (mergepoint)");
    }
    if (o.includeDoc)
        text += QStringLiteral(", %1").arg(r.message());
    return text;
}

QString RevisionFormatter::logEntry(const RevisionGraph &g, int rev, bool current)
{
    const Revision &r = g.revision(rev);
    QString entry = QStringLiteral("Rev: %1").arg(r.id);
    if (g.isHead(rev))
        entry += QLatin1String(" (head)");
    if (g.isBranchPoint(rev))
        entry += QLatin1String(" (branchpoint)");
    if (g.isMergePoint(rev))
        entry += QLatin1String(" (mergepoint)");
    if (current)
        entry += QLatin1String(" (current)");
    entry += QLatin1Char('\n');
    entry += (g.isMergePoint(rev) ? QLatin1String("Merges: ") : QLatin1String("Parent: ")) +
             formatDownRevision(g, rev) + QLatin1Char('\n');
    if (!r.dependsOn.isEmpty())
        entry += QStringLiteral("Also depends on: %1\n").arg(r.dependsOn.join(comma));
    if (g.isBranchPoint(rev))
        entry += QStringLiteral("Branches into: %1\n").arg(childIds(g, g.children(rev)));
    if (!g.branchLabels(rev).isEmpty())
        entry += QStringLiteral("Branch names: %1\n").arg(g.branchLabels(rev).join(comma));
    entry += QStringLiteral("Path: %1\n").arg(r.path);
    QStringList doc;
    for (const QString &para : splitLines(r.docstring))
        doc << QLatin1String("    ") + para;
    entry += QLatin1Char('\n') + doc.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return entry;
}

QString RevisionFormatter::cmdFormat(const RevisionGraph &g, int rev, bool verbose,
                                     const Options &options)
{
    return verbose ? logEntry(g, rev, options.current) : headOnly(g, rev, options);
}

QString RevisionFormatter::summary(const RevisionGraph &g, int rev)
{
    QString text = formatDownRevision(g, rev) + QLatin1String(" -> ") + g.id(rev);
    if (g.isHead(rev))
        text += QLatin1String(" (head)");
    if (g.isBranchPoint(rev))
        text += QLatin1String(" (branchpoint)");
    if (g.isMergePoint(rev))
        text += QLatin1String(" (mergepoint)");
    return text + QLatin1String(", ") + g.revision(rev).message();
}

}  // namespace stratum::migrate
