#include "ui/model/EditableModelDocument.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace stratum::ui {

namespace {

QString positionKey(const schema::DiagramPosition &p)
{
    return p.schema.isEmpty() ? p.table : p.schema + u'.' + p.table;
}

}  // namespace

// One undo step: for each touched table its slot before and after (table and
// position), plus whole enum/sequence/naming lists when they changed (those
// are small). Undo applies "before", redo applies "after".
class ModelEditCommand : public QUndoCommand
{
public:
    using Slots = std::vector<std::pair<QString, EditableModelDocument::TableSlot>>;

    ModelEditCommand(EditableModelDocument *document, const QString &text, int mergeId = 0)
        : QUndoCommand(text)
        , m_document(document)
        , m_mergeId(mergeId)
    {}

    Slots before, after;
    std::optional<std::vector<schema::EnumType>> enumsBefore, enumsAfter;
    std::optional<std::vector<schema::Sequence>> sequencesBefore, sequencesAfter;
    std::optional<schema::NamingConvention> namingBefore, namingAfter;

    void undo() override
    {
        m_document->applySlots(before, enumsBefore, sequencesBefore, namingBefore);
    }
    void redo() override { m_document->applySlots(after, enumsAfter, sequencesAfter, namingAfter); }
    int id() const override { return m_mergeId == 0 ? -1 : 0x5e11; }
    bool mergeWith(const QUndoCommand *other) override
    {
        auto *next = static_cast<const ModelEditCommand *>(other);
        if (next->m_mergeId != m_mergeId)
            return false;
        // A drag: keep our "before" for keys we know, take the newest "after".
        for (const auto &[key, slot] : next->after) {
            auto it = std::find_if(after.begin(), after.end(),
                                   [&](const auto &entry) { return entry.first == key; });
            if (it != after.end()) {
                it->second = slot;
            } else {
                after.emplace_back(key, slot);
                auto prior = std::find_if(next->before.begin(), next->before.end(),
                                          [&](const auto &entry) { return entry.first == key; });
                before.emplace_back(key, prior->second);
            }
        }
        return true;
    }

private:
    EditableModelDocument *m_document;
    int m_mergeId;
};

