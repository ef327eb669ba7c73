#include "core/migrate/ops/OpCallReader.h"

#include "core/pyread/Literal.h"

namespace stratum::migrate {

using pyread::Expr;
using pyread::ExprKind;

namespace {

QStringList L(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

Operation make(Operation::Variant v)
{
    Operation op;
    op.op = std::move(v);
    return op;
}

// Alembic 1.8's signatures; in a batch the table (and schema) arguments go.
CallSignature signatureFor(const QString &name, bool batch)
{
    CallSignature s;
    s.what = (batch ? QStringLiteral("batch_op.") : QStringLiteral("op.")) + name;
    const QStringList dialects = otherDialectPrefixes();
    if (name == QLatin1String("create_table") && !batch) {
        s.positional = L({"table_name"});
        s.keywordOnly = L({"schema", "comment", "info", "prefixes"});
        s.varargs = true;
        s.kwPrefixes = dialects;
    } else if (name == QLatin1String("drop_table") && !batch) {
        s.positional = L({"table_name", "schema"});
        s.keywordOnly = L({"info", "comment"});
        s.kwPrefixes = dialects;
    } else if (name == QLatin1String("add_column")) {
        s.positional = batch ? L({"column", "insert_before", "insert_after"})
                             : L({"table_name", "column", "schema"});
    } else if (name == QLatin1String("drop_column")) {
        s.positional = batch ? L({"column_name"}) : L({"table_name", "column_name", "schema"});
        s.keywordOnly = L({"existing_type", "existing_server_default", "existing_nullable",
                           "existing_comment", "existing_autoincrement"});
        s.kwPrefixes = dialects;
    } else if (name == QLatin1String("alter_column")) {
        s.positional = batch ? L({"column_name"}) : L({"table_name", "column_name"});
        s.keywordOnly = L({"nullable", "comment", "server_default", "new_column_name", "type_",
                           "existing_type", "existing_server_default", "existing_nullable",
                           "existing_comment", "autoincrement", "existing_autoincrement"});
        if (batch)
            s.keywordOnly << L({"insert_before", "insert_after"});
        else
            s.keywordOnly << QStringLiteral("schema");
        s.kwPrefixes = dialects;
    } else if (name == QLatin1String("create_index")) {
        s.positional = batch ? L({"index_name", "columns"})
                             : L({"index_name", "table_name", "columns", "schema", "unique"});
        s.keywordOnly = L({"unique", "quote", "info"});
        if (batch)
            s.positional.removeOne(QStringLiteral("unique"));
        s.kwPrefixes = dialects;
    } else if (name == QLatin1String("drop_index")) {
        s.positional = batch ? L({"index_name"}) : L({"index_name", "table_name", "schema"});
        s.kwPrefixes = dialects;
    } else if (name == QLatin1String("create_unique_constraint")) {
        s.positional = batch ? L({"constraint_name", "columns"})
                             : L({"constraint_name", "table_name", "columns", "schema"});
        s.keywordOnly = L({"deferrable", "initially", "info"});
        s.kwPrefixes = dialects;
    } else if (name == QLatin1String("create_foreign_key")) {
        s.positional =
            batch
                ? L({"constraint_name", "referent_table", "local_cols", "remote_cols",
                     "referent_schema", "onupdate", "ondelete", "deferrable", "initially", "match"})
                : L({"constraint_name", "source_table", "referent_table", "local_cols",
                     "remote_cols", "onupdate", "ondelete", "deferrable", "initially", "match",
                     "source_schema", "referent_schema"});
        s.kwPrefixes = dialects;
    } else if (name == QLatin1String("create_check_constraint")) {
        s.positional = batch ? L({"constraint_name", "condition"})
                             : L({"constraint_name", "table_name", "condition", "schema"});
        s.keywordOnly = L({"deferrable", "initially", "info"});
        s.kwPrefixes = dialects;
    } else if (name == QLatin1String("create_primary_key")) {
        s.positional = batch ? L({"constraint_name", "columns"})
                             : L({"constraint_name", "table_name", "columns", "schema"});
    } else if (name == QLatin1String("drop_constraint")) {
        s.positional = batch ? L({"constraint_name", "type_"})
                             : L({"constraint_name", "table_name", "type_", "schema"});
    } else if (name == QLatin1String("rename_table") && !batch) {
        s.positional = L({"old_table_name", "new_table_name", "schema"});
    } else if (name == QLatin1String("create_table_comment")) {
        s.positional = batch ? L({"comment", "existing_comment"})
                             : L({"table_name", "comment", "existing_comment", "schema"});
    } else if (name == QLatin1String("drop_table_comment")) {
        s.positional =
            batch ? L({"existing_comment"}) : L({"table_name", "existing_comment", "schema"});
    } else if (name == QLatin1String("execute") && !batch) {
        s.positional = L({"sqltext", "execution_options"});
    } else {
        s.what.clear();  // unknown
        return s;
    }
    for (const QString &p : s.positional) {
        static const QStringList optional =
            L({"schema", "insert_before", "insert_after", "unique", "existing_comment",
               "referent_schema", "onupdate", "ondelete", "deferrable", "initially", "match",
               "source_schema", "execution_options", "type_", "table_name"});
        if (!optional.contains(p))
            s.required << p;
    }
    if (name == QLatin1String("drop_index"))
        s.required = L({"index_name"});
    return s;
}

}  // namespace

Result<QString> OpCallReader::str(const BoundCall &b, const char *key) const
{
    return m_sa.optionalString(b.get(QString::fromLatin1(key)), QString::fromLatin1(key));
}

Status OpCallReader::tableAndSchema(const BoundCall &b, const BatchAlterTableOp *batch,
                                    QString &schema, QString &table, const QString &tableKey) const
{
    if (batch) {
        schema = batch->schema;
        table = batch->table;
        return Ok{};
    }
    Result<QString> t = m_sa.optionalString(b.get(tableKey), tableKey);
    Result<QString> s = str(b, "schema");
    if (!t)
        return t.error();
    if (!s)
        return s.error();
    table = *t;
    schema = *s;
    return Ok{};
}

Result<BatchAlterTableOp> OpCallReader::batchHeader(const Expr &call) const
{
    CallSignature sig{
        QStringLiteral("op.batch_alter_table"),
        L({"table_name", "schema", "recreate", "partial_reordering", "copy_from", "table_args",
           "table_kwargs", "reflect_args", "reflect_kwargs", "naming_convention"}),
        {},
        false,
        {},
        L({"table_name"})};
    Result<BoundCall> b = bindCall(call, sig, m_sa.file());
    if (!b)
        return b.error();
    for (const char *unsupported : {"partial_reordering", "copy_from", "table_args", "table_kwargs",
                                    "reflect_args", "reflect_kwargs", "naming_convention"}) {
        const Expr *v = b->get(QString::fromLatin1(unsupported));
        if (!v)
            continue;
        const Expr &r = m_sa.resolve(*v);
        const bool empty =
            r.is(ExprKind::None) ||
            ((r.is(ExprKind::Tuple) || r.is(ExprKind::List) || r.is(ExprKind::Dict)) &&
             r.children.empty());
        if (!empty)
            return m_sa.error(*v, QStringLiteral("batch_alter_table(%1=...) is not supported")
                                      .arg(QString::fromLatin1(unsupported)));
    }
    BatchAlterTableOp batch;
    Result<QString> table = str(*b, "table_name");
    Result<QString> schema = str(*b, "schema");
    Result<QString> recreate = str(*b, "recreate");
    if (!table)
        return table.error();
    if (!schema)
        return schema.error();
    if (!recreate)
        return recreate.error();
    batch.table = *table;
    batch.schema = *schema;
    if (!recreate->isEmpty()) {
        if (*recreate != QLatin1String("auto") && *recreate != QLatin1String("always") &&
            *recreate != QLatin1String("never"))
            return m_sa.error(*b->get(QStringLiteral("recreate")),
                              QStringLiteral("recreate must be \"auto\", \"always\" or \"never\""));
        batch.recreate = *recreate;
    }
    return batch;
}

Result<Operation> OpCallReader::read(const Expr &call, const QString &name,
                                     const BatchAlterTableOp *batch) const
{
    const CallSignature sig = signatureFor(name, batch != nullptr);
    if (sig.what.isEmpty())
        return m_sa.error(
            call, QStringLiteral("%1%2() cannot run without Alembic")
                      .arg(batch ? QStringLiteral("batch_op.") : QStringLiteral("op."), name));
    Result<BoundCall> bound = bindCall(call, sig, m_sa.file());
    if (!bound)
        return bound.error();
    const BoundCall &b = *bound;
    // Dialect keywords no operation below reads are unsupported when they are
    // PostgreSQL's or SQLite's, and irrelevant otherwise (mysql_... on PostgreSQL).
    if (name != QLatin1String("create_table") && name != QLatin1String("create_index") &&
        name != QLatin1String("alter_column") && name != QLatin1String("drop_index")) {
        for (const auto &[key, value] : b.dialectKeywords) {
            if (key.startsWith(QLatin1String("postgresql_")) ||
                key.startsWith(QLatin1String("sqlite_")))
                return m_sa.error(
                    *value, QStringLiteral("%1: keyword %2 is not supported").arg(sig.what, key));
        }
    }

    if (name == QLatin1String("create_table"))
        return createTable(b);
    if (name == QLatin1String("add_column"))
        return addColumn(b, batch);
    if (name == QLatin1String("alter_column"))
        return alterColumn(b, batch);
    if (name == QLatin1String("create_index"))
        return createIndex(b, batch);
    if (name == QLatin1String("create_foreign_key") ||
        name == QLatin1String("create_primary_key") ||
        name == QLatin1String("create_unique_constraint") ||
        name == QLatin1String("create_check_constraint"))
        return addConstraint(b, name, batch);

    if (name == QLatin1String("drop_table")) {
        DropTableOp op;
        if (Status s =
                tableAndSchema(b, nullptr, op.schema, op.table, QStringLiteral("table_name"));
            !s)
            return s.error();
        return make(op);
    }
    if (name == QLatin1String("drop_column")) {
        DropColumnOp op;
        if (Status s = tableAndSchema(b, batch, op.schema, op.table, QStringLiteral("table_name"));
            !s)
            return s.error();
        Result<QString> col = str(b, "column_name");
        if (!col)
            return col.error();
        op.column = *col;
        if (const Expr *t = b.get(QStringLiteral("existing_type"))) {
            Result<TypeSpec> type = m_sa.type(*t);
            if (!type)
                return type.error();
            op.existingType = *type;
        }
        return make(op);
    }
    if (name == QLatin1String("drop_index")) {
        DropIndexOp op;
        if (Status s = tableAndSchema(b, batch, op.schema, op.table, QStringLiteral("table_name"));
            !s)
            return s.error();
        Result<ObjectName> n =
            m_sa.name(*b.get(QStringLiteral("index_name")), QStringLiteral("index name"));
        if (!n)
            return n.error();
        op.name = *n;
        if (op.name.isEmpty())
            return m_sa.error(call, QStringLiteral("drop_index needs an index name"));
        return make(op);
    }
    if (name == QLatin1String("drop_constraint")) {
        DropConstraintOp op;
        if (Status s = tableAndSchema(b, batch, op.schema, op.table, QStringLiteral("table_name"));
            !s)
            return s.error();
        Result<ObjectName> n =
            m_sa.name(*b.get(QStringLiteral("constraint_name")), QStringLiteral("constraint name"));
        Result<QString> type = str(b, "type_");
        if (!n)
            return n.error();
        if (!type)
            return type.error();
        op.name = *n;
        op.type = *type;
        if (op.name.isEmpty())
            return m_sa.error(call, QStringLiteral("drop_constraint needs a constraint name"));
        if (!op.type.isEmpty() &&
            !L({"foreignkey", "unique", "check", "primary"}).contains(op.type))
            return m_sa.error(
                *b.get(QStringLiteral("type_")),
                QStringLiteral(
                    "type_ must be \"foreignkey\", \"unique\", \"check\" or \"primary\""));
        return make(op);
    }
    if (name == QLatin1String("rename_table")) {
        RenameTableOp op;
        Result<QString> oldName = str(b, "old_table_name");
        Result<QString> newName = str(b, "new_table_name");
        Result<QString> schema = str(b, "schema");
        if (!oldName)
            return oldName.error();
        if (!newName)
            return newName.error();
        if (!schema)
            return schema.error();
        op.table = *oldName;
        op.newName = *newName;
        op.schema = *schema;
        return make(op);
    }
    if (name == QLatin1String("create_table_comment") ||
        name == QLatin1String("drop_table_comment")) {
        TableCommentOp op;
        if (Status s = tableAndSchema(b, batch, op.schema, op.table, QStringLiteral("table_name"));
            !s)
            return s.error();
        if (name == QLatin1String("create_table_comment")) {
            Result<QString> comment =
                m_sa.string(*b.get(QStringLiteral("comment")), QStringLiteral("comment"));
            if (!comment)
                return comment.error();
            op.comment = *comment;
        }
        if (const Expr *e = b.get(QStringLiteral("existing_comment"));
            e && !m_sa.resolve(*e).is(ExprKind::None)) {
            Result<QString> existing = m_sa.string(*e, QStringLiteral("existing_comment"));
            if (!existing)
                return existing.error();
            op.existingComment = *existing;
        }
        return make(op);
    }
    if (name == QLatin1String("execute")) {
        if (const Expr *o = b.get(QStringLiteral("execution_options"));
            o && !m_sa.resolve(*o).is(ExprKind::None))
            return m_sa.error(*o,
                              QStringLiteral("op.execute(execution_options=...) is not supported"));
        Result<QString> sql =
            m_sa.sqlText(*b.get(QStringLiteral("sqltext")), QStringLiteral("op.execute()"));
        if (!sql)
            return sql.error();
        return make(ExecuteOp{*sql});
    }
    return m_sa.error(call, QStringLiteral("op.%1() cannot run without Alembic").arg(name));
}

Result<Operation> OpCallReader::createTable(const BoundCall &b) const
{
    CreateTableOp op;
    TableDef &t = op.table;
    Result<QString> name = str(b, "table_name");
    Result<QString> schema = str(b, "schema");
    if (!name)
        return name.error();
    if (!schema)
        return schema.error();
    t.name = *name;
    t.schema = *schema;
    if (const Expr *c = b.get(QStringLiteral("comment"));
        c && !m_sa.resolve(*c).is(ExprKind::None)) {
        Result<QString> comment = m_sa.string(*c, QStringLiteral("comment"));
        if (!comment)
            return comment.error();
        t.comment = *comment;
    }
    if (const Expr *p = b.get(QStringLiteral("prefixes")); p && !m_sa.resolve(*p).children.empty())
        return m_sa.error(*p, QStringLiteral("create_table(prefixes=...) is not supported"));
    for (const auto &[key, value] : b.dialectKeywords) {
        if (key == QLatin1String("sqlite_autoincrement")) {
            Result<bool> flag = m_sa.boolean(*value, key);
            if (!flag)
                return flag.error();
            t.sqliteAutoincrement = *flag;
        } else if (key.startsWith(QLatin1String("postgresql_")) ||
                   key.startsWith(QLatin1String("sqlite_"))) {
            return m_sa.error(*value,
                              QStringLiteral("create_table(%1=...) is not supported").arg(key));
        }
    }
    for (const Expr *arg : b.rest) {
        if (m_sa.isColumn(*arg)) {
            Result<ColumnDef> c = m_sa.column(*arg);
            if (!c)
                return c.error();
            if (t.column(c->name))
                return m_sa.error(*arg, QStringLiteral("column '%1' appears twice").arg(c->name));
            t.columns.push_back(*c);
        } else if (m_sa.isIndex(*arg)) {
            Result<IndexDef> ix = m_sa.index(*arg);
            if (!ix)
                return ix.error();
            t.indexes.push_back(*ix);
        } else {
            Result<ConstraintDef> c = m_sa.constraint(*arg);
            if (!c)
                return c.error();
            t.constraints.push_back(*c);
        }
    }
    if (t.columns.empty())
        return m_sa.error(*b.call, QStringLiteral("create_table needs at least one column"));
    return make(op);
}

Result<Operation> OpCallReader::addColumn(const BoundCall &b, const BatchAlterTableOp *batch) const
{
    AddColumnOp op;
    if (Status s = tableAndSchema(b, batch, op.schema, op.table, QStringLiteral("table_name")); !s)
        return s.error();
    Result<ColumnDef> c = m_sa.column(*b.get(QStringLiteral("column")));
    if (!c)
        return c.error();
    op.column = *c;
    Result<QString> before = str(b, "insert_before");
    Result<QString> after = str(b, "insert_after");
    if (!before)
        return before.error();
    if (!after)
        return after.error();
    op.insertBefore = *before;
    op.insertAfter = *after;
    return make(op);
}

Result<Operation> OpCallReader::alterColumn(const BoundCall &b,
                                            const BatchAlterTableOp *batch) const
{
    AlterColumnOp op;
    if (Status s = tableAndSchema(b, batch, op.schema, op.table, QStringLiteral("table_name")); !s)
        return s.error();
    Result<QString> col = str(b, "column_name");
    if (!col)
        return col.error();
    op.column = *col;
    auto optionalBool = [&](const char *key, std::optional<bool> &out) -> Status {
        const Expr *v = b.get(QString::fromLatin1(key));
        if (!v || m_sa.resolve(*v).is(ExprKind::None))
            return Ok{};
        Result<bool> flag = m_sa.boolean(*v, QString::fromLatin1(key));
        if (!flag)
            return flag.error();
        out = *flag;
        return Ok{};
    };
    if (Status s = optionalBool("nullable", op.nullable); !s)
        return s.error();
    if (Status s = optionalBool("existing_nullable", op.existingNullable); !s)
        return s.error();
    for (const auto &[key, target] :
         {std::pair{"type_", &op.type}, std::pair{"existing_type", &op.existingType}}) {
        const Expr *v = b.get(QString::fromLatin1(key));
        if (!v || m_sa.resolve(*v).is(ExprKind::None))
            continue;
        Result<TypeSpec> type = m_sa.type(*v);
        if (!type)
            return type.error();
        *target = *type;
    }
    // server_default=False (Alembic's default) means "unchanged".
    for (const auto &[key, target] :
         {std::pair{"server_default", &op.serverDefault},
          std::pair{"existing_server_default", &op.existingServerDefault}}) {
        const Expr *v = b.get(QString::fromLatin1(key));
        if (!v || m_sa.resolve(*v).is(ExprKind::False))
            continue;
        Result<ServerDefault> d = m_sa.serverDefault(*v);
        if (!d)
            return d.error();
        *target = *d;
    }
    if (const Expr *v = b.get(QStringLiteral("new_column_name"));
        v && !m_sa.resolve(*v).is(ExprKind::None)) {
        Result<QString> n = m_sa.string(*v, QStringLiteral("new_column_name"));
        if (!n)
            return n.error();
        op.newName = *n;
    }
    if (const Expr *v = b.get(QStringLiteral("comment"));
        v && !m_sa.resolve(*v).is(ExprKind::False)) {
        op.commentGiven = true;
        if (!m_sa.resolve(*v).is(ExprKind::None)) {
            Result<QString> c = m_sa.string(*v, QStringLiteral("comment"));
            if (!c)
                return c.error();
            op.comment = *c;
        }
    }
    if (const Expr *v = b.get(QStringLiteral("existing_comment"));
        v && !m_sa.resolve(*v).is(ExprKind::None)) {
        Result<QString> c = m_sa.string(*v, QStringLiteral("existing_comment"));
        if (!c)
            return c.error();
        op.existingComment = *c;
    }
    for (const char *unsupported : {"autoincrement", "insert_before", "insert_after"}) {
        if (const Expr *v = b.get(QString::fromLatin1(unsupported));
            v && !m_sa.resolve(*v).is(ExprKind::None))
            return m_sa.error(*v, QStringLiteral("alter_column(%1=...) is not supported")
                                      .arg(QString::fromLatin1(unsupported)));
    }
    for (const auto &[key, value] : b.dialectKeywords) {
        if (key == QLatin1String("postgresql_using")) {
            Result<QString> using_ = m_sa.string(*value, key);
            if (!using_)
                return using_.error();
            op.postgresqlUsing = *using_;
        } else if (key.startsWith(QLatin1String("postgresql_")) ||
                   key.startsWith(QLatin1String("sqlite_"))) {
            return m_sa.error(*value,
                              QStringLiteral("alter_column(%1=...) is not supported").arg(key));
        }
    }
    if (!op.postgresqlUsing.isEmpty() && !op.type)
        return m_sa.error(*b.call,
                          QStringLiteral("postgresql_using must be used with the type_ parameter"));
    return make(op);
}

Result<Operation> OpCallReader::createIndex(const BoundCall &b,
                                            const BatchAlterTableOp *batch) const
{
    CreateIndexOp op;
    if (Status s = tableAndSchema(b, batch, op.schema, op.table, QStringLiteral("table_name")); !s)
        return s.error();
    if (op.table.isEmpty())
        return m_sa.error(*b.call, QStringLiteral("create_index needs a table name"));
    Result<ObjectName> n =
        m_sa.name(*b.get(QStringLiteral("index_name")), QStringLiteral("index name"));
    if (!n)
        return n.error();
    op.index.name = *n;
    Result<std::vector<schema::IndexElement>> els =
        m_sa.indexElements(*b.get(QStringLiteral("columns")));
    if (!els)
        return els.error();
    op.index.elements = *els;
    if (const Expr *u = b.get(QStringLiteral("unique"))) {
        Result<bool> flag = m_sa.boolean(*u, QStringLiteral("unique"));
        if (!flag)
            return flag.error();
        op.index.unique = *flag;
    }
    if (const Expr *q = b.get(QStringLiteral("quote")); q && !m_sa.resolve(*q).is(ExprKind::None))
        return m_sa.error(*q, QStringLiteral("create_index(quote=...) is not supported"));
    if (Status s = m_sa.indexOptions(op.index, b.dialectKeywords); !s)
        return s.error();
    return make(op);
}

Result<Operation> OpCallReader::addConstraint(const BoundCall &b, const QString &name,
                                              const BatchAlterTableOp *batch) const
{
    AddConstraintOp op;
    const bool fk = name == QLatin1String("create_foreign_key");
    if (Status s =
            tableAndSchema(b, batch, op.schema, op.table,
                           fk ? QStringLiteral("source_table") : QStringLiteral("table_name"));
        !s)
        return s.error();
    if (fk && !batch) {
        Result<QString> s = str(b, "source_schema");
        if (!s)
            return s.error();
        op.schema = *s;
    }
    ConstraintDef &c = op.constraint;
    Result<ObjectName> n =
        m_sa.name(*b.get(QStringLiteral("constraint_name")), QStringLiteral("constraint name"));
    if (!n)
        return n.error();
    c.name = *n;
    if (name == QLatin1String("create_check_constraint")) {
        c.kind = ConstraintDef::Kind::Check;
        Result<QString> sql =
            m_sa.sqlText(*b.get(QStringLiteral("condition")), QStringLiteral("condition"));
        if (!sql)
            return sql.error();
        c.sqlText = *sql;
    } else {
        c.kind = fk                                            ? ConstraintDef::Kind::ForeignKey
                 : name == QLatin1String("create_primary_key") ? ConstraintDef::Kind::PrimaryKey
                                                               : ConstraintDef::Kind::Unique;
        Result<QStringList> cols =
            m_sa.stringList(*b.get(fk ? QStringLiteral("local_cols") : QStringLiteral("columns")),
                            QStringLiteral("columns"));
        if (!cols)
            return cols.error();
        c.columns = *cols;
    }
    if (fk) {
        Result<QString> table = str(b, "referent_table");
        Result<QString> schema = str(b, "referent_schema");
        Result<QStringList> remote =
            m_sa.stringList(*b.get(QStringLiteral("remote_cols")), QStringLiteral("remote_cols"));
        if (!table)
            return table.error();
        if (!schema)
            return schema.error();
        if (!remote)
            return remote.error();
        c.referredTable = *table;
        c.referredSchema = *schema;
        c.referredColumns = *remote;
        if (c.referredColumns.size() != c.columns.size() || c.columns.isEmpty())
            return m_sa.error(
                *b.call,
                QStringLiteral("a foreign key needs as many remote columns as local columns"));
    }
    // deferrable / initially / ondelete / onupdate / match, validated as SQLAlchemy does.
    if (Status s = m_sa.constraintOptions(b, c); !s)
        return s.error();
    if (c.columns.isEmpty() && c.kind != ConstraintDef::Kind::Check)
        return m_sa.error(*b.call, QStringLiteral("%1 needs columns").arg(name));
    return make(op);
}

}  // namespace stratum::migrate
