import { CHECK_DATABASES } from '@cpc/domain';

/** The check columns of each INTERPOL database: queries and hits. */
const CHECK_COLUMNS = CHECK_DATABASES.flatMap((d) => [`${d}_queries`, `${d}_hits`]);

/** A result's columns, its checks in CHECK_COLUMNS order and its seizures as JSON (quantities as text). */
const SELECT_RESULT = `
  SELECT r.id, r.operation_id, r.country_iso3::text AS country, r.unit_type, r.unit_name, r.joint_unit_id::text,
         (SELECT u.details->>'site' FROM instruments u WHERE u.id = r.joint_unit_id) AS unit_site, r.arrests,
         r.investigations_opened, r.controlled_deliveries, r.persons_checked, r.created_at, r.updated_at,
         ARRAY[${CHECK_COLUMNS.map((c) => `r.${c}`).join(', ')}] AS checks,
         COALESCE((SELECT json_agg(json_build_object('commodity', s.commodity, 'unit', s.unit, 'cases', s.cases,
                                                     'quantity', s.quantity::text))
                   FROM operation_seizures s WHERE s.result_id = r.id), '[]') AS seizures
  FROM operation_results r`;

/** The content columns, as the insert and update statements name the unnested arrays. */
const RESULT_ALIASES = `unit_type, unit_name, arrests, investigations_opened, controlled_deliveries, persons_checked, ${CHECK_COLUMNS.join(', ')}, joint_unit_id`;

/** The content arrays' parameters ($4 on): unit type and name, then the counts, then the joint unit. */
const RESULT_ARRAY_PARAMS = [
  '$4::text[]',
  '$5::text[]',
  ...Array.from({ length: 4 + CHECK_COLUMNS.length }, (_, i) => `$${i + 6}::int[]`),
  `$${10 + CHECK_COLUMNS.length}::uuid[]`,
].join(', ');

/** $1 operation: its results, by country. */
export const RESULTS_OF_OPERATION_SQL = `${SELECT_RESULT} WHERE r.operation_id = $1 ORDER BY r.country_iso3`;

/** $1 operation, $2 result id: that result. */
export const RESULT_OF_OPERATION_SQL = `${SELECT_RESULT} WHERE r.operation_id = $1 AND r.id = $2`;

/** $1 operation ids: the keys and content hashes of their results, locked for the write in id order. */
export const LOCK_RESULT_KEYS_SQL = `
  SELECT id, operation_id, country_iso3::text AS country, content_hash, joint_unit_id::text FROM operation_results
  WHERE operation_id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`;

/** $1 operation ids, $2 countries, $3 content hashes, then the content columns: new results, ids in the order given. */
export const INSERT_RESULTS_SQL = `
  INSERT INTO operation_results (operation_id, country_iso3, content_hash, unit_type, unit_name, arrests,
    investigations_opened, controlled_deliveries, persons_checked, ${CHECK_COLUMNS.join(', ')}, joint_unit_id)
  SELECT operation_id, country, content_hash, unit_type, unit_name, arrests, investigations_opened,
         controlled_deliveries, persons_checked, ${CHECK_COLUMNS.join(', ')}, joint_unit_id
  FROM unnest($1::uuid[], $2::text[], $3::text[], ${RESULT_ARRAY_PARAMS})
    WITH ORDINALITY AS t(operation_id, country, content_hash, ${RESULT_ALIASES}, n)
  ORDER BY n
  RETURNING id`;

/** $1 ids, $2 countries, $3 content hashes, then the content columns: results rewritten. */
export const UPDATE_RESULTS_SQL = `
  UPDATE operation_results r SET content_hash = t.content_hash, unit_type = t.unit_type, unit_name = t.unit_name,
    arrests = t.arrests, investigations_opened = t.investigations_opened,
    controlled_deliveries = t.controlled_deliveries, persons_checked = t.persons_checked,
    ${CHECK_COLUMNS.map((c) => `${c} = t.${c}`).join(', ')}, joint_unit_id = t.joint_unit_id, updated_at = now()
  FROM unnest($1::uuid[], $2::text[], $3::text[], ${RESULT_ARRAY_PARAMS})
    AS t(id, country, content_hash, ${RESULT_ALIASES})
  WHERE r.id = t.id`;

/** $1 result ids: their seizures. */
export const DELETE_SEIZURES_OF_RESULTS_SQL = `DELETE FROM operation_seizures WHERE result_id = ANY($1::uuid[])`;

/** $1 operation, $2 result id: that result. */
export const DELETE_RESULT_SQL = `DELETE FROM operation_results WHERE operation_id = $1 AND id = $2`;

/**
 * $1 result ids, then each result's commodities ($2), units ($3), cases ($4) and quantities ($5), joined by
 * commas: new seizures, sent one element per result rather than per seizure (as scores.sql.ts sends an
 * assessment's item points; a 100,000-row import's per-row arrays took the API a fifth of a second to encode).
 */
export const INSERT_SEIZURES_SQL = `
  INSERT INTO operation_seizures (result_id, commodity, unit, cases, quantity)
  SELECT r.id, s.commodity, s.unit, s.cases::int, s.quantity::numeric
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS r(id, commodities, units, cases, quantities)
  CROSS JOIN LATERAL unnest(string_to_array(r.commodities, ','), string_to_array(r.units, ','),
                            string_to_array(r.cases, ','), string_to_array(r.quantities, ',')) AS s(commodity, unit, cases, quantity)`;
