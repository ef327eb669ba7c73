// SchemaComparer: primary, foreign, unique and check constraints and indexes
// of a table that exists on both sides.
#include "core/migrate/autogen/ComparerRun.h"

#include <QSet>

namespace stratum::migrate::autogen::detail {

namespace {

// The name PostgreSQL gives an unnamed constraint ("t_a_b_fkey"), so that a
// downgrade can drop what the upgrade created; empty when too long to guess.
QString serverName(const schema::Table &t, const QStringList &columns, const QString &suffix)
{
    const QString name =
        t.name + u'_' + (columns.isEmpty() ? QString() : columns.join(u'_') + u'_') + suffix;
    return name.size() <= 63 ? name : QString();
}

struct FkSignature
{
    QStringList columns;
    QString referredSchema;
    QString referredTable;
    QStringList referredColumns;
    QString onDelete;
    QString onUpdate;
    std::optional<bool> deferrable;
    QString initially;
    bool operator==(const FkSignature &) const = default;
};

FkSignature signature(const ConstraintDef &c)
{
    return {c.columns,  c.referredSchema, c.referredTable, c.referredColumns,
            c.onDelete, c.onUpdate,       c.deferrable,    c.initially};
}

bool sameElements(const std::vector<schema::IndexElement> &a,
                  const std::vector<schema::IndexElement> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].isExpression() != b[i].isExpression())
            return false;
        if (a[i].isExpression() ? SchemaComparer::looseSql(a[i].expression) !=
                                      SchemaComparer::looseSql(b[i].expression)
                                : a[i].column != b[i].column)
            return false;
    }
    return true;
}

bool sameIndex(const schema::Index &a, const schema::Index &b)
{
    auto method = [](const QString &m) { return m.isEmpty() ? QStringLiteral("btree") : m; };
    return a.unique == b.unique && sameElements(a.elements, b.elements) &&
           SchemaComparer::looseSql(a.where) == SchemaComparer::looseSql(b.where) &&
           method(a.method) == method(b.method) && a.include == b.include;
}

const char *constraintCall(ConstraintDef::Kind kind)
{
    switch (kind) {
    case ConstraintDef::Kind::PrimaryKey:
        return "op.create_primary_key";
    case ConstraintDef::Kind::ForeignKey:
        return "op.create_foreign_key";
    case ConstraintDef::Kind::Unique:
        return "op.create_unique_constraint";
    case ConstraintDef::Kind::Check:
        return "op.create_check_constraint";
    }
    return "op.create_unique_constraint";
}

QString typeOf(ConstraintDef::Kind kind)
{
    switch (kind) {
    case ConstraintDef::Kind::PrimaryKey:
        return QStringLiteral("primary");
    case ConstraintDef::Kind::ForeignKey:
        return QStringLiteral("foreignkey");
    case ConstraintDef::Kind::Unique:
        return QStringLiteral("unique");
    case ConstraintDef::Kind::Check:
        return QStringLiteral("check");
    }
    return {};
}

}  // namespace

