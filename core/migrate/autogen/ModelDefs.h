#pragma once

#include "core/migrate/ops/Operation.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

namespace stratum::migrate::autogen {

// Turns the schema model (target MetaData or the reflected database) into the
// operation value types Alembic's autogenerate writes: a schema::Table into the
// TableDef of op.create_table, a column into the sa.Column of op.add_column,
// and so on. Names a naming convention makes are rendered as op.f() names
// (ObjectName::converted), explicit names as written, unnamed constraints as
// None. Enum columns refer to their type with create_type=False on
// PostgreSQL, because autogenerate creates and drops enum types itself.
// Stateless apart from the model it reads; thread-safe for reading.
class ModelDefs
{
public:
    ModelDefs(const schema::MetaData &model, schema::Dialect dialect, bool fromDatabase);

    TypeSpec type(const schema::ColumnType &type) const;
    // isSolePk: the column is the table's only primary key column (decides
    // SQLAlchemy's "auto" autoincrement).
    ColumnDef column(const schema::Table &table, const schema::Column &column) const;
    TableDef table(const schema::Table &table) const;
    ConstraintDef primaryKey(const schema::Table &table) const;
    ConstraintDef foreignKey(const schema::Table &table, const schema::ForeignKey &fk) const;
    ConstraintDef unique(const schema::Table &table, const schema::UniqueConstraint &uq) const;
    ConstraintDef check(const schema::Table &table, const schema::CheckConstraint &ck) const;
    IndexDef index(const schema::Table &table, const schema::Index &ix) const;

    // The name the object gets on the server: the explicit name, the
    // convention's, or empty (the server chooses).
    ObjectName name(const QString &key, const schema::Table &table, const QStringList &columns,
                    const QString &explicitName, const schema::ForeignKey *fk = nullptr) const;

    static QString actionText(schema::ReferentialAction action);

private:
    const schema::MetaData &m_model;
    schema::Dialect m_dialect;
    bool m_fromDatabase;
};

}  // namespace stratum::migrate::autogen
