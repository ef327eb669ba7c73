#pragma once

#include <QString>
#include <QStringList>

namespace stratum::ui {

// Where a model editor document came from, which decides its title, its
// banner and whether Save writes back in place: only a Stratum model file is
// written back; a models.py, a live database and a revision's state are read
// only and are saved with "Save as model file". A plain value.
struct ModelSource
{
    enum class Kind {
        New,        // an empty model nobody has saved yet
        ModelFile,  // *.stratum-model, read and written
        ModelsPy,   // SQLAlchemy declarative models.py, read only
        Database,   // reflected from a live connection, read only
        Revision,   // the schema state at an Alembic revision, read only
    };

    Kind kind = Kind::New;
    // A file path for ModelFile/ModelsPy, the connection's display name (never
    // a URL with a password) for Database, the revision id for Revision.
    QString location;
    // The connection profile or script directory the document relates to, for
    // Generate revision; empty when there is none.
    QString connectionName;
    // What the reader said about lines it could not interpret (models.py),
    // each with file and line.
    QStringList warnings;

    bool savesInPlace() const { return kind == Kind::ModelFile; }
    bool operator==(const ModelSource &) const = default;
};

}  // namespace stratum::ui
