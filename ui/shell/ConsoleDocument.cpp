#include "ui/shell/ConsoleDocument.h"

#include "ui/console/ConsoleWidget.h"

#include <QCloseEvent>
#include <QVBoxLayout>

namespace stratum::ui {

ConsoleDocument::ConsoleDocument(ConsoleWidget *console, const QString &connectionId,
                                 QWidget *parent)
    : QWidget(parent)
    , m_console(console)
    , m_connectionId(connectionId)
{
    setObjectName(QStringLiteral("consoleDocument"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(console);
    setFocusProxy(console);
}

void ConsoleDocument::closeEvent(QCloseEvent *event)
{
    if (!m_console->confirmClose()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

}  // namespace stratum::ui
