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

signals:
    void consoleOpened(stratum::ui::ConsoleDocument *document);
    // The current console's running or transaction state changed.
    void stateChanged();

private:
    void updateActions();

    MainWindow &m_window;
    ConnectionController &m_connections;
    int m_serial = 0;
};

}  // namespace stratum::ui