void Run::compareConstraints(const schema::Table &t, const schema::Table &d)
{
    const QString key = tableKey(t.schema, t.name);
    const bool sqlite = !pg();
    // Creating `c` (target) and dropping it again; `fallbackName` is the
    // server's name when the model leaves it unnamed.
    auto create = [&](Phase phase, Sub sub, const ConstraintDef &c, const QString &fallbackName) {
        AddConstraintOp up{t.schema, t.name, c};
        ObjectName dropName = c.name.isEmpty() ? ObjectName{fallbackName, false} : c.name;
        DropConstraintOp down{t.schema, t.name, dropName, typeOf(c.kind)};
        add(phase, key, sub, makeOp(up, constraintCall(c.kind)),
            makeOp(down, "op.drop_constraint"));
    };
    auto drop = [&](Phase phase, Sub sub, const ConstraintDef &c) {
        if (c.name.isEmpty()) {
            result.notes << QStringLiteral("unnamed %1 constraint on %2 (%3) is not in the "
                                           "model; drop it by hand")
                                .arg(typeOf(c.kind), t.displayName(), c.columns.join(u','));
            return;
        }
        DropConstraintOp up{t.schema, t.name, c.name, typeOf(c.kind)};
        add(phase, key, sub, makeOp(up, "op.drop_constraint"),
            makeOp(AddConstraintOp{t.schema, t.name, c}, constraintCall(c.kind)));
    };

    // Primary key: by columns.
    if (t.primaryKey.columns != d.primaryKey.columns) {
        if (sqlite) {
            result.notes << QStringLiteral("primary key of %1 differs (model: %2, database: %3)")
                                .arg(t.displayName(), t.primaryKey.columns.join(u','),
                                     d.primaryKey.columns.join(u','));
        } else {
            if (!d.primaryKey.columns.isEmpty())
                drop(Phase::AlterTables, Sub::DropPrimaryKey, dbDefs.primaryKey(d));
            if (!t.primaryKey.columns.isEmpty())
                create(Phase::AlterTables, Sub::CreatePrimaryKey, targetDefs.primaryKey(t),
                       t.name + QStringLiteral("_pkey"));
        }
    }

    // Foreign keys: by name when the model names them, else by what they say.
    {
        std::vector<ConstraintDef> dbFks;
        for (const schema::ForeignKey &fk : d.foreignKeys)
            dbFks.push_back(dbDefs.foreignKey(d, fk));
        std::vector<bool> used(dbFks.size(), false);
        const Phase dropPhase = sqlite ? Phase::AlterTables : Phase::DropForeignKeys;
        const Phase createPhase = sqlite ? Phase::AlterTables : Phase::CreateForeignKeys;
        for (const schema::ForeignKey &fk : t.foreignKeys) {
            const ConstraintDef c = targetDefs.foreignKey(t, fk);
            int match = -1;
            for (size_t i = 0; i < dbFks.size() && match < 0; ++i) {
                if (!used[i] && !c.name.isEmpty() && dbFks[i].name.value == c.name.value)
                    match = int(i);
            }
            for (size_t i = 0; i < dbFks.size() && match < 0; ++i) {
                if (!used[i] && signature(dbFks[i]) == signature(c))
                    match = int(i);
            }
            if (match >= 0) {
                used[size_t(match)] = true;
                if (signature(dbFks[size_t(match)]) == signature(c))
                    continue;
                drop(dropPhase, Sub::DropForeignKey, dbFks[size_t(match)]);
            }
            create(createPhase, Sub::CreateForeignKey, c,
                   serverName(t, c.columns, QStringLiteral("fkey")));
        }
        for (size_t i = 0; i < dbFks.size(); ++i) {
            if (!used[i])
                drop(dropPhase, Sub::DropForeignKey, dbFks[i]);
        }
    }

    // Unique constraints: by name, else by columns; a unique index over the
    // same columns on the other side counts as the same thing (as in Alembic).
    {
        std::vector<ConstraintDef> dbUq;
        for (const schema::UniqueConstraint &u : d.uniqueConstraints)
            dbUq.push_back(dbDefs.unique(d, u));
        std::vector<bool> used(dbUq.size(), false);
        for (const schema::UniqueConstraint &u : t.uniqueConstraints) {
            const ConstraintDef c = targetDefs.unique(t, u);
            int match = -1;
            for (size_t i = 0; i < dbUq.size() && match < 0; ++i) {
                if (!used[i] && !c.name.isEmpty() && dbUq[i].name.value == c.name.value)
                    match = int(i);
            }
            for (size_t i = 0; i < dbUq.size() && match < 0; ++i) {
                if (!used[i] && c.name.isEmpty() && dbUq[i].columns == c.columns)
                    match = int(i);
            }
            if (match >= 0) {
                used[size_t(match)] = true;
                if (dbUq[size_t(match)].columns == c.columns)
                    continue;
                drop(Phase::AlterTables, Sub::DropConstraint, dbUq[size_t(match)]);
            } else {
                bool asIndex = false;
                for (const schema::Index &ix : d.indexes)
                    asIndex = asIndex ||
                              (ix.unique && ix.where.isEmpty() && ix.columnNames() == c.columns &&
                               ix.columnNames().size() == int(ix.elements.size()));
                if (asIndex)
                    continue;
            }
            create(Phase::AlterTables, Sub::CreateConstraint, c,
                   serverName(t, c.columns, QStringLiteral("key")));
        }
        for (size_t i = 0; i < dbUq.size(); ++i) {
            if (used[i])
                continue;
            bool asIndex = false;
            for (const schema::Index &ix : t.indexes)
                asIndex = asIndex ||
                          (ix.unique && ix.where.isEmpty() && ix.columnNames() == dbUq[i].columns &&
                           ix.columnNames().size() == int(ix.elements.size()));
            if (!asIndex)
                drop(Phase::AlterTables, Sub::DropConstraint, dbUq[i]);
        }
    }

    // Check constraints: by name, else by their condition.
    {
        std::vector<bool> used(d.checkConstraints.size(), false);
        for (const schema::CheckConstraint &ck : t.checkConstraints) {
            const ConstraintDef c = targetDefs.check(t, ck);
            int match = -1;
            for (size_t i = 0; i < d.checkConstraints.size() && match < 0; ++i) {
                if (!used[i] && !c.name.isEmpty() && d.checkConstraints[i].name == c.name.value)
                    match = int(i);
            }
            for (size_t i = 0; i < d.checkConstraints.size() && match < 0; ++i) {
                if (!used[i] && c.name.isEmpty() && sameCheck(t, ck, d.checkConstraints[i]))
                    match = int(i);
            }
            if (match >= 0) {
                used[size_t(match)] = true;
                if (sameCheck(t, ck, d.checkConstraints[size_t(match)]))
                    continue;
                drop(Phase::AlterTables, Sub::DropConstraint,
                     dbDefs.check(d, d.checkConstraints[size_t(match)]));
            }
            create(Phase::AlterTables, Sub::CreateConstraint, c, QString());
        }
        for (size_t i = 0; i < d.checkConstraints.size(); ++i) {
            if (!used[i])
                drop(Phase::AlterTables, Sub::DropConstraint,
                     dbDefs.check(d, d.checkConstraints[i]));
        }
    }
}

