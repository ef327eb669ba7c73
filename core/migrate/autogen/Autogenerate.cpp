#include "core/migrate/autogen/Autogenerate.h"

#include "core/migrate/autogen/ServerNormalizer.h"
#include "core/migrate/run/VersionTable.h"
#include "core/schema/IdentifierPreparer.h"
#include "core/schema/Inspector.h"

namespace stratum::migrate::autogen {

Result<AutogenResult> autogenerate(engine::DriverConnection &connection, schema::Dialect dialect,
                                   const schema::MetaData &target, const CompareOptions &options,
                                   AutogenStats *stats)
{
    QStringList schemas{QString()};
    auto use = [&schemas](const QString &s) {
        if (!s.isEmpty() && !schemas.contains(s))
            schemas << s;
    };
    for (const schema::Table &t : target.tables)
        use(t.schema);
    for (const schema::EnumType &e : target.enums)
        use(e.schema);
    for (const schema::Sequence &s : target.sequences)
        use(s.schema);
    if (dialect == schema::Dialect::SQLite)
        schemas = QStringList{QString()};

    // A schema the model names but the server lacks has nothing to reflect;
    // its tables are all new (creating the schema itself is the user's call,
    // as in Alembic).
    QStringList missing;
    if (dialect == schema::Dialect::PostgreSQL && schemas.size() > 1) {
        QStringList literals;
        for (const QString &s : schemas.mid(1))
            literals << schema::IdentifierPreparer(dialect).literal(s);
        Result<QStringList> present = queryColumn(
            connection, QStringLiteral("SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname "
                                       "IN (%1)")
                            .arg(literals.join(QLatin1String(", "))));
        if (!present)
            return present.error();
        for (const QString &s : schemas.mid(1)) {
            if (!present->contains(s))
                missing << s;
        }
        for (const QString &s : std::as_const(missing))
            schemas.removeAll(s);
    }
    schema::Inspector inspector(connection, dialect);
    Result<schema::Reflection> reflected = inspector.reflect(schemas);
    if (!reflected)
        return reflected.error();

    const SchemaComparer comparer(dialect, options);
    const std::vector<NormalizeProbe> probes = comparer.probes(target, reflected->metadata);
    Normalized normalized;
    ServerNormalizer normalizer(connection);
    if (!probes.empty()) {
        Result<Normalized> n = normalizer.normalize(probes);
        if (!n)
            return n.error();
        normalized = n.value();
    }
    if (stats) {
        stats->reflectionQueries = reflected->queries;
        stats->normalizeStatements = normalizer.statements();
        stats->probes = int(probes.size());
    }
    AutogenResult result = comparer.compare(target, reflected->metadata, normalized);
    for (const QString &s : std::as_const(missing))
        result.notes << QStringLiteral("schema %1 does not exist in the database; create it "
                                       "before the upgrade (op.execute(\"CREATE SCHEMA ...\"))")
                            .arg(s);
    return result;
}

}  // namespace stratum::migrate::autogen
