#pragma once

#include "core/migrate/Revision.h"
#include "core/migrate/models/ModelsPyWriter.h"
#include "core/schema/Dialect.h"
#include "ui/migrations/MigrationHistory.h"
#include "ui/model/ModelSources.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QToolBar;
class QToolButton;

namespace stratum::ui {

class EditableModelDocument;
class ErDiagramView;
class ProblemsView;
class RevisionGenerator;
class TableEditor;

// The model editor's document tab: a banner naming the source and whether
// Save writes back (with the models.py reader's warnings, expandable), a
// toolbar (save, export, undo/redo, add table, layout, zoom, search, enums,
// sequences, Generate revision), the ER diagram in the centre, the table
// editor beside it following the activated card, and the problems list below.
// Closing it with unsaved edits asks first. GUI thread only.
class ModelEditorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ModelEditorWidget(OpenedModel model, QWidget *parent = nullptr);
    ~ModelEditorWidget() override;

    EditableModelDocument *document() const { return m_document; }
    schema::Dialect dialect() const { return m_dialect; }
    ErDiagramView *diagram() const { return m_diagram; }
    TableEditor *tableEditor() const { return m_editor; }
    ProblemsView *problemsView() const { return m_problems; }
    RevisionGenerator *generator() const { return m_generator; }
    QToolBar *toolBar() const { return m_toolbar; }
    QLabel *banner() const { return m_bannerText; }
    QLabel *statusLabel() const { return m_status; }

    // The Alembic project and database Generate revision compares with.
    void setProject(const MigrationSource &project);
    // "chinook.stratum-model", "models.py (read only)"..., with " *" when modified.
    QString title() const;

    // Save in place (model files), else asks for a model file path.
    bool save();
    // Asks for a path when path is empty.
    bool saveAs(const QString &path = QString());
    bool exportModelsPy(migrate::ModelsPyStyle style, const QString &path = QString());
    bool exportDdl(schema::Dialect dialect, const QString &path = QString());
    bool exportDiagram(bool svg, const QString &path = QString());
    void addTable();
    void generateRevision();
    // Centres the first table whose name starts with (or contains) text.
    bool findTable(const QString &text);
    // Opens the table editor on key (what clicking a card does).
    void editTable(const QString &key);

    // What closing asks when there are unsaved edits; the default shows a
    // QMessageBox (Save, Discard, Cancel). Tests replace it.
    using CloseQuestion = std::function<int(ModelEditorWidget *)>;
    void setCloseQuestion(CloseQuestion question) { m_closeQuestion = std::move(question); }

signals:
    void titleChanged(const QString &title);
    // A revision was written into the project at alembicIni (the shell
    // reloads that project's history viewer).
    void revisionWritten(const QString &alembicIni, const stratum::migrate::Revision &revision);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildBanner();
    void buildToolbar();
    void updateBanner();
    void showStatus(const QString &text, bool error = false);
    QString askPath(const QString &caption, const QString &suggested, const QString &filter);
    QString blockingReason();  // validates first
    QString blockingText() const;

    EditableModelDocument *m_document;
    schema::Dialect m_dialect;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QToolButton *m_warningsToggle = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_save = nullptr;
    QAction *m_generate = nullptr;
    ErDiagramView *m_diagram = nullptr;
    TableEditor *m_editor = nullptr;
    ProblemsView *m_problems = nullptr;
    QSplitter *m_sideSplit = nullptr;
    QSplitter *m_mainSplit = nullptr;
    RevisionGenerator *m_generator = nullptr;
    CloseQuestion m_closeQuestion;
};

}  // namespace stratum::ui
