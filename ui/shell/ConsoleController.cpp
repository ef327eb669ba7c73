#include "ui/shell/ConsoleController.h"

#include "ui/common/ThemedIcon.h"
#include "ui/console/ConsoleToolBar.h"
#include "ui/console/ConsoleWidget.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/ConsoleDocument.h"
#include "ui/shell/DocumentArea.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/ShellActions.h"

#include <QAction>

namespace stratum::ui {

ConsoleController::ConsoleController(MainWindow &window, ConnectionController &connections,
                                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_connections(connections)
{
    ActionRegistry &r = window.actions();
    connect(r.implement(ActionId::NewConsole), &QAction::triggered, this, [this] { newConsole(); });
    const auto forward = [this, &r](const QString &id, void (ConsoleWidget::*method)()) {
        connect(r.implement(id), &QAction::triggered, this, [this, method] {
            if (ConsoleDocument *doc = currentConsole()) {
                (doc->console()->*method)();
            }
        });
    };
    forward(ActionId::Run, &ConsoleWidget::runCurrent);
    forward(ActionId::RunScript, &ConsoleWidget::runScript);
    forward(ActionId::Cancel, &ConsoleWidget::cancel);
    forward(ActionId::Commit, &ConsoleWidget::commit);
    forward(ActionId::Rollback, &ConsoleWidget::rollback);
    connect(r.implement(ActionId::Explain), &QAction::triggered, this, [this] {
        if (ConsoleDocument *doc = currentConsole()) {
            doc->console()->explainCurrent();
        }
    });
    connect(window.documents(), &DocumentArea::currentDocumentChanged, this,
            &ConsoleController::updateActions);
    connect(window.documents(), &DocumentArea::countChanged, this,
            &ConsoleController::updateActions);
    updateActions();
}

ConsoleDocument *ConsoleController::currentConsole() const
{
    return qobject_cast<ConsoleDocument *>(m_window.documents()->currentDocument());
}

ConsoleDocument *ConsoleController::newConsole(const QString &connectionId)
{
    const QString id = connectionId.isEmpty() ? m_connections.currentId() : connectionId;
    const WorkspaceConnection *c = m_connections.connection(id);
    std::shared_ptr<engine::Engine> engine = c ? m_connections.engine(id) : nullptr;
    if (!engine) {
        m_window.messages()->post(MessageLog::Level::Warning,
                                  tr("A console needs a connection: open the demo or add a "
                                     "connection first."),
                                  tr("Console"));
        return nullptr;
    }
    auto *console = new ConsoleWidget(engine);
    // The window's Query commands carry these shortcuts and forward here; two
    // actions with one shortcut would make Qt ignore both.
    console->runAction()->setShortcuts({});
    console->runScriptAction()->setShortcuts({});
    console->toolBar()->explain->setShortcuts({});
    // The palette lists the window's Query commands once; the console's own
    // extras appear under "Console".
    ConsoleToolBar *bar = console->toolBar();
    for (QAction *a :
         {bar->run, bar->runScript, bar->stop, bar->explain, bar->commit, bar->rollback}) {
        ActionRegistry::setHiddenFromPalette(a);
    }
    for (QAction *a : {bar->explainAnalyze, bar->autocommit, bar->exportResult, bar->find}) {
        ActionRegistry::setCategory(a, tr("Console"));
    }

    auto *doc = new ConsoleDocument(console, id);
    const QString title = tr("Console %1 – %2").arg(++m_serial).arg(c->name);
    QIcon icon = c->colour.isValid() ? ThemedIcon::icon(QStringLiteral("console"), c->colour)
                                     : ThemedIcon::icon(QStringLiteral("console"));
    m_window.documents()->addDocument(doc, icon, title);
    if (c->colour.isValid()) {
        m_window.documents()->setDocumentMarker(doc, c->colour);
    }
    for (QAction *a : {console->runAction(), console->cancelAction(), console->commitAction(),
                       console->rollbackAction()}) {
        connect(a, &QAction::changed, this, &ConsoleController::updateActions);
    }
    connect(console, &ConsoleWidget::runFinished, this, &ConsoleController::updateActions);
    m_window.documents()->tabs()->setCurrentWidget(doc);
    console->setFocus();
    updateActions();
    emit consoleOpened(doc);
    return doc;
}

void ConsoleController::updateActions()
{
    ActionRegistry &r = m_window.actions();
    ConsoleDocument *doc = currentConsole();
    ConsoleWidget *console = doc ? doc->console() : nullptr;
    r.action(ActionId::Run)->setEnabled(console && console->runAction()->isEnabled());
    r.action(ActionId::RunScript)->setEnabled(console && console->runScriptAction()->isEnabled());
    r.action(ActionId::Explain)->setEnabled(console && console->runAction()->isEnabled());
    r.action(ActionId::Cancel)->setEnabled(console && console->isRunning());
    r.action(ActionId::Commit)->setEnabled(console && console->commitAction()->isEnabled());
    r.action(ActionId::Rollback)->setEnabled(console && console->rollbackAction()->isEnabled());
    emit stateChanged();
}

}  // namespace stratum::ui
