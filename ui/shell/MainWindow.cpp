#include "ui/shell/MainWindow.h"

#include "ui/common/ThemedIcon.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/CommandPalette.h"
#include "ui/shell/DocumentArea.h"
#include "ui/shell/EditCommands.h"
#include "ui/shell/EmptyState.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/PropertiesView.h"
#include "ui/shell/ShellActions.h"
#include "ui/shell/StartPage.h"
#include "ui/shell/StatusFields.h"
#include "ui/shell/VersionInfo.h"
#include "ui/shell/WorkspaceTree.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QModelIndex>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace stratum::ui {

namespace {
// Bump when the dock layout changes incompatibly; old saved states are ignored.
constexpr int kLayoutVersion = 1;
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
}  // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Options{}, parent)
{}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stratum"));
    setWindowIcon(ThemedIcon::appIcon());
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setDocumentMode(true);

    m_registry = new ActionRegistry(this);
    createActions();

    m_documents = new DocumentArea(this);
    setCentralWidget(m_documents);
    createDocks();
    createMenus();
    createToolBar();
    m_status = new StatusFields(statusBar());
    m_palette = new CommandPalette(*m_registry, this);
    new EditCommands(*m_registry, this);
    connectShellCommands();

    m_documents->setEmptyActions(
        {m_registry->action(ActionId::Welcome), m_registry->action(ActionId::NewConsole)});
    m_workspace->setEmptyActions({m_registry->action(ActionId::OpenDemo),
                                  m_registry->action(ActionId::NewConnection),
                                  m_registry->action(ActionId::OpenProject)});
    showWelcome();

    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(available * 0.9));

    m_messages->post(MessageLog::Level::Info,
                     tr("Stratum %1 started (Qt %2, libpq %3, SQLite %4).")
                         .arg(VersionInfo::stratum(), VersionInfo::qtRuntime(),
                              VersionInfo::libpq(), VersionInfo::sqlite()),
                     tr("Stratum"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    ShellActions::registerAll(*m_registry);
    // Actions must be part of the window for their shortcuts to work even when
    // no menu bar is visible (e.g. full screen).
    addActions(m_registry->actions());
}

void MainWindow::createDocks()
{
    m_workspace = new WorkspaceTree(this);
    m_properties = new PropertiesView(this);
    m_messages = new MessageLog(this);
    auto *pool = new EmptyState(
        QStringLiteral("pool"), tr("No engine is connected"),
        tr("Once a connection is open, this panel shows its pool live: size, idle, checked-out "
           "and overflow connections, waiters, and each connection's timeline."),
        this);
    pool->setObjectName(QStringLiteral("poolEmptyState"));

    QDockWidget *workspace = makeDock(QStringLiteral("workspaceDock"), tr("Workspace"),
                                      QStringLiteral("workspace"), m_workspace);
    QDockWidget *properties = makeDock(QStringLiteral("propertiesDock"), tr("Properties"),
                                       QStringLiteral("properties"), m_properties);
    QDockWidget *messages = makeDock(QStringLiteral("messagesDock"), tr("Messages"),
                                     QStringLiteral("messages"), m_messages);
    QDockWidget *poolDock =
        makeDock(QStringLiteral("poolDock"), tr("Pool Monitor"), QStringLiteral("pool"), pool);

    addDockWidget(Qt::LeftDockWidgetArea, workspace);
    addDockWidget(Qt::LeftDockWidgetArea, properties);
    splitDockWidget(workspace, properties, Qt::Vertical);
    addDockWidget(Qt::BottomDockWidgetArea, messages);
    addDockWidget(Qt::BottomDockWidgetArea, poolDock);
    tabifyDockWidget(messages, poolDock);
    messages->raise();
    resizeDocks({workspace}, {340}, Qt::Horizontal);
    resizeDocks({workspace, properties}, {420, 220}, Qt::Vertical);
    resizeDocks({messages}, {180}, Qt::Vertical);

    const QKeySequence keys[] = {
        QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::ALT | Qt::Key_2),
        QKeySequence(Qt::ALT | Qt::Key_3), QKeySequence(Qt::ALT | Qt::Key_4)};
    int i = 0;
    for (QDockWidget *dock : {workspace, properties, messages, poolDock}) {
        dock->toggleViewAction()->setShortcut(keys[i++]);
    }

    connect(m_workspace, &WorkspaceTree::currentItemChanged, this, [this](const QModelIndex &i) {
        if (!i.isValid()) {
            m_properties->clear();
            return;
        }
        m_properties->showProperties(i.data(Qt::DecorationRole).value<QIcon>(),
                                     i.data(Qt::DisplayRole).toString(),
                                     WorkspaceTree::properties(i));
    });
}

QDockWidget *MainWindow::makeDock(const QString &objectName, const QString &title,
                                  const QString &iconName, QWidget *content)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    m_docks.insert(objectName, dock);
    registerDockToggle(dock, iconName);
    return dock;
}

void MainWindow::registerDockToggle(QDockWidget *dock, const QString &iconName)
{
    QAction *toggle = dock->toggleViewAction();
    toggle->setIcon(ThemedIcon::icon(iconName));
    toggle->setText(dock->windowTitle());
    toggle->setStatusTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
    m_registry->adopt(QStringLiteral("view.panel.") + dock->objectName(), tr("View"), toggle);
    if (QMenu *view = m_menus.value(QStringLiteral("view"))) {
        // Docks added after the menus were built go at the end of the panel list.
        view->addAction(toggle);
    }
}

