#include "ui/connect/ConnectionStore.h"

#include "ui/connect/PasswordVault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace stratum::ui {

namespace {

const QString kGroup = QStringLiteral("connections");
const QString kFoldersKey = QStringLiteral("connectionFolders");
const QString kFormat = QStringLiteral("stratum-connections");

bool inFolder(const QString &folder, const QString &root)
{
    return folder == root || folder.startsWith(root + QLatin1Char('/'));
}

}  // namespace

ConnectionStore::ConnectionStore(QObject *parent)
    : QObject(parent)
    , m_vault(new PasswordVault(this))
{}

ConnectionStore::~ConnectionStore() = default;

QString ConnectionStore::keychainKey(const QString &id)
{
    return QStringLiteral("connection/") + id;
}

QString ConnectionStore::normalizeFolder(const QString &folder)
{
    QStringList parts;
    for (const QString &part : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

QList<ConnectionProfile> ConnectionStore::connections() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QList<ConnectionProfile> out;
    for (const QString &id : settings.childGroups()) {
        settings.beginGroup(id);
        ConnectionProfile p = ConnectionProfile::load(settings);
        settings.endGroup();
        if (p.id == id)
            out << p;
    }
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        if (a.folder != b.folder)
            return a.folder.localeAwareCompare(b.folder) < 0;
        return a.displayName().localeAwareCompare(b.displayName()) < 0;
    });
    return out;
}

std::optional<ConnectionProfile> ConnectionStore::connection(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!settings.childGroups().contains(id))
        return std::nullopt;
    settings.beginGroup(id);
    ConnectionProfile p = ConnectionProfile::load(settings);
    if (p.id != id)
        return std::nullopt;
    return p;
}

QStringList ConnectionStore::storedFolders() const
{
    QSettings settings;
    return settings.value(kFoldersKey).toStringList();
}

