#pragma once

#include "ui/migrations/MigrationHistory.h"

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>

namespace stratum::ui {

// The rows of the revision graph (one per revision, newest on top, in the
// order of the history's GraphLayout) and where the database stands: its
// current heads, the revisions applied below them, and the revision a
// running migration is working on. Changing the position only emits
// dataChanged; the layout is never recomputed here. GUI thread only.
class RevisionGraphModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RevisionRole = Qt::UserRole + 1,  // graph index (int)
        IdRole,                           // full revision id
        AppliedRole,                      // bool
        CurrentRole,                      // bool: a head stored in the database
        RunningRole,                      // bool: a migration is applying this one
        MatchesFilterRole,                // bool
    };

    explicit RevisionGraphModel(QObject *parent = nullptr);

    void setHistory(HistoryPtr history);
    const HistoryPtr &history() const { return m_history; }

    // The database's heads (ids); recomputes the applied set.
    void setDatabaseHeads(const QStringList &heads);
    QStringList databaseHeads() const { return m_heads; }
    void setRunningRevision(int revision);

    // Case-insensitive match on message, id, branch label or author; empty: all.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    bool matches(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int revisionAt(int row) const;
    int rowOfRevision(int revision) const;
    int rowOfId(const QString &id) const;
    bool isApplied(int revision) const { return m_applied.contains(revision); }
    bool isCurrent(int revision) const { return m_current.contains(revision); }
    // The topmost row holding a current head; -1 when the database has none.
    int currentRow() const;

signals:
    void databaseHeadsChanged(const QStringList &heads);

private:
    void touchAll();

    HistoryPtr m_history;
    QStringList m_heads;
    QSet<int> m_applied;
    QSet<int> m_current;
    int m_running = -1;
    QString m_filter;
};

}  // namespace stratum::ui
