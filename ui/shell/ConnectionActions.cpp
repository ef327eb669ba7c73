#include "ui/shell/ConnectionActions.h"

#include "ui/connect/ConnectionDialog.h"
#include "ui/connect/ConnectionProfile.h"
#include "ui/connect/ConnectionStore.h"
#include "ui/connect/PasswordVault.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/MigrationTreeFiller.h"
#include "ui/shell/SchemaTreeFiller.h"
#include "ui/shell/ShellActions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QUuid>

namespace stratum::ui {

ConnectionActions::ConnectionActions(MainWindow &window, ConnectionController &connections,
                                     SchemaTreeFiller &schemas, MigrationTreeFiller &migrations,
                                     ConnectionStore &store, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_connections(connections)
    , m_schemas(schemas)
    , m_migrations(migrations)
    , m_store(store)
{
    connect(&m_store, &ConnectionStore::passwordStored, this,
            [this](const QString &id, bool ok, const QString &message) {
                if (!ok) {
                    const WorkspaceConnection *c = m_connections.connection(id);
                    m_window.messages()->post(
                        MessageLog::Level::Warning,
                        tr("The password was not stored: %1. Stratum will ask for it at each "
                           "connect.")
                            .arg(message),
                        c ? c->name : tr("Keychain"));
                }
            });
    ActionRegistry &r = window.actions();
    connect(r.implement(ActionId::NewConnection), &QAction::triggered, this,
            [this] { newConnection(); });
    connect(r.implement(ActionId::OpenProject), &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            &m_window, tr("Open Project Folder"), QDir::homePath());
        if (!folder.isEmpty()) {
            openProject(folder);
        }
    });
}

ConnectionDialog *ConnectionActions::dialog() const
{
    return m_dialog.data();
}

ConnectionDialog *ConnectionActions::showDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new ConnectionDialog(&m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setPasswordNote(m_store.vault()->statusText());
    QPointer<ConnectionDialog> dialog = m_dialog;
    connect(m_dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog) {
            saveAndAdd(dialog->profile(), dialog->password());
        }
    });
    m_dialog->open();
    return m_dialog;
}

ConnectionDialog *ConnectionActions::newConnection()
{
    return showDialog();
}

ConnectionDialog *ConnectionActions::openProject(const QString &folder)
{
    ConnectionDialog *d = showDialog();
    d->openProjectFolder(folder);
    return d;
}

WorkspaceConnection ConnectionActions::toWorkspace(const ConnectionProfile &profile,
                                                   const std::optional<QString> &password)
{
    WorkspaceConnection c;
    c.id = profile.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : profile.id;
    c.name = profile.displayName();
    c.url = profile.toUrl(password);
    c.pool = profile.pool.toOptions();
    // Read-only on SQLite (PRAGMA query_only) runs on every pooled connection;
    // on PostgreSQL the URL's options already set default_transaction_read_only.
    c.pool.connectStatements = profile.connectStatements();
    c.colour = profile.effectiveColor();
    c.environment = ConnectionProfile::environmentName(profile.environment);
    c.readOnly = profile.readOnly;
    c.projectFolder = profile.projectFolder;
    if (!profile.projectFolder.isEmpty()) {
        c.alembicIni = QDir(profile.projectFolder).filePath(QStringLiteral("alembic.ini"));
    }
    return c;
}

void ConnectionActions::loadSaved()
{
    for (const ConnectionProfile &profile : m_store.connections()) {
        if (!m_connections.contains(profile.id)) {
            m_connections.add(toWorkspace(profile, std::nullopt));
        }
    }
}

void ConnectionActions::open(const QString &id)
{
    const std::optional<ConnectionProfile> profile = m_store.connection(id);
    if (!profile) {
        m_schemas.load(id);  // not a saved one (the demo, or added this session)
        return;
    }
    const ConnectionProfile p = *profile;
    m_store.fetchPassword(id, this, [this, p](const std::optional<QString> &password) {
        if (!password && p.backend != config::Backend::SQLite &&
            m_store.vault()->state() == PasswordVault::State::Unavailable) {
            askForPassword(p);
            return;
        }
        // Without a stored password libpq still finds ~/.pgpass and PGPASSWORD.
        addConnection(p, password);
    });
}

QInputDialog *ConnectionActions::passwordPrompt() const
{
    return m_prompt.data();
}

void ConnectionActions::askForPassword(const ConnectionProfile &profile)
{
    if (m_prompt) {
        m_prompt->close();
    }
    auto *prompt = new QInputDialog(&m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setObjectName(QStringLiteral("passwordPrompt"));
    prompt->setWindowTitle(tr("Password for %1").arg(profile.displayName()));
    prompt->setLabelText(tr("%1\n\nPassword for %2 (leave empty to use ~/.pgpass):")
                             .arg(m_store.vault()->statusText(), profile.summary()));
    prompt->setTextEchoMode(QLineEdit::Password);
    connect(prompt, &QInputDialog::textValueSelected, this, [this, profile](const QString &text) {
        addConnection(profile, text.isEmpty() ? std::nullopt : std::optional<QString>(text));
    });
    m_window.messages()->post(MessageLog::Level::Info, m_store.vault()->statusText(),
                              profile.displayName());
    m_prompt = prompt;
    prompt->open();
}

void ConnectionActions::saveAndAdd(const ConnectionProfile &profile,
                                   const std::optional<QString> &password)
{
    const ConnectionProfile saved = m_store.save(profile);
    if (password && !password->isEmpty()) {
        m_store.storePassword(saved.id, *password);
    }
    addConnection(saved, password);
}

void ConnectionActions::addConnection(const ConnectionProfile &profile,
                                      const std::optional<QString> &password)
{
    const WorkspaceConnection c = toWorkspace(profile, password);
    m_connections.add(c);
    m_connections.setCurrent(c.id);
    m_window.messages()->post(MessageLog::Level::Info,
                              tr("Connecting to %1 (%2)…").arg(c.name, c.url.toString(true)),
                              c.name);
    m_schemas.load(c.id);
    if (!c.alembicIni.isEmpty()) {
        MigrationProject project;
        project.key = QStringLiteral("project:") + c.id;
        project.title = tr("%1 migrations").arg(c.name);
        project.alembicIni = c.alembicIni;
        project.connectionId = c.id;
        project.optional = true;
        m_migrations.load(project);
    }
}

}  // namespace stratum::ui
