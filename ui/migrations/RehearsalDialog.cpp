#include "ui/migrations/RehearsalDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratum::ui {

RehearsalDialog::RehearsalDialog(const migrate::RehearsalReport &report, const QString &database,
                                 QWidget *parent)
    : QDialog(parent)
    , m_report(report)
{
    setWindowTitle(tr("Rehearsal on %1").arg(database));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(
        (report.succeeded()
             ? tr("The upgrade to %1 ran in %2 ms and was rolled back: it would succeed.")
             : tr("The upgrade to %1 failed after %2 ms and was rolled back."))
            .arg(report.destination, QString::number(report.totalMs)) +
        QLatin1Char(' ') + tr("The database is unchanged."));
    layout->addWidget(summary);
    m_steps = new QTreeWidget(this);
    m_steps->setHeaderLabels({tr("Revision"), tr("Time"), tr("Locks taken / error")});
    m_steps->setColumnWidth(0, 300);
    m_steps->setColumnWidth(1, 80);
    m_steps->header()->setStretchLastSection(true);
    for (const migrate::RehearsalStep &s : report.steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, s.step.shortLog());
        item->setText(1, tr("%1 ms").arg(s.elapsedMs));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (s.error) {
            item->setText(2, s.error->message);
            item->setForeground(2, QColor(0xC6, 0x28, 0x28));
        } else {
            item->setText(2, tr("%n lock(s)", nullptr, int(s.newLocks.size())));
        }
        for (const migrate::RehearsalLock &lock : s.newLocks) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(
                2, QStringLiteral("%1 on %2%3")
                       .arg(lock.mode, lock.object, lock.granted ? QString() : tr(" (waiting)")));
            if (lock.mode.contains(QLatin1String("Exclusive")))
                child->setForeground(2, QColor(0xE6, 0x7E, 0x00));
        }
    }
    m_steps->expandAll();
    layout->addWidget(m_steps, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

}  // namespace stratum::ui
