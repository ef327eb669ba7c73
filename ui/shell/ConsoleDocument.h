#pragma once

#include <QWidget>

namespace stratum::ui {

class ConsoleWidget;

// A console as a document tab: hosts one ConsoleWidget, remembers which
// workspace connection it runs on, and asks the console before the tab closes
// (an open manual transaction would be rolled back). GUI thread only.
class ConsoleDocument : public QWidget
{
    Q_OBJECT

public:
    ConsoleDocument(ConsoleWidget *console, const QString &connectionId, QWidget *parent = nullptr);

    ConsoleWidget *console() const { return m_console; }
    QString connectionId() const { return m_connectionId; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ConsoleWidget *m_console;
    QString m_connectionId;
};

}  // namespace stratum::ui
