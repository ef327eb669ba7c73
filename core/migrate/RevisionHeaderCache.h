#pragma once

#include "core/migrate/Revision.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace stratum::migrate {

// Remembers the headers read from revision scripts, keyed by a hash of each
// file's bytes, so that listing a large history does not parse every script
// again (the role .pyc files play for Alembic). A hit is exact by
// construction: same bytes, same header; only the path is supplied afresh. The
// cache is a single file written atomically; a missing, stale-format or
// corrupt file is simply ignored. Not thread-safe for writers: find() may run
// concurrently, insert()/save() from one thread.
class RevisionHeaderCache
{
public:
    // file: where the cache lives; empty disables caching.
    explicit RevisionHeaderCache(const QString &file);

    // The default file for a script directory, under the user's cache folder.
    static QString defaultFile(const QString &scriptDirectory);
    static QByteArray keyOf(const QByteArray &content);

    bool enabled() const { return !m_file.isEmpty(); }
    std::optional<Revision> find(const QByteArray &key) const;
    void insert(const QByteArray &key, const Revision &revision);
    // Marks key as still in use, so that save() keeps it.
    void touch(const QByteArray &key);
    // Writes entries used in this run if anything changed.
    void save();

private:
    QString m_file;
    QHash<QByteArray, Revision> m_entries;
    QHash<QByteArray, bool> m_used;
    bool m_dirty = false;
};

}  // namespace stratum::migrate
