#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace stratum::ui {

class ActionRegistry;

// Makes Edit > Undo/Redo/Cut/Copy/Paste/Select All act on the focused widget
// (line edits, text editors, QScintilla...) through its own slots, and
// disables each command when the focused widget has no such slot. GUI thread
// only.
class EditCommands : public QObject
{
    Q_OBJECT

public:
    EditCommands(ActionRegistry &registry, QObject *parent);

private:
    void focusChanged(QWidget *now);
    void invoke(const char *slot);

    ActionRegistry &m_registry;
    QPointer<QWidget> m_target;
};

}  // namespace stratum::ui
