#pragma once

#include "core/schema/Dialect.h"
#include "core/schema/ModelValidator.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTreeWidget;

namespace stratum::ui {

class EditableModelDocument;

// Lists every problem of the model (validateModel for the dialect) with a
// severity icon, the table, the object and the message, and keeps the list
// current as the document changes. Double click or Enter on a problem emits
// problemActivated(table key, object) so the host can open the table editor
// there. hasBlockingProblems() is what Generate revision and export check.
// GUI thread only.
class ProblemsView : public QWidget
{
    Q_OBJECT

public:
    ProblemsView(EditableModelDocument *document, schema::Dialect dialect,
                 QWidget *parent = nullptr);

    const std::vector<schema::ModelProblem> &problems() const { return m_problems; }
    bool hasBlockingProblems() const;
    void setDialect(schema::Dialect dialect);
    QTreeWidget *list() const { return m_list; }
    // Validates again now (it also does on every document change).
    void revalidate();

signals:
    void problemActivated(const QString &tableKey, const QString &field);
    void problemsChanged();

private:
    EditableModelDocument *m_document;
    schema::Dialect m_dialect;
    QLabel *m_summary;
    QTreeWidget *m_list;
    std::vector<schema::ModelProblem> m_problems;
};

}  // namespace stratum::ui
