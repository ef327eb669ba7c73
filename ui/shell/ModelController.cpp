#include "ui/shell/ModelController.h"

#include "core/engine/Engine.h"
#include "core/schema/Inspector.h"
#include "core/schema/ModelFile.h"
#include "ui/common/ThemedIcon.h"
#include "ui/common/WorkerTask.h"
#include "ui/connect/ConnectionStore.h"
#include "ui/migrations/MigrationView.h"
#include "ui/model/ModelEditorWidget.h"
#include "ui/model/ModelSources.h"
#include "ui/shell/ActionRegistry.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/DocumentArea.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/MigrationTreeFiller.h"
#include "ui/shell/ShellActions.h"
#include "ui/shell/WorkspaceTree.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QProgressBar>
#include <QStandardItem>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>

namespace stratum::ui {

ModelController::ModelController(MainWindow &window, ConnectionController &connections,
                                 MigrationTreeFiller &migrations, ConnectionStore &store,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_connections(connections)
    , m_migrations(migrations)
    , m_store(store)
{
    connect(window.actions().implement(ActionId::OpenModel), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            &m_window, tr("Open Model"), QString(),
            tr("Models (*.%1 *.py);;Stratum model (*.%1);;SQLAlchemy models (*.py)")
                .arg(QLatin1String(schema::ModelFile::kSuffix)));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(window.actions().implement(ActionId::ModelEditor), &QAction::triggered, this, [this] {
        if (m_connections.currentId().isEmpty())
            fail(tr("Select a connection first, or use File ▸ Open Model… for a file."));
        else
            openDatabase(m_connections.currentId());
    });
    connect(window.actions().implement(ActionId::GenerateRevision), &QAction::triggered, this,
            [this] {
                if (auto *editor =
                        qobject_cast<ModelEditorWidget *>(m_window.documents()->currentDocument()))
                    editor->generateRevision();
                else
                    fail(tr("Generate Revision works on a model: open one first (Tools ▸ Model "
                            "Editor)."));
            });
    QTreeView *view = window.workspace()->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &ModelController::showTreeMenu);
}

void ModelController::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_window.workspace()->view()->indexAt(position);
    if (!index.isValid())
        return;
    const auto kind = index.data(WorkspaceTree::KindRole).value<WorkspaceTree::Kind>();
    const QString key = index.data(WorkspaceTree::KeyRole).toString();
    QMenu menu;
    if (kind == WorkspaceTree::Kind::Connection) {
        connect(
            menu.addAction(ThemedIcon::icon(QStringLiteral("model")), tr("Model from Database")),
            &QAction::triggered, this, [this, key] { openDatabase(key); });
    } else if (kind == WorkspaceTree::Kind::Revision ||
               kind == WorkspaceTree::Kind::MigrationsFolder) {
        const QString folder = kind == WorkspaceTree::Kind::Revision
                                   ? index.parent().data(WorkspaceTree::KeyRole).toString()
                                   : key;
        const QString ini = m_migrations.project(folder).alembicIni;
        if (ini.isEmpty())
            return;
        const QString revision =
            kind == WorkspaceTree::Kind::Revision ? key : QStringLiteral("head");
        connect(menu.addAction(ThemedIcon::icon(QStringLiteral("model")),
                               kind == WorkspaceTree::Kind::Revision ? tr("Model at This Revision")
                                                                     : tr("Model at Head")),
                &QAction::triggered, this, [this, ini, revision] { openRevision(ini, revision); });
    }
    if (!menu.isEmpty())
        menu.exec(m_window.workspace()->view()->viewport()->mapToGlobal(position));
}

schema::Dialect ModelController::currentDialect() const
{
    // A file has no dialect of its own: the current connection's, else PostgreSQL.
    const WorkspaceConnection *c = m_connections.connection(m_connections.currentId());
    return c && c->url.dialect() == QLatin1String("sqlite") ? schema::Dialect::SQLite
                                                            : schema::Dialect::PostgreSQL;
}

MigrationSource ModelController::projectFor(const QString &alembicIni,
                                            const QString &connectionId) const
{
    MigrationSource project;
    QString id = connectionId;
    if (id.isEmpty()) {
        // The connection whose project this is, if one is open.
        for (const QString &candidate : m_connections.ids()) {
            const WorkspaceConnection *c = m_connections.connection(candidate);
            if (c && !alembicIni.isEmpty() &&
                QFileInfo(c->alembicIni).absoluteFilePath() ==
                    QFileInfo(alembicIni).absoluteFilePath())
                id = candidate;
        }
    }
    const WorkspaceConnection *c = m_connections.connection(id);
    project.iniPath = alembicIni.isEmpty() && c ? c->alembicIni : alembicIni;
    if (c) {
        project.title = tr("%1 migrations").arg(c->name);
        project.url = c->url.toString(false);
        project.profile = m_store.connection(c->id);
    }
    return project;
}

