#pragma once

#include <QObject>
#include <QPointer>

class QInputDialog;

#include <optional>

namespace stratum::ui {

class ConnectionController;
class ConnectionDialog;
class ConnectionProfile;
class ConnectionStore;
class MainWindow;
class MigrationTreeFiller;
class SchemaTreeFiller;
struct WorkspaceConnection;

// File → New connection… and File → Open project folder…, and the saved
// connections. The dialog opens with open() (Test and project discovery run on
// workers inside it); on Save the profile goes to the ConnectionStore (its
// password to the OS keychain, never to a file), the connection joins the
// workspace tree, becomes current, and its schemas and, for a project folder
// with an alembic.ini, its migrations load. Saved connections are listed at
// start-up without connecting; activating one fetches its password from the
// keychain and connects. GUI thread only.
class ConnectionActions : public QObject
{
    Q_OBJECT

public:
    ConnectionActions(MainWindow &window, ConnectionController &connections,
                      SchemaTreeFiller &schemas, MigrationTreeFiller &migrations,
                      ConnectionStore &store, QObject *parent = nullptr);

    // Lists the saved connections in the workspace tree (no connecting).
    void loadSaved();
    // Connects a listed connection: password from the keychain, then loads.
    // Where no keychain is available, it says so and asks for the password
    // (passwordPrompt()), each time, keeping it nowhere.
    void open(const QString &id);
    // The open password prompt, if any (for tests and accessibility).
    QInputDialog *passwordPrompt() const;

    // Opens the dialog, empty or proposing from folder; returns it (it deletes
    // itself when closed).
    ConnectionDialog *newConnection();
    ConnectionDialog *openProject(const QString &folder);
    ConnectionDialog *dialog() const;

    // What a saved profile becomes in the workspace.
    static WorkspaceConnection toWorkspace(const ConnectionProfile &profile,
                                           const std::optional<QString> &password);
    // Adds a connection the dialog produced and starts loading it.
    void addConnection(const ConnectionProfile &profile, const std::optional<QString> &password);
    // Saves what the dialog returned, then adds and loads it.
    void saveAndAdd(const ConnectionProfile &profile, const std::optional<QString> &password);

private:
    ConnectionDialog *showDialog();
    void askForPassword(const ConnectionProfile &profile);

    MainWindow &m_window;
    ConnectionController &m_connections;
    SchemaTreeFiller &m_schemas;
    MigrationTreeFiller &m_migrations;
    ConnectionStore &m_store;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<QInputDialog> m_prompt;
};

}  // namespace stratum::ui
