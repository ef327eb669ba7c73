#include "ui/shell/Workbench.h"

#include "ui/common/ThemedIcon.h"
#include "ui/connect/ConnectionStore.h"
#include "ui/migrations/MigrationView.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/ConnectionActions.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/DemoLoader.h"
#include "ui/shell/DocumentArea.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/MigrationTreeFiller.h"
#include "ui/shell/ModelController.h"
#include "ui/shell/PoolPanel.h"
#include "ui/shell/SchemaTreeFiller.h"
#include "ui/shell/ShellActions.h"
#include "ui/shell/StatusController.h"
#include "ui/shell/WorkspaceTree.h"

#include <QAction>
#include <QDir>
#include <QModelIndex>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>

namespace stratum::ui {

namespace {
const QString kDemoId = QStringLiteral("demo");
}

Workbench::Workbench(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    WorkspaceTree *tree = window.workspace();
    MessageLog *log = window.messages();
    m_connections = new ConnectionController(tree, log, this);
    m_schemaTree = new SchemaTreeFiller(*m_connections, tree, log, this);
    m_migrationTree = new MigrationTreeFiller(*m_connections, tree, log, this);
    m_demo = new DemoLoader(this);
    m_consoles = new ConsoleController(window, *m_connections, this);
    m_store = new ConnectionStore(this);
    m_connectionActions = new ConnectionActions(window, *m_connections, *m_schemaTree,
                                                *m_migrationTree, *m_store, this);
    m_status = new StatusController(window.status(), *m_connections, *m_consoles, this);
    m_pool = new PoolPanel;
    m_models = new ModelController(window, *m_connections, *m_migrationTree, *m_store, this);
    window.setDockContent(QStringLiteral("poolDock"), m_pool);

    connect(window.actions().implement(ActionId::OpenDemo), &QAction::triggered, this,
            [this] { openDemo(); });
    connect(window.actions().implement(ActionId::MigrationHistory), &QAction::triggered, this,
            [this] { openMigrationHistory(); });
    connect(tree, &WorkspaceTree::refreshRequested, this, &Workbench::refreshAll);
    connect(tree, &WorkspaceTree::currentItemChanged, this, [this](const QModelIndex &index) {
        const QString id = ConnectionController::connectionOf(index);
        if (!id.isEmpty()) {
            m_connections->setCurrent(id);
        }
    });
    connect(tree, &WorkspaceTree::itemActivated, this, [this](const QModelIndex &index) {
        // Activating a table opens its rows in a console, ready for editing.
        if (index.data(WorkspaceTree::KindRole).value<WorkspaceTree::Kind>() ==
            WorkspaceTree::Kind::Table) {
            const QString name = index.data(Qt::DisplayRole).toString();
            const QString key = index.data(WorkspaceTree::KeyRole).toString();
            const QString schema =
                key.endsWith(u'.' + name) ? key.left(key.size() - name.size() - 1) : QString();
            m_consoles->openTable(ConnectionController::connectionOf(index), schema, name);
            return;
        }
        // Activating a connection that was only listed connects it.
        if (index.data(WorkspaceTree::KindRole).value<WorkspaceTree::Kind>() ==
            WorkspaceTree::Kind::Connection) {
            const QString id = index.data(WorkspaceTree::KeyRole).toString();
            if (!m_schemaTree->loadedConnections().contains(id)) {
                m_connectionActions->open(id);
            }
        }
    });
    connect(m_connections, &ConnectionController::currentChanged, this,
            &Workbench::followCurrentConnection);

    // Demo progress goes to the status bar; the window stays usable meanwhile.
    auto *progress = new QProgressBar(window.statusBar());
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setMaximumWidth(160);
    progress->setMaximumHeight(14);
    progress->setTextVisible(false);
    progress->hide();
    window.statusBar()->addWidget(progress);
    connect(m_demo, &DemoLoader::progress, this,
            [this, progress](int step, int steps, const QString &what) {
                progress->setRange(0, steps);
                progress->setValue(step);
                progress->show();
                m_window.statusBar()->showMessage(tr("Preparing the demo workspace: %1").arg(what));
            });
    connect(m_demo, &DemoLoader::ready, this,
            [this, progress](const migrate::DemoWorkspaceInfo &i) {
                progress->hide();
                demoReady(i);
            });
    connect(m_demo, &DemoLoader::failed, this, [this, progress](const QString &message) {
        progress->hide();
        m_window.statusBar()->clearMessage();
        m_window.messages()->post(MessageLog::Level::Error,
                                  tr("The demo workspace could not be prepared: %1").arg(message),
                                  tr("Demo"));
        emit demoFailed(message);
    });
}

Workbench::~Workbench() = default;

void Workbench::start()
{
    m_connectionActions->loadSaved();
    openDemo();
}

void Workbench::openDemo(const QString &folder)
{
    if (m_demo->isRunning()) {
        return;
    }
    const QString target = folder.isEmpty() ? DemoLoader::defaultFolder() : folder;
    m_window.messages()->post(
        MessageLog::Level::Info,
        tr("Opening the demo workspace in %1…").arg(QDir::toNativeSeparators(target)), tr("Demo"));
    m_window.statusBar()->showMessage(tr("Preparing the demo workspace…"));
    m_demo->start(target);
}

MigrationView *Workbench::openMigrationHistory()
{
    const WorkspaceConnection *c = m_connections->connection(m_connections->currentId());
    if (!c || c->alembicIni.isEmpty()) {
        m_window.messages()->post(MessageLog::Level::Warning,
                                  tr("The current connection has no Alembic project."),
                                  tr("Migrations"));
        return nullptr;
    }
    const QString key = QStringLiteral("migrations:") + c->id;
    if (auto *open = qobject_cast<MigrationView *>(m_window.documents()->findDocument(key))) {
        m_window.documents()->tabs()->setCurrentWidget(open);
        return open;
    }
    auto *view = new MigrationView;
    view->setConnectionStore(m_store);
    MigrationSource source{tr("%1 migrations").arg(c->name), c->alembicIni, c->url.toString(false),
                           m_store->connection(c->id)};
    view->open(source);
    const int tab = m_window.documents()->addDocument(
        view, ThemedIcon::icon(QStringLiteral("migrations")), source.title, key);
    m_window.documents()->tabs()->setCurrentIndex(tab);
    if (c->colour.isValid()) {
        m_window.documents()->setDocumentMarker(view, c->colour);
    }
    return view;
}

void Workbench::demoReady(const migrate::DemoWorkspaceInfo &info)
{
    WorkspaceConnection c;
    c.id = kDemoId;
    c.name = tr("Demo (SQLite)");
    c.url = info.url;
    c.projectFolder = info.folder;
    c.alembicIni = info.alembicIni;
    m_connections->add(c);
    m_connections->setCurrent(kDemoId);
    m_schemaTree->load(kDemoId);
    m_migrationTree->load({kDemoId, tr("Demo migrations"), info.alembicIni, kDemoId});

    const QString where = QDir::toNativeSeparators(info.folder);
    m_window.messages()->post(MessageLog::Level::Success,
                              info.created ? tr("Created the demo workspace in %1.").arg(where)
                                           : tr("Opened the demo workspace in %1.").arg(where),
                              tr("Demo"),
                              tr("Database: %1\nAt revision: %2\nHeads: %3")
                                  .arg(QDir::toNativeSeparators(info.databaseFile),
                                       info.currentRevisions.isEmpty()
                                           ? tr("base")
                                           : info.currentRevisions.join(QStringLiteral(", ")),
                                       info.headRevisions.join(QStringLiteral(", "))));
    m_window.statusBar()->showMessage(tr("Demo workspace ready"), 5000);
    emit demoOpened(info);
}

void Workbench::refreshAll()
{
    for (const QString &id : m_schemaTree->loadedConnections()) {
        m_schemaTree->load(id);
    }
    m_migrationTree->reloadAll();
}

void Workbench::followCurrentConnection()
{
    const QString id = m_connections->currentId();
    const WorkspaceConnection *c = m_connections->connection(id);
    m_pool->setEngine(c ? m_connections->engine(id) : nullptr, c ? c->name : QString());
}

}  // namespace stratum::ui
