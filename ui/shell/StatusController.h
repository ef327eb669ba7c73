#pragma once

#include <QObject>

class QTimer;

namespace stratum::ui {

class ConnectionController;
class ConsoleController;
class StatusFields;

// Keeps the status bar's connection fields current: the current connection
// (with its environment colour), its server version, the transaction state of
// the console in the current tab, and pool usage from the engine's
// statistics snapshot, refreshed by a timer and never by asking the
// database. GUI thread only.
class StatusController : public QObject
{
    Q_OBJECT

public:
    StatusController(StatusFields *fields, ConnectionController &connections,
                     ConsoleController &consoles, QObject *parent = nullptr);

    void refresh();

private:
    StatusFields *m_fields;
    ConnectionController &m_connections;
    ConsoleController &m_consoles;
    QTimer *m_timer;
};

}  // namespace stratum::ui
