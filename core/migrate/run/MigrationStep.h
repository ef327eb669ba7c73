#pragma once

#include "core/config/Result.h"
#include "core/migrate/RevisionGraph.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace stratum::migrate {

// One step of an upgrade, downgrade or stamp: Alembic's RevisionStep and
// StampStep (runtime/migration.py). A revision step runs one revision's
// upgrade() or downgrade(); a stamp step only moves the version table. The
// from/to lists are Alembic's from_revisions/to_revisions (down revisions
// including normalized depends_on), and the *NoDeps lists are what the log
// lines print. A plain value type.
struct MigrationStep
{
    enum class Kind { Revision, Stamp };

    Kind kind = Kind::Revision;
    bool upgrade = true;
    int revision = NoRevision;  // the graph index of a Revision step
    QString revisionId;         // its id
    QString doc;                // the revision's message; empty for stamps
    QStringList from, to;
    QStringList fromNoDeps, toNoDeps;
    bool branchMove = false;  // stamp steps

    static MigrationStep forRevision(const RevisionGraph &graph, int revision, bool upgrade);
    static MigrationStep stamp(const QStringList &from, const QStringList &to, bool upgrade,
                               bool branchMove);

    bool isStamp() const { return kind == Kind::Stamp; }
    // "upgrade", "downgrade" or "stamp_revision" (the migration function's name).
    QString name() const;
    // "upgrade a, b -> c": MigrationStep.short_log.
    QString shortLog() const;
    // short_log plus ", message" when there is one: MigrationStep.__str__.
    QString toString() const;
};

// Alembic's Revision._normalized_down_revisions as ids: down_revision plus
// the depends_on entries that no ancestor already depends on.
QStringList normalizedDownRevisions(const RevisionGraph &graph, int revision);

// The steps of each command, computed as alembic/script/base.py does
// (_upgrade_revs, _downgrade_revs, _stamp_revs) from the heads stored in the
// version table. Pure functions over the graph; thread-safe.
Result<QList<MigrationStep>> planUpgrade(const RevisionGraph &graph, const QStringList &heads,
                                         const QString &destination);
Result<QList<MigrationStep>> planDowngrade(const RevisionGraph &graph, const QStringList &heads,
                                           const QString &destination);
Result<QList<MigrationStep>> planStamp(const RevisionGraph &graph, const QStringList &heads,
                                       const QStringList &destinations);

// Alembic's ScriptDirectory.get_all_current(heads): the stored heads plus
// their ancestors, reduced to branch heads, in graph order. Unknown ids are
// an error naming the id ("Can't locate revision identified by ...").
Result<QList<int>> allCurrent(const RevisionGraph &graph, const QStringList &heads);

}  // namespace stratum::migrate
