#pragma once

#include <QObject>
#include <QPointer>

namespace stratum::ui {

class ConnectionController;
class ConsoleDocument;
class MainWindow;

// Opens query consoles as document tabs and routes the window's Query
// commands (Run, Run script, Cancel, Explain, Commit, Roll back) to the
// console in the current tab. A console runs on the engine of the connection
// that was current when it opened; a connection with an environment colour
// (prod is red) marks the tab. The window-level commands own the keyboard
// shortcuts, so the console's duplicates are removed to avoid ambiguous
// shortcuts. GUI thread only.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    ConsoleController(MainWindow &window, ConnectionController &connections,
                      QObject *parent = nullptr);

    // Opens a console on connectionId (default: the current connection);
    // nullptr, with a message, when there is no connection to run on.
    ConsoleDocument *newConsole(const QString &connectionId = QString());
    ConsoleDocument *currentConsole() const;
    // Opens a console on the table's rows (SELECT * FROM "schema"."table"),
    // runs it, and so offers them for editing (the workspace tree's double
    // click on a table). schema empty: the connection's default schema.
    ConsoleDocument *openTable(const QString &connectionId, const QString &schema,
                               const QString &table);

    // Scripts left unsaved by an earlier run (a quit or a crash): offered once
    // a connection exists (a message and File → Restore Unsaved Scripts), and
    // reopened by restoreScripts(), each on its own connection when the
    // workspace has it, else on the current one. Returns how many opened.
    int recoverableScripts() const;
    int restoreScripts();

signals:
    void consoleOpened(stratum::ui::ConsoleDocument *document);
    // The current console's running or transaction state changed.
    void stateChanged();

private:
    void updateActions();
    void offerRecoveredScripts();
    void updateTitle(ConsoleDocument *doc, const QString &baseTitle);

    MainWindow &m_window;
    ConnectionController &m_connections;
    int m_serial = 0;
    bool m_offered = false;
};

}  // namespace stratum::ui
