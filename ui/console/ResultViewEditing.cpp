// ResultView: the edit bar, the editing actions and their context menu.
#include "ui/console/ResultModel.h"
#include "ui/console/ResultView.h"
#include "ui/console/RowEditLayer.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <set>

namespace stratum::ui {

namespace {

QToolButton *barButton(QWidget *parent, QAction *action)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

QToolButton *textButton(QWidget *parent, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

}  // namespace

void ResultView::buildEditBar()
{
    m_editBar = new QWidget(this);
    m_editBar->setObjectName(QStringLiteral("editBar"));
    m_editText = new QLabel(m_editBar);
    m_editText->setTextFormat(Qt::PlainText);
    m_pending = new QLabel(m_editBar);
    m_pending->setTextFormat(Qt::PlainText);

    const auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(key.isEmpty() ? tip
                                    : QStringLiteral("%1 (%2)").arg(
                                          tip, key.toString(QKeySequence::NativeText)));
        m_table->addAction(a);
        return a;
    };
    m_addRow = make(tr("Add Row"), QKeySequence(Qt::ALT | Qt::Key_Insert),
                    tr("Append a new row; it is inserted by Commit"));
    m_deleteRows = make(tr("Delete Rows"), QKeySequence(Qt::Key_Delete),
                        tr("Mark the selected rows; they are deleted by Commit"));
    m_setNull = make(tr("Set NULL"), QKeySequence(Qt::CTRL | Qt::Key_0),
                     tr("Set the selected cells to NULL"));
    m_revertCell = make(tr("Revert Cell"), QKeySequence(),
                        tr("Give the selected cells their fetched values back"));
    m_restoreRows = make(tr("Restore Rows"), QKeySequence(),
                         tr("Forget the selected rows' changes and deletion marks"));

    m_review = textButton(m_editBar, tr("Review"), tr("List the pending changes and their SQL"));
    m_revert = textButton(m_editBar, tr("Revert"), tr("Discard every pending change"));
    m_commit =
        textButton(m_editBar, tr("Commit"), tr("Write every pending change in one transaction"));
    m_commit->setObjectName(QStringLiteral("commitEdits"));

    auto *layout = new QHBoxLayout(m_editBar);
    layout->setContentsMargins(8, 2, 6, 2);
    layout->setSpacing(2);
    layout->addWidget(m_editText);
    layout->addSpacing(8);
    layout->addWidget(barButton(m_editBar, m_addRow));
    layout->addWidget(barButton(m_editBar, m_deleteRows));
    layout->addWidget(barButton(m_editBar, m_setNull));
    layout->addStretch(1);
    layout->addWidget(m_pending);
    layout->addSpacing(6);
    layout->addWidget(m_review);
    layout->addWidget(m_revert);
    layout->addWidget(m_commit);
    m_editBar->hide();

    connect(m_review, &QToolButton::clicked, this, &ResultView::reviewRequested);
    connect(m_revert, &QToolButton::clicked, this, &ResultView::revertRequested);
    connect(m_commit, &QToolButton::clicked, this, &ResultView::commitRequested);
    connect(m_addRow, &QAction::triggered, this, [this] {
        RowEditLayer *layer = m_model->editLayer();
        if (!layer)
            return;
        const int row = layer->insertRow();
        if (row < 0)
            return;
        int column = 0;
        while (column < m_model->columnCount() && !layer->target().isEditable(column))
            ++column;
        const QModelIndex at = m_model->index(row, column);
        m_table->scrollTo(at);
        m_table->setCurrentIndex(at);
        m_table->setFocus();
    });
    connect(m_deleteRows, &QAction::triggered, this, [this] {
        runEdit([this]() -> Status {
            RowEditLayer *layer = m_model->editLayer();
            return layer ? layer->deleteRows(selectedRows()) : Status(Ok{});
        });
    });
    connect(m_restoreRows, &QAction::triggered, this, [this] {
        runEdit([this]() -> Status {
            RowEditLayer *layer = m_model->editLayer();
            return layer ? layer->restoreRows(selectedRows()) : Status(Ok{});
        });
    });
    const auto eachCell = [this](auto edit) {
        runEdit([this, edit]() -> Status {
            RowEditLayer *layer = m_model->editLayer();
            if (!layer)
                return Ok{};
            QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
            if (cells.isEmpty() && m_table->currentIndex().isValid())
                cells << m_table->currentIndex();
            for (const QModelIndex &i : cells) {
                if (!layer->target().isEditable(i.column()))
                    continue;
                if (const Status s = edit(layer, i); !s)
                    return s;
            }
            return Ok{};
        });
    };
    connect(m_setNull, &QAction::triggered, this, [eachCell] {
        eachCell(
            [](RowEditLayer *l, const QModelIndex &i) { return l->setNull(i.row(), i.column()); });
    });
    connect(m_revertCell, &QAction::triggered, this, [eachCell] {
        eachCell([](RowEditLayer *l, const QModelIndex &i) {
            return l->revertCell(i.row(), i.column());
        });
    });
    connect(m_model, &ResultModel::editRejected, this, &ResultView::showEditMessage);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_model->editLayer())
            return;
        updateEditActions();
        QMenu menu(this);
        menu.addAction(m_setNull);
        menu.addAction(m_revertCell);
        menu.addSeparator();
        menu.addAction(m_addRow);
        menu.addAction(m_deleteRows);
        menu.addAction(m_restoreRows);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultView::updateEditActions);
    updateEditActions();
}

