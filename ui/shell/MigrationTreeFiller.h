#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QStandardItem;

namespace stratum::ui {

class ConnectionController;
class MessageLog;
class WorkspaceTree;

// One Alembic project shown under Migrations.
struct MigrationProject
{
    QString key;           // stable id of the folder item (e.g. "demo")
    QString title;         // e.g. "Demo migrations"
    QString alembicIni;    // absolute path
    QString connectionId;  // whose alembic_version marks "current"; may be empty
    // A project that may have no alembic.ini (a folder opened for its .env):
    // then its folder item is removed instead of showing an error.
    bool optional = false;
};

// Fills the Migrations section: a folder per Alembic project, and under it
// every revision newest first (Alembic's history order), marking heads,
// merges, branch points and the revisions the connected database is at
// (read from its alembic_version table). The script directory is read and the
// version table queried on a worker; items are built on the GUI thread.
// GUI thread only.
class MigrationTreeFiller : public QObject
{
    Q_OBJECT

public:
    MigrationTreeFiller(ConnectionController &connections, WorkspaceTree *tree, MessageLog *log,
                        QObject *parent = nullptr);

    // Adds the project's folder (or reuses it) and (re)loads its revisions.
    void load(const MigrationProject &project);
    // Reloads every project loaded so far (after F5, or after an upgrade).
    void reloadAll();
    QStandardItem *folderItem(const QString &key) const;
    // The project loaded under key (empty when none).
    MigrationProject project(const QString &key) const { return m_projects.value(key); }

signals:
    void loaded(const QString &key, int revisions, const QStringList &current);
    void failed(const QString &key, const QString &message);

private:
    ConnectionController &m_connections;
    QPointer<WorkspaceTree> m_tree;
    QPointer<MessageLog> m_log;
    QHash<QString, MigrationProject> m_projects;
    QHash<QString, QStandardItem *> m_folders;
    QHash<QString, quint64> m_generation;
    quint64 m_nextGeneration = 0;
};

}  // namespace stratum::ui
