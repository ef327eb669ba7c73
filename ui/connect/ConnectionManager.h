#pragma once

#include "ui/connect/ConnectionProfile.h"

#include <QInputDialog>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QTreeWidget;
class QTreeWidgetItem;

namespace stratum::ui {

class ConnectionDialog;
class ConnectionStore;

// The saved connections as a tree of folders, with a small toolbar and a
// context menu: connect, new, edit, duplicate, rename (in place), delete, new
// folder, import and export. Meant for the shell's workspace tree or a
// dialog. Connecting fetches the password from the keychain; where there is
// no keychain (or no saved password for a server that needs one) it asks
// for it, every time, and never stores what was typed.
//
// Dialogs are opened window-modal with open(), never exec(), so callers and
// tests keep their event loop. GUI thread only.
class ConnectionManager : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionManager(ConnectionStore *store, QWidget *parent = nullptr);

    ConnectionStore *store() const { return m_store; }
    QString currentId() const;  // the selected connection, or empty
    QString
    currentFolder() const;  // the selected folder (or the folder of the selected connection)
    void selectConnection(const QString &id);

    // Opens the connection dialog for a new connection / the given one;
    // returns it so callers (and tests) can follow it. Saving stores the
    // profile and hands any password to the keychain.
    ConnectionDialog *newConnection();
    ConnectionDialog *editConnection(const QString &id);
    // Gets the password (keychain, else a prompt) and emits connectRequested.
    void requestConnect(const QString &id);
    // The password prompt currently open, if any.
    QInputDialog *passwordPrompt() const { return m_prompt; }

    // Saves what a dialog returned: the profile, and the password to the keychain.
    ConnectionProfile saveConnection(const ConnectionProfile &profile,
                                     const std::optional<QString> &password);

Q_SIGNALS:
    // A connection should be opened. password is nullopt when libpq is to
    // find it itself (~/.pgpass, PGPASSWORD) or the backend needs none.
    void connectRequested(const stratum::ui::ConnectionProfile &profile,
                          const std::optional<QString> &password);
    // Something the user should read (keychain unavailable, import errors).
    void message(const QString &text);

private:
    void rebuild();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void itemRenamed(QTreeWidgetItem *item, int column);
    void duplicateCurrent();
    void renameCurrent();
    void deleteCurrent();
    void newFolder();
    void importConnections();
    void exportConnections();
    void askForPassword(const ConnectionProfile &profile, const QString &reason);
    QTreeWidgetItem *folderItem(const QString &folder);
    ConnectionDialog *openDialog(const ConnectionProfile &profile,
                                 const std::optional<QString> &password);

    ConnectionStore *m_store = nullptr;
    QTreeWidget *m_tree = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QPointer<QInputDialog> m_prompt;
    bool m_rebuilding = false;
};

}  // namespace stratum::ui
