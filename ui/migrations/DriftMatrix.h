#pragma once

#include "ui/connect/ConnectionProfile.h"
#include "ui/migrations/MigrationHistory.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace stratum::ui {

class ConnectionStore;

// Environment drift: where every saved connection that uses this script
// directory stands, one column per database (dev, staging, prod...), one row
// per revision in the graph's order. The database's heads are marked, the
// revisions below them tinted in the connection's colour, pending ones left
// empty; a database that cannot be read says why in its header. Version
// tables are read on a worker, one connection at a time. GUI thread only.
class DriftMatrix : public QWidget
{
    Q_OBJECT

public:
    explicit DriftMatrix(QWidget *parent = nullptr);

    // The saved connections whose project folder is the folder of iniPath.
    static QList<ConnectionProfile> connectionsFor(const ConnectionStore &store,
                                                   const QString &iniPath);

    void setHistory(HistoryPtr history);
    // Reads each connection's heads (passwords from store's keychain when given).
    void load(const QList<ConnectionProfile> &connections, ConnectionStore *store = nullptr);

    QTableWidget *table() const { return m_table; }
    // Heads per connection id, as last read; absent while loading or on error.
    QHash<QString, QStringList> positions() const { return m_positions; }
    QHash<QString, QString> errors() const { return m_errors; }

signals:
    void loaded();

private:
    struct Column
    {
        ConnectionProfile profile;
        std::optional<QString> password;
    };
    void fetchPasswords(int next, ConnectionStore *store);
    void readPositions();
    void fill();

    HistoryPtr m_history;
    QList<Column> m_columns;
    QHash<QString, QStringList> m_positions;
    QHash<QString, QString> m_errors;
    QTableWidget *m_table;
    QLabel *m_note;
    quint64 m_generation = 0;
};

}  // namespace stratum::ui
