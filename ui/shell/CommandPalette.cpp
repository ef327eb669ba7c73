#include "ui/shell/CommandPalette.h"

#include "ui/shell/ActionRegistry.h"
#include "ui/shell/CommandPaletteDelegate.h"
#include "ui/shell/FuzzyMatcher.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QStandardItemModel>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace stratum::ui {

namespace {

constexpr int kShadow = 10;  // px of soft shadow around the panel

QString plain(const QString &text)
{
    QString t = text;
    t.remove(QLatin1Char('&'));
    return t;
}

// Category for an action outside the registry: the title of a menu holding it.
QString menuCategory(QAction *action)
{
    for (QObject *o : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(o)) {
            return plain(menu->title());
        }
    }
    return QString();
}

}  // namespace

CommandPalette::CommandPalette(ActionRegistry &registry, QWidget *window)
    : QFrame(window)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::NoFrame);  // paintEvent draws a border that shows on any background
    setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8 + kShadow, 8 + kShadow - 2, 8 + kShadow, 8 + kShadow + 2);
    layout->setSpacing(6);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("commandPaletteInput"));
    m_input->setPlaceholderText(tr("Type a command name…"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_input->setAccessibleName(tr("Command name"));
    layout->addWidget(m_input);

    m_model = new QStandardItemModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommandPaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        runCurrent();
    });

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("commandPaletteHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && now != this && !isAncestorOf(now)) {
            hide();
        }
    });
    window->installEventFilter(this);
    hide();
}

QList<QAction *> CommandPalette::collectActions() const
{
    QList<QAction *> result;
    const auto consider = [&result](QAction *a) {
        if (!a || a->isSeparator() || a->menu() || plain(a->text()).isEmpty() || !a->isVisible() ||
            result.contains(a) || a->objectName() == QLatin1String("view.commandPalette") ||
            ActionRegistry::isHiddenFromPalette(a)) {
            return;
        }
        result.append(a);
    };
    for (QAction *a : m_registry.actions()) {
        consider(a);
    }
    for (QAction *a : parentWidget()->findChildren<QAction *>()) {
        const auto holders = a->associatedObjects();
        const bool shown = std::any_of(holders.begin(), holders.end(), [](QObject *o) {
            return qobject_cast<QMenu *>(o) || qobject_cast<QToolBar *>(o);
        });
        if (shown) {
            consider(a);
        }
    }
    return result;
}

void CommandPalette::open()
{
    if (isVisible()) {
        m_input->selectAll();
        m_input->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    m_previousFocus = QApplication::focusWidget();
    const QList<QAction *> actions = collectActions();
    m_candidates.clear();
    for (QAction *a : actions) {
        m_candidates.append(a);
    }
    m_input->clear();
    refilter();
    place();
    show();
    raise();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::dismiss()
{
    hide();
    if (m_previousFocus) {
        m_previousFocus->setFocus(Qt::OtherFocusReason);
    }
}

void CommandPalette::place()
{
    QWidget *window = parentWidget();
    const int width = qBound(360, window->width() * 6 / 10, 640);
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height() + 10);
    const int rows = qBound(1, int(m_model->rowCount()), 10);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
    layout()->activate();
    const int height = layout()->sizeHint().height();
    const int top = window->height() > 200 ? 40 : 0;
    setGeometry((window->width() - width) / 2 - kShadow, top, width + 2 * kShadow,
                qMin(height, window->height() - top));
}

QList<QAction *> CommandPalette::visibleActions() const
{
    QList<QAction *> list;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        list.append(
            m_model->item(row)->data(CommandPaletteDelegate::ActionRole).value<QAction *>());
    }
    return list;
}

