#include "ui/console/ChangeReviewPanel.h"

#include "ui/console/RowEditSession.h"

#include <algorithm>

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratum::ui {

namespace {

// A parameter as SQL would spell it.
QString literal(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return RowEditLayer::displayText(v);
    default: {
        QString text = RowEditLayer::displayText(v);
        if (text.size() > 200)
            text = text.left(200) + QChar(0x2026);
        return u'\'' + text.replace(u'\'', QLatin1String("''")) + u'\'';
    }
    }
}

}  // namespace

ChangeReviewPanel::ChangeReviewPanel(RowEditSession *edits, QWidget *parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_title(new QLabel(this))
    , m_changes(new QTreeWidget(this))
    , m_sql(new QPlainTextEdit(this))
    , m_sqlNote(new QLabel(this))
    , m_revert(new QPushButton(tr("Revert\u2026"), this))
    , m_commit(new QPushButton(tr("Commit"), this))
{
    setObjectName(QStringLiteral("ChangeReviewPanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the review"));
    connect(close, &QToolButton::clicked, this, &ChangeReviewPanel::closeRequested);

    m_changes->setColumnCount(3);
    m_changes->setHeaderLabels({tr("Change"), tr("Before"), tr("After")});
    m_changes->setRootIsDecorated(true);
    m_changes->setUniformRowHeights(true);
    m_changes->setAlternatingRowColors(true);
    m_changes->header()->setStretchLastSection(true);

    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setObjectName(QStringLiteral("reviewSql"));
    m_sqlNote->setWordWrap(true);
    m_sqlNote->setForegroundRole(QPalette::PlaceholderText);

    m_commit->setDefault(true);
    m_commit->setToolTip(tr("Send these statements in one transaction"));
    m_revert->setToolTip(tr("Discard every pending change"));
    connect(m_commit, &QPushButton::clicked, this, &ChangeReviewPanel::commitRequested);
    connect(m_revert, &QPushButton::clicked, this, &ChangeReviewPanel::revertRequested);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 4, 2);
    header->addWidget(m_title, 1);
    header->addWidget(close);

    auto *sqlBox = new QWidget(this);
    auto *sqlLayout = new QVBoxLayout(sqlBox);
    sqlLayout->setContentsMargins(0, 0, 0, 0);
    sqlLayout->setSpacing(2);
    auto *sqlTitle = new QLabel(tr("SQL sent by Commit, in order"), sqlBox);
    sqlTitle->setContentsMargins(8, 4, 0, 0);
    sqlTitle->setFont(titleFont);
    sqlLayout->addWidget(sqlTitle);
    sqlLayout->addWidget(m_sql, 1);
    sqlLayout->addWidget(m_sqlNote);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_changes);
    split->addWidget(sqlBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 4, 8, 8);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_commit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    setMinimumWidth(320);
    refresh();
}

void ChangeReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void ChangeReviewPanel::refresh()
{
    const bool busy = m_edits->isBusy();
    const std::vector<ReviewChange> changes =
        busy ? std::vector<ReviewChange>{} : m_edits->changes();
    const int n = busy ? m_edits->changeCount() : int(changes.size());
    m_title->setText(busy     ? tr("Committing\u2026")
                     : n == 0 ? tr("No pending changes")
                     : n == 1 ? tr("1 pending change")
                              : tr("%1 pending changes").arg(n));
    m_commit->setEnabled(!busy && n > 0);
    m_revert->setEnabled(!busy && n > 0);
    if (busy)
        return;  // the session is working on the worker: keep what is shown

    m_changes->clear();
    const QColor dim = palette().color(QPalette::Disabled, QPalette::Text);
    for (const ReviewChange &c : changes) {
        QString verb;
        switch (c.kind) {
        case ReviewChange::Kind::Insert:
            verb = tr("Insert into %1 (%2)").arg(c.table, c.key);
            break;
        case ReviewChange::Kind::Update:
            verb = tr("Update %1 (%2)").arg(c.table, c.key);
            break;
        case ReviewChange::Kind::Delete:
            verb = tr("Delete from %1 (%2)").arg(c.table, c.key);
            break;
        }
        auto *item = new QTreeWidgetItem(m_changes, {verb});
        item->setFirstColumnSpanned(true);
        for (const ReviewChange::Cell &cell : c.cells) {
            auto *child = new QTreeWidgetItem(item, {cell.column, cell.before, cell.after});
            if (c.kind == ReviewChange::Kind::Insert)
                child->setText(1, QString());
            child->setForeground(1, dim);
            child->setToolTip(2, cell.after);
        }
        item->setExpanded(true);
    }
    for (int c = 0; c < 2; ++c) {
        m_changes->resizeColumnToContents(c);
        m_changes->setColumnWidth(c, std::min(m_changes->columnWidth(c) + 12, 240));
    }

    QStringList text;
    m_sqlNote->clear();
    if (n > 0) {
        const Result<std::vector<session::FlushStatement>> plan = m_edits->preview();
        if (!plan) {
            m_sqlNote->setText(plan.error().message);
        } else {
            int i = 0;
            for (const session::FlushStatement &st : *plan) {
                text << QStringLiteral("-- %1. %2").arg(++i).arg(st.description);
                text << st.sql + u';';
                QStringList params;
                for (size_t p = 0; p < st.params.size(); ++p) {
                    params << QStringLiteral("$%1 = %2")
                                  .arg(p + 1)
                                  .arg(st.generatedParams.contains(int(p))
                                           ? tr("(generated by an earlier statement)")
                                           : literal(st.params[p]));
                }
                if (!params.isEmpty())
                    text << QStringLiteral("--    ") + params.join(QLatin1String(", "));
                text << QString();
            }
        }
    }
    m_sql->setPlainText(text.join(u'\n').trimmed());
}

QString ChangeReviewPanel::sqlText() const
{
    return m_sql->toPlainText();
}

}  // namespace stratum::ui
