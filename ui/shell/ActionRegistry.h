#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;

namespace stratum::ui {

// Everything needed to create one user command.
struct ActionSpec
{
    QString id;        // stable, e.g. "query.run"; also the QAction's objectName
    QString text;      // translated menu text, with & mnemonic
    QString category;  // translated menu name shown by the command palette, e.g. "Query"
    QString iconName;  // stem under resources/icons, or empty
    QList<QKeySequence> shortcuts;
    QString statusTip;  // translated one-line description of what it does
    // Translated name of the feature that will implement this command. When set,
    // the action is created disabled and says so in its tooltip and status tip,
    // instead of pretending to work.
    QString pendingFeature;
};

// Owns the window's commands by id, so that menus, toolbars, the command palette
// and later feature modules all reach the same QAction. A feature takes over a
// pending command with implement(). GUI thread only.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ActionRegistry(QObject *parent = nullptr);

    QAction *add(const ActionSpec &spec);
    // Registers an action created elsewhere (e.g. a dock's toggleViewAction()).
    void adopt(const QString &id, const QString &category, QAction *action);

    QAction *action(const QString &id) const;  // nullptr when unknown
    QList<QAction *> actions() const;          // in registration order

    // Marks a pending command as implemented: enables it and restores its own
    // tooltip and status tip. Returns the action for connecting, or nullptr.
    QAction *implement(const QString &id);

    static bool isPending(const QAction *action);
    static QString pendingReason(const QAction *action);  // empty when not pending
    static QString category(const QAction *action);
    // For actions that features create themselves (e.g. a console's toolbar):
    // the category the command palette shows, and whether the palette should
    // leave the action out because a window command does the same thing.
    static void setCategory(QAction *action, const QString &category);
    static void setHiddenFromPalette(QAction *action, bool hidden = true);
    static bool isHiddenFromPalette(const QAction *action);

private:
    QHash<QString, QAction *> m_byId;
    QList<QAction *> m_ordered;
};

}  // namespace stratum::ui
