#include "ui/shell/StatusFields.h"

#include <QLabel>
#include <QStatusBar>

namespace stratum::ui {

StatusFields::StatusFields(QStatusBar *bar)
    : QObject(bar)
{
    m_connection = addField(bar, QStringLiteral("statusConnection"));
    m_server = addField(bar, QStringLiteral("statusServer"));
    m_transaction = addField(bar, QStringLiteral("statusTransaction"));
    m_pool = addField(bar, QStringLiteral("statusPool"));
    clearConnection();
}

QLabel *StatusFields::addField(QStatusBar *bar, const QString &name)
{
    auto *label = new QLabel(bar);
    label->setObjectName(name);
    label->setContentsMargins(6, 0, 6, 0);
    label->setTextFormat(Qt::RichText);
    bar->addPermanentWidget(label);
    return label;
}

void StatusFields::setConnection(const QString &name, const QColor &colour)
{
    if (colour.isValid()) {
        m_connection->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                                  .arg(colour.name(), name.toHtmlEscaped()));
    } else {
        m_connection->setText(name.toHtmlEscaped());
    }
    m_connection->setToolTip(tr("Current connection"));
}

void StatusFields::setServerVersion(const QString &version)
{
    m_server->setText(version.isEmpty() ? tr("Server: —") : version.toHtmlEscaped());
    m_server->setToolTip(tr("Server version"));
}

void StatusFields::setTransaction(Transaction state)
{
    switch (state) {
    case Transaction::None:
        m_transaction->setText(tr("No transaction"));
        break;
    case Transaction::Idle:
        m_transaction->setText(tr("Auto-commit"));
        break;
    case Transaction::Open:
        m_transaction->setText(tr("Transaction open"));
        break;
    case Transaction::Failed:
        m_transaction->setText(tr("Transaction failed: roll back"));
        break;
    }
    m_transaction->setToolTip(tr("Transaction state of the current console"));
}

void StatusFields::setPoolUsage(int checkedOut, int size, int overflow)
{
    m_pool->setText(tr("Pool %1/%2 (+%3 overflow)").arg(checkedOut).arg(size).arg(overflow));
    m_pool->setToolTip(tr("Checked-out connections / pool size, and overflow in use"));
}

void StatusFields::clearConnection()
{
    m_connection->setText(tr("Not connected"));
    m_connection->setToolTip(tr("No database connection is open"));
    setServerVersion(QString());
    setTransaction(Transaction::None);
    m_pool->setText(tr("Pool: —"));
    m_pool->setToolTip(tr("No engine, so no pool"));
}

QString StatusFields::connectionText() const
{
    return m_connection->text();
}

QString StatusFields::serverText() const
{
    return m_server->text();
}

QString StatusFields::transactionText() const
{
    return m_transaction->text();
}

QString StatusFields::poolText() const
{
    return m_pool->text();
}

}  // namespace stratum::ui
