#include "ui/console/ConsoleToolBar.h"

#include <QAction>
#include <QLabel>

namespace stratum::ui {

ConsoleToolBar::ConsoleToolBar(QWidget *scope, bool analyze)
    : QToolBar(scope)
    , m_indicator(new QLabel(this))
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMovable(false);
    run = make(scope, tr("Run"), QKeySequence(Qt::CTRL | Qt::Key_Return),
               tr("Run the selection, or the statement under the cursor"));
    runScript = make(scope, tr("Run script"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                     tr("Run every statement; each result set gets its own tab"));
    stop = make(scope, tr("Stop"), QKeySequence(Qt::Key_Escape | Qt::SHIFT),
                tr("Cancel the running statement on the server"));
    explain = make(scope, tr("Explain"), QKeySequence(Qt::CTRL | Qt::Key_E),
                   tr("Show the plan of the statement under the cursor"));
    explainAnalyze = make(scope, tr("Explain Analyze"), QKeySequence(),
                          tr("Run the statement and show the plan with actual rows and times"));
    explainAnalyze->setVisible(analyze);
    autocommit = make(scope, tr("Auto-commit"), QKeySequence(),
                      tr("On: each statement commits by itself. Off: statements run in a "
                         "transaction that Commit or Rollback ends."));
    autocommit->setCheckable(true);
    autocommit->setChecked(true);
    commit = make(scope, tr("Commit"), QKeySequence());
    rollback = make(scope, tr("Rollback"), QKeySequence());
    exportResult = make(scope, tr("Export\u2026"), QKeySequence(),
                        tr("Write the current result to a CSV, TSV or JSON file"));
    find = make(scope, tr("Find"), QKeySequence::Find);
    openScript =
        make(scope, tr("Open Script\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
             tr("Open a .sql file in this console"));
    saveScript =
        make(scope, tr("Save Script"), QKeySequence::Save, tr("Save the script to its .sql file"));
    saveScriptAs = make(scope, tr("Save Script As\u2026"), QKeySequence::SaveAs,
                        tr("Save the script to a new .sql file"));

    addAction(run);
    addAction(runScript);
    addAction(stop);
    addSeparator();
    addAction(explain);
    addAction(explainAnalyze);
    addSeparator();
    addAction(autocommit);
    addAction(commit);
    addAction(rollback);
    m_indicator->setContentsMargins(6, 0, 6, 0);
    addWidget(m_indicator);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    addAction(openScript);
    addAction(saveScript);
    addSeparator();
    addAction(exportResult);
    addAction(find);
    setState(m_state);
}

QAction *ConsoleToolBar::make(QWidget *scope, const QString &text, const QKeySequence &key,
                              const QString &tip)
{
    auto *a = new QAction(text, scope);
    QString toolTip = tip.isEmpty() ? text : tip;
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        toolTip += QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText));
    }
    a->setToolTip(toolTip);
    scope->addAction(a);
    return a;
}

QString ConsoleToolBar::transactionText(engine::TransactionStatus status)
{
    switch (status) {
    case engine::TransactionStatus::InTransaction:
        return tr("In transaction");
    case engine::TransactionStatus::InError:
        return tr("Transaction failed \u2014 roll back");
    case engine::TransactionStatus::Active:
        return tr("Busy");
    case engine::TransactionStatus::Unknown:
        return tr("Not connected");
    case engine::TransactionStatus::Idle:
        break;
    }
    return tr("Idle");
}

QString ConsoleToolBar::transactionText() const
{
    return transactionText(m_state.status);
}

void ConsoleToolBar::setState(const State &s)
{
    m_state = s;
    const bool open = s.status == engine::TransactionStatus::InTransaction ||
                      s.status == engine::TransactionStatus::InError;
    run->setEnabled(!s.busy);
    runScript->setEnabled(!s.busy);
    explain->setEnabled(!s.busy);
    explainAnalyze->setEnabled(!s.busy);
    stop->setEnabled(s.busy && !s.cancelling);
    autocommit->setEnabled(!s.busy && !open);
    autocommit->setChecked(s.autocommit);
    commit->setEnabled(!s.busy && (open || !s.autocommit));
    rollback->setEnabled(!s.busy && (open || !s.autocommit));
    exportResult->setEnabled(s.hasResult);

    QString colour = QStringLiteral("#8a919b");
    if (s.status == engine::TransactionStatus::InTransaction)
        colour = QStringLiteral("#c88a04");
    else if (s.status == engine::TransactionStatus::InError)
        colour = QStringLiteral("#e01b24");
    else if (!s.autocommit)
        colour = QStringLiteral("#2e9e44");
    m_indicator->setText(QStringLiteral("<span style='color:%1'>\u25cf</span> %2")
                             .arg(colour, transactionText().toHtmlEscaped()));
    m_indicator->setToolTip(s.autocommit ? tr("Transaction state; auto-commit is on")
                                         : tr("Transaction state; manual transactions"));
}

}  // namespace stratum::ui
