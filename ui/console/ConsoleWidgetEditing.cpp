// ConsoleWidget: row editing through the Session (RowEditSession), the Review
// panel, and committing or reverting the edits.
#include "ui/console/ChangeReviewPanel.h"
#include "ui/console/ConsoleWidget.h"
#include "ui/console/MessagesView.h"
#include "ui/console/QueryRunner.h"
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"
#include "ui/console/RowEditLayer.h"
#include "ui/console/RowEditSession.h"

#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace stratum::ui {

namespace {

// Revert asks first from this many changes on.
constexpr int kConfirmRevertFrom = 5;

}  // namespace

void ConsoleWidget::setUpRowEditing()
{
    connect(m_edits, &RowEditSession::pendingChanged, this, &ConsoleWidget::onEditsChanged);
    connect(m_edits, &RowEditSession::editingReady, this, &ConsoleWidget::editingReady);
    connect(m_edits, &RowEditSession::commitFinished, this, &ConsoleWidget::onEditsCommitted);
    connect(m_edits, &RowEditSession::commitStarted, this, [this] {
        m_status->setText(tr("Committing row edits\u2026"));
        updateActions();
    });
    connect(m_edits, &RowEditSession::commitRefused, this, [this](const QString &reason) {
        m_messages->addInfo(reason);
        m_status->setText(reason);
    });
    connect(m_review, &ChangeReviewPanel::commitRequested, this, &ConsoleWidget::commitEdits);
    connect(m_review, &ChangeReviewPanel::revertRequested, this, [this] { revertEdits(); });
    connect(m_review, &ChangeReviewPanel::closeRequested, this, [this] { showReview(false); });
}

void ConsoleWidget::setRunGuard(RunGuard guard)
{
    m_runGuard = std::move(guard);
    m_edits->setCommitGuard(m_runGuard);
}

void ConsoleWidget::setReadOnly(const QString &reason)
{
    m_edits->setReadOnlyReason(reason);
}

void ConsoleWidget::prepareRowEditing()
{
    std::vector<ResultView *> views;
    QStringList statements;
    for (const auto &[index, view] : m_resultByStatement) {
        if (index < int(m_running.size()) && view) {
            views.push_back(view);
            statements << m_running[std::size_t(index)].parameters.sql();
        }
    }
    if (!views.empty())
        m_edits->prepare(views, statements);
}

bool ConsoleWidget::discardEditsBeforeRun()
{
    if (m_edits->isBusy())
        return false;
    if (m_edits->hasChanges() &&
        QMessageBox::question(this, tr("Pending row edits"),
                              tr("Running replaces the results, and %n row change(s) have not "
                                 "been committed. Discard them and run?",
                                 nullptr, m_edits->changeCount()),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return false;
    m_edits->clear();
    return true;
}

void ConsoleWidget::onEditsChanged()
{
    const int n = m_edits->changeCount();
    for (ResultView *v : m_results) {
        if (v->model()->editLayer())
            v->setPendingCount(n, m_edits->isBusy());
    }
    if (isReviewVisible())
        m_review->refresh();
    updateActions();
}

void ConsoleWidget::showReview(bool show)
{
    m_review->setVisible(show);
    if (show) {
        m_review->refresh();
        const int width = std::max(360, m_resultSplit->width() * 2 / 5);
        m_resultSplit->setSizes({m_resultSplit->width() - width, width});
    }
}

bool ConsoleWidget::isReviewVisible() const
{
    return !m_review->isHidden();
}

bool ConsoleWidget::commitEdits()
{
    if (!m_edits->hasChanges() || m_edits->isBusy())
        return false;
    m_messages->addRunHeader(tr("Committing %n row change(s)", nullptr, m_edits->changeCount()));
    if (!m_edits->commit())
        return false;
    updateActions();
    return true;
}

void ConsoleWidget::revertEdits(bool ask)
{
    const int n = m_edits->changeCount();
    if (n == 0 || m_edits->isBusy())
        return;
    if (ask && n >= kConfirmRevertFrom &&
        QMessageBox::question(this, tr("Revert row edits"),
                              tr("Discard all %n pending row change(s)?", nullptr, n),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    m_edits->revert();
    m_messages->addInfo(tr("Reverted %n row change(s); nothing was written.", nullptr, n));
    m_status->setText(tr("Row edits reverted"));
}

void ConsoleWidget::onEditsCommitted(bool ok, const Error &error, int statements)
{
    if (ok) {
        m_messages->addSuccess(
            tr("Commit row edits"),
            tr("%n statement(s) committed in one transaction", nullptr, statements), 0);
        m_status->setText(tr("Row edits committed"));
    } else {
        m_messages->addError(tr("Commit row edits"), error, 0, 0);
        m_messages->addInfo(tr("The transaction was rolled back and nothing was written. Every "
                               "edit is kept: fix the marked row and commit again."));
        m_status->setText(tr("Commit failed; the edits are kept"));
        if (ResultView *v = m_edits->errorView()) {
            m_tabs->setCurrentWidget(v);
            const int row = v->model()->editLayer()->firstErrorRow();
            v->table()->scrollTo(v->model()->index(row, 0));
            v->table()->selectRow(row);
            v->showEditMessage(error.message);
        }
    }
    onEditsChanged();
    updateActions();
    emit commitEditsFinished(ok);
}

}  // namespace stratum::ui
