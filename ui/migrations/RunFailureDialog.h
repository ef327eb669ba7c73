#pragma once

#include "ui/migrations/MigrationRunner.h"

#include <QDialog>

namespace stratum::ui {

// Shown when a run fails: the failing revision and statement, the server's
// message, and exactly where the database was left (read back from the
// version table after the run). GUI thread only.
class RunFailureDialog : public QDialog
{
    Q_OBJECT

public:
    RunFailureDialog(const RunOutcome &outcome, const QString &database, QWidget *parent = nullptr);
    QString text() const { return m_text; }

private:
    QString m_text;
};

}  // namespace stratum::ui
