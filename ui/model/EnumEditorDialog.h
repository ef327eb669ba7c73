#pragma once

#include "core/schema/EnumType.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QListWidget;

namespace stratum::ui {

class EditableModelDocument;

// Edits the model's enum types: a list of enums on the left, the selected
// one's name, schema and ordered labels on the right. Works on a copy; OK
// applies it as one setEnums undo step (nothing when unchanged). Columns that
// use a renamed enum are not retargeted: the validator reports them.
// GUI thread only.
class EnumEditorDialog : public QDialog
{
    Q_OBJECT

public:
    EnumEditorDialog(EditableModelDocument *document, QWidget *parent = nullptr);

    const std::vector<schema::EnumType> &enums() const { return m_enums; }
    QListWidget *enumList() const { return m_list; }
    QListWidget *labelList() const { return m_labels; }
    QLineEdit *nameEdit() const { return m_name; }
    void addEnum();
    void addLabel();
    void accept() override;

private:
    void showEnum(int row);
    void storeLabels();
    int currentEnum() const;

    EditableModelDocument *m_document;
    std::vector<schema::EnumType> m_enums;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_schema;
    QListWidget *m_labels;
    bool m_loading = false;
};

}  // namespace stratum::ui
