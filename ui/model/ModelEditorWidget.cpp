#include "ui/model/ModelEditorWidget.h"

#include "core/schema/ModelFile.h"
#include "core/schema/ModelValidator.h"
#include "ui/common/ThemedIcon.h"
#include "ui/migrations/AutogenerateReviewDialog.h"
#include "ui/model/DiagramExporter.h"
#include "ui/model/EditableModelDocument.h"
#include "ui/model/EnumEditorDialog.h"
#include "ui/model/ErDiagramView.h"
#include "ui/model/ModelExport.h"
#include "ui/model/ProblemsView.h"
#include "ui/model/RevisionGenerator.h"
#include "ui/model/SequenceEditorDialog.h"
#include "ui/model/TableEditor.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stratum::ui {

ModelEditorWidget::ModelEditorWidget(OpenedModel model, QWidget *parent)
    : QWidget(parent)
    , m_document(
          new EditableModelDocument(std::move(model.document), std::move(model.source), this))
    , m_dialect(model.dialect)
{
    setObjectName(QStringLiteral("modelEditor"));
    m_generator = new RevisionGenerator(m_document, this);
    m_generator->setBlocker([this] { return blockingReason(); });

    m_diagram = new ErDiagramView(m_document);
    m_editor = new TableEditor(m_document, m_dialect);
    m_problems = new ProblemsView(m_document, m_dialect);
    m_editor->setMinimumWidth(360);

    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("modelToolbar"));
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buildToolbar();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("modelStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(10, 4, 10, 4);
    m_status->hide();

    m_sideSplit = new QSplitter(Qt::Horizontal);
    m_sideSplit->addWidget(m_diagram);
    m_sideSplit->addWidget(m_editor);
    m_sideSplit->setStretchFactor(0, 3);
    m_sideSplit->setStretchFactor(1, 2);
    m_sideSplit->setChildrenCollapsible(false);
    m_mainSplit = new QSplitter(Qt::Vertical);
    m_mainSplit->addWidget(m_sideSplit);
    m_mainSplit->addWidget(m_problems);
    m_mainSplit->setStretchFactor(0, 5);
    m_mainSplit->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildBanner());
    layout->addWidget(m_toolbar);
    layout->addWidget(m_status);
    layout->addWidget(m_mainSplit, 1);

    connect(m_diagram, &ErDiagramView::tableActivated, this, &ModelEditorWidget::editTable);
    connect(m_diagram, &ErDiagramView::selectionChanged, this, [this](const QStringList &keys) {
        if (keys.size() == 1)
            m_editor->setTable(keys.first());
    });
    connect(m_problems, &ProblemsView::problemActivated, this,
            [this](const QString &table, const QString &) {
                if (!table.isEmpty()) {
                    m_diagram->centerOnTable(table);
                    editTable(table);
                }
            });
    connect(m_problems, &ProblemsView::problemsChanged, this, [this] {
        const QString blocked = blockingText();
        m_generate->setToolTip(blocked.isEmpty()
                                   ? tr("Compare the model with the database and review the "
                                        "revision that makes them equal")
                                   : blocked);
    });
    connect(m_document, &EditableModelDocument::modifiedChanged, this,
            [this] { emit titleChanged(title()); });
    connect(m_document, &EditableModelDocument::sourceChanged, this, [this] {
        updateBanner();
        emit titleChanged(title());
    });
    connect(m_generator, &RevisionGenerator::progress, this,
            [this](const QString &what) { showStatus(what); });
    connect(m_generator, &RevisionGenerator::failed, this,
            [this](const QString &why) { showStatus(why, true); });
    connect(m_generator, &RevisionGenerator::reviewShown, this, [this] { m_status->hide(); });
    connect(m_generator, &RevisionGenerator::revisionWritten, this,
            [this](const QString &ini, const migrate::Revision &revision) {
                showStatus(tr("Wrote revision %1 to %2.")
                               .arg(revision.id, QDir::toNativeSeparators(revision.path)));
                emit revisionWritten(ini, revision);
            });
    updateBanner();
    if (!m_document->metadata().tables.empty())
        m_editor->setTable(EditableModelDocument::keyOf(m_document->metadata().tables.front()));
}

ModelEditorWidget::~ModelEditorWidget() = default;

