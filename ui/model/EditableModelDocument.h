#pragma once

#include "core/schema/ModelFile.h"
#include "ui/model/ModelSource.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

class QUndoStack;

namespace stratum::ui {

// What one edit (or its undo) changed, so that the diagram and the editors
// refresh only what they show. Table keys are "schema.name" or "name"
// (schema::Table::displayName()).
struct ModelChange
{
    QStringList tablesAdded;
    QStringList tablesRemoved;
    QStringList tablesChanged;
    QStringList positionsChanged;  // tables whose diagram position moved
    bool enumsChanged = false;
    bool sequencesChanged = false;
    bool namingChanged = false;
};

// The model editor's live document: a schema::ModelDocument (metadata plus
// diagram positions), its source, and the QUndoStack that every edit goes
// through. Each mutator pushes exactly one undo command, so undo and redo
// cover everything including diagram moves; commands keep only the tables
// they touch (before and after), not copies of the whole model, so a long
// session on a 1,000-table model stays small. changed() fires after every
// edit, undo and redo with what changed. GUI thread only.
class EditableModelDocument : public QObject
{
    Q_OBJECT

public:
    explicit EditableModelDocument(schema::ModelDocument document, ModelSource source,
                                   QObject *parent = nullptr);
    ~EditableModelDocument() override;

    const schema::ModelDocument &document() const { return m_document; }
    const schema::MetaData &metadata() const { return m_document.metadata; }
    const ModelSource &source() const { return m_source; }
    void setSource(ModelSource source);  // after Save as; not an undoable edit
    QUndoStack *undoStack() const { return m_undo; }
    // True when there are edits since opening or the last markSaved().
    bool isModified() const;
    void markSaved();

    const schema::Table *table(const QString &key) const;
    static QString keyOf(const schema::Table &table) { return table.displayName(); }

    // Replaces the table `key` by `table` (which may carry a new name or
    // schema: then the diagram position follows, and foreign keys elsewhere
    // that referred to the old name are pointed at the new one).
    void replaceTable(const QString &key, schema::Table table, const QString &text);
    // Replaces several tables in one undo step (e.g. a column rename that
    // foreign keys in other tables follow). Each table keeps its key: a
    // table whose name or schema differs from its key is skipped.
    void replaceTables(const std::vector<std::pair<QString, schema::Table>> &tables,
                       const QString &text);
    // Adds a table, placed at (x, y) on the diagram.
    void addTable(schema::Table table, double x, double y, const QString &text);
    // Removes a table, its position, and every foreign key elsewhere that
    // refers to it (in the same undo step).
    void removeTable(const QString &key, const QString &text);
    // Moves tables on the diagram. Consecutive calls with the same mergeId
    // (one drag) merge into one undo step; pass 0 to never merge.
    void moveTables(const std::vector<schema::DiagramPosition> &positions, int mergeId = 0);
    void setEnums(std::vector<schema::EnumType> enums, const QString &text);
    void setSequences(std::vector<schema::Sequence> sequences, const QString &text);
    void setNaming(schema::NamingConvention naming, const QString &text);

signals:
    void changed(const stratum::ui::ModelChange &change);
    void sourceChanged();
    void modifiedChanged(bool modified);

private:
    friend class ModelEditCommand;
    struct TableSlot
    {
        std::optional<schema::Table> table;
        std::optional<schema::DiagramPosition> position;
        int index = -1;  // where the table sits in metadata.tables; -1: append
    };
    // Applied by ModelEditCommand: puts each key's slot in place (nullopt
    // removes), in one go, and reports the change.
    void applySlots(const std::vector<std::pair<QString, TableSlot>> &entries,
                    const std::optional<std::vector<schema::EnumType>> &enums,
                    const std::optional<std::vector<schema::Sequence>> &sequences,
                    const std::optional<schema::NamingConvention> &naming);
    TableSlot slotOf(const QString &key) const;
    void emitChange(const ModelChange &change);
    // Key lookups: built lazily and dropped whenever tables or positions are
    // inserted or erased, so a 1,000-table drag or layout stays linear.
    int tableIndex(const QString &key) const;
    int positionIndex(const QString &key) const;
    void invalidateIndexes();

    schema::ModelDocument m_document;
    ModelSource m_source;
    QUndoStack *m_undo;
    mutable QHash<QString, int> m_tableIndex;
    mutable QHash<QString, int> m_positionIndex;
    mutable bool m_indexesValid = false;
};

}  // namespace stratum::ui

Q_DECLARE_METATYPE(stratum::ui::ModelChange)
