#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QStandardItem;

namespace stratum::schema {
struct MetaData;
}

namespace stratum::ui {

class ConnectionController;
class MessageLog;
class WorkspaceTree;

// Fills a connection's branch of the workspace tree from a reflection of the
// live database: schemas, then tables and views, then each table's columns,
// with a property list for the Properties panel. The connect and the
// reflection (Inspector, bulk catalogue queries) run on a worker through the
// connection's pool; the items are built on the GUI thread when the result
// arrives. Also records the server version it saw. GUI thread only.
class SchemaTreeFiller : public QObject
{
    Q_OBJECT

public:
    SchemaTreeFiller(ConnectionController &connections, WorkspaceTree *tree, MessageLog *log,
                     QObject *parent = nullptr);

    // Starts (or restarts) loading the connection's schemas. Its children are
    // replaced by a "Loading…" row until the result arrives.
    void load(const QString &connectionId);
    bool isLoading(const QString &connectionId) const;
    // Connections that were loaded at least once (for a full refresh).
    QStringList loadedConnections() const;

signals:
    void loaded(const QString &connectionId, int tables);
    void failed(const QString &connectionId, const QString &message);

private:
    void fill(QStandardItem *connectionItem, const schema::MetaData &metadata, bool sqlite,
              const QStringList &schemaOrder);

    ConnectionController &m_connections;
    QPointer<WorkspaceTree> m_tree;
    QPointer<MessageLog> m_log;
    // A newer load of the same connection supersedes an older one.
    QHash<QString, quint64> m_generation;
    QHash<QString, bool> m_loading;
    quint64 m_nextGeneration = 0;
};

}  // namespace stratum::ui