QWidget *ModelEditorWidget::buildBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("modelBanner"));
    banner->setAutoFillBackground(true);
    QPalette p = banner->palette();
    p.setColor(QPalette::Window, p.color(QPalette::AlternateBase));
    banner->setPalette(p);
    auto *outer = new QVBoxLayout(banner);
    outer->setContentsMargins(10, 6, 10, 6);
    outer->setSpacing(4);
    auto *row = new QHBoxLayout;
    m_bannerIcon = new QLabel(banner);
    m_bannerText = new QLabel(banner);
    m_bannerText->setObjectName(QStringLiteral("modelBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningsToggle = new QToolButton(banner);
    m_warningsToggle->setObjectName(QStringLiteral("modelWarningsToggle"));
    m_warningsToggle->setCheckable(true);
    m_warningsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_warningsToggle->setIcon(ThemedIcon::icon(QStringLiteral("warning")));
    row->addWidget(m_bannerIcon);
    row->addWidget(m_bannerText, 1);
    row->addWidget(m_warningsToggle);
    outer->addLayout(row);
    m_warnings = new QListWidget(banner);
    m_warnings->setObjectName(QStringLiteral("modelWarnings"));
    m_warnings->setMaximumHeight(110);
    m_warnings->hide();
    outer->addWidget(m_warnings);
    connect(m_warningsToggle, &QToolButton::toggled, m_warnings, &QWidget::setVisible);
    return banner;
}

void ModelEditorWidget::updateBanner()
{
    const ModelSource &source = m_document->source();
    const bool writable = source.savesInPlace();
    m_bannerIcon->setPixmap(
        ThemedIcon::icon(writable ? QStringLiteral("model") : QStringLiteral("info"))
            .pixmap(16, 16));
    m_bannerText->setText(ModelSources::description(source));
    m_warnings->clear();
    m_warnings->addItems(source.warnings);
    m_warningsToggle->setVisible(!source.warnings.isEmpty());
    m_warningsToggle->setText(
        source.kind == ModelSource::Kind::ModelsPy
            ? tr("%n line(s) not interpreted", nullptr, int(source.warnings.size()))
            : tr("%n note(s)", nullptr, int(source.warnings.size())));
    if (m_save) {
        m_save->setToolTip(writable ? tr("Write the model file in place")
                                    : tr("This source is read only: Save writes a new model file"));
    }
}

void ModelEditorWidget::buildToolbar()
{
    QToolBar *bar = m_toolbar;
    const auto add = [bar](const QString &icon, const QString &text, const QString &tip) {
        QAction *a =
            icon.isEmpty() ? bar->addAction(text) : bar->addAction(ThemedIcon::icon(icon), text);
        a->setToolTip(tip);
        return a;
    };
    m_save = add({}, tr("Save"), {});
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    QAction *saveAsAction = add(
        {}, tr("Save As…"), tr("Write the model, with its layout, to a new Stratum model file"));
    connect(saveAsAction, &QAction::triggered, this, [this] { saveAs(); });

    auto *exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(exportButton);
    connect(menu->addAction(tr("models.py (SQLAlchemy 2.0, typed)…")), &QAction::triggered, this,
            [this] { exportModelsPy(migrate::ModelsPyStyle::Typed); });
    connect(menu->addAction(tr("models.py (classic Column, SQLAlchemy 1.4)…")), &QAction::triggered,
            this, [this] { exportModelsPy(migrate::ModelsPyStyle::Classic); });
    menu->addSeparator();
    connect(menu->addAction(tr("DDL for PostgreSQL…")), &QAction::triggered, this,
            [this] { exportDdl(schema::Dialect::PostgreSQL); });
    connect(menu->addAction(tr("DDL for SQLite…")), &QAction::triggered, this,
            [this] { exportDdl(schema::Dialect::SQLite); });
    menu->addSeparator();
    connect(menu->addAction(tr("Diagram as PNG…")), &QAction::triggered, this,
            [this] { exportDiagram(false); });
    connect(menu->addAction(tr("Diagram as SVG…")), &QAction::triggered, this,
            [this] { exportDiagram(true); });
    exportButton->setMenu(menu);
    bar->addWidget(exportButton);
    bar->addSeparator();

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setIcon(ThemedIcon::icon(QStringLiteral("undo")));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setIcon(ThemedIcon::icon(QStringLiteral("redo")));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();

    connect(add(QStringLiteral("table"), tr("Add Table"), tr("Add a table to the model")),
            &QAction::triggered, this, &ModelEditorWidget::addTable);
    connect(add(QStringLiteral("layout"), tr("Auto Layout"),
                tr("Arrange the tables in layers that follow the foreign keys")),
            &QAction::triggered, this, [this] { m_diagram->autoLayout(); });
    connect(add({}, tr("Fit"), tr("Show the whole diagram")), &QAction::triggered, this,
            [this] { m_diagram->fitAll(); });
    connect(add({}, QStringLiteral("−"), tr("Zoom out")), &QAction::triggered, this,
            [this] { m_diagram->zoomBy(1 / 1.25); });
    connect(add({}, QStringLiteral("+"), tr("Zoom in")), &QAction::triggered, this,
            [this] { m_diagram->zoomBy(1.25); });

    m_search = m_diagram->createSearchField(bar);
    m_search->setObjectName(QStringLiteral("modelSearch"));
    m_search->setMaximumWidth(220);
    // The view centres the table; the editor follows it.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QString key = m_diagram->findTable(m_search->text());
        if (!key.isEmpty())
            editTable(key);
    });
    bar->addWidget(m_search);
    bar->addSeparator();

    connect(add({}, tr("Enums…"), tr("Edit the model's enum types")), &QAction::triggered, this,
            [this] {
                auto *dialog = new EnumEditorDialog(m_document, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(add({}, tr("Sequences…"), tr("Edit the model's sequences")), &QAction::triggered, this,
            [this] {
                auto *dialog = new SequenceEditorDialog(m_document, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_generate = add(QStringLiteral("upgrade"), tr("Generate Revision…"),
                     tr("Compare the model with the database and review the revision that "
                        "makes them equal"));
    m_generate->setObjectName(QStringLiteral("generateRevision"));
    connect(m_generate, &QAction::triggered, this, &ModelEditorWidget::generateRevision);
}

void ModelEditorWidget::setProject(const MigrationSource &project)
{
    m_generator->setProject(project);
}

QString ModelEditorWidget::title() const
{
    const QString base = ModelSources::title(m_document->source());
    return m_document->isModified() ? base + QStringLiteral(" *") : base;
}

void ModelEditorWidget::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_status->setPalette(p);
    m_status->setVisible(!text.isEmpty());
}

QString ModelEditorWidget::askPath(const QString &caption, const QString &suggested,
                                   const QString &filter)
{
    return QFileDialog::getSaveFileName(this, caption, suggested, filter);
}

bool ModelEditorWidget::save()
{
    if (!m_document->source().savesInPlace())
        return saveAs();
    Status saved = ModelExport::save(*m_document);
    if (!saved) {
        showStatus(saved.error().toString(), true);
        return false;
    }
    showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(m_document->source().location)));
    return true;
}

bool ModelEditorWidget::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const ModelSource &source = m_document->source();
        QString suggested = source.kind == ModelSource::Kind::ModelFile ||
                                    source.kind == ModelSource::Kind::ModelsPy
                                ? QFileInfo(source.location).absolutePath()
                                : QDir::homePath();
        suggested += QStringLiteral("/model.") + QLatin1String(schema::ModelFile::kSuffix);
        target = askPath(tr("Save as model file"), suggested,
                         tr("Stratum model (*.%1)").arg(QLatin1String(schema::ModelFile::kSuffix)));
        if (target.isEmpty())
            return false;
    }
    Status saved = ModelExport::saveAs(*m_document, target);
    if (!saved) {
        showStatus(saved.error().toString(), true);
        return false;
    }
    showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(m_document->source().location)));
    return true;
}

