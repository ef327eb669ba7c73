#include "core/migrate/models/ModelsPyReader.h"

#include "core/migrate/models/DeclarativeScanner.h"
#include "core/migrate/ops/DdlWriter.h"
#include "core/migrate/ops/SchemaConversion.h"
#include "core/pyread/Module.h"
#include "core/schema/TypeCompiler.h"

namespace stratum::migrate {

namespace {

using schema::ColumnType;
using schema::TypeKind;

// Turns the TableDefs of the scan into schema::Tables the way SQLAlchemy's
// Table would hold them after create_all's DDL: the constraints SQLAlchemy
// derives from columns (primary_key=, unique=, ForeignKey, index=),
// SERIAL/AUTOINCREMENT, enums as types of the model (PostgreSQL) or VARCHAR
// (SQLite), server defaults as the SQL they render to.
class SchemaBuilder
{
public:
    SchemaBuilder(schema::Dialect dialect, const QString &file, schema::MetaData &metadata,
                  QList<ModelsWarning> &warnings, const QString &defaultSchema)
        : m_defaultSchema(defaultSchema)
        , m_dialect(dialect)
        , m_file(file)
        , m_metadata(metadata)
        , m_warnings(warnings)
        , m_writer(dialect, metadata.naming)
    {}

    void add(const TableDef &t);

private:
    bool pg() const { return m_dialect == schema::Dialect::PostgreSQL; }
    ColumnType columnType(const TableDef &t, const ColumnDef &c);
    QString serverDefault(const ServerDefault &d) const;
    void warn(const QString &message) { m_warnings.append({m_file, 0, message}); }

    QString m_defaultSchema;
    schema::Dialect m_dialect;
    QString m_file;
    schema::MetaData &m_metadata;
    QList<ModelsWarning> &m_warnings;
    DdlWriter m_writer;
};

ColumnType SchemaBuilder::columnType(const TableDef &t, const ColumnDef &c)
{
    const TypeSpec &spec = c.type;
    ColumnType type = spec.type;
    if (spec.isEnum()) {
        const int longest = schema::TypeCompiler::enumLength(spec.enumLabels);
        if (!pg() || type.enumName.isEmpty()) {
            if (pg())
                warn(QStringLiteral("column %1.%2: an Enum without name= cannot be created on "
                                    "PostgreSQL; read as VARCHAR")
                         .arg(t.displayName(), c.name));
            ColumnType s = ColumnType::string(type.length ? *type.length : longest);
            s.arrayDimensions = type.arrayDimensions;
            return s;
        }
        type.length.reset();
        if (const schema::EnumType *existing =
                m_metadata.enumType(type.enumSchema, type.enumName)) {
            if (existing->labels != spec.enumLabels)
                warn(QStringLiteral("enum %1 is declared twice with different labels; the first "
                                    "declaration is kept")
                         .arg(type.enumName));
        } else {
            m_metadata.enums.push_back({type.enumSchema, type.enumName, spec.enumLabels});
        }
        return type;
    }
    // SaReader keeps a CHECK constraint's name in enumName for Boolean and
    // non-native Enum; the column type itself has none.
    type.enumName.clear();
    type.enumSchema.clear();
    return type;
}

QString SchemaBuilder::serverDefault(const ServerDefault &d) const
{
    switch (d.kind) {
    case ServerDefault::Kind::None:
        return {};
    case ServerDefault::Kind::Literal:
        return m_writer.literal(d.value);
    case ServerDefault::Kind::Boolean:
        if (pg())
            return d.value;
        return d.value == QLatin1String("true") ? QStringLiteral("1") : QStringLiteral("0");
    case ServerDefault::Kind::Sql:
        return d.value;
    }
    return {};
}

void SchemaBuilder::add(const TableDef &t)
{
    schema::Table out;
    out.schema = t.schema;
    out.name = t.name;
    out.comment = t.comment.value_or(QString());
    const std::vector<ConstraintDef> constraints = m_writer.effectiveConstraints(t);
    QStringList pkColumns;
    for (const ConstraintDef &k : constraints) {
        if (k.kind == ConstraintDef::Kind::PrimaryKey) {
            out.primaryKey.name = k.name.value;
            out.primaryKey.columns = pkColumns = k.columns;
        }
    }
    const QString autoColumn = DdlWriter::autoincrementColumn(t);
    for (const ColumnDef &c : t.columns) {
        schema::Column col;
        col.name = c.name;
        col.type = columnType(t, c);
        col.nullable = c.nullable;
        if (pkColumns.contains(c.name) && !c.nullableGiven)
            col.nullable = false;
        col.serverDefault = serverDefault(c.serverDefault);
        if (c.identity && pg())
            col.identity = toSchemaIdentity(*c.identity);
        if (pg()) {
            col.autoincrement = autoColumn == c.name && !c.identity && !c.pythonDefault &&
                                col.type.isInteger() && !col.type.isArray();
        } else {
            col.autoincrement = t.sqliteAutoincrement && pkColumns == QStringList{c.name} &&
                                col.type.kind == TypeKind::Integer && c.foreignKeys.empty();
        }
        if (c.computed) {
            col.computed = c.computed->sqlText;
            if (c.computed->persisted == std::optional<bool>(false))
                warn(QStringLiteral("column %1.%2: a virtual computed column is read as stored")
                         .arg(t.displayName(), c.name));
        }
        col.comment = c.comment.value_or(QString());
        out.columns.push_back(col);
    }
    for (const ConstraintDef &k : constraints) {
        switch (k.kind) {
        case ConstraintDef::Kind::PrimaryKey:
            break;
        case ConstraintDef::Kind::ForeignKey: {
            schema::ForeignKey fk = toSchemaForeignKey(k);
            // MetaData(schema=...) also qualifies ForeignKey("table.column").
            if (fk.referredSchema.isEmpty())
                fk.referredSchema = m_defaultSchema;
            out.foreignKeys.push_back(fk);
            break;
        }
        case ConstraintDef::Kind::Unique:
            out.uniqueConstraints.push_back(toSchemaUniqueConstraint(k));
            break;
        case ConstraintDef::Kind::Check:
            out.checkConstraints.push_back({k.name.value, k.sqlText});
            break;
        }
    }
    for (const IndexDef &ix : m_writer.effectiveIndexes(t)) {
        out.indexes.push_back(toSchemaIndex(ix, m_dialect));
    }
    m_metadata.tables.push_back(std::move(out));
}

}  // namespace

namespace {

ModelsPyResult readModule(const pyread::Module &module, const QString &fileName,
                          schema::Dialect dialect)
{
    DeclarativeScanner scanner(module, fileName, dialect);
    scanner.scan();
    ModelsPyResult result;
    result.warnings = scanner.warnings;
    result.metadata.naming = scanner.naming;
    SchemaBuilder builder(dialect, fileName, result.metadata, result.warnings,
                          scanner.defaultSchema);
    for (const TableDef &t : scanner.tables)
        builder.add(t);
    result.metadata.sequences = scanner.sequences;
    result.metadata.canonicalize();
    return result;
}

}  // namespace

Result<ModelsPyResult> readModelsPySource(const QString &source, const QString &fileName,
                                          schema::Dialect dialect)
{
    Result<pyread::Module> module = pyread::Module::parse(source, fileName);
    if (!module)
        return module.error();
    return readModule(*module, fileName, dialect);
}

Result<ModelsPyResult> readModelsPy(const QString &path, schema::Dialect dialect)
{
    Result<pyread::Module> module = pyread::Module::parseFile(path);
    if (!module)
        return module.error();
    return readModule(*module, path, dialect);
}

}  // namespace stratum::migrate
