#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace stratum::ui {

// Decides whether SQL text would change data or schema, for the production
// guard. It reads words, not grammar: comments (-- and nested /* */), string
// literals ('...', E'...', $tag$...$tag$) and quoted identifiers ("...",
// `...`, [...]) are skipped, statements are split at top-level semicolons, and
// each statement is judged by its leading keyword:
// - changing: INSERT, UPDATE, DELETE, MERGE, UPSERT, REPLACE, TRUNCATE, CREATE,
//   ALTER, DROP, RENAME, GRANT, REVOKE, COMMENT, SECURITY LABEL, REINDEX,
//   CLUSTER, VACUUM, REFRESH, IMPORT, COPY ... FROM, DO, CALL, EXECUTE, and
//   PRAGMA with an assignment;
// - WITH is changing when its body holds INSERT, DELETE, MERGE or an UPDATE
//   that is not a locking clause (FOR [NO KEY] UPDATE);
// - SELECT ... INTO creates a table (PostgreSQL), so it is changing;
// - EXPLAIN ANALYZE runs its statement, so the statement is judged;
// - everything else (SELECT, VALUES, TABLE, SHOW, SET, BEGIN, COMMIT, ...)
//   is read-only.
// When in doubt it says "changing": the guard then asks once too often rather
// than once too few. Pure functions; thread-safe.
class SqlChangeClassifier
{
public:
    struct Finding
    {
        int statementIndex = 0;  // 0-based among the non-empty statements
        int offset = 0;          // 0-based offset of the keyword in the text
        QString keyword;         // upper case, e.g. "DELETE", "COPY FROM"
        QString statement;       // the statement's text, trimmed
    };

    // Every statement in sql that changes data or schema, in order.
    static QList<Finding> changes(const QString &sql);
    static bool changesDataOrSchema(const QString &sql) { return !changes(sql).isEmpty(); }

    // The statements of sql split at top-level semicolons (trimmed, empty ones dropped).
    static QStringList splitStatements(const QString &sql);
};

}  // namespace stratum::ui
