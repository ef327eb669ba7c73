#include "ui/migrations/RunFailureDialog.h"

#include "ui/migrations/RunDialogBand.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace stratum::ui {

RunFailureDialog::RunFailureDialog(const RunOutcome &outcome, const QString &database,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(outcome.cancelled ? tr("Migration cancelled") : tr("Migration failed"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new RunDialogBand(QColor(0xC6, 0x28, 0x28),
                                        outcome.cancelled ? tr("Cancelled on %1").arg(database)
                                                          : tr("Failed on %1").arg(database),
                                        this));
    QStringList lines;
    if (!outcome.failingRevision.isEmpty())
        lines << tr("Revision: %1").arg(outcome.failingRevision);
    if (!outcome.serverMessage.isEmpty())
        lines << tr("Server message: %1").arg(outcome.serverMessage);
    auto *message = new QLabel(lines.join(QLatin1Char('\n')), this);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message);
    if (!outcome.failingStatement.isEmpty()) {
        layout->addWidget(new QLabel(tr("Failing statement:"), this));
        auto *statement = new QPlainTextEdit(outcome.failingStatement, this);
        statement->setReadOnly(true);
        statement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        statement->setMaximumHeight(110);
        layout->addWidget(statement);
        lines << tr("Failing statement: %1").arg(outcome.failingStatement);
    }
    auto *where = new QLabel(outcome.whereLeft(), this);
    where->setWordWrap(true);
    QFont bold = where->font();
    bold.setWeight(QFont::DemiBold);
    where->setFont(bold);
    layout->addWidget(where);
    lines << outcome.whereLeft();
    m_text = lines.join(QLatin1Char('\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

}  // namespace stratum::ui
