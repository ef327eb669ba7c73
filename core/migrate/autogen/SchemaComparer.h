#pragma once

#include "core/migrate/ops/Operation.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace stratum::migrate::autogen {

// A table or column that looks renamed: one was dropped and one added with
// the same shape (tables: the same column names and types; columns: the same
// type and nullability). The caller decides; without a decision the
// comparison keeps drop + add.
struct RenameCandidate
{
    enum class Kind { Table, Column };
    Kind kind = Kind::Table;
    QString schema;
    QString table;  // columns: the table (its target name)
    QString from;
    QString to;

    // How --rename spells it: "old:new" for tables ("schema.old:new" in a
    // named schema), "table.old:new" for columns.
    QString spec() const;
    bool operator==(const RenameCandidate &) const = default;
};

struct CompareOptions
{
    QStringList renames;  // accepted rename specs (RenameCandidate::spec())
    QString versionTable = QStringLiteral("alembic_version");
    QString versionTableSchema;
};

// A target expression the server should render in its own spelling: a
// column default (typeSql: the column's type) or a CHECK condition
// (table: the qualified table whose columns it uses).
struct NormalizeProbe
{
    enum class Kind { Default, Check };
    Kind kind = Kind::Default;
    QString typeSql;  // Default
    QString table;    // Check: quoted, qualified
    QString expression;

    QString key() const;
};
// probe key -> the server's rendering (pg_get_expr / pg_get_constraintdef).
using Normalized = QHash<QString, QString>;

// What autogenerate found. upgrade is in an order that applies; downgrade
// reverses it (also in running order). notes are differences that no
// operation expresses (a removed enum label, an identity change...): they
// count as differences for `check` but are not written into the script.
struct AutogenResult
{
    QList<Operation> upgrade;
    QList<Operation> downgrade;
    std::vector<RenameCandidate> renameCandidates;
    QStringList notes;

    bool isEmpty() const { return upgrade.isEmpty() && notes.isEmpty(); }
    // One line per operation and note, for `check` and reviews.
    QStringList differences() const;
};

// Compares a target MetaData with the reflected database as Alembic's
// autogenerate does (tables, columns with type, nullability, server default,
// identity and comment, primary, foreign, unique and check constraints,
// indexes, table comments) and also PostgreSQL enums and sequences; produces
// operations in Alembic's vocabulary. Server-side spellings of the target's
// defaults and checks come in `normalized` (see probes() and
// ServerNormalizer), so that now() against CURRENT_TIMESTAMP or an added
// ::text cast is no change. Pure: no I/O; thread-safe.
class SchemaComparer
{
public:
    SchemaComparer(schema::Dialect dialect, CompareOptions options = {});

    // What the server should normalise before compare() (PostgreSQL only;
    // empty on SQLite).
    std::vector<NormalizeProbe> probes(const schema::MetaData &target,
                                       const schema::MetaData &reflected) const;

    AutogenResult compare(const schema::MetaData &target, const schema::MetaData &reflected,
                          const Normalized &normalized = {}) const;

    // A key that is equal for types the server stores identically
    // ("FLOAT" and "DOUBLE PRECISION", "DECIMAL(10, 2)" and "NUMERIC(10,2)").
    static QString typeKey(const QString &compiledSql);
    // Whitespace, parentheses and casts removed, lower case: a loose form of
    // an SQL expression for matching CHECK and index expressions.
    static QString looseSql(const QString &sql);

private:
    schema::Dialect m_dialect;
    CompareOptions m_options;
};

}  // namespace stratum::migrate::autogen
