#include "core/migrate/ScriptDirectory.h"

#include "core/migrate/RevisionHeaderCache.h"
#include "core/migrate/RevisionReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace stratum::migrate {

namespace {

Error directoryError(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("script-directory");
    return e;
}

// Python's repr() of a path, as Alembic's "%r" shows it.
QString pythonRepr(const QString &s)
{
    if (s.contains(QLatin1Char('\'')) && !s.contains(QLatin1Char('"')))
        return QLatin1Char('"') + s + QLatin1Char('"');
    QString escaped = s;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// util.coerce_resource_to_filename + os.path.abspath, without Python packages.
Result<QString> resolvePath(const QString &location, const QString &baseDir)
{
    if (!QDir::isAbsolutePath(location) && location.contains(QLatin1Char(':')))
        return directoryError(
            QStringLiteral("Package resource locations such as '%1' need Python to resolve; "
                           "use a file system path")
                .arg(location));
    const QString base = baseDir.isEmpty() ? QDir::currentPath() : baseDir;
    return QDir::cleanPath(QDir(base).absoluteFilePath(location));
}

struct Loaded
{
    std::optional<Result<Revision>> revision;
    QByteArray key;  // hash of the file's bytes; empty when it could not be read
    bool cached = false;
};

// Reads one script, from the header cache when its bytes are known.
// Runs on worker threads: touches only the cache's const side.
Loaded readScript(const QString &path, const RevisionHeaderCache &cache)
{
    Loaded out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.message = QStringLiteral("Cannot read the revision script: %1").arg(file.errorString());
        e.source = path;
        e.code = QStringLiteral("io");
        out.revision.emplace(e);
        return out;
    }
    QByteArray bytes = file.readAll();
    out.key = RevisionHeaderCache::keyOf(bytes);
    if (std::optional<Revision> hit = cache.find(out.key)) {
        hit->path = path;
        out.cached = true;
        out.revision.emplace(std::move(*hit));
        return out;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    out.revision.emplace(RevisionReader::readSource(QString::fromUtf8(bytes), path));
    return out;
}

}  // namespace

Result<QStringList> ScriptDirectory::splitVersionLocations(const QString &value,
                                                           const QString &separator)
{
    QStringList parts;
    if (separator.isNull()) {
        // Legacy behaviour: split on commas and spaces.
        static const QRegularExpression legacy(QStringLiteral(", *|(?: +)"));
        parts = value.split(legacy);
        return parts;
    }
    QString split;
    if (separator == QLatin1String("space"))
        split = QStringLiteral(" ");
    else if (separator == QLatin1String("os"))
        split = QDir::listSeparator();
    else if (separator == QLatin1String(":") || separator == QLatin1String(";"))
        split = separator;
    else
        return directoryError(QStringLiteral("'%1' is not a valid value for "
                                             "version_path_separator; expected 'space', 'os', "
                                             "':', ';'")
                                  .arg(separator));
    for (const QString &p : value.split(split))
        if (!p.isEmpty())
            parts << p;
    return parts;
}

Result<ScriptDirectory> ScriptDirectory::load(const Location &location)
{
    ScriptDirectory sd;
    Result<QString> dir = resolvePath(location.scriptLocation, location.baseDir);
    if (!dir)
        return dir.error();
    sd.m_dir = dir.value();
    if (!QFileInfo::exists(sd.m_dir))
        return directoryError(QStringLiteral("Path doesn't exist: %1.  Please use the 'init' "
                                             "command to create a new scripts folder.")
                                  .arg(pythonRepr(sd.m_dir)));
    RevisionHeaderCache cache(!location.useCache ? QString()
                              : location.cacheFile.isEmpty()
                                  ? RevisionHeaderCache::defaultFile(sd.m_dir)
                                  : location.cacheFile);
    QStringList seenFiles;
    if (location.versionLocations.isEmpty()) {
        const QString versions = sd.m_dir + QStringLiteral("/versions");
        sd.m_versionDirs << versions;
        if (!QFileInfo(versions).isDir())
            return directoryError(
                QStringLiteral("Path doesn't exist: %1").arg(pythonRepr(versions)));
        sd.loadVersionDirectory(versions, seenFiles, cache);
    } else {
        for (const QString &loc : location.versionLocations) {
            Result<QString> path = resolvePath(loc, location.baseDir);
            if (!path)
                return path.error();
            sd.m_versionDirs << path.value();
            // Alembic skips configured locations that do not exist (yet).
            if (QFileInfo(path.value()).isDir())
                sd.loadVersionDirectory(path.value(), seenFiles, cache);
        }
    }
    cache.save();
    return sd;
}

Result<RevisionGraph> ScriptDirectory::strictGraph() const
{
    if (m_errors.isEmpty())
        return graph();
    QStringList lines;
    for (const Error &e : m_errors)
        lines << e.toString();
    Error all = m_errors.first();
    all.message = lines.join(QLatin1Char('\n'));
    all.source.clear();
    all.line = all.column = 0;
    return all;
}

void ScriptDirectory::loadVersionDirectory(const QString &dir, QStringList &seenFiles,
                                           RevisionHeaderCache &cache)
{
    // Alembic's _only_source_rev_file: "*.py", but not "__init__*" or ".#*".
    static const QRegularExpression scriptName(QStringLiteral("^(?!\\.#|__init__)(.*\\.py)$"));
    // Files are deduplicated by real path, as Alembic does when version
    // locations overlap; resolving the directory once is enough for that.
    const QString realDir = QFileInfo(dir).canonicalFilePath();
    QStringList paths;
    // Unsorted on purpose: os.listdir order, which Alembic's ordering follows.
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (!scriptName.match(name).hasMatch())
            continue;
        const QString real = realDir + QLatin1Char('/') + name;
        if (seenFiles.contains(real)) {
            m_warnings << QStringLiteral("File %1 loaded twice! ignoring. Please ensure "
                                         "version_locations is unique.")
                              .arg(real);
            continue;
        }
        seenFiles << real;
        paths << dir + QLatin1Char('/') + name;
    }

    // Parsing dominates; spread it over a few threads, keeping file order.
    std::vector<Loaded> results(size_t(paths.size()));
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < paths.size(); i = next++)
            results[size_t(i)] = readScript(paths[i], cache);
    };
    const unsigned threads =
        paths.size() < 64 ? 1u : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();

    QHash<QString, int> byId;
    for (int i = 0; i < m_revisions.size(); ++i)
        byId.insert(m_revisions[i].id, i);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        Loaded &loaded = results[size_t(i)];
        Result<Revision> &rev = *loaded.revision;
        if (loaded.cached) {
            cache.touch(loaded.key);
            ++m_cached;
        } else if (!loaded.key.isEmpty()) {
            ++m_parsed;
            if (rev)
                cache.insert(loaded.key, rev.value());
        }
        if (!rev) {
            m_errors << rev.error();
            continue;
        }
        const int previous = byId.value(rev->id, -1);
        if (previous >= 0) {
            Error e;
            e.message = QStringLiteral("Revision %1 is present more than once (in %2 and %3)")
                            .arg(rev->id, m_revisions[previous].path, paths[i]);
            e.source = paths[i];
            e.line = rev->idPosition.line;
            e.column = rev->idPosition.column;
            e.code = QStringLiteral("duplicate");
            m_errors << e;
            continue;
        }
        byId.insert(rev->id, int(m_revisions.size()));
        m_revisions << std::move(rev).value();
    }
}

}  // namespace stratum::migrate
