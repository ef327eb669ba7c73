#pragma once

#include "ui/migrations/MigrationRunner.h"
#include "ui/migrations/ReviewBuilder.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace stratum::ui {

// Asked before anything runs: what will run (the command and the range of
// revisions), the lint summary, and the target connection with its
// environment colour. A production connection (or one whose environment is
// prod) enables Run only once its name is typed. Cancel is the default.
// GUI thread only.
class ConfirmRunDialog : public QDialog
{
    Q_OBJECT

public:
    // heads: where the database stands now.
    ConfirmRunDialog(const MigrationHistory &history, const QStringList &heads,
                     const RunRequest &request, const ReviewContent &range,
                     QWidget *parent = nullptr);

    bool requiresTypedName() const { return m_nameEdit != nullptr; }
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QPushButton *runButton() const { return m_run; }
    QString summaryText() const { return m_summary; }

private:
    QLineEdit *m_nameEdit = nullptr;
    QPushButton *m_run = nullptr;
    QString m_summary;
};

// "Upgrade", "Downgrade", "Stamp".
QString commandName(RunRequest::Command command);

}  // namespace stratum::ui
