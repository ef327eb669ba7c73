#pragma once

#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QString>

namespace stratum::ui {

// Fills constraint and index names from the model's naming convention as the
// user works, and keeps them in step: a name that is exactly what the
// convention generated for the old state of a table is regenerated for the new
// state (after a column or table rename, or a change of columns); a name the
// user typed is never touched. Rename helpers carry a column rename into the
// table's own keys and indexes and into other tables' foreign keys.
// Pure functions on plain values; thread-safe.
namespace NamingAssistant {

// The convention's name for a constraint or index ("pk", "fk", "uq", "ck",
// "ix"), truncated to the dialect's limit; empty when no template applies.
QString generatedName(const schema::MetaData &metadata, schema::Dialect dialect, const QString &key,
                      const schema::Table &table, const QStringList &columns,
                      const schema::ForeignKey *fk = nullptr);

// For each constraint and index of `after` whose name is the generated name of
// the same object in `before` (same position), sets the name generated for
// `after`. Lists whose length changed are matched by position up to the
// shorter length.
void followGeneratedNames(const schema::MetaData &metadata, schema::Dialect dialect,
                          const schema::Table &before, schema::Table &after);

// Renames column `from` to `to` in `table` and wherever the table's own
// primary key, foreign keys, unique constraints and indexes name it.
void renameColumnInTable(schema::Table &table, const QString &from, const QString &to);

// Renames a referred column in `referring`'s foreign keys that point at
// table (schema, name). Returns true when something changed.
bool renameReferredColumn(schema::Table &referring, const QString &schema, const QString &name,
                          const QString &from, const QString &to);

}  // namespace NamingAssistant

}  // namespace stratum::ui
