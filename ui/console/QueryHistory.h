#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QThreadPool;

namespace stratum::config {
class Url;
}

namespace stratum::ui {

// One executed statement.
struct HistoryEntry
{
    QDateTime time;
    QString sql;
    qint64 durationMs = 0;
    qint64 rows = -1;  // fetched or affected; -1 when unknown
    bool ok = true;
    QString error;
    quint64 connectionId = 0;
    int backendPid = 0;

    bool operator==(const HistoryEntry &) const = default;
};

// The persistent history of one connection: a JSON-lines file under the data
// directory, one file per database URL (named by a hash of the URL without its
// password, so no secret reaches the disk). Loading and appending happen on a
// private single-thread pool, in order; entries() is the in-memory copy,
// newest last. Lives on the UI thread.
class QueryHistory : public QObject
{
    Q_OBJECT

public:
    explicit QueryHistory(QString filePath, QObject *parent = nullptr);
    ~QueryHistory() override;

    // <AppDataLocation>/history/<hash>.jsonl for url.
    static QString defaultPath(const config::Url &url);

    QString filePath() const { return m_path; }
    // Reads the file on the worker; loaded() follows.
    void load();
    void add(const HistoryEntry &entry);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    // Entries whose SQL contains text (case-insensitive), newest first.
    QList<HistoryEntry> search(const QString &text) const;
    // Blocks until pending writes are on disk (tests, shutdown).
    void flush();

    // At most this many entries are kept in memory and read back.
    static constexpr int kMaxEntries = 5000;

signals:
    void loaded();
    void changed();

private:
    QString m_path;
    QList<HistoryEntry> m_entries;
    std::unique_ptr<QThreadPool> m_io;
};

}  // namespace stratum::ui
