#pragma once

#include "core/engine/DriverConnection.h"

#include <QToolBar>

class QAction;
class QLabel;

namespace stratum::ui {

// The console's toolbar: its actions (with their shortcuts, active while focus
// is inside the console), the transaction indicator, and the enabled state of
// each action for the runner's state. The console connects the actions.
// GUI thread only.
class ConsoleToolBar : public QToolBar
{
    Q_OBJECT

public:
    // scope: the widget whose focus makes the shortcuts live; analyze: offer
    // Explain Analyze (PostgreSQL).
    ConsoleToolBar(QWidget *scope, bool analyze);

    QAction *run;
    QAction *runScript;
    QAction *stop;
    QAction *explain;
    QAction *explainAnalyze;
    QAction *autocommit;
    QAction *commit;
    QAction *rollback;
    QAction *exportResult;
    QAction *find;
    QAction *openScript;
    QAction *saveScript;
    QAction *saveScriptAs;

    struct State
    {
        bool busy = false;
        bool cancelling = false;
        bool autocommit = true;
        engine::TransactionStatus status = engine::TransactionStatus::Idle;
        bool hasResult = false;
    };
    void setState(const State &state);

    static QString transactionText(engine::TransactionStatus status);
    QString transactionText() const;

private:
    QAction *make(QWidget *scope, const QString &text, const QKeySequence &key,
                  const QString &tip = {});

    QLabel *m_indicator;
    State m_state;
};

}  // namespace stratum::ui