QStringList ConnectionStore::folders() const
{
    QSet<QString> all;
    QStringList sources = storedFolders();
    for (const ConnectionProfile &p : connections())
        sources << p.folder;
    for (const QString &f : sources) {
        QString folder = normalizeFolder(f);
        while (!folder.isEmpty()) {
            all.insert(folder);
            const qsizetype slash = folder.lastIndexOf(QLatin1Char('/'));
            folder = slash < 0 ? QString() : folder.left(slash);
        }
    }
    QStringList out(all.begin(), all.end());
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

void ConnectionStore::writeFolders(const QStringList &folders)
{
    QStringList clean;
    for (const QString &f : folders) {
        const QString n = normalizeFolder(f);
        if (!n.isEmpty() && !clean.contains(n))
            clean << n;
    }
    QSettings settings;
    settings.setValue(kFoldersKey, clean);
}

QString ConnectionStore::uniqueName(const QString &wanted) const
{
    QSet<QString> taken;
    for (const ConnectionProfile &p : connections())
        taken.insert(p.name);
    if (!taken.contains(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(wanted).arg(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

ConnectionProfile ConnectionStore::save(ConnectionProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.folder = normalizeFolder(profile.folder);
    {
        QSettings settings;
        settings.beginGroup(kGroup);
        settings.remove(profile.id);
        settings.beginGroup(profile.id);
        profile.save(settings);
    }
    if (!profile.folder.isEmpty())
        addFolder(profile.folder);
    Q_EMIT changed();
    return profile;
}

std::optional<ConnectionProfile> ConnectionStore::duplicate(const QString &id)
{
    std::optional<ConnectionProfile> original = connection(id);
    if (!original)
        return std::nullopt;
    ConnectionProfile copy = *original;
    copy.id.clear();
    copy.name = uniqueName(tr("%1 (copy)").arg(original->displayName()));
    copy = save(copy);
    const QString newId = copy.id;
    fetchPassword(id, this, [this, newId](const std::optional<QString> &password) {
        if (password && connection(newId))
            storePassword(newId, *password);
    });
    return copy;
}

bool ConnectionStore::rename(const QString &id, const QString &name)
{
    std::optional<ConnectionProfile> p = connection(id);
    if (!p || name.trimmed().isEmpty())
        return false;
    p->name = name.trimmed();
    save(*p);
    return true;
}

bool ConnectionStore::moveToFolder(const QString &id, const QString &folder)
{
    std::optional<ConnectionProfile> p = connection(id);
    if (!p)
        return false;
    p->folder = normalizeFolder(folder);
    save(*p);
    return true;
}

bool ConnectionStore::remove(const QString &id)
{
    if (!connection(id))
        return false;
    {
        QSettings settings;
        settings.beginGroup(kGroup);
        settings.remove(id);
    }
    m_vault->remove(keychainKey(id), this, nullptr);
    Q_EMIT changed();
    return true;
}

void ConnectionStore::addFolder(const QString &folder)
{
    const QString f = normalizeFolder(folder);
    if (f.isEmpty())
        return;
    QStringList stored = storedFolders();
    if (stored.contains(f))
        return;
    stored << f;
    writeFolders(stored);
    Q_EMIT changed();
}

bool ConnectionStore::renameFolder(const QString &fromFolder, const QString &toFolder)
{
    const QString from = normalizeFolder(fromFolder);
    const QString to = normalizeFolder(toFolder);
    if (from.isEmpty() || to.isEmpty() || from == to)
        return false;
    {
        const QSignalBlocker quiet(this);
        for (ConnectionProfile p : connections()) {
            if (inFolder(p.folder, from)) {
                p.folder = to + p.folder.mid(from.size());
                save(p);
            }
        }
        QStringList stored;
        for (const QString &f : storedFolders())
            stored << (inFolder(f, from) ? to + f.mid(from.size()) : f);
        writeFolders(stored);
    }
    Q_EMIT changed();
    return true;
}

void ConnectionStore::removeFolder(const QString &folder)
{
    const QString root = normalizeFolder(folder);
    if (root.isEmpty())
        return;
    {
        const QSignalBlocker quiet(this);
        for (const ConnectionProfile &p : connections()) {
            if (inFolder(p.folder, root))
                remove(p.id);
        }
        QStringList stored = storedFolders();
        stored.erase(std::remove_if(stored.begin(), stored.end(),
                                    [&](const QString &f) { return inFolder(f, root); }),
                     stored.end());
        writeFolders(stored);
    }
    Q_EMIT changed();
}

QByteArray ConnectionStore::exportJson(const QStringList &ids) const
{
    QJsonArray list;
    for (const ConnectionProfile &p : connections()) {
        if (ids.isEmpty() || ids.contains(p.id))
            list.append(p.toJson());
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("connections"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ConnectionStore::exportToFile(const QString &path, const QStringList &ids) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportJson(ids)) < 0 || !file.commit()) {
        Error e;
        e.source = path;
        e.code = QStringLiteral("io");
        e.message = tr("Could not write the file: %1").arg(file.errorString());
        return e;
    }
    return Ok{};
}

Result<QList<ConnectionProfile>> ConnectionStore::importJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    Error e;
    e.code = QStringLiteral("import");
    if (parseError.error != QJsonParseError::NoError) {
        e.message = tr("Not a JSON file: %1 (at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset);
        return e;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        e.message =
            tr("Not a Stratum connections file (expected \"format\": \"%1\").").arg(kFormat);
        return e;
    }
    QList<ConnectionProfile> parsed;
    const QJsonArray list = root.value(QStringLiteral("connections")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        Result<ConnectionProfile> p = ConnectionProfile::fromJson(list.at(i).toObject());
        if (!p) {
            e.message = tr("Connection %1: %2").arg(i + 1).arg(p.error().message);
            return e;
        }
        parsed << p.value();
    }
    QList<ConnectionProfile> out;
    {
        const QSignalBlocker quiet(this);
        for (ConnectionProfile p : parsed) {
            p.id.clear();
            p.name = uniqueName(p.name.isEmpty() ? p.summary() : p.name);
            out << save(p);
        }
    }
    Q_EMIT changed();
    return out;
}

Result<QList<ConnectionProfile>> ConnectionStore::importFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.source = path;
        e.code = QStringLiteral("io");
        e.message = tr("Could not read the file: %1").arg(file.errorString());
        return e;
    }
    Result<QList<ConnectionProfile>> r = importJson(file.readAll());
    if (!r) {
        Error e = r.error();
        e.source = path;
        return e;
    }
    return r;
}

void ConnectionStore::storePassword(const QString &id, const QString &password)
{
    auto report = [this, id](const Status &s) {
        Q_EMIT passwordStored(id, s.ok(), s.ok() ? QString() : s.error().message);
    };
    if (password.isEmpty())
        m_vault->remove(keychainKey(id), this, report);
    else
        m_vault->store(keychainKey(id), password, this, report);
}

void ConnectionStore::fetchPassword(const QString &id, QObject *context,
                                    std::function<void(const std::optional<QString> &)> done)
{
    m_vault->read(keychainKey(id), context,
                  [done = std::move(done)](const Result<std::optional<QString>> &r) {
                      done(r ? r.value() : std::nullopt);
                  });
}

}  // namespace stratum::ui
