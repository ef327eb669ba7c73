#include "ui/shell/ActionRegistry.h"

#include "ui/common/ThemedIcon.h"

#include <QAction>

namespace stratum::ui {

namespace {
const char *const kPendingProperty = "stratumPendingReason";
const char *const kCategoryProperty = "stratumCategory";
const char *const kTipProperty = "stratumStatusTip";
const char *const kPaletteHiddenProperty = "stratumPaletteHidden";

QString plainText(const QString &text)
{
    QString t = text;
    t.remove(QLatin1Char('&'));
    return t;
}
}  // namespace

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{}

QAction *ActionRegistry::add(const ActionSpec &spec)
{
    Q_ASSERT(!m_byId.contains(spec.id));
    auto *action = new QAction(spec.text, parent() ? parent() : this);
    action->setObjectName(spec.id);
    if (!spec.iconName.isEmpty()) {
        action->setIcon(ThemedIcon::icon(spec.iconName));
    }
    action->setShortcuts(spec.shortcuts);
    action->setProperty(kTipProperty, spec.statusTip);
    action->setStatusTip(spec.statusTip);
    if (!spec.pendingFeature.isEmpty()) {
        const QString reason = tr("Not available yet: comes with %1.").arg(spec.pendingFeature);
        action->setProperty(kPendingProperty, reason);
        action->setEnabled(false);
        action->setStatusTip(reason);
        action->setToolTip(plainText(spec.text) + QLatin1Char('\n') + reason);
    }
    adopt(spec.id, spec.category, action);
    return action;
}

void ActionRegistry::adopt(const QString &id, const QString &category, QAction *action)
{
    action->setObjectName(id);
    action->setProperty(kCategoryProperty, category);
    if (!m_byId.contains(id)) {
        m_ordered.append(action);
    }
    m_byId.insert(id, action);
}

QAction *ActionRegistry::action(const QString &id) const
{
    return m_byId.value(id, nullptr);
}

QList<QAction *> ActionRegistry::actions() const
{
    return m_ordered;
}

QAction *ActionRegistry::implement(const QString &id)
{
    QAction *a = action(id);
    if (!a) {
        return nullptr;
    }
    a->setProperty(kPendingProperty, QVariant());
    a->setStatusTip(a->property(kTipProperty).toString());
    a->setToolTip(QString());  // falls back to the action text plus shortcut
    a->setEnabled(true);
    return a;
}

bool ActionRegistry::isPending(const QAction *action)
{
    return !pendingReason(action).isEmpty();
}

QString ActionRegistry::pendingReason(const QAction *action)
{
    return action ? action->property(kPendingProperty).toString() : QString();
}

QString ActionRegistry::category(const QAction *action)
{
    return action ? action->property(kCategoryProperty).toString() : QString();
}

void ActionRegistry::setCategory(QAction *action, const QString &category)
{
    action->setProperty(kCategoryProperty, category);
}

void ActionRegistry::setHiddenFromPalette(QAction *action, bool hidden)
{
    action->setProperty(kPaletteHiddenProperty, hidden ? QVariant(true) : QVariant());
}

bool ActionRegistry::isHiddenFromPalette(const QAction *action)
{
    return action && action->property(kPaletteHiddenProperty).toBool();
}

}  // namespace stratum::ui
