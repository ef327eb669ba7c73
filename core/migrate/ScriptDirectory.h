#pragma once

#include "core/config/Result.h"
#include "core/migrate/Revision.h"
#include "core/migrate/RevisionGraph.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace stratum::migrate {

class RevisionHeaderCache;

// An Alembic script directory: script_location, its versions/ folder or the
// configured version_locations, and the revision scripts in them. Loading reads
// every *.py file in the order the file system lists them (Alembic's order,
// which decides how history orders parallel branches) and keeps going past a
// bad file: each problem is reported in errors() with its file, line and
// column, and the good revisions stay available. A value type, immutable after
// load; safe to read from several threads.
class ScriptDirectory
{
public:
    // Where the scripts live, as Alembic's from_config computes it.
    struct Location
    {
        QString scriptLocation;        // as configured
        QStringList versionLocations;  // as configured; empty: <script_location>/versions
        QString baseDir;               // relative paths resolve here (Alembic: the cwd)
        // Header cache (see RevisionHeaderCache): off, or the file to use;
        // an empty file means the default under the user's cache folder.
        bool useCache = true;
        QString cacheFile = {};
    };

    // Reads alembic.ini (section, default "alembic"): script_location,
    // version_locations and version_path_separator; %(here)s is the ini's folder.
    static Result<Location> locationFromConfig(const QString &iniPath,
                                               const QString &section = QStringLiteral("alembic"),
                                               const QString &baseDir = QString());
    // Alembic's splitting of version_locations by version_path_separator.
    static Result<QStringList> splitVersionLocations(const QString &value,
                                                     const QString &separator);

    // Fails only when the directory itself is unusable (missing, or a package
    // resource location); per-file problems land in errors().
    static Result<ScriptDirectory> load(const Location &location);
    static Result<ScriptDirectory> fromConfig(const QString &iniPath,
                                              const QString &section = QStringLiteral("alembic"));

    QString directory() const { return m_dir; }  // absolute script_location
    const QStringList &versionDirectories() const { return m_versionDirs; }  // absolute
    const QList<Revision> &revisions() const { return m_revisions; }
    const QList<Error> &errors() const { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }
    // How many scripts were parsed, and how many came from the header cache.
    int parsedCount() const { return m_parsed; }
    int cachedCount() const { return m_cached; }

    // The graph of revisions(); fails on graph errors (missing parent, cycle...).
    Result<RevisionGraph> graph() const { return RevisionGraph::build(m_revisions); }
    // As graph(), but any per-file error fails it too; the message then lists
    // every such error, one per line ("file:line:column: message").
    Result<RevisionGraph> strictGraph() const;

private:
    void loadVersionDirectory(const QString &dir, QStringList &seenFiles,
                              RevisionHeaderCache &cache);

    QString m_dir;
    QStringList m_versionDirs;
    QList<Revision> m_revisions;
    QList<Error> m_errors;
    QStringList m_warnings;
    int m_parsed = 0;
    int m_cached = 0;
};

}  // namespace stratum::migrate
