#include "ui/shell/SchemaTreeFiller.h"

#include "core/engine/Engine.h"
#include "core/schema/Inspector.h"
#include "core/schema/TypeCompiler.h"
#include "ui/common/ThemedIcon.h"
#include "ui/common/WorkerTask.h"
#include "ui/shell/ColumnReader.h"
#include "ui/shell/ConnectionController.h"
#include "ui/shell/MessageLog.h"
#include "ui/shell/WorkspaceTree.h"

#include <QElapsedTimer>
#include <QMap>
#include <QStandardItem>
#include <QTreeView>

#include <optional>

namespace stratum::ui {

namespace {

// What the worker hands back: everything the tree shows, as values.
struct Reflected
{
    std::optional<Error> error;
    QString serverVersion;
    schema::MetaData metadata;
    QStringList schemaOrder;  // schemas to show, in order (also empty ones)
    bool sqlite = false;
    int queries = 0;
    qint64 milliseconds = 0;
};

Reflected reflect(const std::shared_ptr<engine::Engine> &engine)
{
    Reflected out;
    QElapsedTimer timer;
    timer.start();
    Result<schema::Dialect> dialect = schema::Inspector::dialectForDriver(engine->dialectName());
    if (!dialect) {
        out.error = dialect.error();
        return out;
    }
    out.sqlite = dialect.value() == schema::Dialect::SQLite;
    Result<engine::ConnectionHandle> handle = engine->connect(QStringLiteral("workspace tree"));
    if (!handle) {
        out.error = handle.error();
        return out;
    }
    engine::DriverConnection &connection = handle.value().driver();
    out.serverVersion = (out.sqlite ? QStringLiteral("SQLite %1") : QStringLiteral("PostgreSQL %1"))
                            .arg(connection.serverVersion());

    QStringList schemas = {QString()};
    if (!out.sqlite) {
        // Every user schema, so that a database organised in schemas shows all
        // of them, not only the search path's first.
        Result<QStringList> names = readFirstColumn(
            connection, QStringLiteral("SELECT nspname FROM pg_catalog.pg_namespace "
                                       "WHERE nspname NOT LIKE 'pg\\_%' "
                                       "AND nspname <> 'information_schema' ORDER BY nspname"));
        if (!names) {
            out.error = names.error();
            return out;
        }
        schemas = names.value();
    }
    schema::Inspector inspector(connection, dialect.value());
    Result<schema::Reflection> reflection = inspector.reflect(schemas);
    handle.value().release();
    if (!reflection) {
        out.error = reflection.error();
        return out;
    }
    out.metadata = std::move(reflection.value().metadata);
    out.queries = reflection.value().queries;
    out.schemaOrder = out.sqlite ? QStringList{QString()} : schemas;
    out.milliseconds = timer.elapsed();
    return out;
}

QString foreignKeyText(const schema::ForeignKey &fk)
{
    const QString target = fk.referredSchema.isEmpty()
                               ? fk.referredTable
                               : fk.referredSchema + u'.' + fk.referredTable;
    return QStringLiteral("(%1) → %2(%3)")
        .arg(fk.columns.join(QStringLiteral(", ")), target,
             fk.referredColumns.join(QStringLiteral(", ")));
}

}  // namespace

SchemaTreeFiller::SchemaTreeFiller(ConnectionController &connections, WorkspaceTree *tree,
                                   MessageLog *log, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_tree(tree)
    , m_log(log)
{}

bool SchemaTreeFiller::isLoading(const QString &connectionId) const
{
    return m_loading.value(connectionId, false);
}

QStringList SchemaTreeFiller::loadedConnections() const
{
    return m_generation.keys();
}

void SchemaTreeFiller::load(const QString &connectionId)
{
    QStandardItem *item = m_connections.item(connectionId);
    std::shared_ptr<engine::Engine> engine = m_connections.engine(connectionId);
    if (!item || !engine) {
        return;
    }
    const quint64 generation = ++m_nextGeneration;
    m_generation.insert(connectionId, generation);
    m_loading.insert(connectionId, true);

    item->removeRows(0, item->rowCount());
    QStandardItem *placeholder = m_tree->addItem(item, WorkspaceTree::Kind::Other,
                                                 QStringLiteral("refresh"), tr("Loading…"));
    placeholder->setEnabled(false);
    m_tree->view()->expand(item->index());

    runOnWorker(
        this, [engine] { return reflect(engine); },
        [this, connectionId, generation](Reflected result) {
            if (m_generation.value(connectionId) != generation) {
                return;  // superseded by a newer load
            }
            m_loading.insert(connectionId, false);
            QStandardItem *item = m_connections.item(connectionId);
            const WorkspaceConnection *c = m_connections.connection(connectionId);
            if (!item || !c || !m_tree) {
                return;
            }
            item->removeRows(0, item->rowCount());
            if (result.error) {
                const Error &e = *result.error;
                QStandardItem *row =
                    m_tree->addItem(item, WorkspaceTree::Kind::Other, QStringLiteral("error"),
                                    tr("Could not load: %1").arg(e.message.section(u'\n', 0, 0)),
                                    QString(), {{tr("Error"), e.message}, {tr("Hint"), e.hint}});
                row->setToolTip(e.message);
                if (m_log) {
                    m_log->post(MessageLog::Level::Error,
                                tr("Could not read the schema of %1: %2").arg(c->name, e.message),
                                c->name, e.hint);
                }
                emit failed(connectionId, e.message);
                return;
            }
            m_connections.setServerVersion(connectionId, result.serverVersion);
            fill(item, result.metadata, result.sqlite, result.schemaOrder);
            const int tables = int(result.metadata.tables.size());
            if (m_log) {
                m_log->post(MessageLog::Level::Success,
                            tr("%1: %n table(s) reflected in %2 ms with %3 catalogue queries (%4).",
                               nullptr, tables)
                                .arg(c->name)
                                .arg(result.milliseconds)
                                .arg(result.queries)
                                .arg(result.serverVersion),
                            c->name);
            }
            emit loaded(connectionId, tables);
        });
}

void SchemaTreeFiller::fill(QStandardItem *connectionItem, const schema::MetaData &metadata,
                            bool sqlite, const QStringList &schemaOrder)
{
    const schema::TypeCompiler types(sqlite ? schema::Dialect::SQLite
                                            : schema::Dialect::PostgreSQL);
    QMap<QString, QList<const schema::Table *>> tablesBySchema;
    QMap<QString, QList<const schema::View *>> viewsBySchema;
    for (const schema::Table &t : metadata.tables) {
        tablesBySchema[t.schema].append(&t);
    }
    for (const schema::View &v : metadata.views) {
        viewsBySchema[v.schema].append(&v);
    }
    QStringList order = schemaOrder;
    for (const QString &s : tablesBySchema.keys() + viewsBySchema.keys()) {
        if (!order.contains(s)) {
            order.append(s);
        }
    }

    for (const QString &schemaName : order) {
        const auto &tables = tablesBySchema.value(schemaName);
        const auto &views = viewsBySchema.value(schemaName);
        const QString shown = schemaName.isEmpty() ? QStringLiteral("main") : schemaName;
        QStandardItem *schemaItem = m_tree->addItem(connectionItem, WorkspaceTree::Kind::Schema,
                                                    QStringLiteral("schema"), shown, shown,
                                                    {{tr("Schema"), shown},
                                                     {tr("Tables"), QString::number(tables.size())},
                                                     {tr("Views"), QString::number(views.size())}});
        for (const schema::Table *t : tables) {
            QStringList fks;
            for (const schema::ForeignKey &fk : t->foreignKeys) {
                fks << foreignKeyText(fk);
            }
            QStringList indexes;
            for (const schema::Index &i : t->indexes) {
                indexes << (i.unique ? tr("%1 (unique)").arg(i.name) : i.name);
            }
            PropertyList props = {
                {tr("Table"), t->displayName()},
                {tr("Columns"), QString::number(t->columns.size())},
                {tr("Primary key"), t->primaryKey.columns.isEmpty()
                                        ? tr("none")
                                        : t->primaryKey.columns.join(QStringLiteral(", "))},
            };
            if (!fks.isEmpty()) {
                props.append({tr("Foreign keys"), fks.join(u'\n')});
            }
            if (!indexes.isEmpty()) {
                props.append({tr("Indexes"), indexes.join(u'\n')});
            }
            if (!t->uniqueConstraints.empty()) {
                props.append(
                    {tr("Unique constraints"), QString::number(t->uniqueConstraints.size())});
            }
            if (!t->checkConstraints.empty()) {
                props.append(
                    {tr("Check constraints"), QString::number(t->checkConstraints.size())});
            }
            if (!t->comment.isEmpty()) {
                props.append({tr("Comment"), t->comment});
            }
            QStandardItem *tableItem =
                m_tree->addItem(schemaItem, WorkspaceTree::Kind::Table, QStringLiteral("table"),
                                t->name, t->displayName(), props);
            for (const schema::Column &col : t->columns) {
                const QString type =
                    types.compile(col.type, &metadata, t->name + u'.' + col.name, nullptr);
                const bool pk = t->primaryKey.columns.contains(col.name);
                PropertyList colProps = {
                    {tr("Column"), t->name + u'.' + col.name},
                    {tr("Type"), type},
                    {tr("Nullable"), col.nullable ? tr("yes") : tr("no")},
                };
                if (pk) {
                    colProps.append({tr("Primary key"), tr("yes")});
                }
                if (!col.serverDefault.isEmpty()) {
                    colProps.append({tr("Default"), col.serverDefault});
                }
                if (!col.comment.isEmpty()) {
                    colProps.append({tr("Comment"), col.comment});
                }
                QStandardItem *colItem = m_tree->addItem(
                    tableItem, WorkspaceTree::Kind::Other,
                    pk ? QStringLiteral("key") : QStringLiteral("column"),
                    QStringLiteral("%1  %2%3")
                        .arg(col.name, type, col.nullable ? QString() : tr(" not null")),
                    QString(), colProps);
                colItem->setToolTip(type);
            }
        }
        for (const schema::View *v : views) {
            m_tree->addItem(schemaItem, WorkspaceTree::Kind::View, QStringLiteral("view"), v->name,
                            v->schema.isEmpty() ? v->name : v->schema + u'.' + v->name,
                            {{tr("View"), v->name},
                             {tr("Materialized"), v->materialized ? tr("yes") : tr("no")},
                             {tr("Definition"), v->definition.left(2000)}});
        }
        m_tree->view()->expand(schemaItem->index());
    }
    m_tree->view()->expand(connectionItem->index());
}

}  // namespace stratum::ui
