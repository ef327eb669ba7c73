#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace stratum::migrate {

// One file of the demo workspace: its path relative to the workspace folder
// and its exact bytes.
struct DemoFile
{
    QString relativePath;
    QByteArray contents;
};

// The fixed texts of the demo workspace: alembic.ini, the migrations folder in
// Alembic's generic layout (env.py, script.py.mako, README, versions/) and a
// SQLAlchemy 2.0 models.py matching the head revision. The history is a small
// bookstore with a branch after the third revision and a merge:
//
//   create authors and books, add customers, add orders and order items
//     branch A: add genres                     (the database stands here)
//     branch B: add customer loyalty points
//   merge genres and loyalty points, add reviews,
//   drop item discounts and add the order totals view (head)
//
// Everything is a constant (fixed revision ids and Create Dates), so the
// workspace is byte-identical on every machine. Stateless; thread-safe.
class DemoRevisions
{
public:
    // Bump when the files or the data change: an existing workspace with an
    // older format is rebuilt.
    static constexpr int kFormatVersion = 1;

    static QList<DemoFile> files();

    // Folder names inside the workspace.
    static QString scriptDirectory() { return QStringLiteral("migrations"); }
    static QString versionsDirectory() { return QStringLiteral("migrations/versions"); }
    static QString databaseFile() { return QStringLiteral("demo.db"); }
    static QString modelFile() { return QStringLiteral("model.stratum.json"); }
    static QString modelsPy() { return QStringLiteral("models.py"); }

    // Revision ids, oldest first (the merge's parents are the two branch tips).
    static QStringList revisionIds();
    // Where the database is left: the tip of branch A, past the branch point
    // and before the merge, so that branch B, the merge and two more revisions
    // are pending.
    static QString databaseRevision();
    static QString headRevision();
};

}  // namespace stratum::migrate
