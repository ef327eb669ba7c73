#pragma once

#include "core/config/Result.h"
#include "core/migrate/ops/Operation.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"
#include "core/schema/NamingConvention.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace stratum::migrate {

class ScriptDirectory;

// Something replay could not model exactly: op.execute() (arbitrary SQL), a
// statement Stratum does not interpret, an operation on a table the replayed
// model does not know. The state is still produced; these say where it may
// differ from a real database.
struct ReplayWarning
{
    QString revision;  // the revision id; empty for operations applied directly
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const;  // "file:line: revision abc: message"
};

// The schema at a revision, as replaying the upgrades up to it gives it.
struct SchemaState
{
    schema::MetaData metadata;  // canonical order
    QList<ReplayWarning> warnings;
    QStringList revisions;  // the revisions replayed, oldest first
};

// Builds a schema in memory by applying operations the way the database
// would, without any database (Django's migration state). Tables are kept in
// the operations' own vocabulary (TableDef) while replaying, so that batch
// alterations, column-level unique/index/ForeignKey flags and op.f() names
// behave exactly as when the operations run; metadata() converts to
// schema::MetaData. Unnamed constraints stay unnamed (the server names them);
// index names follow the naming convention. Not thread-safe; a value.
class SchemaReplayer
{
public:
    explicit SchemaReplayer(schema::Dialect dialect,
                            schema::NamingConvention naming = schema::NamingConvention());

    // Applies one operation; what cannot be modelled becomes a warning.
    void apply(const Operation &op, const QString &revision = QString());
    // A revision's upgrade operations; its uninterpreted statements become warnings.
    void applyUpgrade(const QString &revision, const RevisionOperations &operations);

    schema::MetaData metadata() const;
    const QList<ReplayWarning> &warnings() const { return m_warnings; }

private:
    void warn(const Operation &op, const QString &revision, const QString &message);
    void applyToTable(const Operation &op, const QString &schema, const QString &table,
                      const QString &revision);
    void materialize(TableDef &table) const;
    // Calls fn for every foreign key that refers to schema.table.
    void forEachReference(const QString &schema, const QString &table,
                          const std::function<void(ConstraintDef &)> &fn);
    void rememberEnums(const TypeSpec &type);

    schema::Dialect m_dialect;
    schema::NamingConvention m_naming;
    std::map<QString, TableDef> m_tables;         // "schema.table" -> definition
    std::map<QString, schema::EnumType> m_enums;  // "schema.name" (PostgreSQL native enums)
    QList<ReplayWarning> m_warnings;
};

// The schema at `revision` (anything RevisionGraph::revisionFor accepts:
// "head", an id, a unique prefix, label@head; "base" gives an empty model):
// the upgrade operations of every revision from base up to it, in the order
// `upgrade` applies them. Fails on a graph error or an unreadable revision
// script on that path; everything else is a warning in the result.
Result<SchemaState> schemaStateAtRevision(const ScriptDirectory &dir, const QString &revision,
                                          schema::Dialect dialect);
// The same, without the warnings.
Result<schema::MetaData> schemaAtRevision(const ScriptDirectory &dir, const QString &revision,
                                          schema::Dialect dialect);

// The conversion replay uses at the end: an operations-level table as a
// schema::Table (column flags become constraints and indexes, index names
// after `naming`, enum types referenced by name).
schema::Table toSchemaTable(const TableDef &table, schema::Dialect dialect,
                            const schema::NamingConvention &naming);

}  // namespace stratum::migrate
