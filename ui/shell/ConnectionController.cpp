#include "ui/shell/ConnectionController.h"

#include "core/engine/Engine.h"
#include "ui/common/ThemedIcon.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/WorkspaceTree.h"

#include <QStandardItem>
#include <QStandardItemModel>
#include <QTreeView>

namespace stratum::ui {

namespace {

QString backendName(config::Backend backend)
{
    switch (backend) {
    case config::Backend::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case config::Backend::SQLite:
        return QStringLiteral("SQLite");
    case config::Backend::MySQL:
        return QStringLiteral("MySQL");
    }
    return QString();
}

}  // namespace

ConnectionController::ConnectionController(WorkspaceTree *tree, MessageLog *log, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_log(log)
{}

ConnectionController::~ConnectionController()
{
    // Idle connections close now; consoles that still hold an engine keep
    // theirs until they go.
    for (Entry &entry : m_entries) {
        if (entry.engine) {
            entry.engine->dispose();
        }
    }
}

QStandardItem *ConnectionController::add(const WorkspaceConnection &connection)
{
    auto it = m_entries.find(connection.id);
    if (it == m_entries.end()) {
        Entry entry;
        entry.connection = connection;
        entry.item = m_tree->addItem(m_tree->connectionsSection(), WorkspaceTree::Kind::Connection,
                                     QStringLiteral("database"), connection.name, connection.id);
        it = m_entries.insert(connection.id, entry);
        m_order.append(connection.id);
    } else {
        const WorkspaceConnection &old = it->connection;
        const bool sameTarget = old.url.toString(false) == connection.url.toString(false) &&
                                old.pool.poolSize == connection.pool.poolSize &&
                                old.pool.maxOverflow == connection.pool.maxOverflow &&
                                old.pool.timeout == connection.pool.timeout &&
                                old.pool.recycle == connection.pool.recycle &&
                                old.pool.prePing == connection.pool.prePing &&
                                old.pool.connectStatements == connection.pool.connectStatements;
        if (!sameTarget && it->engine) {
            it->engine->dispose();
            it->engine.reset();
            it->serverVersion.clear();
        }
        it->connection = connection;
    }
    updateItem(*it);
    emit added(connection.id);
    if (m_current.isEmpty()) {
        setCurrent(connection.id);
    }
    return it->item;
}

const WorkspaceConnection *ConnectionController::connection(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : &it->connection;
}

QStandardItem *ConnectionController::item(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : it->item;
}

std::shared_ptr<engine::Engine> ConnectionController::engine(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        return nullptr;
    }
    if (!it->engine) {
        Result<std::unique_ptr<engine::Engine>> created =
            engine::Engine::create(it->connection.url, it->connection.pool);
        if (!created) {
            if (m_log) {
                m_log->post(
                    MessageLog::Level::Error,
                    tr("Cannot use %1: %2").arg(it->connection.name, created.error().message),
                    it->connection.name, created.error().hint);
            }
            return nullptr;
        }
        it->engine = std::shared_ptr<engine::Engine>(std::move(created).value());
    }
    return it->engine;
}

std::shared_ptr<engine::Engine> ConnectionController::existingEngine(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : it->engine;
}

void ConnectionController::setCurrent(const QString &id)
{
    if (id == m_current || !m_entries.contains(id)) {
        return;
    }
    m_current = id;
    emit currentChanged(id);
}

QString ConnectionController::serverVersion(const QString &id) const
{
    return m_entries.value(id).serverVersion;
}

void ConnectionController::setServerVersion(const QString &id, const QString &version)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || it->serverVersion == version) {
        return;
    }
    it->serverVersion = version;
    updateItem(*it);
    emit serverVersionChanged(id, version);
}

QString ConnectionController::connectionOf(const QModelIndex &index)
{
    for (QModelIndex i = index; i.isValid(); i = i.parent()) {
        if (i.data(WorkspaceTree::KindRole).value<WorkspaceTree::Kind>() ==
            WorkspaceTree::Kind::Connection) {
            return i.data(WorkspaceTree::KeyRole).toString();
        }
    }
    return QString();
}

void ConnectionController::updateItem(Entry &entry)
{
    const WorkspaceConnection &c = entry.connection;
    entry.item->setText(c.name);
    entry.item->setIcon(c.colour.isValid() ? ThemedIcon::icon(QStringLiteral("database"), c.colour)
                                           : ThemedIcon::icon(QStringLiteral("database")));
    entry.item->setToolTip(c.url.toString(true));

    PropertyList properties = {
        {tr("Name"), c.name},
        {tr("URL"), c.url.toString(true)},
        {tr("Driver"), backendName(c.url.backend())},
    };
    if (!c.environment.isEmpty()) {
        properties.append({tr("Environment"), c.environment});
    }
    if (c.readOnly) {
        properties.append({tr("Access"), tr("read-only")});
    }
    properties.append({tr("Server version"), entry.serverVersion.isEmpty() ? tr("not connected yet")
                                                                           : entry.serverVersion});
    properties.append({tr("Pool"), tr("size %1, overflow %2, timeout %3 s")
                                       .arg(c.pool.poolSize)
                                       .arg(c.pool.maxOverflow)
                                       .arg(double(c.pool.timeout.count()) / 1000.0)});
    if (!c.projectFolder.isEmpty()) {
        properties.append({tr("Project folder"), c.projectFolder});
    }
    QStringList flat;
    for (const auto &[name, value] : properties) {
        flat << name << value;
    }
    entry.item->setData(flat, WorkspaceTree::PropertiesRole);
}

}  // namespace stratum::ui