void Run::compareIndexes(const schema::Table &t, const schema::Table &d)
{
    const QString key = tableKey(t.schema, t.name);
    std::vector<bool> used(d.indexes.size(), false);
    auto dropIndex = [&](const schema::Index &ix) {
        const IndexDef def = dbDefs.index(d, ix);
        add(Phase::AlterTables, key, Sub::DropIndex,
            makeOp(DropIndexOp{t.schema, t.name, def.name}, "op.drop_index"),
            makeOp(CreateIndexOp{t.schema, t.name, def}, "op.create_index"));
    };
    for (const schema::Index &ix : t.indexes) {
        const IndexDef def = targetDefs.index(t, ix);
        int match = -1;
        for (size_t i = 0; i < d.indexes.size() && match < 0; ++i) {
            if (!used[i] && !def.name.isEmpty() && d.indexes[i].name == def.name.value)
                match = int(i);
        }
        for (size_t i = 0; i < d.indexes.size() && match < 0; ++i) {
            if (!used[i] && def.name.isEmpty() && sameIndex(ix, d.indexes[i]))
                match = int(i);
        }
        if (match >= 0) {
            used[size_t(match)] = true;
            if (sameIndex(ix, d.indexes[size_t(match)]))
                continue;
            dropIndex(d.indexes[size_t(match)]);
        } else if (ix.unique && ix.where.isEmpty()) {
            // A unique constraint over the same columns already does this.
            bool asConstraint = false;
            for (const schema::UniqueConstraint &u : d.uniqueConstraints)
                asConstraint = asConstraint || (u.columns == ix.columnNames() &&
                                                ix.columnNames().size() == int(ix.elements.size()));
            if (asConstraint)
                continue;
        }
        add(Phase::AlterTables, key, Sub::CreateIndex,
            makeOp(CreateIndexOp{t.schema, t.name, def}, "op.create_index"),
            makeOp(DropIndexOp{t.schema, t.name, def.name}, "op.drop_index"));
    }
    for (size_t i = 0; i < d.indexes.size(); ++i) {
        if (used[i])
            continue;
        const schema::Index &ix = d.indexes[i];
        bool asConstraint = false;
        if (ix.unique && ix.where.isEmpty()) {
            for (const schema::UniqueConstraint &u : t.uniqueConstraints)
                asConstraint = asConstraint || u.columns == ix.columnNames();
        }
        if (!asConstraint)
            dropIndex(ix);
    }
}

}  // namespace stratum::migrate::autogen::detail