bool ModelEditorWidget::exportModelsPy(migrate::ModelsPyStyle style, const QString &path)
{
    const QString target = path.isEmpty() ? askPath(tr("Export models.py"),
                                                    QDir::homePath() + QStringLiteral("/models.py"),
                                                    tr("Python (*.py)"))
                                          : path;
    if (target.isEmpty())
        return false;
    Status written = ModelExport::exportModelsPy(m_document->metadata(), style, target);
    showStatus(written ? tr("Exported %1.").arg(QDir::toNativeSeparators(target))
                       : written.error().toString(),
               !written);
    return bool(written);
}

bool ModelEditorWidget::exportDdl(schema::Dialect dialect, const QString &path)
{
    const QString suggested = QDir::homePath() + (dialect == schema::Dialect::PostgreSQL
                                                      ? QStringLiteral("/schema.postgresql.sql")
                                                      : QStringLiteral("/schema.sqlite.sql"));
    const QString target =
        path.isEmpty() ? askPath(tr("Export DDL"), suggested, tr("SQL (*.sql)")) : path;
    if (target.isEmpty())
        return false;
    Status written = ModelExport::exportDdl(m_document->metadata(), dialect, target);
    showStatus(written ? tr("Exported %1.").arg(QDir::toNativeSeparators(target))
                       : written.error().toString(),
               !written);
    return bool(written);
}

