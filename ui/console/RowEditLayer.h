#pragma once

#include "core/session/Session.h"
#include "ui/console/EditTarget.h"

#include <QObject>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QModelIndex;

namespace stratum::ui {

class ResultModel;

// One pending change as the Review panel lists it.
struct ReviewChange
{
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Update;
    QString table;
    QString key;  // "album_id=5", or "new row 2"
    struct Cell
    {
        QString column;
        QString before;  // empty for an insert
        QString after;
    };
    std::vector<Cell> cells;
};

// The edit layer of one result: its rows as Session objects once touched.
// An edited row becomes a persistent object (Session::merge() of the row's
// values, no query), an inserted row a pending object appended below the
// fetched rows, a deleted row an object marked for deletion; rows committed
// as deleted disappear from the grid. The ResultModel asks the layer for
// every row it holds an object for (rowView()) and shows the rest from its
// batches. Values typed into the grid are converted to the column's kind
// here, so a wrong value is refused before it reaches the Session.
//
// freeze() takes a copy of every row view while the Session works on the
// console's worker (commit): until unfreeze(), nothing here touches the
// Session, so the grid can repaint safely. GUI thread only.
class RowEditLayer : public QObject
{
    Q_OBJECT

public:
    enum class RowState { Unchanged, Modified, Inserted, Deleted };
    struct RowView
    {
        bool hasObject = false;
        RowState state = RowState::Unchanged;
        QVariantList values;  // per result column (only with an object)
        std::vector<bool> modified;
        std::vector<bool> loaded;  // false: show the fetched value
        QString error;
    };

    RowEditLayer(ResultModel *model, EditTarget target, std::shared_ptr<session::Session> session);

    const EditTarget &target() const { return m_target; }
    // Editing can be switched off (a commit runs, the console is busy).
    bool isEnabled() const { return m_enabled && !m_frozen; }
    void setEnabled(bool on);

    int rowCount() const;
    // The fetched row behind a grid row, or -1 for an inserted row.
    int sourceRow(int row) const;
    RowView rowView(int row) const;
    bool isCellEditable(int row, int column) const;
    std::optional<QVariant> data(const QModelIndex &index, int role) const;
    QVariant headerData(int row, int role) const;

    // Edits; each failure says why in its message.
    Status setCell(int row, int column, const QVariant &value);
    Status setNull(int row, int column) { return setCell(row, column, QVariant()); }
    Status revertCell(int row, int column);
    int insertRow();  // the new grid row
    Status deleteRows(const QList<int> &rows);
    // Forgets the rows' changes (and a deletion mark).
    Status restoreRows(const QList<int> &rows);

    bool hasChanges() const;
    int changeCount() const;
    std::vector<ReviewChange> changes() const;
    // New and changed objects: what a commit writes and then reads back.
    std::vector<session::SessionObject> touchedObjects() const;

    void freeze();
    void unfreeze();
    // After a failed commit: marks the rows of the failed statement.
    void setErrors(const std::vector<session::SessionObject> &failed, const QString &message);
    void clearErrors();
    // After a successful commit: deleted rows leave the grid, the rest shows
    // the stored values.
    void committed();
    // After the Session dropped every change.
    void reverted();
    // The first grid row with an error, or -1.
    int firstErrorRow() const;

    // The text a value is shown as, and a typed value from the user's input.
    static QString displayText(const QVariant &value);
    static Result<QVariant> convert(const QVariant &input, engine::ValueKind kind);

signals:
    void changed();

private:
    struct Added
    {
        session::SessionObject object;
        int number = 0;  // "new row n"
    };
    session::SessionObject objectAt(int row) const;
    Result<session::SessionObject> objectFor(int row);
    RowView computeView(int row) const;
    void rowChanged(int row);
    int visibleOfSource(int source) const;
    QString keyText(const session::SessionObject &o) const;

    ResultModel *m_model;
    EditTarget m_target;
    std::shared_ptr<session::Session> m_session;
    std::unordered_map<int, session::SessionObject> m_objects;  // by fetched row
    std::vector<Added> m_added;
    std::vector<int> m_hidden;                           // fetched rows deleted by a commit, sorted
    std::unordered_map<const void *, QString> m_errors;  // by object data
    std::unordered_map<int, RowView> m_frozenViews;
    int m_addedSerial = 0;
    bool m_enabled = true;
    bool m_frozen = false;
};

}  // namespace stratum::ui
