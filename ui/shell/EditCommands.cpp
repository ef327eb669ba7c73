#include "ui/shell/EditCommands.h"

#include "ui/shell/ActionRegistry.h"
#include "ui/shell/ShellActions.h"

#include <QAction>
#include <QApplication>
#include <QMetaObject>
#include <QWidget>

namespace stratum::ui {

namespace {

struct Binding
{
    const QString *id;
    const char *slot;
    const char *signature;
};

const Binding kBindings[] = {
    {&ActionId::Undo, "undo", "undo()"},    {&ActionId::Redo, "redo", "redo()"},
    {&ActionId::Cut, "cut", "cut()"},       {&ActionId::Copy, "copy", "copy()"},
    {&ActionId::Paste, "paste", "paste()"}, {&ActionId::SelectAll, "selectAll", "selectAll()"},
};

}  // namespace

EditCommands::EditCommands(ActionRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    for (const Binding &b : kBindings) {
        if (QAction *action = m_registry.action(*b.id)) {
            const char *slot = b.slot;
            connect(action, &QAction::triggered, this, [this, slot] { invoke(slot); });
        }
    }
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { focusChanged(now); });
    focusChanged(QApplication::focusWidget());
}

void EditCommands::focusChanged(QWidget *now)
{
    // The command palette and menus take focus briefly; keep the last editor.
    if (now && now->window() != qobject_cast<QWidget *>(parent())->window()) {
        return;
    }
    m_target = now;
    for (const Binding &b : kBindings) {
        if (QAction *action = m_registry.action(*b.id)) {
            const bool has = now && now->metaObject()->indexOfSlot(b.signature) >= 0;
            action->setEnabled(has);
        }
    }
}

void EditCommands::invoke(const char *slot)
{
    if (m_target) {
        QMetaObject::invokeMethod(m_target.data(), slot);
    }
}

}  // namespace stratum::ui
