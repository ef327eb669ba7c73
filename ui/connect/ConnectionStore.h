#pragma once

#include "core/config/Result.h"
#include "ui/connect/ConnectionProfile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace stratum::ui {

class PasswordVault;

// The saved connections: profiles in QSettings (group "connections", one
// JSON document per profile, keyed by its id), folders (a "/"-separated path
// per profile, plus the list of folders so that empty ones persist), and
// their passwords in the OS keychain through PasswordVault, keyed
// "connection/<id>". No password is ever written to settings or to an export:
// profiles carry none, and import/export go through ConnectionProfile's JSON.
//
// Uses the application's default QSettings (organisation and application
// name). GUI thread only; keychain callbacks arrive on it asynchronously.
class ConnectionStore : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionStore(QObject *parent = nullptr);
    ~ConnectionStore() override;

    PasswordVault *vault() const { return m_vault; }

    QList<ConnectionProfile> connections() const;  // sorted by folder, then name
    std::optional<ConnectionProfile> connection(const QString &id) const;
    QStringList folders() const;  // every folder and its parents, sorted

    // Saves (inserts or replaces) profile; gives it an id when it has none.
    ConnectionProfile save(ConnectionProfile profile);
    // A copy named "<name> (copy)" in the same folder; its keychain password is copied too.
    std::optional<ConnectionProfile> duplicate(const QString &id);
    bool rename(const QString &id, const QString &name);
    bool moveToFolder(const QString &id, const QString &folder);
    // Removes the profile and its keychain entry.
    bool remove(const QString &id);

    void addFolder(const QString &folder);
    // Renames a folder and its subfolders, moving their connections along.
    bool renameFolder(const QString &from, const QString &to);
    // Removes a folder, its subfolders and every connection in them.
    void removeFolder(const QString &folder);

    // {"format": "stratum-connections", "version": 1, "connections": [...]};
    // every profile when ids is empty. Never contains a password.
    QByteArray exportJson(const QStringList &ids = {}) const;
    Status exportToFile(const QString &path, const QStringList &ids = {}) const;
    // Adds the profiles in json with fresh ids (names get " (2)" when taken);
    // returns them. Passwords in the file, if any, are ignored.
    Result<QList<ConnectionProfile>> importJson(const QByteArray &json);
    Result<QList<ConnectionProfile>> importFromFile(const QString &path);

    // Keychain. storePassword() reports through passwordStored(); an empty
    // password removes the entry.
    void storePassword(const QString &id, const QString &password);
    // done gets the password, or nullopt when there is none or no keychain
    // (PasswordVault::state() tells which). Dropped if context dies first.
    void fetchPassword(const QString &id, QObject *context,
                       std::function<void(const std::optional<QString> &)> done);

    static QString keychainKey(const QString &id);
    static QString normalizeFolder(const QString &folder);

Q_SIGNALS:
    void changed();
    void passwordStored(const QString &id, bool ok, const QString &message);

private:
    void writeFolders(const QStringList &folders);
    QStringList storedFolders() const;
    QString uniqueName(const QString &wanted) const;

    PasswordVault *m_vault = nullptr;
};

}  // namespace stratum::ui