void MainWindow::createMenus()
{
    for (const MenuLayout &layout : ShellActions::menus()) {
        QMenu *menu = menuBar()->addMenu(layout.title);
        menu->setObjectName(QStringLiteral("menu.") + layout.id);
        menu->setToolTipsVisible(true);
        m_menus.insert(layout.id, menu);
        for (const QString &id : layout.actionIds) {
            if (id.isEmpty()) {
                menu->addSeparator();
            } else if (QAction *action = m_registry->action(id)) {
                menu->addAction(action);
            }
        }
        if (layout.id == QLatin1String("view")) {
            menu->addSection(tr("Panels"));
            for (QDockWidget *dock : docks()) {
                menu->addAction(dock->toggleViewAction());
            }
        }
    }
}

void MainWindow::createToolBar()
{
    m_toolbar = addToolBar(tr("Main Toolbar"));
    m_toolbar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setIconSize(QSize(20, 20));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (const QString &id : ShellActions::toolbar()) {
        if (id.isEmpty()) {
            m_toolbar->addSeparator();
        } else if (QAction *action = m_registry->action(id)) {
            m_toolbar->addAction(action);
        }
    }
    m_toolbar->toggleViewAction()->setText(tr("Toolbar"));
    m_registry->adopt(QStringLiteral("view.toolbar"), tr("View"), m_toolbar->toggleViewAction());
    m_menus.value(QStringLiteral("view"))->addAction(m_toolbar->toggleViewAction());
}

void MainWindow::connectShellCommands()
{
    ActionRegistry &r = *m_registry;
    connect(r.action(ActionId::Quit), &QAction::triggered, this, &QWidget::close);
    connect(r.action(ActionId::CloseTab), &QAction::triggered, m_documents,
            &DocumentArea::closeCurrent);
    connect(r.action(ActionId::NextTab), &QAction::triggered, m_documents,
            &DocumentArea::activateNext);
    connect(r.action(ActionId::PreviousTab), &QAction::triggered, m_documents,
            &DocumentArea::activatePrevious);
    connect(r.action(ActionId::CommandPalette), &QAction::triggered, m_palette,
            &CommandPalette::open);
    connect(r.action(ActionId::Refresh), &QAction::triggered, m_workspace, &WorkspaceTree::refresh);
    connect(r.action(ActionId::Welcome), &QAction::triggered, this, &MainWindow::showWelcome);
    connect(r.action(ActionId::ResetLayout), &QAction::triggered, this, &MainWindow::resetLayout);
    connect(r.action(ActionId::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(r.action(ActionId::AboutQt), &QAction::triggered, qApp, &QApplication::aboutQt);

    QAction *fullScreen = r.action(ActionId::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    auto updateTabCommands = [this] {
        const int n = m_documents->count();
        m_registry->action(ActionId::CloseTab)->setEnabled(n > 0);
        m_registry->action(ActionId::NextTab)->setEnabled(n > 1);
        m_registry->action(ActionId::PreviousTab)->setEnabled(n > 1);
    };
    connect(m_documents, &DocumentArea::countChanged, this, updateTabCommands);
    updateTabCommands();
}

QMenu *MainWindow::menu(const QString &id) const
{
    return m_menus.value(id, nullptr);
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return m_docks.value(objectName, nullptr);
}

QList<QDockWidget *> MainWindow::docks() const
{
    QList<QDockWidget *> list;
    for (const QString &name : {QStringLiteral("workspaceDock"), QStringLiteral("propertiesDock"),
                                QStringLiteral("messagesDock"), QStringLiteral("poolDock")}) {
        if (QDockWidget *d = dock(name)) {
            list.append(d);
        }
    }
    for (QDockWidget *d : m_docks) {
        if (!list.contains(d)) {
            list.append(d);
        }
    }
    return list;
}

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title,
                                 const QString &iconName, QWidget *content, Qt::DockWidgetArea area)
{
    QDockWidget *d = makeDock(objectName, title, iconName, content);
    addDockWidget(area, d);
    return d;
}

void MainWindow::setDockContent(const QString &objectName, QWidget *content)
{
    if (QDockWidget *d = dock(objectName)) {
        QWidget *old = d->widget();
        d->setWidget(content);
        if (old && old != content) {
            old->deleteLater();
        }
    }
}

void MainWindow::showWelcome()
{
    if (QWidget *page = m_documents->findDocument(QStringLiteral("welcome"))) {
        m_documents->tabs()->setCurrentWidget(page);
        return;
    }
    m_documents->addDocument(new StartPage(*m_registry), ThemedIcon::icon(QStringLiteral("home")),
                             tr("Welcome"), QStringLiteral("welcome"));
}

AboutDialog *MainWindow::aboutDialog() const
{
    return m_about.data();
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->open();
    m_about->raise();
    m_about->activateWindow();
}

void MainWindow::openDemo()
{
    QAction *demo = m_registry->action(ActionId::OpenDemo);
    if (demo && demo->isEnabled()) {
        demo->trigger();
        return;
    }
    m_messages->post(MessageLog::Level::Info,
                     tr("The demo workspace is not part of this build yet; the window shows "
                        "only what exists."),
                     tr("Stratum"));
}

void MainWindow::resetLayout()
{
    if (!m_defaultState.isEmpty()) {
        restoreState(m_defaultState, kLayoutVersion);
    }
    for (QDockWidget *d : docks()) {
        d->setFloating(false);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        m_defaultState = saveState(kLayoutVersion);
        if (m_options.persistLayout) {
            restoreLayout();
        }
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->closeAll()) {
        event->ignore();
        return;
    }
    if (m_options.persistLayout) {
        saveLayout();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!state.isEmpty()) {
        restoreState(state, kLayoutVersion);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

}  // namespace stratum::ui
