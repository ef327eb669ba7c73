#pragma once

#include "core/migrate/ops/SaReader.h"

namespace stratum::migrate {

// Turns one op.* / batch_op.* call into an Operation, with Alembic 1.8's
// signatures (in a batch, the table and schema come from the batch and the
// signatures drop them, as BatchOperations does). Unknown operations and
// arguments are Errors at the offending node. Uses the SaReader it is given;
// not thread-safe beyond that.
class OpCallReader
{
public:
    explicit OpCallReader(const SaReader &reader)
        : m_sa(reader)
    {}

    // name is the operation ("create_table"); batch is the enclosing batch, if any.
    Result<Operation> read(const pyread::Expr &call, const QString &name,
                           const BatchAlterTableOp *batch) const;
    // op.batch_alter_table(...)'s own arguments.
    Result<BatchAlterTableOp> batchHeader(const pyread::Expr &call) const;

private:
    Result<Operation> createTable(const BoundCall &b) const;
    Result<Operation> addColumn(const BoundCall &b, const BatchAlterTableOp *batch) const;
    Result<Operation> alterColumn(const BoundCall &b, const BatchAlterTableOp *batch) const;
    Result<Operation> createIndex(const BoundCall &b, const BatchAlterTableOp *batch) const;
    Result<Operation> addConstraint(const BoundCall &b, const QString &name,
                                    const BatchAlterTableOp *batch) const;
    Status tableAndSchema(const BoundCall &b, const BatchAlterTableOp *batch, QString &schema,
                          QString &table, const QString &tableKey) const;
    Result<QString> str(const BoundCall &b, const char *key) const;

    const SaReader &m_sa;
};

}  // namespace stratum::migrate
