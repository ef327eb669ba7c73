#pragma once

#include "core/config/Result.h"
#include "core/migrate/ops/CallBinder.h"
#include "core/migrate/ops/Operation.h"
#include "core/pyread/Module.h"

#include <QHash>

namespace stratum::migrate {

// Reads the SQLAlchemy constructs of a revision script without running it:
// sa.* / postgresql.* types, sa.Column, table-level constraints, sa.Index,
// server defaults, sa.text() and op.f() names. Names are resolved through the
// module's imports ("import sqlalchemy as sa", "from sqlalchemy.dialects
// import postgresql", "from sqlalchemy import Column"...) and module-level
// assignments of such expressions. Everything outside the subset is an Error
// at the offending node (the interpreter reports it as unsupported).
// Immutable after construction; thread-safe for reading.
class SaReader
{
public:
    SaReader(const pyread::Module &module, const QString &file);

    const QString &file() const { return m_file; }

    // Registers the aliases of an import statement (module level or inside a
    // function body).
    void addImport(const pyread::Stmt &stmt);

    // The canonical name of a dotted reference: "sa.Integer", "pg.JSONB",
    // "op.create_table", "sa.func.now"... or the dotted name as written.
    QString canonical(const pyread::Expr &e) const;
    // e, or the value of the module-level assignment a bare name refers to.
    const pyread::Expr &resolve(const pyread::Expr &e) const;

    Result<TypeSpec> type(const pyread::Expr &e) const;
    Result<ColumnDef> column(const pyread::Expr &e) const;
    bool isColumn(const pyread::Expr &e) const;
    // A table-level constraint (sa.PrimaryKeyConstraint, ...).
    Result<ConstraintDef> constraint(const pyread::Expr &e) const;
    bool isIndex(const pyread::Expr &e) const;
    Result<IndexDef> index(const pyread::Expr &e) const;
    // postgresql_where/using/include/concurrently and sqlite_where; other
    // dialects' keywords (mysql_...) do not apply to PostgreSQL or SQLite.
    Status indexOptions(IndexDef &ix,
                        const std::vector<std::pair<QString, const pyread::Expr *>> &kw) const;
    Result<ServerDefault> serverDefault(const pyread::Expr &e) const;
    // A plain string or sa.text("...") (CHECK conditions, op.execute).
    Result<QString> sqlText(const pyread::Expr &e, const QString &what) const;
    // A string, None (empty), op.f("...") or sa.schema.conv / batch_op.f.
    Result<ObjectName> name(const pyread::Expr &e, const QString &what) const;

    // ondelete, onupdate, initially, match (validated phrases) and deferrable.
    Status constraintOptions(const BoundCall &b, ConstraintDef &c) const;

    Result<QString> string(const pyread::Expr &e, const QString &what) const;
    Result<QString> optionalString(const pyread::Expr *e, const QString &what) const;
    Result<QStringList> stringList(const pyread::Expr &e, const QString &what) const;
    Result<bool> boolean(const pyread::Expr &e, const QString &what) const;
    Result<std::optional<qint64>> integer(const pyread::Expr *e, const QString &what) const;
    // Index keys: column names or sa.text() expressions.
    Result<std::vector<schema::IndexElement>> indexElements(const pyread::Expr &e) const;

    Error error(const pyread::Expr &at, const QString &message) const
    {
        return errorAt(m_file, at, message);
    }

private:
    Result<TypeSpec> enumType(const pyread::Expr &call, bool postgresql) const;
    Result<ConstraintDef> foreignKey(const BoundCall &b, const pyread::Expr &at,
                                     bool columnLevel) const;
    Result<ColumnDef> columnArgument(ColumnDef &c, const pyread::Expr &arg) const;

    const pyread::Module &m_module;
    QString m_file;
    QHash<QString, QString> m_aliases;  // local name -> qualified module or object
};

}  // namespace stratum::migrate
