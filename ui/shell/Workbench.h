#pragma once

#include "core/migrate/demo/DemoWorkspace.h"

#include <QObject>

namespace stratum::ui {

class ConnectionActions;
class ConnectionController;
class ConnectionStore;
class ConsoleController;
class DemoLoader;
class MainWindow;
class MigrationTreeFiller;
class MigrationView;
class ModelController;
class PoolPanel;
class SchemaTreeFiller;
class StatusController;

// Plugs the working features into a MainWindow: the workspace's connections
// and their engines, the schema and migration trees, the demo workspace,
// consoles, the pool panel and the status bar. Each integration is its own
// class; this one only creates and connects them. Nothing here does I/O on
// the GUI thread: openDemo() and every load return at once and finish on
// workers. GUI thread only; lives as long as the window (it is its child).
class Workbench : public QObject
{
    Q_OBJECT

public:
    explicit Workbench(MainWindow &window);
    ~Workbench() override;

    ConnectionController &connections() const { return *m_connections; }
    ConsoleController &consoles() const { return *m_consoles; }
    ConnectionActions &connectionActions() const { return *m_connectionActions; }
    SchemaTreeFiller &schemaTree() const { return *m_schemaTree; }
    MigrationTreeFiller &migrationTree() const { return *m_migrationTree; }
    DemoLoader &demoLoader() const { return *m_demo; }
    ModelController &models() const { return *m_models; }
    PoolPanel *poolPanel() const { return m_pool; }

    ConnectionStore &store() const { return *m_store; }

    // What start-up does once the window shows: lists the saved connections
    // and opens the demo workspace.
    void start();

    // Creates or verifies the demo workspace in folder (default: the user's
    // data folder) on a worker, then adds its connection and migrations.
    void openDemo(const QString &folder = QString());

    // Opens (or raises) the migration history of the current connection's
    // project as a document tab; nullptr when it has no alembic.ini.
    MigrationView *openMigrationHistory();

signals:
    // The demo's connection is in the tree and its loads have started.
    void demoOpened(const stratum::migrate::DemoWorkspaceInfo &info);
    void demoFailed(const QString &message);

private:
    void demoReady(const migrate::DemoWorkspaceInfo &info);
    void refreshAll();
    void followCurrentConnection();

    MainWindow &m_window;
    ConnectionController *m_connections = nullptr;
    SchemaTreeFiller *m_schemaTree = nullptr;
    MigrationTreeFiller *m_migrationTree = nullptr;
    DemoLoader *m_demo = nullptr;
    ConsoleController *m_consoles = nullptr;
    ConnectionActions *m_connectionActions = nullptr;
    ConnectionStore *m_store = nullptr;
    StatusController *m_status = nullptr;
    PoolPanel *m_pool = nullptr;
    ModelController *m_models = nullptr;
};

}  // namespace stratum::ui
