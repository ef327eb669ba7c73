#pragma once

#include "core/config/Result.h"
#include "core/engine/DriverConnection.h"
#include "core/schema/Dialect.h"

#include <QString>
#include <QStringList>

namespace stratum::migrate {

// Alembic's version table: alembic_version(version_num VARCHAR(32) NOT NULL,
// CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)), one row per
// applied head. The name and schema follow Alembic's version_table and
// version_table_schema options; the primary key is named "<table>_pkc" as
// Alembic names it. The *Sql() methods render statements exactly as Alembic
// 1.8 / SQLAlchemy 1.4 print them in --sql mode (no terminator), so offline
// output and online execution share one text. Version ids are written as
// string literals (quotes doubled; Alembic inserts them unescaped, which is
// the same text for every legal id). A value type; thread-safe.
class VersionTable
{
public:
    static constexpr const char *kDefaultName = "alembic_version";

    explicit VersionTable(schema::Dialect dialect,
                          const QString &table = QLatin1String(kDefaultName),
                          const QString &schema = QString());

    schema::Dialect dialect() const { return m_dialect; }
    const QString &table() const { return m_table; }
    const QString &schema() const { return m_schema; }
    // "schema.table" or "table", as Alembic names it in messages.
    QString displayName() const;

    QString createSql() const;
    QString dropSql() const;
    // returning: PostgreSQL's "RETURNING ...version_num", which SQLAlchemy
    // adds to the INSERT in Alembic's offline output.
    QString insertSql(const QString &version, bool returning = false) const;
    QString updateSql(const QString &from, const QString &to) const;
    QString deleteSql(const QString &version) const;
    QString purgeSql() const;  // DELETE FROM <table>
    QString selectSql() const;

    // --- online, on a connection of this table's dialect.
    Result<bool> exists(engine::DriverConnection &connection) const;
    // The stored heads in the order the server returns them; empty when the
    // table does not exist.
    Result<QStringList> heads(engine::DriverConnection &connection) const;
    // Creates the table when it does not exist (Alembic's checkfirst=True).
    Status ensure(engine::DriverConnection &connection) const;

private:
    QString qualifiedTable() const;
    QString literal(const QString &value) const;

    schema::Dialect m_dialect;
    QString m_table;
    QString m_schema;
};

// Runs sql and returns its first column as text, one entry per row.
Result<QStringList> queryColumn(engine::DriverConnection &connection, const QString &sql,
                                const engine::Params &params = {});

}  // namespace stratum::migrate
