#include "core/migrate/state/SchemaReplay.h"

#include "core/migrate/RevisionIterator.h"
#include "core/migrate/ScriptDirectory.h"
#include "core/migrate/ops/BatchPlanner.h"
#include "core/migrate/ops/DdlWriter.h"
#include "core/migrate/ops/OperationInterpreter.h"
#include "core/pyread/Module.h"

#include <algorithm>

namespace stratum::migrate {
namespace {

QString key(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? name : schema + u'.' + name;
}

// PostgreSQL's makeObjectName(): name1_name2_label, with the longer of name1
// and name2 shortened until the whole fits in NAMEDATALEN - 1 bytes.
QString pgObjectName(QString name1, QString name2, const QString &label)
{
    auto bytes = [](const QString &s) { return int(s.toUtf8().size()); };
    const int overhead = bytes(label) + 1 + (name2.isEmpty() ? 0 : 1);
    while (bytes(name1) + bytes(name2) + overhead > 63) {
        if (bytes(name1) > bytes(name2))
            name1.chop(1);
        else
            name2.chop(1);
    }
    return name2.isEmpty() ? name1 + u'_' + label : name1 + u'_' + name2 + u'_' + label;
}

// The name the server gives an unnamed constraint (PostgreSQL only; SQLite
// keeps unnamed constraints unnamed). Check constraints are named after the
// columns their expression mentions, which replay cannot know: left unnamed.
QString serverName(const TableDef &t, const ConstraintDef &c)
{
    switch (c.kind) {
    case ConstraintDef::Kind::PrimaryKey:
        return pgObjectName(t.name, {}, QStringLiteral("pkey"));
    case ConstraintDef::Kind::ForeignKey:
        return pgObjectName(t.name, c.columns.join(u'_'), QStringLiteral("fkey"));
    case ConstraintDef::Kind::Unique:
        return pgObjectName(t.name, c.columns.join(u'_'), QStringLiteral("key"));
    case ConstraintDef::Kind::Check:
        break;
    }
    return {};
}

bool mentions(const QStringList &columns, const QString &column)
{
    return columns.contains(column);
}

}  // namespace

QString ReplayWarning::toString() const
{
    QString out;
    if (!file.isEmpty())
        out += file + (line > 0 ? u':' + QString::number(line) : QString()) + QStringLiteral(": ");
    if (!revision.isEmpty())
        out += QStringLiteral("revision %1: ").arg(revision);
    return out + message;
}

SchemaReplayer::SchemaReplayer(schema::Dialect dialect, schema::NamingConvention naming)
    : m_dialect(dialect)
    , m_naming(std::move(naming))
{}

void SchemaReplayer::warn(const Operation &op, const QString &revision, const QString &message)
{
    m_warnings.append(
        {revision, op.source.file, op.source.line, op.source.column,
         QStringLiteral("%1: %2").arg(op.call.isEmpty() ? op.describe() : op.call, message)});
}

// Column-level flags (primary_key, unique, index, ForeignKey) become table
// constraints and named indexes, so that later operations find them by name
// exactly as they would in the database.
void SchemaReplayer::materialize(TableDef &t) const
{
    const DdlWriter writer(m_dialect, m_naming);
    const QStringList pk = DdlWriter::primaryKeyColumns(t);
    std::vector<ConstraintDef> constraints = writer.effectiveConstraints(t);
    std::vector<IndexDef> indexes = writer.effectiveIndexes(t);
    for (ColumnDef &c : t.columns) {
        c.nullable = c.nullableGiven ? c.nullable : c.nullable && !pk.contains(c.name);
        c.nullableGiven = true;
        c.unique = c.index = false;
        c.foreignKeys.clear();
        c.type.createConstraint = false;  // its CHECK is now in constraints
    }
    static const char *keys[] = {"pk", "fk", "uq", "ck"};
    for (ConstraintDef &c : constraints) {
        if (c.kind == ConstraintDef::Kind::PrimaryKey) {
            for (ColumnDef &col : t.columns)
                col.primaryKey = false;
        }
        Result<QString> name =
            writer.resolveName(QString::fromLatin1(keys[int(c.kind)]), t, c.columns, c.name,
                               c.kind == ConstraintDef::Kind::ForeignKey ? &c : nullptr);
        if (name && !name->isEmpty())
            c.name = {*name, true};
        else if (c.name.isEmpty() && m_dialect == schema::Dialect::PostgreSQL)
            c.name = {serverName(t, c), true};
        c.fromColumn = false;
    }
    for (IndexDef &ix : indexes) {
        if (Result<QString> name = writer.indexName(t.schema, t.name, ix))
            ix.name = {*name, true};
    }
    t.constraints = std::move(constraints);
    t.indexes = std::move(indexes);
}

void SchemaReplayer::rememberEnums(const TypeSpec &type)
{
    if (!type.isEnum() || !type.nativeEnum || m_dialect != schema::Dialect::PostgreSQL ||
        type.type.enumName.isEmpty())
        return;
    // Alembic creates a create_table's enum types once and never drops them
    // with the table; a later drop needs op.execute("DROP TYPE ...").
    const QString k = key(type.type.enumSchema, type.type.enumName);
    if (m_enums.find(k) == m_enums.end())
        m_enums[k] = {type.type.enumSchema, type.type.enumName, type.enumLabels};
}

void SchemaReplayer::applyToTable(const Operation &op, const QString &schema, const QString &table,
                                  const QString &revision)
{
    if (table.isEmpty() && op.as<DropIndexOp>()) {
        // PostgreSQL drops an index by name alone: find the table that has it.
        const DropIndexOp *drop = op.as<DropIndexOp>();
        for (auto &[k, t] : m_tables) {
            if (t.schema != schema)
                continue;
            for (const IndexDef &ix : t.indexes) {
                if (ix.name.value == drop->name.value) {
                    applyToTable(op, t.schema, t.name, revision);
                    return;
                }
            }
        }
        warn(op, revision,
             QStringLiteral("no table of the replayed schema has index %1").arg(drop->name.value));
        return;
    }
    auto it = m_tables.find(key(schema, table));
    if (it == m_tables.end()) {
        warn(op, revision,
             QStringLiteral("table %1 is not in the replayed schema").arg(key(schema, table)));
        return;
    }
    TableDef &t = it->second;
    if (Status s = BatchPlanner::apply(t, op, nullptr); !s) {
        warn(op, revision, s.error().message);
        return;
    }
    if (const DropColumnOp *drop = op.as<DropColumnOp>()) {
        // The server drops the indexes and constraints that use the column.
        std::erase_if(t.constraints, [&](const ConstraintDef &c) {
            return mentions(c.columns, drop->column) ||
                   (c.kind == ConstraintDef::Kind::PrimaryKey && c.columns.isEmpty());
        });
        std::erase_if(t.indexes, [&](const IndexDef &ix) {
            return std::any_of(
                ix.elements.begin(), ix.elements.end(),
                [&](const schema::IndexElement &e) { return e.column == drop->column; });
        });
    }
    if (const AlterColumnOp *alter = op.as<AlterColumnOp>();
        alter && alter->newName && *alter->newName != alter->column) {
        const QString from = alter->column;
        const QString to = *alter->newName;
        forEachReference(t.schema, t.name, [&](ConstraintDef &fk) {
            for (QString &c : fk.referredColumns) {
                if (c == from)
                    c = to;
            }
        });
    }
    if (const AddColumnOp *add = op.as<AddColumnOp>())
        rememberEnums(add->column.type);
    if (const AlterColumnOp *alter = op.as<AlterColumnOp>(); alter && alter->type)
        rememberEnums(*alter->type);
    materialize(t);
}

void SchemaReplayer::forEachReference(const QString &schema, const QString &table,
                                      const std::function<void(ConstraintDef &)> &fn)
{
    for (auto &[k, t] : m_tables) {
        for (ConstraintDef &c : t.constraints) {
            // An empty referred schema is the default schema, as in SQLAlchemy.
            if (c.kind == ConstraintDef::Kind::ForeignKey && c.referredTable == table &&
                c.referredSchema == schema)
                fn(c);
        }
    }
}

void SchemaReplayer::apply(const Operation &op, const QString &revision)
{
    if (const CreateTableOp *o = op.as<CreateTableOp>()) {
        const QString k = key(o->table.schema, o->table.name);
        if (m_tables.count(k))
            warn(op, revision, QStringLiteral("table %1 already exists; replaced").arg(k));
        TableDef t = o->table;
        for (const ColumnDef &c : t.columns)
            rememberEnums(c.type);
        materialize(t);
        m_tables[k] = std::move(t);
    } else if (const DropTableOp *o = op.as<DropTableOp>()) {
        if (!m_tables.erase(key(o->schema, o->table)))
            warn(op, revision,
                 QStringLiteral("table %1 is not in the replayed schema")
                     .arg(key(o->schema, o->table)));
    } else if (const RenameTableOp *o = op.as<RenameTableOp>()) {
        auto it = m_tables.find(key(o->schema, o->table));
        if (it == m_tables.end()) {
            warn(op, revision,
                 QStringLiteral("table %1 is not in the replayed schema")
                     .arg(key(o->schema, o->table)));
            return;
        }
        TableDef t = std::move(it->second);
        m_tables.erase(it);
        t.name = o->newName;
        m_tables[key(o->schema, o->newName)] = std::move(t);
        // Foreign keys follow the table they refer to (PostgreSQL, SQLite 3.26+).
        forEachReference(o->schema, o->table,
                         [&](ConstraintDef &fk) { fk.referredTable = o->newName; });
    } else if (const ExecuteOp *o = op.as<ExecuteOp>()) {
        QString sql = o->sql.simplified();
        if (sql.size() > 60)
            sql = sql.left(57) + QStringLiteral("...");
        warn(op, revision, QStringLiteral("SQL run by op.execute() is not replayed (%1)").arg(sql));
    } else if (const BatchAlterTableOp *o = op.as<BatchAlterTableOp>()) {
        for (const Operation &inner : o->operations) {
            if (inner.as<ExecuteOp>())
                apply(inner, revision);
            else
                applyToTable(inner, o->schema, o->table, revision);
        }
    } else {
        QString schema;
        QString table;
        std::visit(
            [&](const auto &o) {
                if constexpr (requires {
                                  o.schema;
                                  o.table;
                              }) {
                    schema = o.schema;
                    if constexpr (std::is_same_v<std::decay_t<decltype(o.table)>, QString>)
                        table = o.table;
                }
            },
            op.op);
        applyToTable(op, schema, table, revision);
    }
}

void SchemaReplayer::applyUpgrade(const QString &revision, const RevisionOperations &operations)
{
    for (const Operation &op : operations.upgrade)
        apply(op, revision);
    for (const Unsupported &u : operations.unsupportedUpgrade) {
        m_warnings.append({revision, QString(), u.line, u.column,
                           QStringLiteral("not interpreted, so not replayed: %1 (%2)")
                               .arg(u.sourceText.simplified().left(60), u.message)});
    }
}

schema::MetaData SchemaReplayer::metadata() const
{
    schema::MetaData m;
    m.naming = m_naming;
    for (const auto &[k, t] : m_tables) {
        m.tables.push_back(toSchemaTable(t, m_dialect, m_naming));
        if (!t.schema.isEmpty())
            m.schemas << t.schema;
    }
    for (const auto &[k, e] : m_enums)
        m.enums.push_back(e);
    m.canonicalize();
    return m;
}

Result<SchemaState> schemaStateAtRevision(const ScriptDirectory &dir, const QString &revision,
                                          schema::Dialect dialect)
{
    Result<RevisionGraph> graph = dir.graph();
    if (!graph)
        return graph.error();
    SchemaState state;
    SchemaReplayer replayer(dialect);
    if (revision.trimmed() != QLatin1String("base")) {
        // A single target, as upgrade resolves it; "heads" would merge branches.
        Result<int> target = graph->revisionFor(revision);
        if (!target)
            return target.error();
        Result<QList<int>> path = RevisionIterator(*graph).upgradePath({}, graph->id(*target));
        if (!path)
            return path.error();
        for (int index : *path) {
            if (index < 0)
                continue;
            const Revision &rev = graph->revision(index);
            Result<pyread::Module> module = pyread::Module::parseFile(rev.path);
            if (!module)
                return module.error();
            Result<RevisionOperations> ops = interpretRevision(module.value(), rev.path);
            if (!ops)
                return ops.error();
            replayer.applyUpgrade(rev.id, *ops);
            state.revisions << rev.id;
        }
    }
    state.metadata = replayer.metadata();
    state.warnings = replayer.warnings();
    for (ReplayWarning &w : state.warnings) {
        if (w.file.isEmpty() && !w.revision.isEmpty()) {
            const int index = graph->indexOf(w.revision);
            if (index >= 0)
                w.file = graph->revision(index).path;
        }
    }
    return state;
}

Result<schema::MetaData> schemaAtRevision(const ScriptDirectory &dir, const QString &revision,
                                          schema::Dialect dialect)
{
    Result<SchemaState> state = schemaStateAtRevision(dir, revision, dialect);
    if (!state)
        return state.error();
    return state->metadata;
}

}  // namespace stratum::migrate
