#pragma once

#include <utility>
#include <vector>

namespace stratum::schema {

struct MetaData;

// The order in which tables can be created so that every foreign key refers to
// a table that already exists. Foreign keys that close a cycle (both ends in
// the same strongly connected component of more than one table) cannot be
// created inline; they are listed in cyclicForeignKeys, to be added afterwards
// with ALTER TABLE ... ADD CONSTRAINT (and dropped first on the way down).
// A table referring to itself is not a cycle: PostgreSQL accepts that inline.
// Foreign keys to tables outside the model do not constrain the order.
// Iterative throughout: a chain of any length uses no recursion.
struct TableOrder
{
    std::vector<int> order;  // indexes into MetaData::tables, referred tables first
    std::vector<std::pair<int, int>> cyclicForeignKeys;  // (table index, foreign key index)

    bool isCyclic(int table, int foreignKey) const;
};

// Stateless; thread-safe.
class DependencyOrder
{
public:
    // Ties are broken by position in metadata.tables, so the result is stable.
    static TableOrder sortTables(const MetaData &metadata);
};

}  // namespace stratum::schema
