#include "ui/shell/ConsoleController.h"

#include "ui/common/ThemedIcon.h"
#include "ui/connect/ConnectionProfile.h"
#include "ui/connect/ProductionGuard.h"
#include "ui/console/ConsoleToolBar.h"
#include "ui/console/ConsoleWidget.h"
#include "ui/console/ScriptFile.h"
#include "ui/console/SqlEditor.h"
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
    QAction *restore = r.implement(ActionId::RestoreScripts);
    restore->setEnabled(false);  // until a connection exists and copies are found
    connect(restore, &QAction::triggered, this, [this] { restoreScripts(); });
    // Looking for autosaves reads the data folder: only after a connection
    // exists, which is after the window shows.
    connect(&m_connections, &ConnectionController::added, this,
            &ConsoleController::offerRecoveredScripts);
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
    for (QAction *a : {bar->explainAnalyze, bar->autocommit, bar->exportResult, bar->find,
                       bar->openScript, bar->saveScript, bar->saveScriptAs}) {
        ActionRegistry::setCategory(a, tr("Console"));
    }

    if (ConnectionProfile::parseEnvironment(c->environment) == EnvironmentTag::Prod) {
        // Statements that change data or schema ask first (the server decides
        // nothing here: this is the user's own second look).
        ConnectionProfile profile;
        profile.name = c->name;
        profile.environment = EnvironmentTag::Prod;
        profile.color = c->colour;
        console->setRunGuard([console, profile](const QString &sql) {
            return ProductionGuard::confirm(console, profile, sql);
        });
    }

    if (c->readOnly) {
        console->setReadOnly(tr("the connection is read-only"));
    }
    console->script()->setConnection(id);
    auto *doc = new ConsoleDocument(console, id);
    const QString title = tr("Console %1 – %2").arg(++m_serial).arg(c->name);
    connect(console->script(), &ScriptFile::titleChanged, doc,
            [this, doc, title] { updateTitle(doc, title); });
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

ConsoleDocument *ConsoleController::openTable(const QString &connectionId, const QString &schema,
                                              const QString &table)
{
    ConsoleDocument *doc = newConsole(connectionId);
    if (!doc) {
        return nullptr;
    }
    const auto quote = [](QString name) {
        return u'"' + name.replace(u'"', QLatin1String("\"\"")) + u'"';
    };
    const QString name = schema.isEmpty() ? quote(table) : quote(schema) + u'.' + quote(table);
    ConsoleWidget *console = doc->console();
    console->editor()->setText(QStringLiteral("SELECT * FROM %1").arg(name));
    console->editor()->setModified(false);  // nothing to save or offer back
    console->runScript();
    return doc;
}

void ConsoleController::updateTitle(ConsoleDocument *doc, const QString &baseTitle)
{
    const ScriptFile *script = doc->console()->script();
    const WorkspaceConnection *c = m_connections.connection(doc->connectionId());
    QString title = baseTitle;
    if (!script->path().isEmpty()) {
        title = c ? tr("%1 – %2").arg(script->title(), c->name) : script->title();
    } else if (script->isModified()) {
        title += QLatin1Char('*');
    }
    m_window.documents()->setDocumentTitle(doc, title);
}

int ConsoleController::recoverableScripts() const
{
    return int(ScriptFile::recoverable().size());
}

void ConsoleController::offerRecoveredScripts()
{
    QAction *restore = m_window.actions().action(ActionId::RestoreScripts);
    const int n = recoverableScripts();
    restore->setEnabled(n > 0);
    if (n > 0 && !m_offered) {
        m_offered = true;
        m_window.messages()->post(
            MessageLog::Level::Warning,
            tr("%n unsaved script(s) from an earlier session can be reopened: File → Open "
               "Unsaved Scripts from Last Session.",
               nullptr, n),
            tr("Console"));
    }
}

int ConsoleController::restoreScripts()
{
    int opened = 0;
    for (const ScriptFile::Recovered &r : ScriptFile::recoverable()) {
        const QString id =
            m_connections.connection(r.connection) ? r.connection : m_connections.currentId();
        ConsoleDocument *doc = newConsole(id);
        if (!doc) {
            break;  // no connection yet; the copies stay for later
        }
        doc->console()->script()->adopt(r);
        ++opened;
    }
    offerRecoveredScripts();
    return opened;
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
