#pragma once

#include <QPushButton>

class QAction;
class QLabel;

namespace stratum::ui {

// A large button for the welcome page: icon, title and a one-line description,
// bound to a QAction whose text, enabled state and status tip it mirrors (a
// pending action therefore explains itself). GUI thread only.
class ActionCard : public QPushButton
{
    Q_OBJECT

public:
    explicit ActionCard(QAction *action, QWidget *parent = nullptr);

    QAction *action() const { return m_action; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();

    QAction *m_action = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
};

}  // namespace stratum::ui
