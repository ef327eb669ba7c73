#pragma once

#include "core/schema/Dialect.h"

#include <QObject>
#include <QString>

class QModelIndex;
class QPoint;

namespace stratum::ui {

class ConnectionController;
class ConnectionStore;
class MainWindow;
class MigrationTreeFiller;
class ModelEditorWidget;
struct OpenedModel;
struct MigrationSource;

// Opens model editor documents in the shell: File > Open Model… (a model file
// or a models.py), Tools > Model Editor and the workspace tree's "Model from
// Database" (the connection reflected on a worker, progress in the status bar,
// cancellable), "Model at This Revision" on a revision in the tree, and
// Tools > Generate Revision on the current model tab. A written revision
// reloads the history viewer and the migrations tree of its project. GUI
// thread only; a child of the Workbench.
class ModelController : public QObject
{
    Q_OBJECT

public:
    ModelController(MainWindow &window, ConnectionController &connections,
                    MigrationTreeFiller &migrations, ConnectionStore &store,
                    QObject *parent = nullptr);

    // A *.stratum-model or a models.py; read on a worker.
    void openFile(const QString &path);
    // The connection's database, reflected on a worker.
    void openDatabase(const QString &connectionId);
    // The schema state at revision of the project at alembicIni.
    void openRevision(const QString &alembicIni, const QString &revision);

signals:
    void documentOpened(stratum::ui::ModelEditorWidget *editor);
    void openFailed(const QString &message);

private:
    void showTreeMenu(const QPoint &position);
    void add(OpenedModel model, const QString &key, const MigrationSource &project);
    void fail(const QString &message);
    MigrationSource projectFor(const QString &alembicIni, const QString &connectionId) const;
    schema::Dialect currentDialect() const;

    MainWindow &m_window;
    ConnectionController &m_connections;
    MigrationTreeFiller &m_migrations;
    ConnectionStore &m_store;
};

}  // namespace stratum::ui
