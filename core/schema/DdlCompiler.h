#pragma once

#include "core/config/Result.h"
#include "core/schema/Dialect.h"
#include "core/schema/IdentifierPreparer.h"
#include "core/schema/MetaData.h"
#include "core/schema/TypeCompiler.h"

#include <QStringList>

namespace stratum::schema {

// Statements to run in order, and what the dialect could not express.
struct DdlScript
{
    QStringList statements;
    QStringList warnings;

    void append(const DdlScript &other)
    {
        statements += other.statements;
        warnings += other.warnings;
    }
};

// Renders DDL for one object at a time in one dialect, as SQLAlchemy's
// DDLCompiler does; DdlPlanner strings these together for a whole model. Every
// identifier goes through IdentifierPreparer; expressions (server defaults,
// CHECK, computed columns, index expressions, view definitions) and Verbatim
// types are SQL text owned by the model and rendered unchanged. Unnamed
// constraints and indexes get their names from metadata.naming (truncated to
// the dialect's limit as SQLAlchemy does). Fails on an identifier that no
// server can hold (empty, or containing NUL) and on operations the dialect
// cannot perform at all (e.g. ALTER TABLE ADD CONSTRAINT on SQLite).
// Stateless apart from the dialect; thread-safe.
class DdlCompiler
{
public:
    explicit DdlCompiler(Dialect dialect)
        : m_dialect(dialect)
        , m_preparer(dialect)
        , m_types(dialect)
    {}

    Dialect dialect() const { return m_dialect; }
    const IdentifierPreparer &preparer() const { return m_preparer; }
    const TypeCompiler &typeCompiler() const { return m_types; }

    // CREATE TABLE with its columns and constraints; the foreign keys at the
    // positions in omitForeignKeys are left out (to be added by ALTER later).
    Result<DdlScript> createTable(const Table &table, const MetaData &metadata,
                                  const std::vector<int> &omitForeignKeys = {}) const;
    Result<DdlScript> dropTable(const Table &table, bool ifExists = false) const;
    // COMMENT ON TABLE / COLUMN for every comment the table carries.
    Result<DdlScript> tableComments(const Table &table) const;
    Result<DdlScript> setTableComment(const Table &table, const QString &comment) const;
    Result<DdlScript> setColumnComment(const Table &table, const QString &column,
                                       const QString &comment) const;

    Result<DdlScript> createIndex(const Table &table, const Index &index,
                                  const MetaData &metadata) const;
    Result<DdlScript> dropIndex(const Table &table, const Index &index, const MetaData &metadata,
                                bool ifExists = false) const;

    Result<DdlScript> addPrimaryKey(const Table &table, const MetaData &metadata) const;
    Result<DdlScript> addForeignKey(const Table &table, const ForeignKey &fk,
                                    const MetaData &metadata) const;
    Result<DdlScript> addUniqueConstraint(const Table &table, const UniqueConstraint &uq,
                                          const MetaData &metadata) const;
    Result<DdlScript> addCheckConstraint(const Table &table, const CheckConstraint &ck,
                                         const MetaData &metadata) const;
    Result<DdlScript> dropConstraint(const Table &table, const QString &name,
                                     bool ifExists = false) const;

    Result<DdlScript> createEnum(const EnumType &type) const;
    Result<DdlScript> dropEnum(const EnumType &type, bool ifExists = false) const;
    Result<DdlScript> createSequence(const Sequence &sequence) const;
    Result<DdlScript> dropSequence(const Sequence &sequence, bool ifExists = false) const;
    // ALTER SEQUENCE ... OWNED BY, for a sequence that names its owner column.
    Result<DdlScript> sequenceOwnedBy(const Sequence &sequence) const;
    Result<DdlScript> createView(const View &view) const;
    Result<DdlScript> dropView(const View &view, bool ifExists = false) const;
    Result<DdlScript> createSchema(const QString &schema, bool ifNotExists = false) const;
    Result<DdlScript> dropSchema(const QString &schema, bool ifExists = false) const;

    // The name a constraint or index gets: the convention's (key "pk", "fk",
    // "uq", "ck", "ix"), truncated to the dialect's limit, or the explicit name.
    // Empty when unnamed and no convention applies.
    Result<QString> resolveName(const QString &key, const Table &table, const QStringList &columns,
                                const QString &explicitName, const MetaData &metadata,
                                const ForeignKey *fk = nullptr) const;

    // "name TYPE [DEFAULT ...] [GENERATED ...] [NOT NULL]" as it appears in
    // CREATE TABLE (and ALTER TABLE ADD COLUMN).
    QString columnSpecification(const Table &table, const Column &column, const MetaData &metadata,
                                QStringList *warnings) const;

private:
    Result<QString> primaryKeyClause(const Table &table, const MetaData &metadata) const;
    Result<QString> foreignKeyClause(const Table &table, const ForeignKey &fk,
                                     const MetaData &metadata) const;
    Result<QString> uniqueClause(const Table &table, const UniqueConstraint &uq,
                                 const MetaData &metadata, QStringList *warnings) const;
    Result<QString> checkClause(const Table &table, const CheckConstraint &ck,
                                const MetaData &metadata) const;
    Result<DdlScript> addConstraint(const Table &table, const Result<QString> &clause) const;
    QString columnList(const QStringList &columns) const;
    QString tableName(const Table &table) const
    {
        return m_preparer.qualified(table.schema, table.name);
    }
    bool isSqliteAutoincrement(const Table &table, const Column &column) const;

    Dialect m_dialect;
    IdentifierPreparer m_preparer;
    TypeCompiler m_types;
};

}  // namespace stratum::schema