void ResultView::runEdit(const std::function<Status()> &edit)
{
    if (const Status s = edit(); !s)
        showEditMessage(s.error().message);
    updateEditActions();
}

QList<int> ResultView::selectedRows() const
{
    std::set<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes())
        rows.insert(i.row());
    if (rows.empty() && m_table->currentIndex().isValid())
        rows.insert(m_table->currentIndex().row());
    return QList<int>(rows.begin(), rows.end());
}

void ResultView::updateEditActions()
{
    RowEditLayer *layer = m_model->editLayer();
    const bool on = layer && layer->isEnabled();
    const bool any = !m_table->selectionModel()->selectedIndexes().isEmpty() ||
                     m_table->currentIndex().isValid();
    m_addRow->setEnabled(on);
    m_deleteRows->setEnabled(on && any);
    m_setNull->setEnabled(on && any);
    m_revertCell->setEnabled(on && any);
    m_restoreRows->setEnabled(on && any);
}

void ResultView::setEditable(const QString &table)
{
    m_editTable = table;
    m_editText->setText(tr("Editing %1").arg(table));
    m_editText->setToolTip(tr("Double-click a cell or start typing to change it; changes stay "
                              "pending until Commit."));
    m_editText->setForegroundRole(QPalette::WindowText);
    for (QWidget *w : m_editBar->findChildren<QToolButton *>())
        w->show();
    m_pending->show();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_editBar->show();
    setPendingCount(0, false);
}

void ResultView::setReadOnlyReason(const QString &reason)
{
    m_editTable.clear();
    m_editText->setText(tr("Read-only result: %1").arg(reason));
    m_editText->setToolTip(tr("Rows can be edited in a SELECT from one table that includes its "
                              "whole primary key, on a connection that is not read-only."));
    m_editText->setForegroundRole(QPalette::PlaceholderText);
    for (QWidget *w : m_editBar->findChildren<QToolButton *>())
        w->hide();
    m_pending->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_editBar->show();
}

void ResultView::setPendingCount(int changes, bool busy)
{
    m_pending->setText(busy           ? tr("Committing\u2026")
                       : changes == 0 ? tr("No pending changes")
                       : changes == 1 ? tr("1 pending change")
                                      : tr("%1 pending changes").arg(changes));
    m_review->setEnabled(!busy);
    m_revert->setEnabled(changes > 0 && !busy);
    m_commit->setEnabled(changes > 0 && !busy);
    updateEditActions();
}

void ResultView::showEditMessage(const QString &message)
{
    if (m_editTable.isEmpty())
        return;
    m_editText->setText(message);
    m_editText->setForegroundRole(QPalette::BrightText);
    const QString table = m_editTable;
    QTimer::singleShot(6000, m_editText, [this, table] {
        if (m_editTable == table) {
            m_editText->setText(tr("Editing %1").arg(table));
            m_editText->setForegroundRole(QPalette::WindowText);
        }
    });
}

QString ResultView::editBarText() const
{
    return m_editBar->isHidden() ? QString() : m_editText->text();
}

}  // namespace stratum::ui
