#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace stratum::ui {

class ActionRegistry;

// Stable ids of the shell's standard commands. Feature modules look their
// commands up by these ids and call ActionRegistry::implement() on them.
namespace ActionId {
inline const QString NewConsole = QStringLiteral("file.newConsole");
inline const QString NewConnection = QStringLiteral("file.newConnection");
inline const QString OpenProject = QStringLiteral("file.openProject");
inline const QString OpenModel = QStringLiteral("file.openModel");
inline const QString OpenDemo = QStringLiteral("file.openDemo");
inline const QString RestoreScripts = QStringLiteral("file.restoreScripts");
inline const QString CloseTab = QStringLiteral("file.closeTab");
inline const QString Quit = QStringLiteral("file.quit");
inline const QString Undo = QStringLiteral("edit.undo");
inline const QString Redo = QStringLiteral("edit.redo");
inline const QString Cut = QStringLiteral("edit.cut");
inline const QString Copy = QStringLiteral("edit.copy");
inline const QString Paste = QStringLiteral("edit.paste");
inline const QString SelectAll = QStringLiteral("edit.selectAll");
inline const QString CommandPalette = QStringLiteral("view.commandPalette");
inline const QString Refresh = QStringLiteral("view.refresh");
inline const QString Welcome = QStringLiteral("view.welcome");
inline const QString NextTab = QStringLiteral("view.nextTab");
inline const QString PreviousTab = QStringLiteral("view.previousTab");
inline const QString FullScreen = QStringLiteral("view.fullScreen");
inline const QString ResetLayout = QStringLiteral("view.resetLayout");
inline const QString Run = QStringLiteral("query.run");
inline const QString RunScript = QStringLiteral("query.runScript");
inline const QString Cancel = QStringLiteral("query.cancel");
inline const QString Explain = QStringLiteral("query.explain");
inline const QString Commit = QStringLiteral("query.commit");
inline const QString Rollback = QStringLiteral("query.rollback");
inline const QString MigrationHistory = QStringLiteral("tools.migrationHistory");
inline const QString ModelEditor = QStringLiteral("tools.modelEditor");
inline const QString GenerateRevision = QStringLiteral("tools.generateRevision");
inline const QString PoolLoad = QStringLiteral("tools.poolLoad");
inline const QString About = QStringLiteral("help.about");
inline const QString AboutQt = QStringLiteral("help.aboutQt");
}  // namespace ActionId

// One top-level menu: its id (for MainWindow::menu()), title and action ids; an
// empty id is a separator.
struct MenuLayout
{
    QString id;
    QString title;
    QStringList actionIds;
};

// Declares the shell's standard commands and where they appear. Commands whose
// feature is not built yet are registered as pending (disabled, and saying
// which feature brings them). Stateless.
class ShellActions
{
    Q_DECLARE_TR_FUNCTIONS(stratum::ui::ShellActions)

public:
    static void registerAll(ActionRegistry &registry);
    static QList<MenuLayout> menus();
    static QStringList toolbar();
};

}  // namespace stratum::ui
