#pragma once

#include "core/config/Result.h"
#include "core/migrate/ops/DdlWriter.h"
#include "core/migrate/ops/Operation.h"
#include "core/schema/Table.h"

#include <QHash>

namespace stratum::migrate {

// Batch mode's "move and copy", as Alembic's ApplyBatchImpl does it: apply the
// batch's alterations to the table's definition, CREATE TABLE
// _alembic_tmp_<table> with the result, INSERT ... SELECT the surviving
// columns (with CAST where the type's affinity changes), DROP the old table,
// RENAME the new one, and recreate the indexes. Named constraints and indexes
// survive unless the batch drops them; constraints on dropped columns go with
// them, as in Alembic. Also used to keep the offline model of the tables up
// to date after ordinary operations. Stateless; thread-safe.
class BatchPlanner
{
public:
    // Alembic's "auto" rule: SQLite recreates unless every operation is an
    // add_column (without an SQL-expression default) or an index change.
    static bool needsRecreate(const BatchAlterTableOp &batch, schema::Dialect dialect);

    // The statements that rebuild `existing` with the batch applied.
    static Result<QStringList> moveAndCopy(const TableDef &existing, const BatchAlterTableOp &batch,
                                           const DdlWriter &writer);

    // Applies one table alteration (add/drop/alter column, constraints,
    // indexes, table comment) to a definition. transfers, when given, tracks
    // which old column each new column is copied from and how.
    struct Transfer
    {
        QString target;
        QString source;  // empty: a new column, nothing to copy
        std::optional<TypeSpec> castTo;
    };
    static Status apply(TableDef &table, const Operation &op, std::vector<Transfer> *transfers);

    // A reflected table as a definition; declaredTypes (column -> SQL type as
    // declared) keeps SQLite's own spelling of each type.
    static TableDef fromSchemaTable(const schema::Table &table,
                                    const QHash<QString, QString> &declaredTypes = {});

    static QString tempName(const QString &table)
    {
        return (QStringLiteral("_alembic_tmp_") + table).left(50);
    }
};

}  // namespace stratum::migrate
