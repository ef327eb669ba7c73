#include "core/migrate/autogen/Autogenerate.h"

#include "core/migrate/autogen/ServerNormalizer.h"
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
    return comparer.compare(target, reflected->metadata, normalized);
}

}  // namespace stratum::migrate::autogen
