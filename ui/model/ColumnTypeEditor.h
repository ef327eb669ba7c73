#pragma once

#include "core/schema/ColumnType.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace stratum::ui {

// Edits one column type in one row: a combo of the dialect's types, then only
// the parameters that type takes (length; precision and scale; time zone; the
// enum; verbatim SQL for any other type) and an array toggle. Emits
// typeEdited() once per user change, never for setType(). GUI thread only.
class ColumnTypeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnTypeEditor(schema::Dialect dialect, QWidget *parent = nullptr);

    // The enums the Enum type offers.
    void setEnums(const std::vector<schema::EnumType> &enums);
    void setType(const schema::ColumnType &type);
    schema::ColumnType type() const;

    // The dialect's name for a kind, as the combo shows it ("varchar", "INTEGER").
    static QString kindLabel(schema::TypeKind kind, schema::Dialect dialect);
    QComboBox *kindCombo() const { return m_kind; }
    QSpinBox *lengthSpin() const { return m_length; }

signals:
    void typeEdited();

private:
    void updateVisibility();
    void selectKind(schema::TypeKind kind);
    void emitEdited();

    schema::Dialect m_dialect;
    schema::ColumnType m_type;  // keeps fields the editor has no control for
    QComboBox *m_kind;
    QSpinBox *m_length;
    QSpinBox *m_scale;
    QCheckBox *m_timezone;
    QComboBox *m_enum;
    QLineEdit *m_verbatim;
    QCheckBox *m_array;
    bool m_setting = false;
};

}  // namespace stratum::ui
