#pragma once

#include <QColor>
#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;

namespace stratum::ui {

// The permanent fields of the status bar: connection, server version,
// transaction state and pool usage. Starts honestly as "Not connected"; the
// engine-facing features update it. GUI thread only.
class StatusFields : public QObject
{
    Q_OBJECT

public:
    enum class Transaction { None, Idle, Open, Failed };

    explicit StatusFields(QStatusBar *bar);

    // colour is the connection's environment colour (e.g. red for prod); an
    // invalid colour shows no marker.
    void setConnection(const QString &name, const QColor &colour = QColor());
    void setServerVersion(const QString &version);
    void setTransaction(Transaction state);
    void setPoolUsage(int checkedOut, int size, int overflow);
    void clearConnection();  // back to "Not connected"

    QString connectionText() const;
    QString serverText() const;
    QString transactionText() const;
    QString poolText() const;

private:
    QLabel *addField(QStatusBar *bar, const QString &name);

    QLabel *m_connection = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_transaction = nullptr;
    QLabel *m_pool = nullptr;
};

}  // namespace stratum::ui
