#pragma once

#include "core/config/Result.h"
#include "core/migrate/ops/Operation.h"
#include "core/schema/Dialect.h"
#include "core/schema/IdentifierPreparer.h"
#include "core/schema/NamingConvention.h"
#include "core/schema/TypeCompiler.h"

namespace stratum::migrate {

// Writes DDL for the operation value types the way SQLAlchemy 1.4's DDL
// compiler and Alembic 1.8's ALTER constructs write it (same clause order,
// SERIAL for the autoincrement column, identity options, constraints in the
// order written, index keys unparenthesised), so that offline SQL can be
// compared with `alembic upgrade --sql`. Identifiers go through
// IdentifierPreparer; expressions (defaults, CHECK, index expressions) are the
// script's SQL and are rendered unchanged. Stateless apart from the dialect
// and naming convention; thread-safe.
class DdlWriter
{
public:
    DdlWriter(schema::Dialect dialect, const schema::NamingConvention &naming);

    schema::Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == schema::Dialect::PostgreSQL; }
    const schema::IdentifierPreparer &preparer() const { return m_preparer; }

    QString quote(const QString &identifier) const { return m_preparer.quote(identifier); }
    QString table(const QString &schema, const QString &name) const
    {
        return m_preparer.qualified(schema, name);
    }
    QString literal(const QString &text) const { return m_preparer.literal(text); }

    Result<QString> type(const TypeSpec &type, const QString &context) const;
    QString defaultSql(const ServerDefault &d) const;  // empty for None
    // The column as in CREATE TABLE / ADD COLUMN; table decides SERIAL and NOT NULL.
    Result<QString> columnSpec(const TableDef &table, const ColumnDef &column) const;
    // CREATE TABLE with its constraints in SQLAlchemy's order.
    Result<QString> createTable(const TableDef &table) const;
    // "CONSTRAINT name UNIQUE (a)" and the like, or empty when the dialect
    // renders none (SQLite's primary key folded into AUTOINCREMENT).
    Result<QString> constraintClause(const TableDef &table, const ConstraintDef &c) const;
    Result<QString> createIndex(const QString &schema, const QString &table,
                                const IndexDef &index) const;
    Result<QString> indexName(const QString &schema, const QString &table,
                              const IndexDef &index) const;
    Result<QString> createEnum(const TypeSpec &type) const;

    // The constraints SQLAlchemy attaches to a table with these columns: the
    // written ones, then per column its unique=True and sa.ForeignKey ones and
    // type-bound CHECKs (non-native Enum / Boolean with create_constraint).
    std::vector<ConstraintDef> effectiveConstraints(const TableDef &table) const;
    // Indexes of create_table: sa.Index arguments and index=True columns.
    std::vector<IndexDef> effectiveIndexes(const TableDef &table) const;
    // The primary key columns (constraint or primary_key=True columns).
    static QStringList primaryKeyColumns(const TableDef &table);
    // The column SQLAlchemy treats as autoincrement, or empty.
    static QString autoincrementColumn(const TableDef &table);

    // A name after the naming convention (key "ix", "uq", "ck", "fk", "pk");
    // op.f() names are used as written. Too long explicit names are errors.
    Result<QString> resolveName(const QString &key, const TableDef &table,
                                const QStringList &columns, const ObjectName &name,
                                const ConstraintDef *fk = nullptr) const;

private:
    QString deferrability(const ConstraintDef &c) const;
    bool sqliteInlinePrimaryKey(const TableDef &table, const ColumnDef &c) const;

    schema::Dialect m_dialect;
    schema::NamingConvention m_naming;
    schema::IdentifierPreparer m_preparer;
    schema::TypeCompiler m_types;
};

}  // namespace stratum::migrate
