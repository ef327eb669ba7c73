// Operations-level tables (TableDef) as schema::Table, for SchemaReplayer.
#include "core/migrate/ops/DdlWriter.h"
#include "core/migrate/ops/SchemaConversion.h"
#include "core/migrate/state/SchemaReplay.h"
#include "core/schema/SqliteReflector.h"

namespace stratum::migrate {
namespace {

schema::ColumnType columnType(const TypeSpec &spec, schema::Dialect dialect)
{
    if (spec.isEnum() && dialect != schema::Dialect::PostgreSQL) {
        // SQLAlchemy renders a native Enum as VARCHAR(longest label) where the
        // dialect has no enum types.
        qsizetype longest = 0;
        for (const QString &l : spec.enumLabels)
            longest = qMax(longest, l.size());
        return schema::ColumnType::string(spec.type.length.value_or(int(longest)));
    }
    schema::ColumnType t = spec.type;
    if (t.kind == schema::TypeKind::Verbatim && dialect == schema::Dialect::SQLite)
        return schema::SqliteReflector::mapType(t.verbatim);  // a declared type, as reflected
    if (!spec.isEnum()) {
        t.enumName.clear();  // a non-native Enum keeps its name for the CHECK only
        t.enumSchema.clear();
    }
    return t;
}

}  // namespace

schema::Table toSchemaTable(const TableDef &def, schema::Dialect dialect,
                            const schema::NamingConvention &naming)
{
    const DdlWriter writer(dialect, naming);
    schema::Table t;
    t.schema = def.schema;
    t.name = def.name;
    t.comment = def.comment.value_or(QString());
    const QStringList pk = DdlWriter::primaryKeyColumns(def);
    const QString autoincrement = DdlWriter::autoincrementColumn(def);
    for (const ColumnDef &c : def.columns) {
        schema::Column col;
        col.name = c.name;
        col.type = columnType(c.type, dialect);
        col.nullable = c.nullableGiven ? c.nullable : c.nullable && !pk.contains(c.name);
        col.serverDefault = writer.defaultSql(c.serverDefault);
        if (c.identity)
            col.identity = toSchemaIdentity(*c.identity);
        col.autoincrement = !autoincrement.isEmpty() && autoincrement == c.name;
        if (c.computed)
            col.computed = c.computed->sqlText;
        col.comment = c.comment.value_or(QString());
        t.columns.push_back(col);
    }
    for (const ConstraintDef &c : writer.effectiveConstraints(def)) {
        switch (c.kind) {
        case ConstraintDef::Kind::PrimaryKey:
            t.primaryKey = {c.name.value, c.columns};
            break;
        case ConstraintDef::Kind::ForeignKey:
            t.foreignKeys.push_back(toSchemaForeignKey(c));
            break;
        case ConstraintDef::Kind::Unique:
            t.uniqueConstraints.push_back(toSchemaUniqueConstraint(c));
            break;
        case ConstraintDef::Kind::Check:
            t.checkConstraints.push_back({c.name.value, c.sqlText});
            break;
        }
    }
    for (const IndexDef &ix : writer.effectiveIndexes(def)) {
        schema::Index out = toSchemaIndex(ix, dialect);
        if (Result<QString> name = writer.indexName(def.schema, def.name, ix))
            out.name = *name;
        t.indexes.push_back(out);
    }
    return t;
}

}  // namespace stratum::migrate
