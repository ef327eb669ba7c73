#include "ui/shell/MigrationTreeFiller.h"

#include "core/engine/Engine.h"
#include "core/migrate/RevisionIterator.h"
#include "core/migrate/ScriptDirectory.h"
#include "ui/common/ThemedIcon.h"
#include "ui/common/WorkerTask.h"
#include "ui/shell/ColumnReader.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/WorkspaceTree.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardItem>
#include <QTreeView>

#include <optional>

namespace stratum::ui {

namespace {

struct RevisionRow
{
    migrate::Revision revision;
    QStringList labels;
    bool head = false;
    bool merge = false;
    bool branchPoint = false;
};

struct Loaded
{
    bool absent = false;  // no alembic.ini there
    std::optional<Error> error;
    QList<RevisionRow> rows;  // newest first
    QStringList heads;
    QStringList current;     // alembic_version rows
    QString currentProblem;  // why current is unknown, if it is
    QString scriptDirectory;
    QStringList fileErrors;
};

// The rows of alembic_version, or an empty list when the table does not exist
// (a database that was never stamped).
Result<QStringList> readCurrent(engine::Engine &engine)
{
    Result<engine::ConnectionHandle> handle = engine.connect(QStringLiteral("migrations tree"));
    if (!handle) {
        return handle.error();
    }
    const bool sqlite = engine.dialectName() == QLatin1String("sqlite");
    Result<QStringList> exists = readFirstColumn(
        handle.value().driver(),
        sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = "
                                "'alembic_version'")
               : QStringLiteral("SELECT to_regclass('alembic_version')::text"));
    if (!exists) {
        return exists.error();
    }
    if (exists.value().isEmpty() || exists.value().constFirst().isNull()) {
        return QStringList();
    }
    return readFirstColumn(handle.value().driver(),
                           QStringLiteral("SELECT version_num FROM alembic_version"));
}

Loaded loadProject(const QString &iniPath, const std::shared_ptr<engine::Engine> &engine,
                   bool optional)
{
    Loaded out;
    if (optional && !QFileInfo::exists(iniPath)) {
        out.absent = true;
        return out;
    }
    Result<migrate::ScriptDirectory::Location> location =
        migrate::ScriptDirectory::locationFromConfig(iniPath, QStringLiteral("alembic"),
                                                     QFileInfo(iniPath).absolutePath());
    if (!location) {
        out.error = location.error();
        return out;
    }
    Result<migrate::ScriptDirectory> dir = migrate::ScriptDirectory::load(location.value());
    if (!dir) {
        out.error = dir.error();
        return out;
    }
    out.scriptDirectory = dir.value().directory();
    for (const Error &e : dir.value().errors()) {
        out.fileErrors << e.toString();
    }
    Result<migrate::RevisionGraph> graph = dir.value().graph();
    if (!graph) {
        out.error = graph.error();
        return out;
    }
    const migrate::RevisionGraph &g = graph.value();
    Result<QList<int>> order = migrate::RevisionIterator(g).walkRevisions();
    if (!order) {
        out.error = order.error();
        return out;
    }
    for (int i : order.value()) {
        if (i < 0) {
            continue;
        }
        out.rows.append(
            {g.revision(i), g.branchLabels(i), g.isHead(i), g.isMergePoint(i), g.isBranchPoint(i)});
    }
    for (int h : g.heads()) {
        out.heads << g.id(h);
    }
    if (engine) {
        Result<QStringList> current = readCurrent(*engine);
        if (current) {
            out.current = current.value();
        } else {
            out.currentProblem = current.error().message;
        }
    }
    return out;
}

// Enough of an id to tell revisions apart and to type on a command line.
QString shortId(const QString &id)
{
    return id.left(8);
}

}  // namespace

