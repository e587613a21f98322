/** An operation's columns, with its participants and the countries that reported a result. */
const SELECT_OPERATION = `
  SELECT o.id, o.code, o.name, o.description, o.programme, o.lead, o.activities,
         o.start_date::text AS start_date, o.end_date::text AS end_date, o.end_year, o.created_at, o.updated_at,
         ARRAY(SELECT c.country_iso3::text FROM operation_countries c WHERE c.operation_id = o.id ORDER BY 1) AS countries,
         ARRAY(SELECT r.country_iso3::text FROM operation_results r WHERE r.operation_id = o.id ORDER BY 1) AS reported
  FROM operations o`;

/** The list's filters, each null for any: $1 text, $2 programme, $3 lead, $4 activity, $5 country, $6 end year, $7 the national user's country. */
const LIST_WHERE = `
  WHERE ($1::text IS NULL OR o.code ILIKE '%' || $1 || '%' OR o.name ILIKE '%' || $1 || '%')
    AND ($2::text IS NULL OR o.programme = $2)
    AND ($3::text IS NULL OR o.lead = $3)
    AND ($4::text IS NULL OR $4 = ANY(o.activities))
    AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM operation_countries c WHERE c.operation_id = o.id AND c.country_iso3 = $5))
    AND ($6::int IS NULL OR o.end_year = $6)
    AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM operation_countries c WHERE c.operation_id = o.id AND c.country_iso3 = $7))`;

/** One operations import at a time: a lock held until the transaction ends. */
export const LOCK_IMPORTS_SQL = `SELECT pg_advisory_xact_lock(hashtext('cpc:operations-import'))`;

/** The rollups, rewritten in place by every import, vacuumed and analysed. */
export const VACUUM_ROLLUPS_SQL = `VACUUM (ANALYZE) operation_result_rollup, operation_seizure_rollup,
  operation_reporting_rollup, operation_participation_rollup, operation_unit_rollup`;

/** Fresh planner statistics after a large import. */
export const ANALYZE_OPERATIONS_SQL = 'ANALYZE operations, operation_countries, operation_results, operation_seizures';

/** How many operations there are. */
export const COUNT_OPERATIONS_SQL = 'SELECT count(*) AS n FROM operations';

/** $1 id: one operation. */
export const OPERATION_SQL = `${SELECT_OPERATION} WHERE o.id = $1`;

/** The list filters ($1–$7, see filterParams), $8 limit, $9 offset: newest end date first. */
export const OPERATIONS_PAGE_SQL = `${SELECT_OPERATION} ${LIST_WHERE} ORDER BY o.end_date DESC, o.code LIMIT $8 OFFSET $9`;

/** The list filters ($1–$7): how many operations match. */
export const COUNT_LISTED_OPERATIONS_SQL = `SELECT count(*) AS total FROM operations o ${LIST_WHERE}`;

/** $1 code, $2 an id to leave out (or null): whether another operation has the code. */
export const CODE_EXISTS_SQL = `SELECT 1 FROM operations WHERE code = $1 AND ($2::uuid IS NULL OR id <> $2)`;

/** $1–$9 the operations' columns as arrays, $10 source: new operations, ids in the order given. */
export const INSERT_OPERATIONS_SQL = `
  INSERT INTO operations (code, name, description, programme, lead, activities, start_date, end_date, end_year, source)
  SELECT code, name, description, programme, lead, string_to_array(activities, ';'), start_date, end_date, end_year, $10
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::int[])
    WITH ORDINALITY AS t(code, name, description, programme, lead, activities, start_date, end_date, end_year, n)
  ORDER BY n
  RETURNING id`;

/** $1–$9 the operations' columns as arrays, $10 ids: operations rewritten. */
export const UPDATE_OPERATIONS_SQL = `
  UPDATE operations o SET code = t.code, name = t.name, description = t.description, programme = t.programme,
    lead = t.lead, activities = string_to_array(t.activities, ';'), start_date = t.start_date,
    end_date = t.end_date, end_year = t.end_year, updated_at = now()
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::int[], $10::uuid[])
    AS t(code, name, description, programme, lead, activities, start_date, end_date, end_year, id)
  WHERE o.id = t.id`;

/** $1 id: the operation, with its participants and results (cascade). */
export const DELETE_OPERATION_SQL = `DELETE FROM operations WHERE id = $1`;

/** $1 operation, $2 countries: those of them that reported a result. */
export const REPORTED_AMONG_SQL = `
  SELECT country_iso3::text AS country FROM operation_results
  WHERE operation_id = $1 AND country_iso3 = ANY($2::text[]) ORDER BY 1`;

/** $1 id: the operation, locked for a write. */
export const LOCK_OPERATION_SQL = `${SELECT_OPERATION} WHERE o.id = $1 FOR UPDATE OF o`;

/** $1 codes: those operations, locked for the import, in id order. */
export const LOCK_OPERATIONS_BY_CODE_SQL = `${SELECT_OPERATION} WHERE o.code = ANY($1::text[]) ORDER BY o.id FOR UPDATE OF o`;

/** $1 operation ids, $2 countries: participants added; those already there stay. */
export const ADD_PARTICIPANTS_SQL = `
  INSERT INTO operation_countries (operation_id, country_iso3)
  SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`;

/** $1 operation, $2 countries: those participants removed. */
export const REMOVE_PARTICIPANTS_SQL = `DELETE FROM operation_countries WHERE operation_id = $1 AND country_iso3 = ANY($2::text[])`;
