#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace stratum::ui {

// A centred "nothing here yet" panel: icon, title, an explanation of what will
// appear and why it is empty, and optional buttons bound to actions (which
// follow the actions' enabled state and tooltips). GUI thread only.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString &iconName, const QString &title, const QString &text,
               QWidget *parent = nullptr);

    void setText(const QString &text);
    QString title() const;
    QString text() const;
    // Adds a button that triggers action and mirrors its state.
    void addAction(QAction *action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();

    QString m_iconName;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QVBoxLayout *m_buttons = nullptr;
};

}  // namespace stratum::ui
