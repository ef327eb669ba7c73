#pragma once

#include "core/schema/Dialect.h"
#include "core/schema/Table.h"

#include <QString>

#include <vector>

namespace stratum::session {

// Renders the session's DML for one dialect: every identifier quoted, every
// value a $n parameter (PostgreSQL and SQLite both accept $n). Parameter
// numbering continues from *next, so callers can append clauses in order.
// Stateless apart from the dialect; thread-safe.
class SqlBuilder
{
public:
    explicit SqlBuilder(schema::Dialect dialect)
        : m_dialect(dialect)
    {}

    schema::Dialect dialect() const { return m_dialect; }
    QString tableName(const schema::Table &table) const;
    static QString column(const QString &name);

    // INSERT INTO t (c...) VALUES ($1, ...), (...) [RETURNING r...]
    QString insert(const schema::Table &table, const std::vector<int> &columns, int rows,
                   const std::vector<int> &returning) const;
    // One equality per column: "c" = $n, or "c" IS NULL when isNull[i].
    QString conditions(const schema::Table &table, const std::vector<int> &columns,
                       const std::vector<bool> &isNull, int *next) const;
    // UPDATE t SET c = $n, ... WHERE <where> (where built with conditions()).
    QString update(const schema::Table &table, const std::vector<int> &setColumns, int *next) const;
    QString remove(const schema::Table &table) const;  // "DELETE FROM t WHERE "
    // SELECT every column FROM t [WHERE ...]
    QString select(const schema::Table &table) const;

private:
    schema::Dialect m_dialect;
};

}  // namespace stratum::session
