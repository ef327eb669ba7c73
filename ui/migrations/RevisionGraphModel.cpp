#include "ui/migrations/RevisionGraphModel.h"

namespace stratum::ui {

RevisionGraphModel::RevisionGraphModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void RevisionGraphModel::setHistory(HistoryPtr history)
{
    beginResetModel();
    m_history = std::move(history);
    m_running = -1;
    endResetModel();
    setDatabaseHeads(m_history ? m_history->databaseHeads() : QStringList());
}

void RevisionGraphModel::setDatabaseHeads(const QStringList &heads)
{
    m_heads = heads;
    m_current.clear();
    m_applied.clear();
    if (m_history) {
        for (const QString &id : heads) {
            const int i = m_history->graph().indexOf(id);
            if (i >= 0)
                m_current.insert(i);
        }
        m_applied = m_history->appliedFor(heads);
    }
    touchAll();
    emit databaseHeadsChanged(heads);
}

void RevisionGraphModel::setRunningRevision(int revision)
{
    if (m_running == revision)
        return;
    const int before = rowOfRevision(m_running);
    m_running = revision;
    for (int row : {before, rowOfRevision(revision)}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), {RunningRole});
    }
}

void RevisionGraphModel::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    touchAll();
}

bool RevisionGraphModel::matches(int row) const
{
    if (m_filter.isEmpty() || !m_history)
        return true;
    const int rev = revisionAt(row);
    if (rev < 0)
        return false;
    const migrate::RevisionGraph &g = m_history->graph();
    const RevisionSummary &s = m_history->summary(rev);
    const auto has = [this](const QString &text) {
        return text.contains(m_filter, Qt::CaseInsensitive);
    };
    if (has(g.id(rev)) || has(s.message) || has(s.author))
        return true;
    for (const QString &label : g.branchLabels(rev)) {
        if (has(label))
            return true;
    }
    return false;
}

int RevisionGraphModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_history ? 0 : m_history->layout().rowCount();
}

QVariant RevisionGraphModel::data(const QModelIndex &index, int role) const
{
    const int rev = revisionAt(index.row());
    if (rev < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_history->summary(rev).message;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const RevisionSummary &s = m_history->summary(rev);
        QString text = m_history->graph().id(rev) + QStringLiteral(" ") + s.message;
        if (m_current.contains(rev))
            text += tr(" (database is here)");
        else if (!m_applied.contains(rev))
            text += tr(" (pending)");
        if (!s.readError.isEmpty())
            text += QLatin1Char('\n') + s.readError;
        return text;
    }
    case RevisionRole:
        return rev;
    case IdRole:
        return m_history->graph().id(rev);
    case AppliedRole:
        return m_applied.contains(rev);
    case CurrentRole:
        return m_current.contains(rev);
    case RunningRole:
        return rev == m_running;
    case MatchesFilterRole:
        return matches(index.row());
    default:
        return {};
    }
}

int RevisionGraphModel::revisionAt(int row) const
{
    if (!m_history || row < 0 || row >= m_history->layout().rowCount())
        return -1;
    return m_history->layout().row(row).revision;
}

int RevisionGraphModel::rowOfRevision(int revision) const
{
    return m_history && revision >= 0 ? m_history->layout().rowOf(revision) : -1;
}

int RevisionGraphModel::rowOfId(const QString &id) const
{
    return m_history ? rowOfRevision(m_history->graph().indexOf(id)) : -1;
}

int RevisionGraphModel::currentRow() const
{
    int best = -1;
    for (int rev : m_current) {
        const int row = rowOfRevision(rev);
        if (row >= 0 && (best < 0 || row < best))
            best = row;
    }
    return best;
}

void RevisionGraphModel::touchAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

}  // namespace stratum::ui