void CommandPalette::refilter()
{
    const QString query = m_input->text().trimmed();
    struct Scored
    {
        QAction *action;
        int score;
        int order;
    };
    QList<Scored> scored;
    int order = 0;
    for (const QPointer<QAction> &a : m_candidates) {
        if (!a) {
            continue;
        }
        QString category = ActionRegistry::category(a);
        if (category.isEmpty()) {
            category = menuCategory(a);
        }
        const QString name = plain(a->text());
        FuzzyMatcher::Match byName = FuzzyMatcher::match(query, name);
        FuzzyMatcher::Match withCategory =
            FuzzyMatcher::match(query, category + QLatin1Char(' ') + name);
        int score = qMax(byName.score, withCategory.score - 2);
        if (score < 0) {
            ++order;
            continue;
        }
        if (!a->isEnabled()) {
            score -= 1;  // available commands first among equals
        }
        scored.append({a, score, order++});
    }
    // Without a query: available commands first, each group in menu order.
    std::stable_sort(scored.begin(), scored.end(), [&query](const Scored &x, const Scored &y) {
        if (query.isEmpty()) {
            const bool xe = x.action->isEnabled(), ye = y.action->isEnabled();
            return xe != ye ? xe : x.order < y.order;
        }
        return x.score > y.score;
    });

    m_model->clear();
    for (const Scored &s : scored) {
        QString category = ActionRegistry::category(s.action);
        if (category.isEmpty()) {
            category = menuCategory(s.action);
        }
        auto *item = new QStandardItem(s.action->icon(), plain(s.action->text()));
        item->setData(QVariant::fromValue(s.action), CommandPaletteDelegate::ActionRole);
        item->setData(category, CommandPaletteDelegate::CategoryRole);
        item->setData(s.action->shortcut().toString(QKeySequence::NativeText),
                      CommandPaletteDelegate::ShortcutRole);
        item->setData(ActionRegistry::pendingReason(s.action), CommandPaletteDelegate::PendingRole);
        item->setData(s.action->isEnabled(), CommandPaletteDelegate::EnabledRole);
        item->setToolTip(s.action->isEnabled() ? s.action->statusTip()
                                               : ActionRegistry::pendingReason(s.action));
        m_model->appendRow(item);
    }
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
        m_hint->setText(tr("↑↓ to choose · Enter to run · Esc to close"));
    } else {
        m_hint->setText(tr("No command matches “%1”.").arg(query));
    }
    if (isVisible()) {
        place();
    }
}

void CommandPalette::runCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid()) {
        return;
    }
    QAction *action = index.data(CommandPaletteDelegate::ActionRole).value<QAction *>();
    if (!action) {
        return;
    }
    if (!action->isEnabled()) {
        const QString reason = ActionRegistry::pendingReason(action);
        m_hint->setText(reason.isEmpty()
                            ? tr("“%1” is not available right now.").arg(plain(action->text()))
                            : reason);
        return;
    }
    dismiss();
    emit triggered(action);
    // Queued, so the palette is gone before the command opens any dialog.
    QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
}

void CommandPalette::paintEvent(QPaintEvent *)
{
    // A soft shadow drawn inside the widget's own margin (graphics effects are
    // clipped by the parent), then the rounded panel with a visible border.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF panel = QRectF(rect()).adjusted(kShadow, kShadow - 2, -kShadow, -kShadow - 2);
    p.setBrush(Qt::NoBrush);
    for (int i = kShadow; i >= 1; --i) {
        const qreal t = 1.0 - qreal(i) / kShadow;
        p.setPen(QPen(QColor(0, 0, 0, int(3 + 45 * t * t)), 1.0));
        p.drawRoundedRect(panel.adjusted(-i, -i + 2, i, i + 2), 6 + i, 6 + i);
    }
    QColor border = palette().color(QPalette::Shadow);
    border.setAlphaF(0.55f);
    p.setPen(QPen(border, 1.0));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(panel.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        place();
    }
    if (watched != m_input || event->type() != QEvent::KeyPress) {
        return QFrame::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const int rows = m_model->rowCount();
    const int current = m_list->currentIndex().row();
    auto moveTo = [this, rows](int row) {
        if (rows > 0) {
            m_list->setCurrentIndex(m_model->index(qBound(0, row, rows - 1), 0));
        }
        return true;
    };
    switch (key->key()) {
    case Qt::Key_Down:
        return moveTo(current + 1 >= rows ? 0 : current + 1);
    case Qt::Key_Up:
        return moveTo(current <= 0 ? rows - 1 : current - 1);
    case Qt::Key_PageDown:
        return moveTo(current + 8);
    case Qt::Key_PageUp:
        return moveTo(current - 8);
    case Qt::Key_Return:
    case Qt::Key_Enter:
        runCurrent();
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

}  // namespace stratum::ui