EditableModelDocument::EditableModelDocument(schema::ModelDocument document, ModelSource source,
                                             QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_source(std::move(source))
    , m_undo(new QUndoStack(this))
{
    qRegisterMetaType<ModelChange>();
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

EditableModelDocument::~EditableModelDocument() = default;

void EditableModelDocument::setSource(ModelSource source)
{
    m_source = std::move(source);
    emit sourceChanged();
}

bool EditableModelDocument::isModified() const
{
    return !m_undo->isClean();
}

void EditableModelDocument::markSaved()
{
    m_undo->setClean();
}

const schema::Table *EditableModelDocument::table(const QString &key) const
{
    const int i = tableIndex(key);
    return i < 0 ? nullptr : &m_document.metadata.tables[std::size_t(i)];
}

void EditableModelDocument::invalidateIndexes()
{
    m_indexesValid = false;
}

int EditableModelDocument::tableIndex(const QString &key) const
{
    if (!m_indexesValid) {
        m_tableIndex.clear();
        m_positionIndex.clear();
        const auto &tables = m_document.metadata.tables;
        for (std::size_t i = 0; i < tables.size(); ++i)
            m_tableIndex.insert(keyOf(tables[i]), int(i));
        const auto &positions = m_document.positions;
        for (std::size_t i = 0; i < positions.size(); ++i)
            m_positionIndex.insert(positionKey(positions[i]), int(i));
        m_indexesValid = true;
    }
    return m_tableIndex.value(key, -1);
}

int EditableModelDocument::positionIndex(const QString &key) const
{
    tableIndex(key);  // builds both maps when needed
    return m_positionIndex.value(key, -1);
}

EditableModelDocument::TableSlot EditableModelDocument::slotOf(const QString &key) const
{
    TableSlot slot;
    const int i = tableIndex(key);
    if (i >= 0) {
        slot.table = m_document.metadata.tables[std::size_t(i)];
        const int p = positionIndex(key);
        if (p >= 0)
            slot.position = m_document.positions[std::size_t(p)];
        slot.index = i;
    }
    return slot;
}

void EditableModelDocument::replaceTable(const QString &key, schema::Table table,
                                         const QString &text)
{
    const schema::Table *old = this->table(key);
    if (!old)
        return;
    auto *command = new ModelEditCommand(this, text);
    const QString newKey = keyOf(table);
    const bool renamed = newKey != key;
    command->before.emplace_back(key, slotOf(key));
    TableSlot slot;
    slot.index = slotOf(key).index;  // a renamed table keeps its place
    slot.position = m_document.position(old->schema, old->name);
    if (slot.position) {
        slot.position->schema = table.schema;
        slot.position->table = table.name;
    }
    if (renamed) {
        command->after.emplace_back(key, TableSlot{});
        command->before.emplace_back(newKey, slotOf(newKey));
        // Foreign keys elsewhere follow the rename (and the table's own
        // self-references).
        auto retarget = [&](schema::Table &t) {
            bool touched = false;
            for (schema::ForeignKey &fk : t.foreignKeys) {
                if (fk.referredTable == old->name && fk.referredSchema == old->schema) {
                    fk.referredTable = table.name;
                    fk.referredSchema = table.schema;
                    touched = true;
                }
            }
            return touched;
        };
        retarget(table);
        for (const schema::Table &other : m_document.metadata.tables) {
            if (keyOf(other) == key)
                continue;
            schema::Table copy = other;
            if (retarget(copy)) {
                command->before.emplace_back(keyOf(other), slotOf(keyOf(other)));
                TableSlot otherSlot = slotOf(keyOf(other));
                otherSlot.table = std::move(copy);
                command->after.emplace_back(keyOf(other), std::move(otherSlot));
            }
        }
    }
    slot.table = std::move(table);
    command->after.emplace_back(newKey, std::move(slot));
    m_undo->push(command);
}

void EditableModelDocument::replaceTables(
    const std::vector<std::pair<QString, schema::Table>> &tables, const QString &text)
{
    auto *command = new ModelEditCommand(this, text);
    for (const auto &[key, table] : tables) {
        if (!this->table(key) || keyOf(table) != key)
            continue;
        command->before.emplace_back(key, slotOf(key));
        TableSlot slot = slotOf(key);
        slot.table = table;
        command->after.emplace_back(key, std::move(slot));
    }
    if (command->after.empty()) {
        delete command;
        return;
    }
    m_undo->push(command);
}

void EditableModelDocument::addTable(schema::Table table, double x, double y, const QString &text)
{
    auto *command = new ModelEditCommand(this, text);
    const QString key = keyOf(table);
    command->before.emplace_back(key, slotOf(key));
    TableSlot slot;
    slot.position = schema::DiagramPosition{table.schema, table.name, x, y};
    slot.table = std::move(table);
    command->after.emplace_back(key, std::move(slot));
    m_undo->push(command);
}

void EditableModelDocument::removeTable(const QString &key, const QString &text)
{
    const schema::Table *old = table(key);
    if (!old)
        return;
    auto *command = new ModelEditCommand(this, text);
    command->before.emplace_back(key, slotOf(key));
    command->after.emplace_back(key, TableSlot{});
    for (const schema::Table &other : m_document.metadata.tables) {
        if (keyOf(other) == key)
            continue;
        schema::Table copy = other;
        const auto removed = std::erase_if(copy.foreignKeys, [&](const schema::ForeignKey &fk) {
            return fk.referredTable == old->name && fk.referredSchema == old->schema;
        });
        if (removed > 0) {
            command->before.emplace_back(keyOf(other), slotOf(keyOf(other)));
            TableSlot otherSlot = slotOf(keyOf(other));
            otherSlot.table = std::move(copy);
            command->after.emplace_back(keyOf(other), std::move(otherSlot));
        }
    }
    m_undo->push(command);
}

void EditableModelDocument::moveTables(const std::vector<schema::DiagramPosition> &positions,
                                       int mergeId)
{
    if (positions.empty())
        return;
    auto *command =
        new ModelEditCommand(this, tr("Move %n table(s)", nullptr, int(positions.size())), mergeId);
    for (const schema::DiagramPosition &p : positions) {
        const QString key = positionKey(p);
        TableSlot before = slotOf(key);
        if (!before.table)
            continue;
        TableSlot after = before;
        after.position = p;
        command->before.emplace_back(key, std::move(before));
        command->after.emplace_back(key, std::move(after));
    }
    if (command->after.empty()) {
        delete command;
        return;
    }
    m_undo->push(command);
}

void EditableModelDocument::setEnums(std::vector<schema::EnumType> enums, const QString &text)
{
    auto *command = new ModelEditCommand(this, text);
    command->enumsBefore = m_document.metadata.enums;
    command->enumsAfter = std::move(enums);
    m_undo->push(command);
}

void EditableModelDocument::setSequences(std::vector<schema::Sequence> sequences,
                                         const QString &text)
{
    auto *command = new ModelEditCommand(this, text);
    command->sequencesBefore = m_document.metadata.sequences;
    command->sequencesAfter = std::move(sequences);
    m_undo->push(command);
}

void EditableModelDocument::setNaming(schema::NamingConvention naming, const QString &text)
{
    auto *command = new ModelEditCommand(this, text);
    command->namingBefore = m_document.metadata.naming;
    command->namingAfter = std::move(naming);
    m_undo->push(command);
}

void EditableModelDocument::applySlots(
    const std::vector<std::pair<QString, TableSlot>> &entries,
    const std::optional<std::vector<schema::EnumType>> &enums,
    const std::optional<std::vector<schema::Sequence>> &sequences,
    const std::optional<schema::NamingConvention> &naming)
{
    ModelChange change;
    auto &tables = m_document.metadata.tables;
    auto &positions = m_document.positions;
    for (const auto &[key, slot] : entries) {
        const int i = tableIndex(key);
        const int p = positionIndex(key);
        std::optional<schema::DiagramPosition> previous;
        if (p >= 0)
            previous = positions[std::size_t(p)];
        if (i >= 0) {
            schema::Table &existing = tables[std::size_t(i)];
            if (slot.table) {
                if (!(existing == *slot.table))
                    change.tablesChanged << key;
                existing = *slot.table;
            } else {
                tables.erase(tables.begin() + i);
                change.tablesRemoved << key;
                invalidateIndexes();
            }
        } else if (slot.table) {
            // Back where it was (undo of a removal or a rename), else last.
            const auto at = slot.index >= 0 && std::size_t(slot.index) <= tables.size()
                                ? tables.begin() + slot.index
                                : tables.end();
            tables.insert(at, *slot.table);
            change.tablesAdded << key;
            invalidateIndexes();
        }
        if (slot.table && slot.position) {
            if (p >= 0 && m_indexesValid) {
                positions[std::size_t(p)] = *slot.position;
            } else {
                m_document.removePosition(slot.position->schema, slot.position->table);
                positions.push_back(*slot.position);
                invalidateIndexes();
            }
            if (!previous || !(*previous == *slot.position))
                change.positionsChanged << key;
        } else if (p >= 0) {
            m_document.removePosition(previous->schema, previous->table);
            invalidateIndexes();
        }
    }
    if (enums) {
        m_document.metadata.enums = *enums;
        change.enumsChanged = true;
    }
    if (sequences) {
        m_document.metadata.sequences = *sequences;
        change.sequencesChanged = true;
    }
    if (naming) {
        m_document.metadata.naming = *naming;
        change.namingChanged = true;
    }
    emitChange(change);
}

void EditableModelDocument::emitChange(const ModelChange &change)
{
    emit changed(change);
}

}  // namespace stratum::ui
