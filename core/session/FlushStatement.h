#pragma once

#include "core/engine/DriverConnection.h"

#include <QList>
#include <QString>

namespace stratum::session {

// One statement a flush sends, in order, with its parameters, as
// Session::previewFlush() shows it before anything runs. generatedParams lists
// the parameter positions (0-based) whose value the database generates during
// the same flush (a parent's new key); those params are null in a preview.
struct FlushStatement
{
    QString sql;
    engine::Params params;
    QList<int> generatedParams;
    QString description;  // e.g. "insert 3 rows into album"

    bool operator==(const FlushStatement &) const = default;
};

// One object with unflushed changes, as Session::pendingChanges() lists them.
struct PendingChange
{
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Insert;
    QString table;        // display name, "schema.name" or "name"
    QString identity;     // "album(album_id=5)", or "album(new)" before the insert
    QStringList columns;  // Insert: the columns given; Update: the changed ones
};

}  // namespace stratum::session
