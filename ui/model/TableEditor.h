#pragma once

#include "core/schema/Dialect.h"
#include "core/schema/ModelValidator.h"
#include "core/schema/Table.h"
#include "ui/model/EditableModelDocument.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace stratum::ui {

class SqlEditor;

// Edits one table of an EditableModelDocument: its name, schema and comment,
// and tabs for columns, constraints, indexes and a DDL preview (the CREATE
// TABLE and its indexes as the dialect's DdlCompiler renders them). Every user
// edit is one replaceTable (or replaceTables, when a column rename carries
// into other tables' foreign keys) with an undo text that says what changed;
// the editor redraws from the document on changed() (its own edits, undo,
// redo, edits in the diagram), so it never holds state of its own. Cells with
// a validation problem are tinted (red for errors, amber for warnings) and
// carry the message as their tooltip. New constraints and indexes get their
// names from the model's naming convention (NamingAssistant). GUI thread only.
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    TableEditor(EditableModelDocument *document, schema::Dialect dialect,
                QWidget *parent = nullptr);

    void setTable(const QString &key);
    QString tableKey() const { return m_key; }

    // For tests and the screenshot tour.
    enum Tab { ColumnsTab, ConstraintsTab, IndexesTab, DdlTab };
    void showTab(Tab tab);
    QTableWidget *columnsGrid() const { return m_columns; }
    QTableWidget *constraintsGrid() const { return m_constraints; }
    QTableWidget *indexesGrid() const { return m_indexes; }
    QString ddlText() const;

    // Columns grid columns.
    enum ColumnField {
        ColName,
        ColType,
        ColNullable,
        ColDefault,
        ColPk,
        ColIdentity,
        ColUnique,
        ColComment,
        ColumnFieldCount
    };
    enum ConstraintField {
        CnKind,
        CnName,
        CnColumns,
        CnTable,
        CnRefColumns,
        CnOnDelete,
        CnOnUpdate,
        CnDeferrable,
        CnDeferred,
        ConstraintFieldCount
    };
    enum IndexField { IxName, IxColumns, IxUnique, IxMethod, IxWhere, IndexFieldCount };

public slots:
    void addColumn();
    void removeColumn();
    void moveColumn(int delta);
    void addPrimaryKey();
    void addUniqueConstraint();
    void addCheckConstraint();
    void addForeignKey();
    void removeConstraint();
    void addIndex();
    void removeIndex();

private:
    const schema::Table *current() const;
    void onDocumentChanged(const ModelChange &change);
    void scheduleRefresh();
    void refresh();
    void refreshHeader();
    void refreshColumns(const schema::Table &table);
    void refreshConstraints(const schema::Table &table);
    void refreshIndexes(const schema::Table &table);
    void refreshDdl(const schema::Table &table);
    void applyProblems();

    // Applies `table` (a modified copy of the current one) as one undo step,
    // keeping generated constraint names in step.
    void commit(schema::Table table, const QString &text);
    void renameColumn(int row, const QString &to);
    void onColumnItemChanged(int row, int field);
    void onColumnCheck(int row, int field, bool on);
    void onConstraintItemChanged(int row, int field);
    void onIndexItemChanged(int row, int field);
    QString columnLabel(const QString &column) const;
    int selectedRow(QTableWidget *grid) const;

    QWidget *buildColumnsTab();
    QWidget *buildConstraintsTab();
    QWidget *buildIndexesTab();
    QWidget *checkCell(bool checked, bool enabled, const std::function<void(bool)> &onToggle);

    EditableModelDocument *m_document;
    schema::Dialect m_dialect;
    QString m_key;
    QLineEdit *m_name;
    QLineEdit *m_schema;
    QLineEdit *m_comment;
    QTabWidget *m_tabs;
    QTableWidget *m_columns;
    QTableWidget *m_constraints;
    QTableWidget *m_indexes;
    SqlEditor *m_ddl;
    QToolButton *m_addPk = nullptr;
    std::vector<schema::ModelProblem> m_problems;
    int m_selectRow = -1;  // the columns grid row to make current after the next refresh
    bool m_refreshing = false;
    bool m_refreshQueued = false;
};

}  // namespace stratum::ui