bool ModelEditorWidget::exportDiagram(bool svg, const QString &path)
{
    const QString target = path.isEmpty()
                               ? askPath(tr("Export diagram"),
                                         QDir::homePath() + (svg ? QStringLiteral("/diagram.svg")
                                                                 : QStringLiteral("/diagram.png")),
                                         svg ? tr("SVG (*.svg)") : tr("PNG (*.png)"))
                               : path;
    if (target.isEmpty())
        return false;
    Status written = svg ? DiagramExporter::writeSvg(m_diagram, target)
                         : DiagramExporter::writePng(m_diagram, target);
    showStatus(written ? tr("Exported %1.").arg(QDir::toNativeSeparators(target))
                       : written.error().toString(),
               !written);
    return bool(written);
}

void ModelEditorWidget::addTable()
{
    QString name;
    for (int i = 1;; ++i) {
        name = QStringLiteral("table_%1").arg(i);
        if (!m_document->table(name))
            break;
    }
    schema::Table table;
    table.name = name;
    schema::Column id;
    id.name = QStringLiteral("id");
    id.type = schema::ColumnType::integer();
    id.nullable = false;
    table.columns.push_back(id);
    table.primaryKey.columns = QStringList{id.name};
    const QPointF centre = m_diagram->mapToScene(m_diagram->viewport()->rect().center());
    m_document->addTable(table, centre.x(), centre.y(), tr("Add table %1").arg(name));
    m_diagram->centerOnTable(name);
    editTable(name);
}

void ModelEditorWidget::editTable(const QString &key)
{
    if (!m_document->table(key))
        return;
    m_editor->setTable(key);
    m_editor->show();
}

bool ModelEditorWidget::findTable(const QString &text)
{
    const QString found = m_diagram->findTable(text.trimmed());
    if (found.isEmpty()) {
        showStatus(tr("No table matches \"%1\".").arg(text.trimmed()), true);
        return false;
    }
    m_status->hide();
    m_diagram->centerOnTable(found);
    editTable(found);
    return true;
}

QString ModelEditorWidget::blockingReason()
{
    m_problems->revalidate();  // the list may be waiting to catch up with the last edit
    return blockingText();
}

QString ModelEditorWidget::blockingText() const
{
    if (!m_problems->hasBlockingProblems())
        return {};
    int count = 0;
    QString first;
    for (const schema::ModelProblem &p : m_problems->problems()) {
        if (!p.blocksGeneration)
            continue;
        if (count++ == 0)
            first = p.table.isEmpty() ? p.message : p.table + QStringLiteral(": ") + p.message;
    }
    return tr("Generate revision is blocked by %n problem(s) in the model; fix them first. "
              "The first: %1",
              nullptr, count)
        .arg(first);
}

void ModelEditorWidget::generateRevision()
{
    m_generator->generate();
}

void ModelEditorWidget::closeEvent(QCloseEvent *event)
{
    if (!m_document->isModified()) {
        event->accept();
        return;
    }
    int answer = QMessageBox::Cancel;
    if (m_closeQuestion) {
        answer = m_closeQuestion(this);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Unsaved model"),
                        tr("%1 has unsaved edits.").arg(ModelSources::title(m_document->source())),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(m_document->source().savesInPlace()
                                   ? tr("Save them to the model file?")
                                   : tr("This source is read only: Save writes a new model "
                                        "file."));
        box.setDefaultButton(QMessageBox::Save);
        answer = box.exec();
    }
    if (answer == QMessageBox::Discard || (answer == QMessageBox::Save && save())) {
        event->accept();
        return;
    }
    event->ignore();
}

}  // namespace stratum::ui
