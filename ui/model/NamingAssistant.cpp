#include "ui/model/NamingAssistant.h"

#include "core/schema/DdlCompiler.h"

#include <algorithm>
#include <type_traits>

namespace stratum::ui::NamingAssistant {

QString generatedName(const schema::MetaData &metadata, schema::Dialect dialect, const QString &key,
                      const schema::Table &table, const QStringList &columns,
                      const schema::ForeignKey *fk)
{
    const schema::DdlCompiler ddl(dialect);
    Result<QString> name = ddl.resolveName(key, table, columns, {}, metadata, fk);
    return name ? *name : QString();
}

namespace {

template <typename T, typename Columns>
void follow(const schema::MetaData &md, schema::Dialect d, const char *key,
            const schema::Table &before, const std::vector<T> &oldList, schema::Table &after,
            std::vector<T> &newList, Columns columnsOf)
{
    const std::size_t n = std::min(oldList.size(), newList.size());
    for (std::size_t i = 0; i < n; ++i) {
        const QString k = QLatin1String(key);
        const schema::ForeignKey *oldFk = nullptr;
        const schema::ForeignKey *newFk = nullptr;
        if constexpr (std::is_same_v<T, schema::ForeignKey>) {
            oldFk = &oldList[i];
            newFk = &newList[i];
        }
        const QString old = generatedName(md, d, k, before, columnsOf(oldList[i]), oldFk);
        if (old.isEmpty() || newList[i].name != old)
            continue;
        newList[i].name = generatedName(md, d, k, after, columnsOf(newList[i]), newFk);
    }
}

}  // namespace

void followGeneratedNames(const schema::MetaData &metadata, schema::Dialect dialect,
                          const schema::Table &before, schema::Table &after)
{
    if (!after.primaryKey.columns.isEmpty() && !after.primaryKey.name.isEmpty()) {
        const QString old =
            generatedName(metadata, dialect, "pk", before, before.primaryKey.columns);
        if (!old.isEmpty() && old == after.primaryKey.name)
            after.primaryKey.name =
                generatedName(metadata, dialect, "pk", after, after.primaryKey.columns);
    }
    follow(metadata, dialect, "fk", before, before.foreignKeys, after, after.foreignKeys,
           [](const schema::ForeignKey &fk) { return fk.columns; });
    follow(metadata, dialect, "uq", before, before.uniqueConstraints, after,
           after.uniqueConstraints, [](const schema::UniqueConstraint &uq) { return uq.columns; });
    follow(metadata, dialect, "ck", before, before.checkConstraints, after, after.checkConstraints,
           [](const schema::CheckConstraint &) { return QStringList(); });
    follow(metadata, dialect, "ix", before, before.indexes, after, after.indexes,
           [](const schema::Index &ix) { return ix.columnNames(); });
}

void renameColumnInTable(schema::Table &table, const QString &from, const QString &to)
{
    auto rename = [&](QStringList &list) {
        for (QString &c : list) {
            if (c == from)
                c = to;
        }
    };
    if (schema::Column *c = table.column(from))
        c->name = to;
    rename(table.primaryKey.columns);
    for (schema::ForeignKey &fk : table.foreignKeys) {
        rename(fk.columns);
        // A self-reference follows too.
        if (fk.referredTable == table.name && fk.referredSchema == table.schema)
            rename(fk.referredColumns);
    }
    for (schema::UniqueConstraint &uq : table.uniqueConstraints)
        rename(uq.columns);
    for (schema::Index &ix : table.indexes) {
        for (schema::IndexElement &e : ix.elements) {
            if (e.column == from)
                e.column = to;
        }
        rename(ix.include);
    }
}

bool renameReferredColumn(schema::Table &referring, const QString &schema, const QString &name,
                          const QString &from, const QString &to)
{
    bool changed = false;
    for (schema::ForeignKey &fk : referring.foreignKeys) {
        if (fk.referredTable != name || fk.referredSchema != schema)
            continue;
        for (QString &c : fk.referredColumns) {
            if (c == from) {
                c = to;
                changed = true;
            }
        }
    }
    return changed;
}

}  // namespace stratum::ui::NamingAssistant
