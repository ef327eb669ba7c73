#pragma once

#include "core/schema/Sequence.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace stratum::ui {

class EditableModelDocument;

// Edits the model's sequences: a list on the left, the selected sequence's
// name, schema, type, start, increment, bounds, cache and cycle on the right
// (an empty number field means the server's default). Works on a copy; OK
// applies it as one setSequences undo step (nothing when unchanged).
// GUI thread only.
class SequenceEditorDialog : public QDialog
{
    Q_OBJECT

public:
    SequenceEditorDialog(EditableModelDocument *document, QWidget *parent = nullptr);

    const std::vector<schema::Sequence> &sequences() const { return m_sequences; }
    QListWidget *sequenceList() const { return m_list; }
    QLineEdit *field(const QString &name) const;
    void addSequence();
    void accept() override;

private:
    void showSequence(int row);
    void store();
    int currentSequence() const;

    EditableModelDocument *m_document;
    std::vector<schema::Sequence> m_sequences;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_schema;
    QComboBox *m_type;
    QLineEdit *m_start;
    QLineEdit *m_increment;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QLineEdit *m_cache;
    QCheckBox *m_cycle;
    bool m_loading = false;
};

}  // namespace stratum::ui
