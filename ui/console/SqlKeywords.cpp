#include "ui/console/SqlKeywords.h"

#include <QSet>

namespace stratum::ui {

namespace {

// PostgreSQL 15's keyword list (reserved and unreserved words that users type
// as keywords) merged with SQLite's.
constexpr const char *kKeywords =
    "abort absolute action add after aggregate all also alter always analyse analyze and any "
    "array as asc assertion assignment asymmetric at atomic attach attribute authorization "
    "autoincrement backward before begin between both by cache call called cascade cascaded case "
    "cast catalog chain check checkpoint class close cluster collate collation column columns "
    "comment comments commit committed concurrently configuration conflict connection constraint "
    "constraints content continue conversion copy cost create cross csv cube current "
    "current_catalog current_date current_role current_schema current_time current_timestamp "
    "current_user cursor cycle data database day deallocate declare default defaults deferrable "
    "deferred definer delete delimiter delimiters depends desc detach dictionary disable discard "
    "distinct do document domain drop each else enable encoding encrypted end enum escape event "
    "except exclude excluding exclusive execute exists explain expression extension external "
    "extract fail false family fetch filter finalize first following for force foreign format "
    "forward freeze from full function functions generated glob global grant granted greatest "
    "group grouping groups handler having header hold hour identity if ignore ilike immediate "
    "immutable implicit import in include including increment index indexed indexes inherit "
    "inherits initially inline inner inout input insensitive insert instead intersect into "
    "invoker is isnull isolation join key label language large last lateral leading leakproof "
    "least left level like limit listen load local localtime localtimestamp location lock locked "
    "logged mapping match matched materialized maxvalue merge method minute minvalue mode month "
    "move name names natural new next nfc nfd nfkc nfkd no none normalize normalized not nothing "
    "notify notnull nowait null nullif nulls object of off offset oids old on only operator "
    "option options or order ordinality others out outer over overlaps overlay overriding owned "
    "owner parallel parameter parser partial partition passing password placing plan plans "
    "policy pragma preceding prepare prepared preserve primary prior privileges procedural "
    "procedure procedures program publication query quote raise range read reassign recheck "
    "recursive ref references referencing refresh regexp reindex relative release rename "
    "repeatable replace replica reset restart restrict return returning returns revoke right "
    "role rollback rollup routine routines row rows rule savepoint schema schemas scroll search "
    "second security select sequence sequences serializable server session session_user set "
    "setof sets share show similar simple skip snapshot some sql stable standalone start "
    "statement statistics stdin stdout storage stored strict strip subscription substring "
    "support symmetric sysid system system_user table tables tablesample tablespace temp "
    "template temporary then ties to trailing transaction transform treat trigger trim true "
    "truncate trusted type types uescape unbounded uncommitted unencrypted union unique unknown "
    "unlisten unlogged until update user using vacuum valid validate validator value values "
    "variadic verbose version view views virtual volatile when where whitespace window with "
    "within without work wrapper write xmlattributes xmlconcat xmlelement xmlexists xmlforest "
    "xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable year yes zone";

constexpr const char *kTypes =
    "bigint bigserial bit blob bool boolean box bpchar bytea char character cidr circle date "
    "daterange dec decimal double float float4 float8 inet int int2 int4 int8 int4range "
    "int8range integer interval json jsonb line lseg macaddr money numeric numrange nvarchar "
    "oid path point polygon precision real regclass serial serial2 serial4 serial8 smallint "
    "smallserial text time timestamp timestamptz timetz tsquery tsrange tstzrange tsvector uuid "
    "varbit varchar varying xml";

constexpr const char *kCommonFunctions =
    "abs avg cast coalesce count lower max min nullif replace round substr sum trim upper "
    "length ltrim rtrim";

constexpr const char *kPgFunctions =
    "age array_agg array_length array_position array_to_string bool_and bool_or btrim "
    "char_length clock_timestamp concat concat_ws current_setting date_part date_trunc "
    "dense_rank encode decode exp extract first_value floor ceil format gen_random_uuid "
    "generate_series greatest has_table_privilege initcap json_agg json_build_object "
    "jsonb_agg jsonb_build_object jsonb_each jsonb_set jsonb_array_elements lag lead "
    "last_value least left md5 now ntile pg_backend_pid pg_cancel_backend pg_sleep "
    "pg_size_pretty pg_relation_size pg_total_relation_size position random rank "
    "regexp_replace regexp_matches repeat reverse right row_number row_to_json split_part "
    "sqrt statement_timestamp string_agg strpos to_char to_date to_json to_jsonb to_number "
    "to_timestamp translate unnest version";

constexpr const char *kSqliteFunctions =
    "changes char date datetime glob group_concat hex ifnull iif instr julianday "
    "last_insert_rowid like likelihood load_extension printf quote random randomblob "
    "sqlite_version strftime time total total_changes typeof unicode unixepoch unlikely "
    "zeroblob json json_array json_extract json_object json_group_array json_each row_number "
    "rank dense_rank lag lead first_value last_value ntile";

// Unreserved keywords that are far more often column or table names; they
// complete as keywords but are not coloured as such.
constexpr const char *kIdentifierLike =
    "action attribute cache class columns comment comments content cost data database day "
    "document encoding event family filter format header hour label language level location "
    "mode month minute name names object owner parameter password plan position program "
    "query role second server source statistics storage support system text type types value "
    "version year zone parser options";

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QSet<QString> &keywordSet()
{
    static const QSet<QString> set = [] {
        const QStringList w = words(kKeywords);
        QSet<QString> out(w.begin(), w.end());
        for (const QString &i : words(kIdentifierLike))
            out.remove(i);
        return out;
    }();
    return set;
}

const QSet<QString> &typeSet()
{
    static const QSet<QString> set = [] {
        const QStringList w = words(kTypes);
        return QSet<QString>(w.begin(), w.end());
    }();
    return set;
}

QStringList sortedUnique(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

}  // namespace

bool SqlKeywords::isKeyword(const QString &lowerCaseWord)
{
    return keywordSet().contains(lowerCaseWord);
}

bool SqlKeywords::isTypeName(const QString &lowerCaseWord)
{
    return typeSet().contains(lowerCaseWord);
}

const QStringList &SqlKeywords::keywords()
{
    static const QStringList list = [] {
        QStringList out;
        for (const QString &w : words(kKeywords))
            out << w.toUpper();
        return sortedUnique(out);
    }();
    return list;
}

const QStringList &SqlKeywords::functions(schema::Dialect dialect)
{
    static const QStringList pg = sortedUnique(words(kCommonFunctions) + words(kPgFunctions));
    static const QStringList lite = sortedUnique(words(kCommonFunctions) + words(kSqliteFunctions));
    return dialect == schema::Dialect::PostgreSQL ? pg : lite;
}

}  // namespace stratum::ui
