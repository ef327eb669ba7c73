#include "ui/shell/ShellActions.h"

#include "ui/shell/ActionRegistry.h"

#include <QKeySequence>

namespace stratum::ui {

void ShellActions::registerAll(ActionRegistry &r)
{
    const QString file = tr("File"), edit = tr("Edit"), view = tr("View"), query = tr("Query"),
                  tools = tr("Tools"), help = tr("Help");
    const QString console = tr("the query console");
    const QString connect = tr("the connection dialogs");
    const QString demo = tr("the demo workspace");
    const QString history = tr("the migration history viewer");
    const QString model = tr("the model editor");
    const QString pool = tr("the pool monitor");

    using K = QKeySequence;
    r.add({ActionId::NewConsole,
           tr("&New Console"),
           file,
           QStringLiteral("console"),
           {K(Qt::CTRL | Qt::Key_N)},
           tr("Open a SQL console on the current connection"),
           console});
    r.add({ActionId::NewConnection,
           tr("New &Connection…"),
           file,
           QStringLiteral("connection-new"),
           {},
           tr("Describe a database connection and test it"),
           connect});
    r.add({ActionId::OpenProject,
           tr("&Open Project Folder…"),
           file,
           QStringLiteral("folder-open"),
           {K(Qt::CTRL | Qt::Key_O)},
           tr("Find alembic.ini, the migration scripts and .env in a folder"),
           connect});
    r.add({ActionId::OpenModel,
           tr("Open &Model…"),
           file,
           QStringLiteral("model"),
           {},
           tr("Open a Stratum model file or an SQLAlchemy models.py in the model editor"),
           model});
    r.add({ActionId::OpenDemo,
           tr("Open &Demo Workspace"),
           file,
           QStringLiteral("demo"),
           {},
           tr("Open the embedded SQLite demo with models, migrations and data"),
           demo});
    r.add({ActionId::RestoreScripts,
           tr("Open &Unsaved Scripts from Last Session"),
           file,
           QStringLiteral("console"),
           {},
           tr("Reopen the scripts that were unsaved when Stratum last closed"),
           console});
    r.add({ActionId::CloseTab,
           tr("&Close Tab"),
           file,
           QStringLiteral("close"),
           {K(Qt::CTRL | Qt::Key_W)},
           tr("Close the current document tab"),
           {}});
    r.add({ActionId::Quit,
           tr("&Quit"),
           file,
           QStringLiteral("quit"),
           {K(Qt::CTRL | Qt::Key_Q)},
           tr("Quit Stratum"),
           {}});

    r.add({ActionId::Undo,
           tr("&Undo"),
           edit,
           QStringLiteral("undo"),
           {K::keyBindings(K::Undo)},
           tr("Undo the last edit in the focused field"),
           {}});
    r.add({ActionId::Redo,
           tr("&Redo"),
           edit,
           QStringLiteral("redo"),
           {K::keyBindings(K::Redo)},
           tr("Redo the last undone edit in the focused field"),
           {}});
    r.add({ActionId::Cut,
           tr("Cu&t"),
           edit,
           QStringLiteral("cut"),
           {K::keyBindings(K::Cut)},
           tr("Cut the selection to the clipboard"),
           {}});
    r.add({ActionId::Copy,
           tr("&Copy"),
           edit,
           QStringLiteral("copy"),
           {K::keyBindings(K::Copy)},
           tr("Copy the selection to the clipboard"),
           {}});
    r.add({ActionId::Paste,
           tr("&Paste"),
           edit,
           QStringLiteral("paste"),
           {K::keyBindings(K::Paste)},
           tr("Paste from the clipboard"),
           {}});
    r.add({ActionId::SelectAll,
           tr("Select &All"),
           edit,
           QStringLiteral("select-all"),
           {K::keyBindings(K::SelectAll)},
           tr("Select everything in the focused field"),
           {}});

    r.add({ActionId::CommandPalette,
           tr("Command &Palette…"),
           view,
           QStringLiteral("search"),
           {K(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
           tr("Find any command by name"),
           {}});
    r.add({ActionId::Refresh,
           tr("&Refresh"),
           view,
           QStringLiteral("refresh"),
           {K(Qt::Key_F5)},
           tr("Reload the workspace tree"),
           {}});
    r.add({ActionId::Welcome,
           tr("&Welcome Page"),
           view,
           QStringLiteral("home"),
           {},
           tr("Show the welcome page"),
           {}});
    r.add({ActionId::NextTab,
           tr("&Next Tab"),
           view,
           {},
           {K(Qt::CTRL | Qt::Key_PageDown)},
           tr("Switch to the next document tab"),
           {}});
    r.add({ActionId::PreviousTab,
           tr("Pre&vious Tab"),
           view,
           {},
           {K(Qt::CTRL | Qt::Key_PageUp)},
           tr("Switch to the previous document tab"),
           {}});
    r.add({ActionId::FullScreen,
           tr("&Full Screen"),
           view,
           QStringLiteral("fullscreen"),
           {K::keyBindings(K::FullScreen)},
           tr("Use the whole screen for Stratum"),
           {}});
    r.add({ActionId::ResetLayout,
           tr("Reset &Layout"),
           view,
           QStringLiteral("layout"),
           {},
           tr("Put every panel back where it started"),
           {}});

    r.add({ActionId::Run,
           tr("&Run Statement"),
           query,
           QStringLiteral("run"),
           {K(Qt::CTRL | Qt::Key_Return), K(Qt::CTRL | Qt::Key_Enter)},
           tr("Run the statement under the cursor, or the selection"),
           console});
    r.add({ActionId::RunScript,
           tr("Run &Script"),
           query,
           QStringLiteral("run-script"),
           {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), K(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)},
           tr("Run every statement in the console"),
           console});
    r.add({ActionId::Cancel,
           tr("&Cancel Query"),
           query,
           QStringLiteral("stop"),
           {},
           tr("Ask the server to cancel the running statement"),
           console});
    r.add({ActionId::Explain,
           tr("&Explain"),
           query,
           QStringLiteral("explain"),
           {K(Qt::CTRL | Qt::Key_E)},
           tr("Show the query plan as a tree"),
           console});
    r.add({ActionId::Commit,
           tr("C&ommit"),
           query,
           QStringLiteral("success"),
           {},
           tr("Commit the console's open transaction"),
           console});
    r.add({ActionId::Rollback,
           tr("Roll &Back"),
           query,
           QStringLiteral("undo"),
           {},
           tr("Roll back the console's open transaction"),
           console});

    r.add({ActionId::MigrationHistory,
           tr("Migration &History"),
           tools,
           QStringLiteral("migrations"),
           {},
           tr("Show the revision graph and where each database stands"),
           history});
    r.add({ActionId::ModelEditor,
           tr("&Model Editor"),
           tools,
           QStringLiteral("model"),
           {},
           tr("Edit tables, columns, constraints and indexes"),
           model});
    r.add({ActionId::GenerateRevision,
           tr("&Generate Revision…"),
           tools,
           QStringLiteral("upgrade"),
           {},
           tr("Compare the model with the database and write a revision script"),
           model});
    r.add({ActionId::PoolLoad,
           tr("Pool &Load Generator…"),
           tools,
           QStringLiteral("pool"),
           {},
           tr("Run concurrent requests to watch the pool queue"),
           pool});

    r.add({ActionId::About,
           tr("&About Stratum"),
           help,
           QStringLiteral("about"),
           {},
           tr("Show the versions of Stratum and its libraries"),
           {}});
    r.add({ActionId::AboutQt,
           tr("About &Qt"),
           help,
           {},
           {},
           tr("Show Qt's licence and version"),
           {}});
}

QList<MenuLayout> ShellActions::menus()
{
    using namespace ActionId;
    const QString sep;
    return {
        {QStringLiteral("file"),
         tr("&File"),
         {NewConsole, NewConnection, sep, OpenProject, OpenModel, OpenDemo, RestoreScripts, sep,
          CloseTab, sep, Quit}},
        {QStringLiteral("edit"), tr("&Edit"), {Undo, Redo, sep, Cut, Copy, Paste, sep, SelectAll}},
        {QStringLiteral("view"),
         tr("&View"),
         {CommandPalette, sep, Refresh, Welcome, NextTab, PreviousTab, sep, FullScreen,
          ResetLayout}},
        {QStringLiteral("query"),
         tr("&Query"),
         {Run, RunScript, Cancel, sep, Explain, sep, Commit, Rollback}},
        {QStringLiteral("tools"),
         tr("&Tools"),
         {MigrationHistory, ModelEditor, GenerateRevision, sep, PoolLoad}},
        {QStringLiteral("help"), tr("&Help"), {About, AboutQt}},
    };
}

QStringList ShellActions::toolbar()
{
    using namespace ActionId;
    return {NewConnection, OpenProject, QString(), NewConsole, Run,
            RunScript,     Cancel,      QString(), Refresh,    CommandPalette};
}

}  // namespace stratum::ui
