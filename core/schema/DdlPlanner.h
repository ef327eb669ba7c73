#pragma once

#include "core/config/Result.h"
#include "core/schema/DdlCompiler.h"
#include "core/schema/MetaData.h"

namespace stratum::schema {

struct DdlOptions
{
    bool createSchemas = true;  // CREATE/DROP SCHEMA for MetaData::schemas
    bool includeViews = true;
    bool ifNotExists = false;  // for schemas
    bool ifExists = false;     // for every DROP
};

// SQLAlchemy's metadata.create_all()/drop_all() as a script: every object of a
// model in an order the server accepts. Schemas, enum types and sequences come
// first; tables follow in foreign-key order (DependencyOrder), each with its
// indexes and comments; foreign keys that close a cycle are added afterwards
// with ALTER TABLE (PostgreSQL; SQLite takes forward references inline); then
// sequence ownership and views. Dropping runs the same plan backwards.
// Stateless; thread-safe.
class DdlPlanner
{
public:
    static Result<DdlScript> createAll(const MetaData &metadata, Dialect dialect,
                                       const DdlOptions &options = {});
    static Result<DdlScript> dropAll(const MetaData &metadata, Dialect dialect,
                                     const DdlOptions &options = {});
};

}  // namespace stratum::schema
