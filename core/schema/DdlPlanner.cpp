#include "core/schema/DdlPlanner.h"

#include "core/schema/DependencyOrder.h"

namespace stratum::schema {
namespace {

// PostgreSQL silently cuts longer names to NAMEDATALEN - 1 bytes, which would
// make the created object differ from the model: say so.
void warnLongNames(const MetaData &m, QStringList &warnings)
{
    const int limit = maxIdentifierLength(Dialect::PostgreSQL);
    auto check = [&](const QString &name, const QString &what) {
        if (name.toUtf8().size() > limit)
            warnings << QStringLiteral("%1 \"%2\" is longer than %3 bytes; PostgreSQL will "
                                       "truncate it")
                            .arg(what, name)
                            .arg(limit);
    };
    for (const Table &t : m.tables) {
        check(t.name, QStringLiteral("table"));
        for (const Column &c : t.columns)
            check(c.name, QStringLiteral("column"));
        check(t.primaryKey.name, QStringLiteral("constraint"));
        for (const ForeignKey &f : t.foreignKeys)
            check(f.name, QStringLiteral("constraint"));
        for (const UniqueConstraint &u : t.uniqueConstraints)
            check(u.name, QStringLiteral("constraint"));
        for (const CheckConstraint &c : t.checkConstraints)
            check(c.name, QStringLiteral("constraint"));
        for (const Index &i : t.indexes)
            check(i.name, QStringLiteral("index"));
    }
}

bool add(DdlScript &script, const Result<DdlScript> &part, std::optional<Error> &error)
{
    if (!part) {
        error = part.error();
        return false;
    }
    script.append(*part);
    return true;
}

}  // namespace

Result<DdlScript> DdlPlanner::createAll(const MetaData &input, Dialect dialect,
                                        const DdlOptions &options)
{
    const MetaData m = input.canonical();
    const DdlCompiler ddl(dialect);
    const bool pg = dialect == Dialect::PostgreSQL;
    const TableOrder order = DependencyOrder::sortTables(m);
    DdlScript script;
    std::optional<Error> error;
    if (pg)
        warnLongNames(m, script.warnings);

    if (options.createSchemas) {
        for (const QString &s : m.schemas) {
            if (!add(script, ddl.createSchema(s, options.ifNotExists), error))
                return *error;
        }
    }
    for (const EnumType &e : m.enums) {
        if (!add(script, ddl.createEnum(e), error))
            return *error;
    }
    for (const Sequence &s : m.sequences) {
        if (!add(script, ddl.createSequence(s), error))
            return *error;
    }
    for (int t : order.order) {
        const Table &table = m.tables[t];
        std::vector<int> deferred;
        if (pg) {
            for (const auto &[table, fk] : order.cyclicForeignKeys) {
                if (table == t)
                    deferred.push_back(fk);
            }
        }
        if (!add(script, ddl.createTable(table, m, deferred), error))
            return *error;
        for (const Index &ix : table.indexes) {
            if (!add(script, ddl.createIndex(table, ix, m), error))
                return *error;
        }
        if (!add(script, ddl.tableComments(table), error))
            return *error;
    }
    if (pg) {
        for (const auto &[t, fk] : order.cyclicForeignKeys) {
            if (!add(script, ddl.addForeignKey(m.tables[t], m.tables[t].foreignKeys[fk], m), error))
                return *error;
        }
    }
    for (const Sequence &s : m.sequences) {
        if (!add(script, ddl.sequenceOwnedBy(s), error))
            return *error;
    }
    if (options.includeViews) {
        for (const View &v : m.views) {
            if (!add(script, ddl.createView(v), error))
                return *error;
        }
    }
    return script;
}

Result<DdlScript> DdlPlanner::dropAll(const MetaData &input, Dialect dialect,
                                      const DdlOptions &options)
{
    const MetaData m = input.canonical();
    const DdlCompiler ddl(dialect);
    const bool pg = dialect == Dialect::PostgreSQL;
    const TableOrder order = DependencyOrder::sortTables(m);
    DdlScript script;
    std::optional<Error> error;

    if (options.includeViews) {
        for (auto v = m.views.rbegin(); v != m.views.rend(); ++v) {
            if (!add(script, ddl.dropView(*v, options.ifExists), error))
                return *error;
        }
    }
    if (pg) {
        for (const auto &[t, k] : order.cyclicForeignKeys) {
            const Table &table = m.tables[t];
            const ForeignKey &fk = table.foreignKeys[k];
            const Result<QString> name =
                ddl.resolveName(QStringLiteral("fk"), table, fk.columns, fk.name, m, &fk);
            if (!name)
                return name.error();
            if (name->isEmpty()) {
                Error e;
                e.message = QStringLiteral("the foreign key of %1 (%2) closes a cycle but has no "
                                           "name, so it cannot be dropped before its table; "
                                           "name it or add an fk naming convention")
                                .arg(table.displayName(), fk.columns.join(QLatin1String(", ")));
                e.source = QStringLiteral("DDL");
                e.code = QStringLiteral("ddl");
                return e;
            }
            if (!add(script, ddl.dropConstraint(table, *name, options.ifExists), error))
                return *error;
        }
    }
    for (auto t = order.order.rbegin(); t != order.order.rend(); ++t) {
        if (!add(script, ddl.dropTable(m.tables[*t], options.ifExists), error))
            return *error;
    }
    for (const Sequence &s : m.sequences) {
        // An owned sequence went with its table.
        if (s.ownedByTable.isEmpty() && !add(script, ddl.dropSequence(s, options.ifExists), error))
            return *error;
    }
    for (const EnumType &e : m.enums) {
        if (!add(script, ddl.dropEnum(e, options.ifExists), error))
            return *error;
    }
    if (options.createSchemas) {
        for (auto s = m.schemas.rbegin(); s != m.schemas.rend(); ++s) {
            if (!add(script, ddl.dropSchema(*s, options.ifExists), error))
                return *error;
        }
    }
    return script;
}

}  // namespace stratum::schema
