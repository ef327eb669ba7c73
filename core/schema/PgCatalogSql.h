#pragma once

// The pg_catalog queries of the PostgreSQL Inspector. Each covers every table
// of one schema at once; $1 is the schema's OID. Names in lists are returned
// as JSON arrays so that any name (commas, quotes, braces) arrives intact.
// Per-row function calls that run SQL (obj_description, correlated
// subqueries) are avoided: they dominate the time on a thousand tables.

namespace stratum::schema::pgsql {

inline constexpr const char *kNamespace = R"sql(
SELECT n.oid, n.nspname, current_schema()
FROM pg_catalog.pg_namespace n
WHERE n.nspname = COALESCE(NULLIF($1, ''), current_schema()))sql";

inline constexpr const char *kRelations = R"sql(
SELECT c.oid, c.relname, c.relkind, c.relispartition, ds.description,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
       inh.parents, ext.objid IS NOT NULL
FROM pg_catalog.pg_class c
LEFT JOIN pg_catalog.pg_description ds
       ON ds.objoid = c.oid AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0
LEFT JOIN (SELECT i.inhrelid, string_agg(pn.nspname || '.' || p.relname, ', ') AS parents
             FROM pg_catalog.pg_inherits i
             JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
             JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
            GROUP BY i.inhrelid) inh ON inh.inhrelid = c.oid
LEFT JOIN (SELECT DISTINCT d.objid FROM pg_catalog.pg_depend d
            WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'e') ext
       ON ext.objid = c.oid
WHERE c.relnamespace = $1::oid AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
ORDER BY c.relname)sql";

inline constexpr const char *kColumns = R"sql(
SELECT a.attrelid, a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod),
       a.attnotnull,
       -- a default cannot refer to columns, so only generated columns need the
       -- relation for deparsing (opening it per table costs more than the rest)
       pg_catalog.pg_get_expr(d.adbin, CASE WHEN a.attgenerated <> '' THEN d.adrelid ELSE 0 END),
       a.attidentity, a.attgenerated,
       ds.description,
       t.typcategory, a.attndims,
       COALESCE(et.typtype, t.typtype), COALESCE(etn.nspname, tn.nspname),
       COALESCE(et.typname, t.typname),
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       pg_catalog.format_type(s.seqtypid, NULL), a.attnum
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_type et ON t.typcategory = 'A' AND et.oid = t.typelem
LEFT JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_description ds
       ON ds.objoid = a.attrelid AND ds.classoid = 'pg_catalog.pg_class'::regclass
      AND ds.objsubid = a.attnum
LEFT JOIN pg_catalog.pg_depend dep
       ON a.attidentity <> '' AND dep.refclassid = 'pg_catalog.pg_class'::regclass
      AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum
      AND dep.classid = 'pg_catalog.pg_class'::regclass AND dep.deptype = 'i'
LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid
WHERE c.relnamespace = $1::oid AND c.relkind IN ('r', 'p')
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum)sql";

// conkey and confkey come back as attnum arrays ("{1,2}"), mapped to names
// from the column query; only keys into tables of other schemas are named here.
inline constexpr const char *kConstraints = R"sql(
SELECT con.conrelid, con.conname, con.contype, con.conkey, fn.nspname, fc.relname,
       CASE WHEN fc.relnamespace <> $1::oid THEN
         (SELECT json_agg(a.attname ORDER BY k.ord)
            FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum)
       END,
       con.confupdtype, con.confdeltype, con.condeferrable, con.condeferred,
       CASE WHEN con.contype IN ('c', 'x') THEN pg_catalog.pg_get_constraintdef(con.oid) END,
       con.convalidated, con.confmatchtype, con.confkey, con.confrelid
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
WHERE c.relnamespace = $1::oid AND c.relkind IN ('r', 'p')
  AND con.contype IN ('p', 'f', 'u', 'c', 'x') AND con.conparentid = 0
ORDER BY con.conrelid, con.conname)sql";

// indkey comes back as attnums ("1 0 3"; 0 marks an expression), mapped to
// names from the column query; expressions are deparsed only where present.
inline constexpr const char *kIndexes = R"sql(
SELECT i.indrelid, ic.relname, i.indisunique, am.amname,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid),
       i.indnkeyatts, i.indkey,
       CASE WHEN 0 = ANY (i.indkey::int2[]) THEN
         (SELECT json_agg(pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, false) ORDER BY k.ord)
            FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord))
       END,
       i.indoption::text ~ '[1-9]'
         OR NOT i.indclass::oid[] <@ (SELECT array_agg(o.oid) || '{0}'::oid[]
                                        FROM pg_catalog.pg_opclass o WHERE o.opcdefault)
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE tc.relnamespace = $1::oid AND tc.relkind IN ('r', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c
                   WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
ORDER BY i.indrelid, ic.relname)sql";

inline constexpr const char *kEnums = R"sql(
SELECT t.typname, json_agg(e.enumlabel ORDER BY e.enumsortorder)
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE t.typnamespace = $1::oid
GROUP BY t.oid, t.typname
ORDER BY t.typname)sql";

inline constexpr const char *kSequences = R"sql(
SELECT c.relname, pg_catalog.format_type(s.seqtypid, NULL),
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       oc.relname, oa.attname
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
LEFT JOIN pg_catalog.pg_depend dep
       ON dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = c.oid
      AND dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.deptype = 'a'
      AND dep.refobjsubid > 0
LEFT JOIN pg_catalog.pg_class oc ON oc.oid = dep.refobjid
LEFT JOIN pg_catalog.pg_attribute oa ON oa.attrelid = dep.refobjid AND oa.attnum = dep.refobjsubid
WHERE c.relnamespace = $1::oid
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                   WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                     AND d.deptype IN ('i', 'e'))
ORDER BY c.relname)sql";

// Everything in the schema that Stratum does not model, to be reported.
inline constexpr const char *kUnmodelled = R"sql(
SELECT kind, name FROM (
  SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' WHEN 'p' THEN 'procedure'
                        WHEN 'w' THEN 'window function' ELSE 'function' END AS kind,
         p.oid::regprocedure::text AS name
    FROM pg_catalog.pg_proc p
   WHERE p.pronamespace = $1::oid
     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                        AND d.deptype = 'e')
  UNION ALL
  SELECT 'trigger', t.tgname || ' on ' || c.relname
    FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
   WHERE c.relnamespace = $1::oid AND NOT t.tgisinternal AND t.tgparentid = 0
  UNION ALL
  SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type'
                        WHEN 'm' THEN 'multirange type' ELSE 'composite type' END,
         t.typname
    FROM pg_catalog.pg_type t
    LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
   WHERE t.typnamespace = $1::oid
     AND (t.typtype IN ('d', 'r', 'm') OR (t.typtype = 'c' AND c.relkind = 'c'))
     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid
                        AND d.deptype = 'e')
  UNION ALL
  SELECT 'extension', e.extname FROM pg_catalog.pg_extension e WHERE e.extnamespace = $1::oid
  UNION ALL
  SELECT 'rule', r.rulename || ' on ' || c.relname
    FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
   WHERE c.relnamespace = $1::oid AND r.rulename <> '_RETURN'
  UNION ALL
  SELECT 'policy', p.polname || ' on ' || c.relname
    FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
   WHERE c.relnamespace = $1::oid
) s ORDER BY kind, name)sql";

}  // namespace stratum::schema::pgsql
