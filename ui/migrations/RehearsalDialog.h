#pragma once

#include "core/migrate/run/Rehearsal.h"

#include <QDialog>

class QTreeWidget;

namespace stratum::ui {

// The report of a rehearsal (an upgrade run inside one PostgreSQL
// transaction and rolled back): per revision its time, the locks it took and
// its error, and the total. The database was left as it was. GUI thread only.
class RehearsalDialog : public QDialog
{
    Q_OBJECT

public:
    RehearsalDialog(const migrate::RehearsalReport &report, const QString &database,
                    QWidget *parent = nullptr);
    QTreeWidget *steps() const { return m_steps; }
    const migrate::RehearsalReport &report() const { return m_report; }

private:
    migrate::RehearsalReport m_report;
    QTreeWidget *m_steps;
};

}  // namespace stratum::ui
