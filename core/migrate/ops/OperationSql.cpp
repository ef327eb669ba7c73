#include "core/migrate/ops/OperationSql.h"

#include "core/migrate/ops/BatchPlanner.h"

namespace stratum::migrate {

using schema::Dialect;

namespace {

Error unsupportedOn(const QString &message)
{
    Error e;
    e.message = message;
    e.code = QStringLiteral("unsupported");
    return e;
}

QString commentSql(const DdlWriter &w, const std::optional<QString> &comment)
{
    return comment ? w.literal(*comment) : QStringLiteral("NULL");
}

// The enum types a column's type needs (an enum, or an ARRAY of one).
bool isNativeEnum(const TypeSpec &t, Dialect d)
{
    return d == Dialect::PostgreSQL && t.isEnum() && t.nativeEnum;
}

}  // namespace

OperationPlanner::OperationPlanner(Dialect dialect, const schema::NamingConvention &naming,
                                   RenderState &state, TableLookup tableLookup)
    : m_dialect(dialect)
    , m_writer(dialect, naming)
    , m_state(state)
    , m_lookup(std::move(tableLookup))
{}

Error OperationPlanner::locate(const Operation &op, Error error)
{
    const QString what = op.call.isEmpty() ? op.describe() : op.call;
    error.message = QStringLiteral("%1 (%2): %3").arg(what, op.describe(), error.message);
    // The operation's place in its revision file; a server's position into the
    // statement stays in Error::position.
    error.source = op.source.file;
    error.line = op.source.line;
    error.column = op.source.column;
    return error;
}

Result<QStringList> OperationPlanner::plan(const Operation &op)
{
    Result<QStringList> out = Error{};
    if (const CreateTableOp *c = op.as<CreateTableOp>())
        out = planCreateTable(*c);
    else if (const AddColumnOp *a = op.as<AddColumnOp>())
        out = planAddColumn(*a);
    else if (const AlterColumnOp *a = op.as<AlterColumnOp>())
        out = planAlterColumn(*a);
    else if (const BatchAlterTableOp *b = op.as<BatchAlterTableOp>())
        out = planBatch(*b);
    else
        out = planSimple(op);
    if (!out)  // errors of a batch's inner operation are located already
        return out.error().line > 0 ? out.error() : locate(op, out.error());
    track(op);
    return out;
}

Result<QStringList> OperationPlanner::planCreateTable(const CreateTableOp &op)
{
    const TableDef &t = op.table;
    QStringList out;
    // SQLAlchemy's before_create event: each native enum the table uses, once per run.
    for (const ColumnDef &c : t.columns) {
        if (!isNativeEnum(c.type, m_dialect) || !c.type.createType)
            continue;
        const QString key = RenderState::key(c.type.type.enumSchema, c.type.type.enumName);
        if (m_state.createdEnums.contains(key))
            continue;
        Result<QString> sql = m_writer.createEnum(c.type);
        if (!sql)
            return sql.error();
        m_state.createdEnums.insert(key);
        out << *sql;
    }
    Result<QString> create = m_writer.createTable(t);
    if (!create)
        return create.error();
    out << *create;
    for (const IndexDef &ix : m_writer.effectiveIndexes(t)) {
        Result<QString> sql = m_writer.createIndex(t.schema, t.name, ix);
        if (!sql)
            return sql.error();
        out << *sql;
    }
    if (m_writer.isPostgres()) {
        const QString table = m_writer.table(t.schema, t.name);
        if (t.comment && !t.comment->isEmpty())
            out << QStringLiteral("COMMENT ON TABLE %1 IS %2")
                       .arg(table, m_writer.literal(*t.comment));
        for (const ColumnDef &c : t.columns) {
            if (c.comment && !c.comment->isEmpty())
                out << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                           .arg(table, m_writer.quote(c.name), m_writer.literal(*c.comment));
        }
    }
    return out;
}

Result<QStringList> OperationPlanner::planAddColumn(const AddColumnOp &op)
{
    // Alembic builds a one-column table to find the column's constraints and indexes.
    TableDef t;
    t.schema = op.schema;
    t.name = op.table;
    t.columns.push_back(op.column);
    const QString table = m_writer.table(op.schema, op.table);
    Result<QString> spec = m_writer.columnSpec(t, op.column);
    if (!spec)
        return spec.error();
    QStringList out;
    QString add = QStringLiteral("ALTER TABLE ") + table + QStringLiteral(" ADD COLUMN ") + *spec;
    std::vector<ConstraintDef> constraints;
    for (const ConstraintDef &c : m_writer.effectiveConstraints(t)) {
        if (c.kind != ConstraintDef::Kind::PrimaryKey)
            constraints.push_back(c);
    }
    if (!m_writer.isPostgres()) {
        // SQLite cannot ADD CONSTRAINT, but takes a column's REFERENCES inline.
        for (const ConstraintDef &c : constraints) {
            if (c.kind != ConstraintDef::Kind::ForeignKey || constraints.size() != 1)
                return unsupportedOn(
                    QStringLiteral("SQLite cannot add the column %1 with a %2 "
                                   "outside batch mode; use batch_alter_table")
                        .arg(op.column.name, c.kind == ConstraintDef::Kind::Unique
                                                 ? QStringLiteral("unique constraint")
                                                 : QStringLiteral("constraint")));
            Result<QString> clause = m_writer.constraintClause(t, c);
            if (!clause)
                return clause.error();
            add += u' ' + clause->mid(clause->indexOf(QLatin1String("REFERENCES")));
        }
        constraints.clear();
    }
    out << add;
    for (const ConstraintDef &c : constraints) {
        Result<QString> clause = m_writer.constraintClause(t, c);
        if (!clause)
            return clause.error();
        out << QStringLiteral("ALTER TABLE ") + table + QStringLiteral(" ADD ") + *clause;
    }
    for (const IndexDef &ix : m_writer.effectiveIndexes(t)) {
        Result<QString> sql = m_writer.createIndex(op.schema, op.table, ix);
        if (!sql)
            return sql.error();
        out << *sql;
    }
    if (m_writer.isPostgres() && op.column.comment && !op.column.comment->isEmpty())
        out << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                   .arg(table, m_writer.quote(op.column.name),
                        m_writer.literal(*op.column.comment));
    return out;
}

Result<QStringList> OperationPlanner::planAlterColumn(const AlterColumnOp &op)
{
    const QString prefix = QStringLiteral("ALTER TABLE ") + m_writer.table(op.schema, op.table) +
                           QStringLiteral(" ALTER COLUMN ") + m_writer.quote(op.column) + u' ';
    QStringList out;
    const bool pg = m_writer.isPostgres();
    if (!pg && (op.nullable || op.type || op.serverDefault))
        return unsupportedOn(QStringLiteral("SQLite cannot ALTER COLUMN %1 of %2; run it in "
                                            "op.batch_alter_table()")
                                 .arg(op.column, op.table));
    if (op.type) {
        Result<QString> type = m_writer.type(*op.type, op.table + u'.' + op.column);
        if (!type)
            return type.error();
        out << prefix + QStringLiteral("TYPE ") + *type +
                   (op.postgresqlUsing.isEmpty() ? QString()
                                                 : QStringLiteral(" USING ") + op.postgresqlUsing);
    }
    if (op.nullable)
        out << prefix + (*op.nullable ? QStringLiteral("DROP NOT NULL")
                                      : QStringLiteral("SET NOT NULL"));
    if (op.serverDefault) {
        out << prefix + (op.serverDefault->isNone() ? QStringLiteral("DROP DEFAULT")
                                                    : QStringLiteral("SET DEFAULT ") +
                                                          m_writer.defaultSql(*op.serverDefault));
    }
    if (op.commentGiven && pg)
        out << QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                   .arg(m_writer.table(op.schema, op.table), m_writer.quote(op.column),
                        commentSql(m_writer, op.comment));
    if (op.newName)
        out << QStringLiteral("ALTER TABLE ") + m_writer.table(op.schema, op.table) +
                   QStringLiteral(" RENAME ") + m_writer.quote(op.column) + QStringLiteral(" TO ") +
                   m_writer.quote(*op.newName);
    return out;
}

Result<QStringList> OperationPlanner::planBatch(const BatchAlterTableOp &op)
{
    if (!BatchPlanner::needsRecreate(op, m_dialect)) {
        QStringList out;
        for (const Operation &inner : op.operations) {
            Result<QStringList> sql = plan(inner);
            if (!sql)
                return sql.error();
            out += *sql;
        }
        return out;
    }
    if (m_dialect == Dialect::PostgreSQL)
        return unsupportedOn(QStringLiteral("batch_alter_table(recreate=\"always\") on PostgreSQL "
                                            "is not supported by Stratum; use recreate=\"auto\""));
    Result<TableDef> existing = m_lookup(op.schema, op.table);
    if (!existing)
        return existing.error();
    return BatchPlanner::moveAndCopy(*existing, op, m_writer);
}

Result<QStringList> OperationPlanner::planSimple(const Operation &op)
{
    const DdlWriter &w = m_writer;
    const bool pg = w.isPostgres();
    if (const DropTableOp *o = op.as<DropTableOp>())
        return QStringList{QStringLiteral("DROP TABLE ") + w.table(o->schema, o->table)};
    if (const DropColumnOp *o = op.as<DropColumnOp>())
        return QStringList{QStringLiteral("ALTER TABLE ") + w.table(o->schema, o->table) +
                           QStringLiteral(" DROP COLUMN ") + w.quote(o->column)};
    if (const CreateIndexOp *o = op.as<CreateIndexOp>()) {
        Result<QString> sql = w.createIndex(o->schema, o->table, o->index);
        if (!sql)
            return sql.error();
        return QStringList{*sql};
    }
    if (const DropIndexOp *o = op.as<DropIndexOp>()) {
        IndexDef ix;
        ix.name = o->name;
        Result<QString> name = w.indexName(o->schema, o->table, ix);
        if (!name)
            return name.error();
        return QStringList{QStringLiteral("DROP INDEX ") + w.table(o->schema, *name)};
    }
    if (const AddConstraintOp *o = op.as<AddConstraintOp>()) {
        if (!pg)
            return unsupportedOn(
                QStringLiteral("No support for ALTER of constraints in SQLite "
                               "dialect; use op.batch_alter_table() (move and copy)"));
        TableDef t;
        t.schema = o->schema;
        t.name = o->table;
        Result<QString> clause = w.constraintClause(t, o->constraint);
        if (!clause)
            return clause.error();
        return QStringList{QStringLiteral("ALTER TABLE ") + w.table(o->schema, o->table) +
                           QStringLiteral(" ADD ") + *clause};
    }
    if (const DropConstraintOp *o = op.as<DropConstraintOp>()) {
        if (!pg)
            return unsupportedOn(
                QStringLiteral("No support for ALTER of constraints in SQLite "
                               "dialect; use op.batch_alter_table() (move and copy)"));
        return QStringList{QStringLiteral("ALTER TABLE ") + w.table(o->schema, o->table) +
                           QStringLiteral(" DROP CONSTRAINT ") + w.quote(o->name.value)};
    }
    if (const RenameTableOp *o = op.as<RenameTableOp>())
        return QStringList{QStringLiteral("ALTER TABLE ") + w.table(o->schema, o->table) +
                           QStringLiteral(" RENAME TO ") + w.quote(o->newName)};
    if (const TableCommentOp *o = op.as<TableCommentOp>()) {
        if (!pg)
            return QStringList{};  // SQLite keeps no comments
        return QStringList{QStringLiteral("COMMENT ON TABLE %1 IS %2")
                               .arg(w.table(o->schema, o->table), commentSql(w, o->comment))};
    }
    if (const ExecuteOp *o = op.as<ExecuteOp>())
        return QStringList{o->sql};
    return unsupportedOn(QStringLiteral("cannot render this operation"));
}

void OperationPlanner::track(const Operation &op)
{
    auto find = [this](const QString &schema, const QString &table) -> TableDef * {
        auto it = m_state.tables.find(RenderState::key(schema, table));
        return it == m_state.tables.end() ? nullptr : &it->second;
    };
    if (const CreateTableOp *o = op.as<CreateTableOp>()) {
        m_state.tables[RenderState::key(o->table.schema, o->table.name)] = o->table;
    } else if (const DropTableOp *o = op.as<DropTableOp>()) {
        m_state.tables.erase(RenderState::key(o->schema, o->table));
    } else if (const RenameTableOp *o = op.as<RenameTableOp>()) {
        auto it = m_state.tables.find(RenderState::key(o->schema, o->table));
        if (it != m_state.tables.end()) {
            TableDef t = it->second;
            m_state.tables.erase(it);
            t.name = o->newName;
            m_state.tables[RenderState::key(o->schema, o->newName)] = t;
        }
    } else if (const BatchAlterTableOp *o = op.as<BatchAlterTableOp>()) {
        if (TableDef *t = find(o->schema, o->table);
            t && BatchPlanner::needsRecreate(*o, m_dialect)) {
            for (const Operation &inner : o->operations) {
                if (!BatchPlanner::apply(*t, inner, nullptr))
                    m_state.tables.erase(RenderState::key(o->schema, o->table));
                if (!find(o->schema, o->table))
                    break;
            }
        }
    } else if (!op.as<ExecuteOp>()) {
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
        if (TableDef *t = find(schema, table); t && !BatchPlanner::apply(*t, op, nullptr))
            m_state.tables.erase(RenderState::key(schema, table));  // no longer known exactly
    }
}

Result<QStringList> renderSql(const QList<Operation> &operations, Dialect dialect,
                              const RenderContext &context)
{
    RenderState local;
    RenderState &state = context.state ? *context.state : local;
    OperationPlanner planner(
        dialect, context.naming, state,
        [&state](const QString &schema, const QString &table) -> Result<TableDef> {
            auto it = state.tables.find(RenderState::key(schema, table));
            if (it != state.tables.end())
                return it->second;
            Error e;
            e.code = QStringLiteral("offline-batch");
            e.message =
                QStringLiteral("SQLite batch mode needs the definition of table %1 to render "
                               "the move and copy offline, and no earlier operation of this "
                               "run created it (Alembic needs copy_from= for the same reason); "
                               "run the migration online instead")
                    .arg(RenderState::key(schema, table));
            return e;
        });
    QStringList out;
    for (const Operation &op : operations) {
        Result<QStringList> sql = planner.plan(op);
        if (!sql)
            return sql.error();
        out += *sql;
    }
    return out;
}

}  // namespace stratum::migrate
