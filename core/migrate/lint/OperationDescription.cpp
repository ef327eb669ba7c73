// describeOperation(): an operation in plain words, for the review dialog,
// the history viewer and lint findings.
#include "core/migrate/lint/MigrationLint.h"
#include "core/migrate/ops/DdlWriter.h"

#include <QCoreApplication>

// The translation context of this file's messages. It sits outside any
// namespace because lupdate names a context after the enclosing scopes,
// and the name it records must be the one looked up at run time.
class OperationText
{
    Q_DECLARE_TR_FUNCTIONS(OperationText)
};

namespace stratum::migrate {
namespace {

QString ident(const QString &name)
{
    return u'`' + name + u'`';
}

QString tableName(const QString &schema, const QString &table)
{
    return ident(schema.isEmpty() ? table : schema + u'.' + table);
}

QString columnList(const QStringList &columns)
{
    return u'(' + columns.join(QStringLiteral(", ")) + u')';
}

struct Describer
{
    schema::Dialect dialect;
    DdlWriter writer{dialect, schema::NamingConvention()};

    QString type(const TypeSpec &t) const
    {
        Result<QString> sql = writer.type(t, QString());
        return sql ? *sql : t.python;
    }

    QString column(const ColumnDef &c) const
    {
        QString out = ident(c.name) + u' ' + type(c.type);
        const bool nullable = c.nullableGiven ? c.nullable : !c.primaryKey;
        if (!nullable)
            out += QStringLiteral(" NOT NULL");
        if (!c.serverDefault.isNone())
            out += QStringLiteral(" DEFAULT ") + writer.defaultSql(c.serverDefault);
        return out;
    }

    QString operator()(const CreateTableOp &o) const
    {
        return OperationText::tr("create table %1 with %n column(s)", nullptr,
                                 int(o.table.columns.size()))
            .arg(tableName(o.table.schema, o.table.name));
    }
    QString operator()(const DropTableOp &o) const
    {
        return OperationText::tr("drop table %1").arg(tableName(o.schema, o.table));
    }
    QString operator()(const AddColumnOp &o) const
    {
        return OperationText::tr("add column %1 to %2")
            .arg(column(o.column), tableName(o.schema, o.table));
    }
    QString operator()(const DropColumnOp &o) const
    {
        return OperationText::tr("drop column %1 from %2")
            .arg(ident(o.column), tableName(o.schema, o.table));
    }
    QString operator()(const AlterColumnOp &o) const
    {
        QStringList changes;
        if (o.type)
            changes << OperationText::tr("type %1").arg(type(*o.type));
        if (o.nullable)
            changes << (*o.nullable ? OperationText::tr("NULL allowed")
                                    : OperationText::tr("NOT NULL"));
        if (o.serverDefault) {
            changes
                << (o.serverDefault->isNone()
                        ? OperationText::tr("no default")
                        : OperationText::tr("default %1").arg(writer.defaultSql(*o.serverDefault)));
        }
        if (o.commentGiven)
            changes << (o.comment ? OperationText::tr("comment set")
                                  : OperationText::tr("comment dropped"));
        if (o.newName)
            changes << OperationText::tr("renamed to %1").arg(ident(*o.newName));
        return OperationText::tr("alter column %1 of %2: %3")
            .arg(ident(o.column), tableName(o.schema, o.table),
                 changes.isEmpty() ? OperationText::tr("no change")
                                   : changes.join(QStringLiteral(", ")));
    }
    QString operator()(const CreateIndexOp &o) const
    {
        QStringList keys;
        for (const schema::IndexElement &e : o.index.elements)
            keys << (e.isExpression() ? e.expression : e.column);
        QString out =
            (o.index.unique ? OperationText::tr("create unique index %1 on %2 %3")
                            : OperationText::tr("create index %1 on %2 %3"))
                .arg(ident(o.index.name.value), tableName(o.schema, o.table), columnList(keys));
        if (o.index.postgresqlConcurrently && dialect == schema::Dialect::PostgreSQL)
            out += OperationText::tr(" (concurrently)");
        return out;
    }
    QString operator()(const DropIndexOp &o) const
    {
        if (o.table.isEmpty())
            return OperationText::tr("drop index %1").arg(ident(o.name.value));
        return OperationText::tr("drop index %1 on %2")
            .arg(ident(o.name.value), tableName(o.schema, o.table));
    }
    QString operator()(const AddConstraintOp &o) const
    {
        const ConstraintDef &c = o.constraint;
        const QString table = tableName(o.schema, o.table);
        const QString name = c.name.isEmpty() ? QString() : ident(c.name.value) + u' ';
        switch (c.kind) {
        case ConstraintDef::Kind::PrimaryKey:
            return OperationText::tr("add primary key %1on %2 %3")
                .arg(name, table, columnList(c.columns));
        case ConstraintDef::Kind::ForeignKey:
            return OperationText::tr("add foreign key %1on %2 %3 referencing %4 %5")
                .arg(name, table, columnList(c.columns),
                     tableName(c.referredSchema, c.referredTable), columnList(c.referredColumns));
        case ConstraintDef::Kind::Unique:
            return OperationText::tr("add unique constraint %1on %2 %3")
                .arg(name, table, columnList(c.columns));
        case ConstraintDef::Kind::Check:
            return OperationText::tr("add check constraint %1on %2 (%3)")
                .arg(name, table, c.sqlText);
        }
        return {};
    }
    QString operator()(const DropConstraintOp &o) const
    {
        return OperationText::tr("drop constraint %1 from %2")
            .arg(ident(o.name.value), tableName(o.schema, o.table));
    }
    QString operator()(const RenameTableOp &o) const
    {
        return OperationText::tr("rename table %1 to %2")
            .arg(tableName(o.schema, o.table), ident(o.newName));
    }
    QString operator()(const TableCommentOp &o) const
    {
        return o.comment ? OperationText::tr("set the comment of table %1")
                               .arg(tableName(o.schema, o.table))
                         : OperationText::tr("drop the comment of table %1")
                               .arg(tableName(o.schema, o.table));
    }
    QString operator()(const ExecuteOp &o) const
    {
        QString sql = o.sql.simplified();
        if (sql.size() > 80)
            sql = sql.left(77) + QStringLiteral("...");
        return OperationText::tr("run SQL: %1").arg(sql);
    }
    QString operator()(const BatchAlterTableOp &o) const
    {
        QStringList inner;
        for (const Operation &op : o.operations)
            inner << std::visit(*this, op.op);
        return OperationText::tr("alter table %1 in batch mode: %2")
            .arg(tableName(o.schema, o.table), inner.join(QStringLiteral("; ")));
    }
};

}  // namespace

QString describeOperation(const Operation &op, schema::Dialect dialect)
{
    return std::visit(Describer{dialect}, op.op);
}

QString lintClassName(LintClass kind)
{
    switch (kind) {
    case LintClass::Destructive:
        return OperationText::tr("Destructive");
    case LintClass::DataDependent:
        return OperationText::tr("Data-dependent");
    case LintClass::Locking:
        return OperationText::tr("Locking");
    case LintClass::Irreversible:
        return OperationText::tr("Irreversible");
    }
    return {};
}

}  // namespace stratum::migrate
