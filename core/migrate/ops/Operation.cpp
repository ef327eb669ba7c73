#include "core/migrate/ops/Operation.h"

namespace stratum::migrate {

const ColumnDef *TableDef::column(const QString &columnName) const
{
    for (const ColumnDef &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

ColumnDef *TableDef::column(const QString &columnName)
{
    return const_cast<ColumnDef *>(std::as_const(*this).column(columnName));
}

namespace {

QString qualified(const QString &schema, const QString &table)
{
    return schema.isEmpty() ? table : schema + u'.' + table;
}

}  // namespace

QString Operation::describe() const
{
    struct Describe
    {
        QString operator()(const CreateTableOp &o) const
        {
            return QStringLiteral("create table %1").arg(o.table.displayName());
        }
        QString operator()(const DropTableOp &o) const
        {
            return QStringLiteral("drop table %1").arg(qualified(o.schema, o.table));
        }
        QString operator()(const AddColumnOp &o) const
        {
            return QStringLiteral("add column %1.%2")
                .arg(qualified(o.schema, o.table), o.column.name);
        }
        QString operator()(const DropColumnOp &o) const
        {
            return QStringLiteral("drop column %1.%2").arg(qualified(o.schema, o.table), o.column);
        }
        QString operator()(const AlterColumnOp &o) const
        {
            return QStringLiteral("alter column %1.%2").arg(qualified(o.schema, o.table), o.column);
        }
        QString operator()(const CreateIndexOp &o) const
        {
            return QStringLiteral("create index %1 on %2")
                .arg(o.index.name.value, qualified(o.schema, o.table));
        }
        QString operator()(const DropIndexOp &o) const
        {
            return QStringLiteral("drop index %1").arg(o.name.value);
        }
        QString operator()(const AddConstraintOp &o) const
        {
            static const char *kinds[] = {"primary key", "foreign key", "unique constraint",
                                          "check constraint"};
            return QStringLiteral("add %1 %2 on %3")
                .arg(QString::fromLatin1(kinds[int(o.constraint.kind)]), o.constraint.name.value,
                     qualified(o.schema, o.table))
                .simplified();
        }
        QString operator()(const DropConstraintOp &o) const
        {
            return QStringLiteral("drop constraint %1 on %2")
                .arg(o.name.value, qualified(o.schema, o.table));
        }
        QString operator()(const RenameTableOp &o) const
        {
            return QStringLiteral("rename table %1 to %2")
                .arg(qualified(o.schema, o.table), o.newName);
        }
        QString operator()(const TableCommentOp &o) const
        {
            return QStringLiteral("%1 comment of table %2")
                .arg(o.comment ? QStringLiteral("set") : QStringLiteral("drop"),
                     qualified(o.schema, o.table));
        }
        QString operator()(const ExecuteOp &o) const
        {
            return QStringLiteral("execute %1").arg(o.sql.simplified().left(60));
        }
        QString operator()(const BatchAlterTableOp &o) const
        {
            return QStringLiteral("batch alter table %1 (%2 operations)")
                .arg(qualified(o.schema, o.table))
                .arg(o.operations.size());
        }
    };
    return std::visit(Describe{}, op);
}

}  // namespace stratum::migrate
