#pragma once

// Internal to SchemaComparer: the state of one comparison and the steps it
// collects before they are put in an order that applies.

#include "core/migrate/autogen/ModelDefs.h"
#include "core/migrate/autogen/SchemaComparer.h"
#include "core/schema/TypeCompiler.h"

#include <optional>

namespace stratum::migrate::autogen::detail {

// The phases of an upgrade, in running order.
enum class Phase {
    CreateTypes,
    RenameTables,
    DropForeignKeys,
    CreateTables,
    AlterTables,
    CreateForeignKeys,
    DropTables,
    DropTypes,
};

// The order of the alterations of one existing table.
enum class Sub {
    RenameColumn,
    DropForeignKey,  // SQLite (inside the batch)
    DropIndex,
    DropConstraint,
    DropPrimaryKey,
    AddColumn,
    AlterColumn,
    CreatePrimaryKey,
    CreateConstraint,
    CreateIndex,
    DropColumn,
    Comment,
    CreateForeignKey,  // SQLite (inside the batch)
};

struct Step
{
    Phase phase = Phase::AlterTables;
    QString table;  // "schema.table" for AlterTables grouping
    Sub sub = Sub::AlterColumn;
    int seq = 0;
    Operation up;
    std::optional<Operation> down;
};

template <typename T> Operation makeOp(T value, const char *call)
{
    Operation o;
    o.op = std::move(value);
    o.call = QString::fromLatin1(call);
    return o;
}

struct Run
{
    const schema::MetaData &target;
    const schema::MetaData &db;
    schema::Dialect dialect;
    const CompareOptions &options;
    const Normalized &normalized;
    ModelDefs targetDefs;
    ModelDefs dbDefs;
    schema::TypeCompiler types;
    std::vector<Step> steps;
    AutogenResult result;

    Run(const schema::MetaData &t, const schema::MetaData &d, schema::Dialect dl,
        const CompareOptions &o, const Normalized &n)
        : target(t)
        , db(d)
        , dialect(dl)
        , options(o)
        , normalized(n)
        , targetDefs(t, dl, false)
        , dbDefs(d, dl, true)
        , types(dl)
    {}

    bool pg() const { return dialect == schema::Dialect::PostgreSQL; }
    void add(Phase phase, const QString &table, Sub sub, Operation up,
             std::optional<Operation> down)
    {
        steps.push_back({phase, table, sub, int(steps.size()), std::move(up), std::move(down)});
    }
    QString compiled(const schema::ColumnType &type, const schema::MetaData &model) const
    {
        return types.compile(type, &model, QString(), nullptr);
    }
    bool accepted(const RenameCandidate &c) const;

    // CompareTable.cpp
    void compareTable(const schema::Table &t, const schema::Table &d);
    void compareColumn(const schema::Table &t, const schema::Column &tc, const schema::Table &d,
                       const schema::Column &dc);
    void compareConstraints(const schema::Table &t, const schema::Table &d);
    void compareIndexes(const schema::Table &t, const schema::Table &d);
    bool sameDefault(const schema::Table &t, const schema::Column &tc,
                     const schema::Column &dc) const;
    bool sameCheck(const schema::Table &t, const schema::CheckConstraint &tc,
                   const schema::CheckConstraint &dc) const;
};

QString tableKey(const QString &schema, const QString &name);

}  // namespace stratum::migrate::autogen::detail
