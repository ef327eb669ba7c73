#include "core/migrate/write/OperationRenderer.h"

#include "core/migrate/write/RevisionWriter.h"

namespace stratum::migrate {

using schema::TypeKind;

namespace {

QString repr(const QString &s)
{
    return RevisionWriter::pyRepr(s);
}

QString reprList(const QStringList &items)
{
    QStringList out;
    for (const QString &s : items)
        out << repr(s);
    return u'[' + out.join(QLatin1String(", ")) + u']';
}

QString boolText(bool b)
{
    return b ? QStringLiteral("True") : QStringLiteral("False");
}

QString schemaKw(const QString &schema, bool always = false)
{
    if (schema.isEmpty())
        return always ? QStringLiteral(", schema=None") : QString();
    return QStringLiteral(", schema=") + repr(schema);
}

QString indexElements(const std::vector<schema::IndexElement> &elements)
{
    QStringList out;
    for (const schema::IndexElement &e : elements)
        out << (e.isExpression() ? QStringLiteral("sa.text(%1)").arg(repr(e.expression))
                                 : repr(e.column));
    return u'[' + out.join(QLatin1String(", ")) + u']';
}

}  // namespace

OperationRenderer::OperationRenderer(schema::Dialect dialect)
    : m_dialect(dialect)
{}

QStringList OperationRenderer::imports() const
{
    if (m_usesPostgresql)
        return {QStringLiteral("from sqlalchemy.dialects import postgresql")};
    return {};
}

QString OperationRenderer::name(const ObjectName &n, const QString &prefix)
{
    if (n.isEmpty())
        return QStringLiteral("None");
    return n.converted ? prefix + QStringLiteral(".f(") + repr(n.value) + u')' : repr(n.value);
}

QString OperationRenderer::serverDefault(const ServerDefault &d)
{
    switch (d.kind) {
    case ServerDefault::Kind::None:
        return QStringLiteral("None");
    case ServerDefault::Kind::Sql:
    case ServerDefault::Kind::Boolean:
        return QStringLiteral("sa.text(%1)").arg(repr(d.value));
    case ServerDefault::Kind::Literal:
        return repr(d.value);
    }
    return QStringLiteral("None");
}

QString OperationRenderer::elementType(const TypeSpec &spec)
{
    const schema::ColumnType &t = spec.type;
    const bool pg = m_dialect == schema::Dialect::PostgreSQL;
    auto pgType = [this](const QString &text) {
        m_usesPostgresql = true;
        return QStringLiteral("postgresql.") + text;
    };
    switch (t.kind) {
    case TypeKind::Integer:
        return QStringLiteral("sa.Integer()");
    case TypeKind::BigInteger:
        return QStringLiteral("sa.BigInteger()");
    case TypeKind::SmallInteger:
        return QStringLiteral("sa.SmallInteger()");
    case TypeKind::Numeric:
        if (t.precision && t.scale)
            return QStringLiteral("sa.Numeric(precision=%1, scale=%2)")
                .arg(*t.precision)
                .arg(*t.scale);
        if (t.precision)
            return QStringLiteral("sa.Numeric(precision=%1)").arg(*t.precision);
        return QStringLiteral("sa.Numeric()");
    case TypeKind::Float:
        return t.precision ? QStringLiteral("sa.Float(precision=%1)").arg(*t.precision)
                           : QStringLiteral("sa.Float()");
    case TypeKind::String:
        return t.length ? QStringLiteral("sa.String(length=%1)").arg(*t.length)
                        : QStringLiteral("sa.String()");
    case TypeKind::Char:
        return t.length ? QStringLiteral("sa.CHAR(length=%1)").arg(*t.length)
                        : QStringLiteral("sa.CHAR()");
    case TypeKind::Text:
        return QStringLiteral("sa.Text()");
    case TypeKind::Boolean:
        return QStringLiteral("sa.Boolean()");
    case TypeKind::Date:
        return QStringLiteral("sa.Date()");
    case TypeKind::DateTime:
    case TypeKind::Time: {
        const bool dt = t.kind == TypeKind::DateTime;
        if (pg && t.precision)
            return pgType(QStringLiteral("%1(timezone=%2, precision=%3)")
                              .arg(dt ? QStringLiteral("TIMESTAMP") : QStringLiteral("TIME"),
                                   boolText(t.timezone))
                              .arg(*t.precision));
        const QString base = dt ? QStringLiteral("sa.DateTime(") : QStringLiteral("sa.Time(");
        return base + (t.timezone ? QStringLiteral("timezone=True)") : QStringLiteral(")"));
    }
    case TypeKind::Interval:
        if (pg && t.precision)
            return pgType(QStringLiteral("INTERVAL(precision=%1)").arg(*t.precision));
        return QStringLiteral("sa.Interval()");
    case TypeKind::Uuid:
        return pg ? pgType(QStringLiteral("UUID()")) : QStringLiteral("sa.CHAR(length=32)");
    case TypeKind::Json:
        return QStringLiteral("sa.JSON()");
    case TypeKind::Jsonb:
        return pg ? pgType(QStringLiteral("JSONB(astext_type=sa.Text())"))
                  : QStringLiteral("sa.JSON()");
    case TypeKind::LargeBinary:
        return QStringLiteral("sa.LargeBinary()");
    case TypeKind::Enum: {
        QStringList args;
        for (const QString &l : spec.enumLabels)
            args << repr(l);
        args << QStringLiteral("name=") + repr(t.enumName);
        if (!t.enumSchema.isEmpty())
            args << QStringLiteral("schema=") + repr(t.enumSchema);
        if (pg && spec.nativeEnum) {
            if (!spec.createType)
                args << QStringLiteral("create_type=False");
            return pgType(QStringLiteral("ENUM(") + args.join(QLatin1String(", ")) + u')');
        }
        if (!spec.nativeEnum)
            args << QStringLiteral("native_enum=False");
        return QStringLiteral("sa.Enum(") + args.join(QLatin1String(", ")) + u')';
    }
    case TypeKind::Verbatim: {
        static const QStringList pgNames = {
            QStringLiteral("INET"),      QStringLiteral("CIDR"),      QStringLiteral("MACADDR"),
            QStringLiteral("MACADDR8"),  QStringLiteral("MONEY"),     QStringLiteral("OID"),
            QStringLiteral("REGCLASS"),  QStringLiteral("TSVECTOR"),  QStringLiteral("HSTORE"),
            QStringLiteral("INT4RANGE"), QStringLiteral("INT8RANGE"), QStringLiteral("NUMRANGE"),
            QStringLiteral("DATERANGE"), QStringLiteral("TSRANGE"),   QStringLiteral("TSTZRANGE"),
            QStringLiteral("CITEXT")};
        const QString upper = t.verbatim.toUpper().simplified();
        if (upper == QLatin1String("REAL"))
            return QStringLiteral("sa.REAL()");
        if (upper == QLatin1String("DOUBLE PRECISION"))
            return pg ? pgType(QStringLiteral("DOUBLE_PRECISION()")) : QStringLiteral("sa.Float()");
        if (pg && pgNames.contains(upper))
            return pgType(upper + QStringLiteral("()"));
        if (upper == QLatin1String("BLOB"))
            return QStringLiteral("sa.BLOB()");
        m_warnings << QStringLiteral("type %1 has no SQLAlchemy spelling Stratum can read; "
                                     "written as sa.Text(): adjust the script")
                          .arg(t.verbatim);
        return QStringLiteral("sa.Text()");
    }
    }
    return QStringLiteral("sa.Text()");
}

QString OperationRenderer::type(const TypeSpec &spec)
{
    if (!spec.python.isEmpty())
        return spec.python;
    if (!spec.type.isArray())
        return elementType(spec);
    TypeSpec element = spec;
    element.type.arrayDimensions = 0;
    m_usesPostgresql = true;
    QString out = QStringLiteral("postgresql.ARRAY(") + elementType(element);
    if (spec.type.arrayDimensions > 1)
        out += QStringLiteral(", dimensions=%1").arg(spec.type.arrayDimensions);
    return out + u')';
}

QString OperationRenderer::column(const ColumnDef &c)
{
    QStringList args{repr(c.name), type(c.type)};
    if (c.identity) {
        const IdentityDef &i = *c.identity;
        QStringList id{QStringLiteral("always=") + boolText(i.always)};
        auto num = [&id](const char *key, const std::optional<qint64> &v) {
            if (v)
                id << QString::fromLatin1(key) + u'=' + QString::number(*v);
        };
        num("start", i.start);
        num("increment", i.increment);
        num("minvalue", i.minValue);
        num("maxvalue", i.maxValue);
        num("cache", i.cache);
        if (i.cycle)
            id << QStringLiteral("cycle=") + boolText(*i.cycle);
        args << QStringLiteral("sa.Identity(") + id.join(QLatin1String(", ")) + u')';
    }
    if (c.computed) {
        QString comp = QStringLiteral("sa.Computed(") + repr(c.computed->sqlText);
        if (c.computed->persisted)
            comp += QStringLiteral(", persisted=") + boolText(*c.computed->persisted);
        args << comp + u')';
    }
    if (c.autoincrement)
        args << QStringLiteral("autoincrement=") + boolText(*c.autoincrement);
    if (!c.serverDefault.isNone())
        args << QStringLiteral("server_default=") + serverDefault(c.serverDefault);
    args << QStringLiteral("nullable=") + boolText(c.nullable);
    if (c.comment)
        args << QStringLiteral("comment=") + repr(*c.comment);
    return QStringLiteral("sa.Column(") + args.join(QLatin1String(", ")) + u')';
}

QString OperationRenderer::constraint(const ConstraintDef &c)
{
    QStringList args;
    QString call;
    switch (c.kind) {
    case ConstraintDef::Kind::PrimaryKey:
        call = QStringLiteral("sa.PrimaryKeyConstraint");
        for (const QString &col : c.columns)
            args << repr(col);
        break;
    case ConstraintDef::Kind::Unique:
        call = QStringLiteral("sa.UniqueConstraint");
        for (const QString &col : c.columns)
            args << repr(col);
        break;
    case ConstraintDef::Kind::Check:
        call = QStringLiteral("sa.CheckConstraint");
        args << repr(c.sqlText);
        break;
    case ConstraintDef::Kind::ForeignKey: {
        call = QStringLiteral("sa.ForeignKeyConstraint");
        QStringList referred;
        const QString prefix = (c.referredSchema.isEmpty() ? QString() : c.referredSchema + u'.') +
                               c.referredTable + u'.';
        for (const QString &col : c.referredColumns)
            referred << prefix + col;
        args << reprList(c.columns) << reprList(referred);
        break;
    }
    }
    if (!c.name.isEmpty())
        args << QStringLiteral("name=") + name(c.name);
    if (!c.onUpdate.isEmpty())
        args << QStringLiteral("onupdate=") + repr(c.onUpdate);
    if (!c.onDelete.isEmpty())
        args << QStringLiteral("ondelete=") + repr(c.onDelete);
    if (c.deferrable)
        args << QStringLiteral("deferrable=") + boolText(*c.deferrable);
    if (!c.initially.isEmpty())
        args << QStringLiteral("initially=") + repr(c.initially);
    return call + u'(' + args.join(QLatin1String(", ")) + u')';
}

QString OperationRenderer::indexArgs(const IndexDef &ix)
{
    QString out = QStringLiteral(", unique=") + boolText(ix.unique);
    if (!ix.postgresqlWhere.isEmpty() && m_dialect == schema::Dialect::PostgreSQL)
        out += QStringLiteral(", postgresql_where=sa.text(%1)").arg(repr(ix.postgresqlWhere));
    if (!ix.sqliteWhere.isEmpty() && m_dialect == schema::Dialect::SQLite)
        out += QStringLiteral(", sqlite_where=sa.text(%1)").arg(repr(ix.sqliteWhere));
    if (!ix.postgresqlUsing.isEmpty())
        out += QStringLiteral(", postgresql_using=") + repr(ix.postgresqlUsing);
    if (!ix.postgresqlInclude.isEmpty())
        out += QStringLiteral(", postgresql_include=") + reprList(ix.postgresqlInclude);
    return out;
}

QStringList OperationRenderer::render(const QList<Operation> &operations)
{
    QStringList out;
    for (const Operation &op : operations)
        renderInto(op, QStringLiteral("op"), out);
    return out;
}

QStringList OperationRenderer::render(const Operation &operation)
{
    QStringList out;
    renderInto(operation, QStringLiteral("op"), out);
    return out;
}

void OperationRenderer::renderInto(const Operation &operation, const QString &prefix,
                                   QStringList &out)
{
    // In a batch block the table (and schema) are the block's.
    const bool batch = prefix == QLatin1String("batch_op");
    auto head = [&](const QString &verb, const QString &table) {
        return prefix + u'.' + verb + u'(' + (batch ? QString() : repr(table));
    };
    auto sep = [&]() { return batch ? QString() : QStringLiteral(", "); };
    auto sch = [&](const QString &schema) { return batch ? QString() : schemaKw(schema); };

    if (const CreateTableOp *o = operation.as<CreateTableOp>()) {
        const TableDef &t = o->table;
        out << QStringLiteral("op.create_table(") + repr(t.name) + u',';
        QStringList items;
        for (const ColumnDef &c : t.columns)
            items << column(c);
        for (const ConstraintDef &c : t.constraints)
            items << constraint(c);
        if (t.comment)
            items << QStringLiteral("comment=") + repr(*t.comment);
        if (!t.schema.isEmpty())
            items << QStringLiteral("schema=") + repr(t.schema);
        for (int i = 0; i < items.size(); ++i)
            out << items[i] + (i + 1 < items.size() ? QStringLiteral(",") : QString());
        out << QStringLiteral(")");
    } else if (const DropTableOp *o = operation.as<DropTableOp>()) {
        out << QStringLiteral("op.drop_table(") + repr(o->table) + schemaKw(o->schema) + u')';
    } else if (const AddColumnOp *o = operation.as<AddColumnOp>()) {
        out << head(QStringLiteral("add_column"), o->table) + sep() + column(o->column) +
                   sch(o->schema) + u')';
    } else if (const DropColumnOp *o = operation.as<DropColumnOp>()) {
        out << head(QStringLiteral("drop_column"), o->table) + sep() + repr(o->column) +
                   sch(o->schema) + u')';
    } else if (const AlterColumnOp *o = operation.as<AlterColumnOp>()) {
        QStringList kw;
        if (o->newName)
            kw << QStringLiteral("new_column_name=") + repr(*o->newName);
        if (o->existingType)
            kw << QStringLiteral("existing_type=") + type(*o->existingType);
        if (o->type)
            kw << QStringLiteral("type_=") + type(*o->type);
        if (o->nullable)
            kw << QStringLiteral("nullable=") + boolText(*o->nullable);
        if (o->existingNullable)
            kw << QStringLiteral("existing_nullable=") + boolText(*o->existingNullable);
        if (o->serverDefault)
            kw << QStringLiteral("server_default=") + serverDefault(*o->serverDefault);
        if (o->existingServerDefault)
            kw << QStringLiteral("existing_server_default=") +
                      serverDefault(*o->existingServerDefault);
        if (o->commentGiven)
            kw << QStringLiteral("comment=") +
                      (o->comment ? repr(*o->comment) : QStringLiteral("None"));
        if (o->existingComment)
            kw << QStringLiteral("existing_comment=") + repr(*o->existingComment);
        if (!batch && !o->schema.isEmpty())
            kw << QStringLiteral("schema=") + repr(o->schema);
        out << head(QStringLiteral("alter_column"), o->table) + sep() + repr(o->column) +
                   (kw.isEmpty() ? QString() : QStringLiteral(","));
        for (int i = 0; i < kw.size(); ++i)
            out << QStringLiteral("           ") + kw[i] + (i + 1 < kw.size() ? u',' : u')');
        if (kw.isEmpty())
            out.last() += u')';
    } else if (const CreateIndexOp *o = operation.as<CreateIndexOp>()) {
        out << prefix + QStringLiteral(".create_index(") + name(o->index.name, prefix) +
                   (batch ? QString() : QStringLiteral(", ") + repr(o->table)) +
                   QStringLiteral(", ") + indexElements(o->index.elements) + indexArgs(o->index) +
                   sch(o->schema) + u')';
    } else if (const DropIndexOp *o = operation.as<DropIndexOp>()) {
        out << prefix + QStringLiteral(".drop_index(") + name(o->name, prefix) +
                   (batch || o->table.isEmpty()
                        ? QString()
                        : QStringLiteral(", table_name=") + repr(o->table)) +
                   sch(o->schema) + u')';
    } else if (const AddConstraintOp *o = operation.as<AddConstraintOp>()) {
        const ConstraintDef &c = o->constraint;
        const QString n = name(c.name, prefix);
        const QString table = batch ? QString() : QStringLiteral(", ") + repr(o->table);
        QString line;
        switch (c.kind) {
        case ConstraintDef::Kind::PrimaryKey:
            line = prefix + QStringLiteral(".create_primary_key(") + n + table +
                   QStringLiteral(", ") + reprList(c.columns) + sch(o->schema);
            break;
        case ConstraintDef::Kind::Unique:
            line = prefix + QStringLiteral(".create_unique_constraint(") + n + table +
                   QStringLiteral(", ") + reprList(c.columns) + sch(o->schema);
            break;
        case ConstraintDef::Kind::Check:
            line = prefix + QStringLiteral(".create_check_constraint(") + n + table +
                   QStringLiteral(", ") + repr(c.sqlText) + sch(o->schema);
            break;
        case ConstraintDef::Kind::ForeignKey:
            line = prefix + QStringLiteral(".create_foreign_key(") + n + table +
                   QStringLiteral(", ") + repr(c.referredTable) + QStringLiteral(", ") +
                   reprList(c.columns) + QStringLiteral(", ") + reprList(c.referredColumns);
            if (!batch && !o->schema.isEmpty())
                line += QStringLiteral(", source_schema=") + repr(o->schema);
            if (!c.referredSchema.isEmpty())
                line += QStringLiteral(", referent_schema=") + repr(c.referredSchema);
            if (!c.onUpdate.isEmpty())
                line += QStringLiteral(", onupdate=") + repr(c.onUpdate);
            if (!c.onDelete.isEmpty())
                line += QStringLiteral(", ondelete=") + repr(c.onDelete);
            if (c.deferrable)
                line += QStringLiteral(", deferrable=") + boolText(*c.deferrable);
            if (!c.initially.isEmpty())
                line += QStringLiteral(", initially=") + repr(c.initially);
            break;
        }
        out << line + u')';
    } else if (const DropConstraintOp *o = operation.as<DropConstraintOp>()) {
        out << prefix + QStringLiteral(".drop_constraint(") + name(o->name, prefix) +
                   (batch ? QString() : QStringLiteral(", ") + repr(o->table)) +
                   (o->type.isEmpty() ? QString() : QStringLiteral(", type_=") + repr(o->type)) +
                   sch(o->schema) + u')';
    } else if (const RenameTableOp *o = operation.as<RenameTableOp>()) {
        out << QStringLiteral("op.rename_table(") + repr(o->table) + QStringLiteral(", ") +
                   repr(o->newName) + schemaKw(o->schema) + u')';
    } else if (const TableCommentOp *o = operation.as<TableCommentOp>()) {
        const QString existing =
            QStringLiteral("existing_comment=") +
            (o->existingComment ? repr(*o->existingComment) : QStringLiteral("None"));
        if (o->comment)
            out << head(QStringLiteral("create_table_comment"), o->table) + sep() +
                       repr(*o->comment) + QStringLiteral(", ") + existing + sch(o->schema) + u')';
        else
            out << head(QStringLiteral("drop_table_comment"), o->table) + sep() + existing +
                       sch(o->schema) + u')';
    } else if (const ExecuteOp *o = operation.as<ExecuteOp>()) {
        out << prefix + QStringLiteral(".execute(") + repr(o->sql) + u')';
    } else if (const BatchAlterTableOp *o = operation.as<BatchAlterTableOp>()) {
        out << QStringLiteral("with op.batch_alter_table(") + repr(o->table) +
                   schemaKw(o->schema, true) + QStringLiteral(") as batch_op:");
        QStringList inner;
        for (const Operation &op : o->operations)
            renderInto(op, QStringLiteral("batch_op"), inner);
        for (const QString &l : std::as_const(inner))
            out << QStringLiteral("    ") + l;
    }
}

}  // namespace stratum::migrate
