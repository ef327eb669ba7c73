#include "ui/shell/StatusController.h"

#include "core/engine/Engine.h"
#include "ui/console/ConsoleWidget.h"
#include "ui/console/QueryRunner.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/ConsoleDocument.h"
#include "ui/shell/StatusFields.h"

#include <QTimer>

namespace stratum::ui {

StatusController::StatusController(StatusFields *fields, ConnectionController &connections,
                                   ConsoleController &consoles, QObject *parent)
    : QObject(parent)
    , m_fields(fields)
    , m_connections(connections)
    , m_consoles(consoles)
    , m_timer(new QTimer(this))
{
    // Twice a second is enough for a glance; the snapshot costs a mutex.
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &StatusController::refresh);
    m_timer->start();
    connect(&connections, &ConnectionController::currentChanged, this, &StatusController::refresh);
    connect(&connections, &ConnectionController::serverVersionChanged, this,
            &StatusController::refresh);
    connect(&consoles, &ConsoleController::stateChanged, this, &StatusController::refresh);
}

void StatusController::refresh()
{
    const QString id = m_connections.currentId();
    const WorkspaceConnection *c = m_connections.connection(id);
    if (!c) {
        m_fields->clearConnection();
        return;
    }
    m_fields->setConnection(
        c->environment.isEmpty() ? c->name : QStringLiteral("%1 (%2)").arg(c->name, c->environment),
        c->colour);
    m_fields->setServerVersion(m_connections.serverVersion(id));

    ConsoleDocument *doc = m_consoles.currentConsole();
    if (doc && doc->connectionId() == id) {
        const QueryRunner *runner = doc->console()->runner();
        switch (runner->transactionStatus()) {
        case engine::TransactionStatus::InTransaction:
        case engine::TransactionStatus::Active:
            m_fields->setTransaction(runner->autocommit() ? StatusFields::Transaction::Idle
                                                          : StatusFields::Transaction::Open);
            break;
        case engine::TransactionStatus::InError:
            m_fields->setTransaction(StatusFields::Transaction::Failed);
            break;
        default:
            m_fields->setTransaction(runner->autocommit() ? StatusFields::Transaction::Idle
                                                          : StatusFields::Transaction::None);
            break;
        }
    } else {
        m_fields->setTransaction(StatusFields::Transaction::None);
    }

    if (std::shared_ptr<engine::Engine> engine = m_connections.existingEngine(id)) {
        const engine::PoolStatistics s = engine->statistics();
        m_fields->setPoolUsage(s.checkedOut, s.poolSize, s.overflow);
    }
}

}  // namespace stratum::ui
