#pragma once

#include "core/migrate/RevisionGraph.h"
#include "core/migrate/autogen/SchemaComparer.h"
#include "core/migrate/write/RevisionWriter.h"
#include "core/schema/Dialect.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace stratum::ui {

class SqlEditor;

// The review of an autogenerate run before its revision is written, shared
// by the migration history viewer and the model editor: the operations with
// check boxes (unchecked ones are left out, together with their downgrade
// counterpart), rename choices (renamesChanged asks the owner to compare
// again with the accepted renames and call setResult), the SQL of the checked
// operations for the dialect, and the message. Write renders the operations
// as Alembic Python (OperationRenderer) and writes the revision file
// (RevisionWriter); written() reports it. GUI thread only.
class AutogenerateReviewDialog : public QDialog
{
    Q_OBJECT

public:
    AutogenerateReviewDialog(schema::Dialect dialect, migrate::RevisionGraph graph,
                             migrate::RevisionWriterConfig config, QWidget *parent = nullptr);

    void setResult(const migrate::autogen::AutogenResult &result);
    void setMessage(const QString &message);
    // The accepted renames (RenameCandidate::spec()).
    QStringList acceptedRenames() const;
    // The operations as checked now.
    QList<migrate::Operation> selectedUpgrade() const;
    QList<migrate::Operation> selectedDowngrade() const;
    QString sqlPreview() const;
    QTreeWidget *operationsTree() const { return m_operations; }
    QListWidget *renameList() const { return m_renames; }

    // Writes the revision; the dialog accepts on success.
    Result<migrate::Revision> write();

signals:
    void renamesChanged(const QStringList &specs);
    void written(const stratum::migrate::Revision &revision);

private:
    void updatePreview();

    schema::Dialect m_dialect;
    migrate::RevisionGraph m_graph;  // a copy: the history may be reloaded meanwhile
    migrate::RevisionWriterConfig m_config;
    migrate::autogen::AutogenResult m_result;
    QLineEdit *m_message;
    QTreeWidget *m_operations;
    QListWidget *m_renames;
    QWidget *m_renamePane;
    SqlEditor *m_sql;
    QLabel *m_status;
    QPushButton *m_write;
    bool m_filling = false;
};

}  // namespace stratum::ui
