#include "core/schema/Keywords.h"

#include <QSet>
#include <QStringList>

namespace stratum::schema {
namespace {

QSet<QString> wordSet(const char *words)
{
    const QStringList list = QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(list.begin(), list.end());
}

// Obtained from PostgreSQL 15.18 with
//   SELECT string_agg(word, ' ' ORDER BY word) FROM pg_get_keywords()
//   WHERE catcode IN ('R', 'T');
// (R: reserved, T: reserved but allowed as a type or function name). The pg
// test tests/pg/schema checks this list against the running server.
const char *const kPostgresReserved =
    "all analyse analyze and any array as asc asymmetric both case cast check collate column "
    "constraint create current_catalog current_date current_role current_time current_timestamp "
    "current_user default deferrable desc distinct do else end except false fetch for foreign "
    "from grant group having in initially intersect into lateral leading limit localtime "
    "localtimestamp not null offset on only or order placing primary references returning "
    "select session_user some symmetric table then to trailing true union unique user using "
    "variadic when where window with "
    "authorization binary collation concurrently cross current_schema freeze full ilike inner "
    "is isnull join left like natural notnull outer overlaps right similar tablesample verbose";

// The same query with catcode = 'C' (column-name keywords).
const char *const kPostgresColumnName =
    "between bigint bit boolean char character coalesce dec decimal exists extract float "
    "greatest grouping inout int integer interval least national nchar none normalize nullif "
    "numeric out overlay position precision real row setof smallint substring time timestamp "
    "treat trim values varchar xmlattributes xmlconcat xmlelement xmlexists xmlforest "
    "xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable";

// Obtained from SQLite 3.40.1 through sqlite3_keyword_count() and
// sqlite3_keyword_name() (147 words); the unit test checks it against the
// linked library.
const char *const kSqliteKeywords =
    "abort action add after all alter always analyze and as asc attach autoincrement before "
    "begin between by cascade case cast check collate column commit conflict constraint create "
    "cross current current_date current_time current_timestamp database default deferrable "
    "deferred delete desc detach distinct do drop each else end escape except exclude exclusive "
    "exists explain fail filter first following for foreign from full generated glob group "
    "groups having if ignore immediate in index indexed initially inner insert instead "
    "intersect into is isnull join key last left like limit match materialized natural no not "
    "nothing notnull null nulls of offset on or order others outer over partition plan pragma "
    "preceding primary query raise range recursive references regexp reindex release rename "
    "replace restrict returning right rollback row rows savepoint select set table temp "
    "temporary then ties to transaction trigger unbounded union unique update using vacuum "
    "values view virtual when where window with without";

}  // namespace

bool Keywords::isReserved(Dialect dialect, const QString &word)
{
    static const QSet<QString> postgres = wordSet(kPostgresReserved);
    static const QSet<QString> sqlite = wordSet(kSqliteKeywords);
    return (dialect == Dialect::PostgreSQL ? postgres : sqlite).contains(word);
}

bool Keywords::isColumnNameKeyword(Dialect dialect, const QString &word)
{
    static const QSet<QString> postgres = wordSet(kPostgresColumnName);
    return dialect == Dialect::PostgreSQL && postgres.contains(word);
}

}  // namespace stratum::schema
