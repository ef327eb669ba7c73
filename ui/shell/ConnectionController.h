#pragma once

#include "core/config/Url.h"
#include "core/engine/PoolOptions.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QModelIndex;
class QStandardItem;

namespace stratum::engine {
class Engine;
}

namespace stratum::ui {

class MessageLog;
class WorkspaceTree;

// One database the workspace knows about. The URL may carry a password so
// that the engine can connect; it is only ever shown with the password hidden.
struct WorkspaceConnection
{
    QString id;    // stable key: "demo", or a saved connection's id
    QString name;  // as shown in the tree, tabs and status bar
    config::Url url;
    engine::PoolOptions pool;
    QColor colour;        // the environment's colour; invalid for none
    QString environment;  // "dev", "staging", "prod" or empty
    bool readOnly = false;
    QString projectFolder;  // where its alembic.ini lives, if known
    QString alembicIni;     // its migration project, if known
};

// The workspace's connections: a tree item under Connections for each, the
// "current" one (the last one selected, used by new consoles and the status
// bar), and one Engine per connection created lazily on first use. Creating
// an Engine does no I/O; the first checkout connects, always on a worker.
// GUI thread only; the engines themselves are thread-safe.
class ConnectionController : public QObject
{
    Q_OBJECT

public:
    ConnectionController(WorkspaceTree *tree, MessageLog *log, QObject *parent = nullptr);
    ~ConnectionController() override;

    // Adds the connection, or updates the one with the same id (its engine is
    // disposed when the URL or pool settings changed). Returns its tree item.
    QStandardItem *add(const WorkspaceConnection &connection);
    bool contains(const QString &id) const { return m_entries.contains(id); }
    QStringList ids() const { return m_order; }
    const WorkspaceConnection *connection(const QString &id) const;
    QStandardItem *item(const QString &id) const;

    // The connection's engine, created on first use; nullptr (with a message)
    // when the URL names no driver this build has.
    std::shared_ptr<engine::Engine> engine(const QString &id);
    // The engine if it exists already; never creates one.
    std::shared_ptr<engine::Engine> existingEngine(const QString &id) const;

    QString currentId() const { return m_current; }
    void setCurrent(const QString &id);

    QString serverVersion(const QString &id) const;
    void setServerVersion(const QString &id, const QString &version);

    // The id of the connection that index (a connection, or anything below
    // one) belongs to; empty for the sections and migrations.
    static QString connectionOf(const QModelIndex &index);

signals:
    void currentChanged(const QString &id);
    void added(const QString &id);
    void serverVersionChanged(const QString &id, const QString &version);

private:
    struct Entry
    {
        WorkspaceConnection connection;
        QStandardItem *item = nullptr;
        std::shared_ptr<engine::Engine> engine;
        QString serverVersion;
    };
    void updateItem(Entry &entry);

    QPointer<WorkspaceTree> m_tree;
    QPointer<MessageLog> m_log;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QString m_current;
};

}  // namespace stratum::ui
