#pragma once

#include "core/migrate/ops/Operation.h"
#include "core/schema/Column.h"
#include "core/schema/Constraints.h"
#include "core/schema/Dialect.h"
#include "core/schema/Index.h"

namespace stratum::migrate {

// Operation-level definitions (as a script or models.py writes them) as the
// schema:: values the DDL compiler and reflection use. The one place that
// reads FK actions and "initially" text, so the models.py reader and the
// migration replay convert alike. Pure functions; thread-safe.

// A foreign key constraint; referredSchema stays as written (empty: default).
schema::ForeignKey toSchemaForeignKey(const ConstraintDef &constraint);
schema::UniqueConstraint toSchemaUniqueConstraint(const ConstraintDef &constraint);
schema::Identity toSchemaIdentity(const IdentityDef &identity);
// The index with the dialect's options (WHERE, and USING/INCLUDE on
// PostgreSQL); the name as written (a naming convention is the caller's).
schema::Index toSchemaIndex(const IndexDef &index, schema::Dialect dialect);

}  // namespace stratum::migrate
