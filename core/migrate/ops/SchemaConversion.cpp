#include "core/migrate/ops/SchemaConversion.h"

namespace stratum::migrate {
namespace {

bool initiallyDeferred(const QString &initially)
{
    return initially.compare(QLatin1String("DEFERRED"), Qt::CaseInsensitive) == 0;
}

}  // namespace

schema::ForeignKey toSchemaForeignKey(const ConstraintDef &c)
{
    schema::ForeignKey fk;
    fk.name = c.name.value;
    fk.columns = c.columns;
    fk.referredSchema = c.referredSchema;
    fk.referredTable = c.referredTable;
    fk.referredColumns = c.referredColumns;
    fk.onDelete = schema::referentialActionFromText(c.onDelete);
    fk.onUpdate = schema::referentialActionFromText(c.onUpdate);
    fk.deferrable = c.deferrable.value_or(false);
    fk.initiallyDeferred = initiallyDeferred(c.initially);
    return fk;
}

schema::UniqueConstraint toSchemaUniqueConstraint(const ConstraintDef &c)
{
    schema::UniqueConstraint u;
    u.name = c.name.value;
    u.columns = c.columns;
    u.deferrable = c.deferrable.value_or(false);
    u.initiallyDeferred = initiallyDeferred(c.initially);
    return u;
}

schema::Identity toSchemaIdentity(const IdentityDef &identity)
{
    schema::Identity id;
    id.always = identity.always;
    id.start = identity.start;
    id.increment = identity.increment;
    id.minValue = identity.minValue;
    id.maxValue = identity.maxValue;
    id.cache = identity.cache;
    id.cycle = identity.cycle.value_or(false);
    return id;
}

schema::Index toSchemaIndex(const IndexDef &ix, schema::Dialect dialect)
{
    schema::Index out;
    out.name = ix.name.value;
    out.elements = ix.elements;
    out.unique = ix.unique;
    const bool pg = dialect == schema::Dialect::PostgreSQL;
    out.where = pg ? ix.postgresqlWhere : ix.sqliteWhere;
    if (pg) {
        out.method = ix.postgresqlUsing;
        out.include = ix.postgresqlInclude;
    }
    return out;
}

}  // namespace stratum::migrate
