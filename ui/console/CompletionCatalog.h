#pragma once

#include "core/schema/Dialect.h"
#include "core/schema/MetaData.h"

#include <QHash>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace stratum::ui {

// What the console completes from: the tables, views and columns of a
// reflected schema::MetaData plus the dialect's keywords and functions, in
// lookup tables built once (off the UI thread) so that a request costs a
// prefix filter, never a walk over the model. candidates() understands the
// statement around the caret: after "alias." it offers that table's columns
// (aliases and tables come from FROM/JOIN/UPDATE/INTO clauses), after
// "schema." that schema's tables, and otherwise columns of the statement's
// tables, tables, functions and keywords, in that order. Immutable; safe to
// share between threads.
class CompletionCatalog
{
public:
    static std::shared_ptr<const CompletionCatalog> build(const schema::MetaData &metadata,
                                                          schema::Dialect dialect);
    // Keywords and functions only (before reflection finished, or without it).
    static std::shared_ptr<const CompletionCatalog> basic(schema::Dialect dialect);

    // text: the whole editor; cursor: UTF-16 index. prefix receives the partial
    // word the candidates replace. Empty inside strings and comments.
    QStringList candidates(QStringView text, int cursor, QString *prefix) const;

    int tableCount() const { return int(m_tables.size()); }

    static constexpr int kMaxCandidates = 300;

private:
    struct TableEntry
    {
        QString schema;
        QString name;
        QStringList columns;
    };
    const TableEntry *findTable(const QString &qualifierLower) const;

    schema::Dialect m_dialect = schema::Dialect::PostgreSQL;
    std::vector<TableEntry> m_tables;
    QHash<QString, int> m_byName;           // lower-case name and schema.name
    QHash<QString, QList<int>> m_bySchema;  // lower-case schema
    QStringList m_schemas;
};

}  // namespace stratum::ui
