#include "ui/migrations/ReviewBuilder.h"

#include "core/migrate/run/MigrationStep.h"
#include "core/migrate/run/OfflineScript.h"
#include "core/migrate/run/ScriptOperations.h"
#include "core/migrate/state/SchemaReplay.h"
#include "core/schema/DdlCompiler.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes,
// and the name it records must be the one looked up at run time.
class ReviewBuilderText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewBuilderText)
};

namespace stratum::ui {

using namespace stratum::migrate;

namespace {

// The revision a version-table position names for --sql: one head, or base.
QString startOf(const QStringList &heads)
{
    return heads.isEmpty() ? QStringLiteral("base") : heads.first();
}

void addOperations(ReviewContent &c, const MigrationHistory &h, int rev, bool upgrade)
{
    const RevisionSummary &s = h.summary(rev);
    const QString shortId = s.shortId;
    if (!s.operations) {
        ReviewContent::OperationRow row;
        row.revision = shortId;
        row.description = ReviewBuilderText::tr("The script could not be interpreted");
        row.explanation = s.readError;
        row.unsupported = true;
        c.operations.push_back(row);
        return;
    }
    const QList<Operation> &ops = upgrade ? s.operations->upgrade : s.operations->downgrade;
    const QList<LintFinding> findings = upgrade ? s.findings : lintOperations(ops, h.dialect());
    for (int i = 0; i < ops.size(); ++i) {
        ReviewContent::OperationRow row;
        row.revision = shortId;
        row.description = describeOperation(ops[i], h.dialect());
        row.line = ops[i].source.line;
        for (const LintFinding &f : findings) {
            if (f.operationIndex != i)
                continue;
            // The first finding names the class; others add to the explanation.
            if (row.lintClass.isEmpty()) {
                row.lintClass = lintClassName(f.kind);
                row.lintBit = lintBit(f.kind);
                row.explanation = f.explanation;
                row.saferAlternative = f.saferAlternative;
            } else {
                row.lintClass += QStringLiteral(", ") + lintClassName(f.kind);
                row.lintBit |= lintBit(f.kind);
            }
        }
        c.lintSummary |= row.lintBit;
        c.operations.push_back(row);
    }
    const QList<Unsupported> &unsupported =
        upgrade ? s.operations->unsupportedUpgrade : s.operations->unsupportedDowngrade;
    for (const Unsupported &u : unsupported) {
        ReviewContent::OperationRow row;
        row.revision = shortId;
        row.description = u.sourceText.section(QLatin1Char('\n'), 0, 0).trimmed();
        row.explanation = u.message + QLatin1Char(' ') + ReviewBuilderText::tr("(needs Alembic)");
        row.unsupported = true;
        row.line = u.line;
        c.operations.push_back(row);
    }
}

// The DDL of a table as lines: CREATE TABLE's body, then its indexes.
QStringList tableLines(const schema::Table *table, const schema::MetaData &md,
                       schema::Dialect dialect)
{
    if (!table)
        return {};
    const schema::DdlCompiler ddl(dialect);
    QStringList lines;
    if (Result<schema::DdlScript> create = ddl.createTable(*table, md); create) {
        for (const QString &statement : create->statements) {
            for (const QString &line : statement.split(QLatin1Char('\n'))) {
                const QString t = line.trimmed();
                if (t.isEmpty())
                    continue;
                const bool outer = t.startsWith(QLatin1String("CREATE")) || t == u')';
                lines << (outer ? t : QStringLiteral("    ") + t);
            }
        }
    }
    for (const schema::Index &index : table->indexes) {
        if (Result<schema::DdlScript> create = ddl.createIndex(*table, index, md); create)
            lines += create->statements;
    }
    return lines;
}

// The first word of a line: a column or constraint name, to pair changed lines.
QString lineKey(const QString &line)
{
    static const QRegularExpression word(QStringLiteral("^\\s*(\"[^\"]+\"|\\S+)"));
    const QRegularExpressionMatch m = word.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

void addSchemaDiff(ReviewContent &c, const MigrationHistory &h, const QString &beforeRev,
                   const QString &afterRev)
{
    const ScriptDirectory &dir = h.environment().scripts();
    Result<SchemaState> before = schemaStateAtRevision(dir, beforeRev, h.dialect());
    Result<SchemaState> after = schemaStateAtRevision(dir, afterRev, h.dialect());
    if (!before || !after) {
        c.schemaNote = (!before ? before.error() : after.error()).toString();
        return;
    }
    const schema::MetaData &b = before->metadata;
    const schema::MetaData &a = after->metadata;
    QStringList names;
    for (const schema::Table &t : b.tables)
        names << t.displayName();
    for (const schema::Table &t : a.tables) {
        if (!names.contains(t.displayName()))
            names << t.displayName();
    }
    for (const QString &name : names) {
        const QString schemaName = name.contains(u'.') ? name.section(u'.', 0, 0) : QString();
        const QString tableName = name.contains(u'.') ? name.section(u'.', 1) : name;
        const schema::Table *tb = b.table(schemaName, tableName);
        const schema::Table *ta = a.table(schemaName, tableName);
        if (tb && ta && *tb == *ta)
            continue;
        c.schemaDiff.push_back(ReviewBuilder::diffLines(name, tableLines(tb, b, h.dialect()),
                                                        tableLines(ta, a, h.dialect())));
    }
    QStringList warnings;
    for (const ReplayWarning &w : after->warnings) {
        if (w.revision == afterRev || c.stepIds.contains(w.revision))
            warnings << w.toString();
    }
    if (c.schemaDiff.isEmpty())
        c.schemaNote = ReviewBuilderText::tr("No table changes.");
    if (!warnings.isEmpty())
        c.schemaNote += (c.schemaNote.isEmpty() ? QString() : QStringLiteral("\n")) +
                        warnings.join(QLatin1Char('\n'));
}

void addScript(ReviewContent &c, const MigrationHistory &h, int rev)
{
    const Revision &r = h.graph().revision(rev);
    c.scriptPath = r.path;
    QFile file(r.path);
    if (file.open(QIODevice::ReadOnly))
        c.scriptText = QString::fromUtf8(file.readAll());
    const RevisionSummary &s = h.summary(rev);
    if (s.operations) {
        for (const Unsupported &u : s.operations->unsupportedUpgrade)
            c.unsupportedLines.push_back({u.line, u.message});
        for (const Unsupported &u : s.operations->unsupportedDowngrade)
            c.unsupportedLines.push_back({u.line, u.message});
    }
}

}  // namespace

QString ReviewBuilder::rangeArgument(const QStringList &heads, const QString &target)
{
    return startOf(heads) + QLatin1Char(':') + target;
}

Result<QString> ReviewBuilder::rangeSql(const MigrationHistory &history, const QStringList &heads,
                                        const QString &target, bool upgrade)
{
    if (heads.size() > 1) {
        Error e;
        e.message =
            ReviewBuilderText::tr(
                "The database stands at several heads (%1); --sql starts from one revision.")
                .arg(heads.join(QStringLiteral(", ")));
        return e;
    }
    ScriptOperations operations(history.graph(), history.dialect());
    OfflineScript offline(history.graph(), history.dialect(), operations,
                          history.migratorOptions());
    const QString argument = rangeArgument(heads, target);
    return upgrade ? offline.upgrade(argument) : offline.downgrade(argument);
}

TableDiff ReviewBuilder::diffLines(const QString &table, const QStringList &before,
                                   const QStringList &after)
{
    TableDiff d;
    d.table = table;
    d.status = before.isEmpty()  ? QStringLiteral("added")
               : after.isEmpty() ? QStringLiteral("removed")
                                 : QStringLiteral("changed");
    // Align on the lines' keys (column or constraint names): a key on both
    // sides with different text is Changed; on one side only, Added/Removed.
    QHash<QString, int> afterByKey;
    for (int i = 0; i < after.size(); ++i)
        afterByKey.insert(lineKey(after[i]), i);
    int j = 0;
    for (const QString &line : before) {
        const int match = afterByKey.value(lineKey(line), -1);
        if (match >= j) {
            for (; j < match; ++j) {
                d.before.push_back({DiffLine::Kind::Blank, QString()});
                d.after.push_back({DiffLine::Kind::Added, after[j]});
            }
            const bool same = after[match] == line;
            d.before.push_back({same ? DiffLine::Kind::Same : DiffLine::Kind::Changed, line});
            d.after.push_back(
                {same ? DiffLine::Kind::Same : DiffLine::Kind::Changed, after[match]});
            j = match + 1;
        } else {
            d.before.push_back({DiffLine::Kind::Removed, line});
            d.after.push_back({DiffLine::Kind::Blank, QString()});
        }
    }
    for (; j < after.size(); ++j) {
        d.before.push_back({DiffLine::Kind::Blank, QString()});
        d.after.push_back({DiffLine::Kind::Added, after[j]});
    }
    return d;
}

ReviewContent ReviewBuilder::build(const ReviewRequest &request)
{
    ReviewContent c;
    const HistoryPtr &h = request.history;
    if (!h || request.revision < 0 || request.revision >= h->graph().size())
        return c;
    const RevisionGraph &g = h->graph();
    const int rev = request.revision;
    const QString id = g.id(rev);
    addScript(c, *h, rev);

    if (!request.range) {
        c.title = ReviewBuilderText::tr("Revision %1").arg(h->summary(rev).shortId);
        c.stepIds << id;
        addOperations(c, *h, rev, true);
        const QList<int> &downs = g.downRevisions(rev);
        ScriptOperations operations(g, h->dialect());
        if (downs.size() <= 1) {
            const QString down = downs.isEmpty() ? QStringLiteral("base") : g.id(downs.first());
            OfflineScript offline(g, h->dialect(), operations, h->migratorOptions());
            Result<QString> up = offline.upgrade(down + QLatin1Char(':') + id);
            Result<QString> dn = offline.downgrade(id + QLatin1Char(':') + down);
            c.upgradeSql = up ? up.value() : QString();
            c.downgradeSql = dn ? dn.value() : QString();
            if (!up || !dn)
                c.sqlNote = (!up ? up.error() : dn.error()).toString();
            addSchemaDiff(c, *h, down, id);
        } else {
            // A merge: --sql cannot start from two revisions, so show the
            // revision's own statements.
            Result<QStringList> up = operations.render(MigrationStep::forRevision(g, rev, true));
            Result<QStringList> dn = operations.render(MigrationStep::forRevision(g, rev, false));
            c.upgradeSql = up ? up->join(QStringLiteral(";\n\n")) : QString();
            c.downgradeSql = dn ? dn->join(QStringLiteral(";\n\n")) : QString();
            c.sqlNote = ReviewBuilderText::tr(
                "A merge revision: its own statements, without version-table updates.");
            addSchemaDiff(c, *h, id, id);
        }
        return c;
    }

    // A range from the database's heads to rev.
    const QSet<int> applied = h->appliedFor(request.heads);
    c.upgrade = !applied.contains(rev);
    Result<QList<MigrationStep>> steps =
        c.upgrade ? planUpgrade(g, request.heads, id) : planDowngrade(g, request.heads, id);
    if (!steps) {
        c.sqlNote = steps.error().toString();
        c.title = ReviewBuilderText::tr("Range to %1").arg(h->summary(rev).shortId);
        return c;
    }
    for (const MigrationStep &step : steps.value()) {
        if (step.isStamp() || step.revision < 0)
            continue;
        c.stepIds << step.revisionId;
        addOperations(c, *h, step.revision, c.upgrade);
    }
    const QString from = startOf(request.heads);
    c.title = (c.upgrade ? ReviewBuilderText::tr("Upgrade %1 → %2 (revisions: %3)")
                         : ReviewBuilderText::tr("Downgrade %1 → %2 (revisions: %3)"))
                  .arg(from.left(8), id.left(8), QString::number(c.stepIds.size()));
    if (c.stepIds.isEmpty())
        c.title = ReviewBuilderText::tr("The database is already at %1").arg(id.left(8));
    Result<QString> sql = rangeSql(*h, request.heads, id, c.upgrade);
    if (sql)
        (c.upgrade ? c.upgradeSql : c.downgradeSql) = sql.value();
    else
        c.sqlNote = sql.error().toString();
    addSchemaDiff(c, *h, from, id);
    return c;
}

}  // namespace stratum::ui