MigrationTreeFiller::MigrationTreeFiller(ConnectionController &connections, WorkspaceTree *tree,
                                         MessageLog *log, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_tree(tree)
    , m_log(log)
{}

QStandardItem *MigrationTreeFiller::folderItem(const QString &key) const
{
    return m_folders.value(key, nullptr);
}

void MigrationTreeFiller::reloadAll()
{
    for (const MigrationProject &project : std::as_const(m_projects)) {
        load(project);
    }
}

void MigrationTreeFiller::load(const MigrationProject &project)
{
    if (!m_tree) {
        return;
    }
    m_projects.insert(project.key, project);
    QStandardItem *folder = m_folders.value(project.key);
    if (!folder) {
        folder = m_tree->addItem(m_tree->migrationsSection(), WorkspaceTree::Kind::MigrationsFolder,
                                 QStringLiteral("migrations"), project.title, project.key);
        m_folders.insert(project.key, folder);
    }
    folder->removeRows(0, folder->rowCount());
    QStandardItem *placeholder = m_tree->addItem(folder, WorkspaceTree::Kind::Other,
                                                 QStringLiteral("refresh"), tr("Loading…"));
    placeholder->setEnabled(false);
    m_tree->view()->expand(folder->index());

    const quint64 generation = ++m_nextGeneration;
    m_generation.insert(project.key, generation);
    std::shared_ptr<engine::Engine> engine =
        project.connectionId.isEmpty() ? nullptr : m_connections.engine(project.connectionId);
    const QString ini = project.alembicIni;
    runOnWorker(
        this,
        [ini, engine, optional = project.optional] { return loadProject(ini, engine, optional); },
        [this, project, generation](Loaded result) {
            if (m_generation.value(project.key) != generation || !m_tree) {
                return;
            }
            QStandardItem *folder = m_folders.value(project.key);
            if (result.absent) {
                m_folders.remove(project.key);
                m_projects.remove(project.key);
                folder->parent()->removeRow(folder->row());
                return;
            }
            folder->removeRows(0, folder->rowCount());
            if (result.error) {
                const Error &e = *result.error;
                m_tree->addItem(
                    folder, WorkspaceTree::Kind::Other, QStringLiteral("error"),
                    tr("Could not read the migrations: %1").arg(e.message.section(u'\n', 0, 0)),
                    QString(), {{tr("Error"), e.toString()}});
                if (m_log) {
                    m_log->post(MessageLog::Level::Error,
                                tr("Could not read the migrations of %1: %2")
                                    .arg(project.title, e.toString()),
                                project.title);
                }
                emit failed(project.key, e.message);
                return;
            }
            const WorkspaceConnection *c = m_connections.connection(project.connectionId);
            const QString dbName = c ? c->name : QString();
            QString currentText;
            if (!result.currentProblem.isEmpty()) {
                currentText = tr("unknown (%1)").arg(result.currentProblem);
            } else if (!c) {
                currentText = tr("no connection");
            } else if (result.current.isEmpty()) {
                currentText = tr("base (not stamped)");
            } else {
                QStringList shorts;
                for (const QString &id : result.current) {
                    shorts << shortId(id);
                }
                currentText = shorts.join(QStringLiteral(", "));
            }
            PropertyList folderProps = {
                {tr("Project"), QFileInfo(project.alembicIni).absolutePath()},
                {tr("Scripts"), QDir::toNativeSeparators(result.scriptDirectory)},
                {tr("Revisions"), QString::number(result.rows.size())},
                {tr("Heads"), result.heads.join(QStringLiteral(", "))},
            };
            if (c) {
                folderProps.append({tr("Database"), dbName});
                folderProps.append({tr("Current"), currentText});
            }
            if (!result.fileErrors.isEmpty()) {
                folderProps.append({tr("Unreadable scripts"), result.fileErrors.join(u'\n')});
            }
            QStringList flat;
            for (const auto &[name, value] : folderProps) {
                flat << name << value;
            }
            folder->setData(flat, WorkspaceTree::PropertiesRole);
            folder->setToolTip(
                tr("%n revision(s); database at %1", nullptr, int(result.rows.size()))
                    .arg(currentText));

            for (const RevisionRow &row : std::as_const(result.rows)) {
                const migrate::Revision &r = row.revision;
                const bool isCurrent = result.current.contains(r.id);
                QStringList marks;
                if (row.head) {
                    marks << tr("head");
                }
                if (isCurrent) {
                    marks << tr("current");
                }
                if (row.merge) {
                    marks << tr("merge");
                }
                if (row.branchPoint) {
                    marks << tr("branch point");
                }
                // The message first: it is what people scan for; the id
                // follows, and is complete in Properties and the tooltip.
                QString text = r.message().isEmpty() ? tr("(no message)") : r.message();
                if (!marks.isEmpty()) {
                    text += QStringLiteral("  (%1)").arg(marks.join(QStringLiteral(", ")));
                }
                text += QStringLiteral("  · %1").arg(shortId(r.id));
                PropertyList props = {
                    {tr("Revision"), r.id},
                    {tr("Message"), r.message()},
                    {tr("Revises"), r.downRevisions.isEmpty()
                                        ? tr("(base)")
                                        : r.downRevisions.join(QStringLiteral(", "))},
                };
                if (!row.labels.isEmpty()) {
                    props.append({tr("Branch labels"), row.labels.join(QStringLiteral(", "))});
                }
                if (!r.dependsOn.isEmpty()) {
                    props.append({tr("Depends on"), r.dependsOn.join(QStringLiteral(", "))});
                }
                if (!r.createDate.isEmpty()) {
                    props.append({tr("Created"), r.createDate});
                }
                if (!marks.isEmpty()) {
                    props.append({tr("Marks"), marks.join(QStringLiteral(", "))});
                }
                props.append({tr("File"), QDir::toNativeSeparators(r.path)});
                QStandardItem *item =
                    m_tree->addItem(folder, WorkspaceTree::Kind::Revision,
                                    isCurrent ? QStringLiteral("revision-current")
                                              : (row.head ? QStringLiteral("revision-head")
                                                          : QStringLiteral("revision")),
                                    text, r.id, props);
                item->setToolTip(QStringLiteral("%1\n\n%2")
                                     .arg(r.id, r.docstring.isEmpty() ? r.message() : r.docstring));
                if (isCurrent) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
            }
            m_tree->view()->expand(folder->index());
            emit loaded(project.key, int(result.rows.size()), result.current);
        });
}

}  // namespace stratum::ui
