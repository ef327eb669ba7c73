#pragma once

#include "ui/connect/ConnectionProfile.h"

#include <QColor>
#include <QDialog>
#include <QString>

class QLabel;

namespace stratum::ui {

// The production guard: a connection tagged prod asks before running
// statements that change data or schema (SqlChangeClassifier decides which),
// and shows its colour on every tab that uses it. Stateless helpers; GUI
// thread only for confirm().
class ProductionGuard
{
public:
    // True when profile is tagged prod and sql changes data or schema.
    static bool needsConfirmation(const ConnectionProfile &profile, const QString &sql);
    // Asks when needsConfirmation(); true when sql may run. Modal: runs a
    // nested event loop until the user answers.
    static bool confirm(QWidget *parent, const ConnectionProfile &profile, const QString &sql);
    // The colour for tabs and tree items of profile (invalid: no colour).
    static QColor tabColor(const ConnectionProfile &profile) { return profile.effectiveColor(); }
};

// "You are about to change <connection> (production)": lists the statements
// that change data or schema; Cancel is the default button. GUI thread only.
class ProductionConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ProductionConfirmDialog(const ConnectionProfile &profile, const QString &sql,
                            QWidget *parent = nullptr);
    // The text shown, for tests and accessibility.
    QString message() const;

private:
    QLabel *m_message = nullptr;
    QString m_plain;
};

}  // namespace stratum::ui
