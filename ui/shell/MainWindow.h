#pragma once

#include <QByteArray>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QMenu;
class QToolBar;

namespace stratum::ui {

class AboutDialog;
class ActionRegistry;
class CommandPalette;
class DocumentArea;
class MessageLog;
class PropertiesView;
class StatusFields;
class WorkspaceTree;

// Stratum's main window. It only assembles: the workspace tree, the document
// tabs, the Messages / Pool monitor / Properties docks, menus, toolbar, status
// bar and command palette. Features (connect, console, migrations, model, pool)
// plug in through the accessors below: they implement pending actions by id,
// add documents and docks, and post messages. GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        // Restore the previous window geometry and layout and save them on close.
        // Off for the screenshot tour, which wants the default layout.
        bool persistLayout = true;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry &actions() const { return *m_registry; }
    DocumentArea *documents() const { return m_documents; }
    WorkspaceTree *workspace() const { return m_workspace; }
    MessageLog *messages() const { return m_messages; }
    PropertiesView *properties() const { return m_properties; }
    StatusFields *status() const { return m_status; }
    CommandPalette *commandPalette() const { return m_palette; }
    QToolBar *mainToolBar() const { return m_toolbar; }

    // Top-level menus by id: "file", "edit", "view", "query", "tools", "help".
    QMenu *menu(const QString &id) const;
    // Docks by object name: "workspaceDock", "propertiesDock", "messagesDock",
    // "poolDock", plus any added with addDock().
    QDockWidget *dock(const QString &objectName) const;
    QList<QDockWidget *> docks() const;

    // Adds a feature's dock (hidden or shown as the saved layout says) and a
    // View menu / command palette entry to toggle it.
    QDockWidget *addDock(const QString &objectName, const QString &title, const QString &iconName,
                         QWidget *content, Qt::DockWidgetArea area);
    // Replaces a dock's content (e.g. the pool monitor's empty state).
    void setDockContent(const QString &objectName, QWidget *content);

    // The currently open About dialog, if any.
    AboutDialog *aboutDialog() const;

public slots:
    void showWelcome();
    void showAbout();
    // Opens the demo workspace if this build has it; otherwise says so.
    void openDemo();
    void resetLayout();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createMenus();
    void createToolBar();
    void connectShellCommands();
    QDockWidget *makeDock(const QString &objectName, const QString &title, const QString &iconName,
                          QWidget *content);
    void registerDockToggle(QDockWidget *dock, const QString &iconName);
    void restoreLayout();
    void saveLayout() const;

    Options m_options;
    ActionRegistry *m_registry = nullptr;
    DocumentArea *m_documents = nullptr;
    WorkspaceTree *m_workspace = nullptr;
    MessageLog *m_messages = nullptr;
    PropertiesView *m_properties = nullptr;
    StatusFields *m_status = nullptr;
    CommandPalette *m_palette = nullptr;
    QToolBar *m_toolbar = nullptr;
    QHash<QString, QMenu *> m_menus;
    QHash<QString, QDockWidget *> m_docks;
    QPointer<AboutDialog> m_about;
    QByteArray m_defaultState;
    bool m_layoutRestored = false;
};

}  // namespace stratum::ui