void ModelController::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString key = QStringLiteral("model:") + absolute;
    if (QWidget *open = m_window.documents()->findDocument(key)) {
        m_window.documents()->tabs()->setCurrentWidget(open);
        return;
    }
    const schema::Dialect dialect = currentDialect();
    const MigrationSource project = projectFor(QString(), m_connections.currentId());
    runOnWorker(
        this,
        [absolute, dialect]() -> Result<OpenedModel> {
            if (absolute.endsWith(QLatin1String(".py")))
                return ModelSources::openModelsPy(absolute, dialect);
            return ModelSources::openModelFile(absolute, dialect);
        },
        [this, key, project](Result<OpenedModel> opened) {
            if (!opened)
                return fail(opened.error().toString());
            add(std::move(opened.value()), key, project);
        });
}

void ModelController::openDatabase(const QString &connectionId)
{
    const WorkspaceConnection *c = m_connections.connection(connectionId);
    if (!c)
        return;
    const QString key = QStringLiteral("model-db:") + connectionId;
    if (QWidget *open = m_window.documents()->findDocument(key)) {
        m_window.documents()->tabs()->setCurrentWidget(open);
        return;
    }
    std::shared_ptr<engine::Engine> engine = m_connections.engine(connectionId);
    if (!engine)
        return;
    const MigrationSource project = projectFor(c->alembicIni, connectionId);
    auto *loader = new DatabaseModelLoader(this);
    auto *progress = new QProgressBar(m_window.statusBar());
    progress->setMaximumWidth(160);
    progress->setMaximumHeight(14);
    progress->setTextVisible(false);
    auto *cancel = new QToolButton(m_window.statusBar());
    cancel->setText(tr("Cancel"));
    cancel->setAutoRaise(true);
    m_window.statusBar()->addWidget(progress);
    m_window.statusBar()->addWidget(cancel);
    const QString name = c->name;
    m_window.statusBar()->showMessage(tr("Reading the model of %1…").arg(name));
    connect(cancel, &QToolButton::clicked, loader, &DatabaseModelLoader::cancel);
    connect(loader, &DatabaseModelLoader::progress, progress,
            [progress](int step, int steps, const QString &) {
                progress->setRange(0, steps);
                progress->setValue(step);
            });
    const auto finish = [this, loader, progress, cancel] {
        m_window.statusBar()->clearMessage();
        progress->deleteLater();
        cancel->deleteLater();
        loader->deleteLater();
    };
    connect(loader, &DatabaseModelLoader::loaded, this, [this, loader, key, project, finish] {
        add(loader->result(), key, project);
        finish();
    });
    connect(loader, &DatabaseModelLoader::failed, this, [this, finish](const QString &message) {
        fail(message);
        finish();
    });
    loader->start(engine, name, c->alembicIni);
}

void ModelController::openRevision(const QString &alembicIni, const QString &revision)
{
    const QString key = QStringLiteral("model-rev:%1@%2").arg(alembicIni, revision);
    if (QWidget *open = m_window.documents()->findDocument(key)) {
        m_window.documents()->tabs()->setCurrentWidget(open);
        return;
    }
    const MigrationSource project = projectFor(alembicIni, QString());
    schema::Dialect dialect = schema::Dialect::PostgreSQL;
    for (const QString &id : m_connections.ids()) {
        const WorkspaceConnection *c = m_connections.connection(id);
        if (c &&
            QFileInfo(c->alembicIni).absoluteFilePath() == QFileInfo(alembicIni).absoluteFilePath())
            dialect = c->url.dialect() == QLatin1String("sqlite") ? schema::Dialect::SQLite
                                                                  : schema::Dialect::PostgreSQL;
    }
    runOnWorker(
        this,
        [alembicIni, revision, dialect] {
            return ModelSources::openRevision(alembicIni, revision, dialect);
        },
        [this, key, project](Result<OpenedModel> opened) {
            if (!opened)
                return fail(opened.error().toString());
            add(std::move(opened.value()), key, project);
        });
}

void ModelController::add(OpenedModel model, const QString &key, const MigrationSource &project)
{
    auto *editor = new ModelEditorWidget(std::move(model));
    if (!project.iniPath.isEmpty())
        editor->setProject(project);
    DocumentArea *documents = m_window.documents();
    const int tab = documents->addDocument(editor, ThemedIcon::icon(QStringLiteral("model")),
                                           editor->title(), key);
    documents->tabs()->setCurrentIndex(tab);
    connect(
        editor, &ModelEditorWidget::titleChanged, documents,
        [documents, editor](const QString &title) { documents->setDocumentTitle(editor, title); });
    connect(editor, &ModelEditorWidget::revisionWritten, this, [this](const QString &ini) {
        // The history viewer of that project shows the new pending head.
        QTabWidget *tabs = m_window.documents()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            auto *view = qobject_cast<MigrationView *>(tabs->widget(i));
            if (view && view->history() &&
                QFileInfo(view->history()->source().iniPath).absoluteFilePath() ==
                    QFileInfo(ini).absoluteFilePath())
                view->reload();
        }
        m_migrations.reloadAll();
    });
    emit documentOpened(editor);
}

void ModelController::fail(const QString &message)
{
    m_window.messages()->post(MessageLog::Level::Error, message, tr("Model"));
    emit openFailed(message);
}

}  // namespace stratum::ui
