#pragma once

#include "ui/migrations/MigrationHistory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace stratum::ui {

// What the review pane shows: one revision, or the range from the
// database's heads to a target (an upgrade or a downgrade, as the migrator
// would plan it).
struct ReviewRequest
{
    HistoryPtr history;
    int revision = -1;   // the selected revision (graph index)
    bool range = false;  // from `heads` to `revision` instead of the revision alone
    QStringList heads;   // the database's heads (for a range)
};

// A line of a side-by-side schema diff.
struct DiffLine
{
    enum class Kind { Same, Added, Removed, Changed, Blank };
    Kind kind = Kind::Same;
    QString text;
};

// One affected table, before and after, aligned line by line.
struct TableDiff
{
    QString table;
    QString status;  // "added", "removed", "changed"
    QList<DiffLine> before;
    QList<DiffLine> after;
};

struct ReviewContent
{
    QString title;        // "Revision ae1027a6" / "Upgrade a1 → c3 (4 revisions)"
    bool upgrade = true;  // the direction of a range
    QStringList stepIds;  // the revisions a range runs, in order

    struct OperationRow
    {
        QString revision;  // short id
        QString description;
        QString lintClass;  // "", or the class name
        int lintBit = 0;
        QString explanation;
        QString saferAlternative;
        bool unsupported = false;
        int line = 0;
    };
    QList<OperationRow> operations;
    int lintSummary = 0;  // LintBits over the whole selection

    // Upgrade and downgrade SQL for the dialect; a range has only the SQL of
    // its direction, exactly as `stratum-cli upgrade|downgrade --sql a:b` prints it.
    QString upgradeSql;
    QString downgradeSql;
    QString sqlNote;  // why some SQL is missing

    QList<TableDiff> schemaDiff;
    QString schemaNote;  // replay warnings, or why there is no diff

    QString scriptPath;
    QString scriptText;
    QList<QPair<int, QString>> unsupportedLines;  // 1-based line, message
};

// Builds a ReviewContent: operations and lint from the history, SQL through
// OfflineScript (the code path of `stratum-cli upgrade --sql`), schema before
// and after through replay (schemaStateAtRevision), the script from disk.
// Pure apart from reading files; run it on a worker. Thread-safe.
class ReviewBuilder
{
public:
    static ReviewContent build(const ReviewRequest &request);

    // The `--sql` text of an upgrade or downgrade from heads to target, as
    // the CLI prints it ("start:target"); fails with several heads.
    static Result<QString> rangeSql(const MigrationHistory &history, const QStringList &heads,
                                    const QString &target, bool upgrade);
    // The revision string `stratum-cli upgrade --sql` is given for that range.
    static QString rangeArgument(const QStringList &heads, const QString &target);

    // The aligned diff of two tables' DDL (either may be empty).
    static TableDiff diffLines(const QString &table, const QStringList &before,
                               const QStringList &after);
};

}  // namespace stratum::ui
