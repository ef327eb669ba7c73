#pragma once

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace stratum::ui {

class ActionRegistry;

// Ctrl+Shift+P: an overlay over the main window that finds any command by name.
// Type to fuzzy-filter every command of the window (registry actions plus any
// other QAction in a menu or toolbar); Up/Down choose, Enter runs, Escape closes.
// A command that is not available yet says why instead of running. GUI thread
// only.
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    CommandPalette(ActionRegistry &registry, QWidget *window);

    QLineEdit *input() const { return m_input; }
    QListView *list() const { return m_list; }
    // The commands currently listed, best match first.
    QList<QAction *> visibleActions() const;

public slots:
    void open();
    void dismiss();

signals:
    void triggered(QAction *action);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QAction *> collectActions() const;
    void refilter();
    void runCurrent();
    void place();

    ActionRegistry &m_registry;
    QLineEdit *m_input = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<QPointer<QAction>> m_candidates;
    QPointer<QWidget> m_previousFocus;
};

}  // namespace stratum::ui
