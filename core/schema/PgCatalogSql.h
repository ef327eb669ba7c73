#pragma once

// The pg_catalog queries of the PostgreSQL Inspector. Each covers every table
// of one schema at once; $1 is the schema's OID. Column lists are returned as
// JSON arrays so that any name (commas, quotes, braces) arrives intact.

namespace stratum::schema::pgsql {

inline constexpr const char *kNamespace = R"sql(
SELECT n.oid, n.nspname, current_schema()
FROM pg_catalog.pg_namespace n
WHERE n.nspname = COALESCE(NULLIF($1, ''), current_schema()))sql";

inline constexpr const char *kRelations = R"sql(
SELECT c.oid, c.relname, c.relkind, c.relispartition,
       pg_catalog.obj_description(c.oid, 'pg_class'),
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
       (SELECT string_agg(pn.nspname || '.' || p.relname, ', ')
          FROM pg_catalog.pg_inherits i
          JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
          JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
         WHERE i.inhrelid = c.oid),
       EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                  AND d.deptype = 'e')
FROM pg_catalog.pg_class c
WHERE c.relnamespace = $1::oid AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
ORDER BY c.relname)sql";

inline constexpr const char *kColumns = R"sql(
SELECT a.attrelid, a.attname,
       pg_catalog.format_type(a.atttypid, a.atttypmod),
       a.attnotnull,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid),
       a.attidentity, a.attgenerated,
       pg_catalog.col_description(a.attrelid, a.attnum),
       t.typcategory, a.attndims,
       COALESCE(et.typtype, t.typtype), COALESCE(etn.nspname, tn.nspname),
       COALESCE(et.typname, t.typname),
       s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       pg_catalog.format_type(s.seqtypid, NULL)
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_type et ON t.typcategory = 'A' AND et.oid = t.typelem
LEFT JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_depend dep
       ON a.attidentity <> '' AND dep.refclassid = 'pg_catalog.pg_class'::regclass
      AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum
      AND dep.classid = 'pg_catalog.pg_class'::regclass AND dep.deptype = 'i'
LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid
WHERE c.relnamespace = $1::oid AND c.relkind IN ('r', 'p')
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum)sql";

inline constexpr const char *kConstraints = R"sql(
SELECT con.conrelid, con.conname, con.contype,
       (SELECT json_agg(a.attname ORDER BY k.ord)
          FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum),
       fn.nspname, fc.relname,
       (SELECT json_agg(a.attname ORDER BY k.ord)
          FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum),
       con.confupdtype, con.confdeltype, con.condeferrable, con.condeferred,
       pg_catalog.pg_get_constraintdef(con.oid), con.convalidated, con.confmatchtype
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
WHERE c.relnamespace = $1::oid AND c.relkind IN ('r', 'p')
  AND con.contype IN ('p', 'f', 'u', 'c', 'x') AND con.conparentid = 0
ORDER BY con.conrelid, con.conname)sql";

inline constexpr const char *kIndexes = R"sql(
SELECT i.indrelid, ic.relname, i.indisunique, am.amname,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid),
       i.indnkeyatts,
       (SELECT json_agg(json_build_array(a.attname,
                 CASE WHEN k.attnum = 0
                      THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, false) END)
                 ORDER BY k.ord)
          FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
          LEFT JOIN pg_catalog.pg_attribute a
                 ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0),
       EXISTS (SELECT 1 FROM unnest(i.indoption::int2[]) o WHERE o <> 0)
         OR EXISTS (SELECT 1 FROM unnest(i.indclass::oid[]) WITH ORDINALITY oc(opc, ord)
                      JOIN pg_catalog.pg_opclass o ON o.oid = oc.opc
                     WHERE oc.ord <= i.indnkeyatts AND NOT o.opcdefault)
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
