#include "core/migrate/HistoryReport.h"

#include "core/migrate/RevisionFormatter.h"
#include "core/migrate/RevisionIterator.h"

namespace stratum::migrate {

namespace {

Error usage(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("usage");
    return e;
}

Error needsDatabase(const QString &what)
{
    Error e;
    e.message = QStringLiteral("%1 needs the database's current revision; connecting is not "
                               "supported by this command yet")
                    .arg(what);
    e.code = QStringLiteral("unsupported");
    return e;
}

}  // namespace

Result<QString> HistoryReport::history(const RevisionGraph &g, const QString &revRange,
                                       bool verbose)
{
    QString base, head;
    if (!revRange.isNull()) {
        const QStringList parts = revRange.trimmed().split(QLatin1Char(':'));
        if (parts.size() != 2)
            return usage(QStringLiteral("History range requires [start]:[end], [start]:, or "
                                        ":[end]"));
        base = parts[0];
        head = parts[1];
    }
    if (base == QLatin1String("current") || head == QLatin1String("current"))
        return needsDatabase(QStringLiteral("A history range with 'current'"));
    Result<QList<int>> revs =
        RevisionIterator(g).walkRevisions(base.isEmpty() ? QStringLiteral("base") : base,
                                          head.isEmpty() ? QStringLiteral("heads") : head);
    if (!revs)
        return revs.error();
    RevisionFormatter::Options options;
    options.includeBranches = options.includeDoc = options.includeParents = true;
    QString out;
    for (int r : revs.value())
        out += RevisionFormatter::cmdFormat(g, r, verbose, options) + QLatin1Char('\n');
    return out;
}

Result<QString> HistoryReport::heads(const RevisionGraph &g, bool verbose, bool resolveDependencies)
{
    RevisionFormatter::Options options;
    options.includeBranches = true;
    options.treeIndicators = false;
    QString out;
    for (int r : resolveDependencies ? g.realHeads() : g.heads())
        out += RevisionFormatter::cmdFormat(g, r, verbose, options) + QLatin1Char('\n');
    return out;
}

Result<QString> HistoryReport::branches(const RevisionGraph &g, bool verbose)
{
    Result<QList<int>> revs = RevisionIterator(g).walkRevisions();
    if (!revs)
        return revs.error();
    RevisionFormatter::Options own;
    own.includeBranches = true;
    RevisionFormatter::Options child = own;
    child.includeDoc = verbose;
    QString out;
    for (int r : revs.value()) {
        if (!g.isBranchPoint(r))
            continue;
        QStringList lines;
        const QString indent(g.id(r).size(), QLatin1Char(' '));
        for (int c : g.children(r))
            lines << indent + QLatin1String(" -> ") +
                         RevisionFormatter::cmdFormat(g, c, false, child);
        out += RevisionFormatter::cmdFormat(g, r, verbose, own) + QLatin1Char('\n') +
               lines.join(QLatin1Char('\n')) + QLatin1String("\n\n");
    }
    return out;
}

Result<QString> HistoryReport::show(const RevisionGraph &g, const QString &rev)
{
    if (rev == QLatin1String("current"))
        return needsDatabase(QStringLiteral("show current"));
    Result<QList<int>> revs = g.revisions(rev);
    if (!revs)
        return revs.error();
    QString out;
    for (int r : revs.value())
        if (r >= 0)
            out += RevisionFormatter::logEntry(g, r) + QLatin1Char('\n');
    return out;
}

}  // namespace stratum::migrate
