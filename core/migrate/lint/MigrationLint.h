#pragma once

#include "core/migrate/ops/Operation.h"
#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stratum::engine {
class DriverConnection;
}

namespace stratum::migrate {

// What a reviewer must not miss in a migration.
enum class LintClass {
    Destructive,    // drops a table or column, or narrows a type: data is lost
    DataDependent,  // succeeds or fails depending on the rows (NOT NULL, UNIQUE)
    Locking,        // PostgreSQL: holds a strong lock for long (index build, rewrite)
    Irreversible,   // the downgrade cannot bring the data back
};

// One finding: which operation (index into the list; innerIndex is the
// operation inside a batch block, -1 otherwise), the class, a one-line
// explanation and, when one exists, a safer way to do the same. The strings
// are translated (context "Lint").
struct LintFinding
{
    LintClass kind = LintClass::Destructive;
    int operationIndex = 0;
    QString explanation;
    QString saferAlternative;  // empty when there is none
    int innerIndex = -1;
    bool confirmed = false;  // checked against the live database (DataDependent)
};

// Facts about the live database that sharpen the lint. Every answer is
// optional: nullopt means "unknown", and the lint then says what might happen
// rather than what will. Implementations say their thread-safety.
class LintDataSource
{
public:
    virtual ~LintDataSource() = default;
    // Rows in the table (an estimate is fine); nullopt when unknown or absent.
    virtual std::optional<qint64> rowCount(const QString &schema, const QString &table) = 0;
    // Whether some rows share the same values in these columns (NULLs never clash).
    virtual std::optional<bool> hasDuplicates(const QString &schema, const QString &table,
                                              const QStringList &columns) = 0;
    // Whether the column holds NULLs.
    virtual std::optional<bool> hasNulls(const QString &schema, const QString &table,
                                         const QString &column) = 0;
};

// LintDataSource over a live connection (PostgreSQL or SQLite). Row counts
// on PostgreSQL come from pg_class.reltuples (no scan) unless that is unknown;
// duplicate and NULL checks run one bounded query each. Queries failing (a
// missing table) give nullopt. Not thread-safe: it uses the connection.
class ConnectionLintData : public LintDataSource
{
public:
    ConnectionLintData(engine::DriverConnection &connection, schema::Dialect dialect);
    std::optional<qint64> rowCount(const QString &schema, const QString &table) override;
    std::optional<bool> hasDuplicates(const QString &schema, const QString &table,
                                      const QStringList &columns) override;
    std::optional<bool> hasNulls(const QString &schema, const QString &table,
                                 const QString &column) override;

private:
    QString qualified(const QString &schema, const QString &table) const;
    QString quote(const QString &identifier) const;

    engine::DriverConnection &m_connection;
    schema::Dialect m_dialect;
};

struct LintContext
{
    // The schema before the operations (e.g. SchemaReplayer's state at the
    // down revision, or reflection): lets the lint see the old type of an
    // alter_column without existing_type=, and the columns a drop_table loses.
    const schema::MetaData *before = nullptr;
    // The connected database, if any.
    LintDataSource *data = nullptr;
    // From how many rows a table counts as large for Locking findings. Without
    // a data source every table might be large, and the finding says "may".
    qint64 largeTableRows = 100000;
};

// Classifies each operation of one direction (an upgrade, usually). Pure
// apart from the data source; thread-safe when that is.
QList<LintFinding> lintOperations(const std::vector<Operation> &operations, schema::Dialect dialect,
                                  const LintContext &context = {});
QList<LintFinding> lintOperations(const QList<Operation> &operations, schema::Dialect dialect,
                                  const LintContext &context = {});

// The operation in plain words, e.g.
// "add column `email` VARCHAR(255) NOT NULL to `users`"; types in the
// dialect's SQL spelling. Translated (context "Lint").
QString describeOperation(const Operation &op, schema::Dialect dialect);

// "Destructive", "Data-dependent", "Locking", "Irreversible" (translated).
QString lintClassName(LintClass kind);

}  // namespace stratum::migrate
