import { addToSeizureRollupSql, OUTCOME_COLUMNS } from './operation-rollup.sql.js';

/**
 * The filtered rollups: what the operations analytics need under any programme, activity or commodity filter,
 * kept so that no read sums the results or seizures row by row (the sums themselves are kept by region, in
 * region-filter-rollups.sql.ts). A result counts once under its
 * operation's programme and activity set (`activity_set`: its activities sorted, joined by `;`), so that a
 * reader sums the rows of any programme, or of the sets holding an activity, without counting a result twice;
 * and under each commodity it seized and `*` (any), the primary key's first column. (Keying by each activity
 * and `*`, and each programme and `*`, as at first, wrote six times the rows on every import.)
 */
export const ANY = '*';

/** The activity set of operation `o`: one text per distinct set of activities. */
const ACTIVITY_SET = `array_to_string(ARRAY(SELECT DISTINCT x FROM unnest(o.activities) x ORDER BY x), ';')`;

/**
 * The reader's test for activity `param` in a rollup row `u`'s activity set: one of the sets the operations
 * holding it have, found first (a few thousand operations, a handful of sets), so that the rollups are read
 * by their keys rather than row by row.
 */
export const inActivitySet = (u: string, param: string) =>
  `${u}.activity_set = ANY(ARRAY(SELECT DISTINCT ${ACTIVITY_SET} FROM operations o WHERE ${param} = ANY(o.activities)))`;

/** Rows `(commodity)`: each commodity result `r` seized, and `*`. */
const COMMODITY_KEYS = `CROSS JOIN LATERAL (
    SELECT '${ANY}'::text AS commodity UNION SELECT s.commodity FROM operation_seizures s WHERE s.result_id = r.id) c`;

/** Operations `o` with their keys (`id`, `programme`, `end_year`, `activity_set`), the set read per row. */
const OPERATION_KEYS = `(SELECT o.id, o.programme, o.end_year, ${ACTIVITY_SET} AS activity_set FROM operations o)`;

/**
 * The same, each operation's set computed once before it is joined (`OFFSET 0` keeps the planner from merging
 * it into the join, which computed it for each of a million seizure rows): for statements that read every
 * operation, as a grouping summed again does.
 */
const EVERY_OPERATION_KEYS = `(SELECT * FROM ${OPERATION_KEYS} k OFFSET 0)`;

/**
 * Every result, one row under each commodity it seized and `*`, with its operation's programme, activity set
 * and end year: the rows the region result rollup sums (missing outcomes as 0), when a grouping is summed
 * again. They are not kept per country: that copy, a row per result and commodity, was read by the region
 * rollups alone (and later only for its count of reporting countries, which the reporting rollup gives too).
 */
export const RESULT_ROWS_SQL = `
  SELECT c.commodity, o.programme, o.activity_set, o.end_year AS year, r.country_iso3, 1 AS results,
         ${OUTCOME_COLUMNS.map((col) => `coalesce(r.${col}, 0) AS ${col}`).join(', ')}
  FROM operation_results r
  JOIN ${EVERY_OPERATION_KEYS} o ON o.id = r.operation_id
  ${COMMODITY_KEYS}`;

/**
 * Every seizure row, with its operation's programme, activity set and end year: the rows the region seizure
 * rollup sums, when a grouping is summed again. A commodity filter keeps the results that seized it and shows
 * that commodity's seizures only, which are all its seizures: the seizure's own commodity is the key, never
 * `*`. Not kept per country (that copy held a row per seizure row or nearly, and cost an import a sixth of its
 * time).
 */
export const SEIZURE_ROWS_SQL = `
  SELECT o.programme, o.activity_set, s.commodity, o.end_year AS year, r.country_iso3, s.unit, s.cases,
         s.quantity, 1 AS seizures
  FROM operation_seizures s
  JOIN operation_results r ON r.id = s.result_id
  JOIN ${EVERY_OPERATION_KEYS} o ON o.id = r.operation_id`;

/** The region rollups' log of results, summed at commit (refresh_maturity_cells) and emptied. */
export const RESULT_DELTAS = 'operation_result_deltas';

/** A result's seizure rows, ordered alike in each array of the log. */
const seizureArray = (value: string) => `array_agg(${value} ORDER BY x.commodity, x.unit)`;

/**
 * $1 result ids, $2 sign: each result logged once for the regions, with its operation, outcomes, the
 * commodities it seized and its seizure rows in arrays, amounts signed; the logged rows are returned. A row per
 * result and commodity and one per seizure row, as logged before, wrote 205,000 rows for a 100,000-row import
 * and took 1.3 s of it.
 */
const LOG_RESULTS_SQL = `
  INSERT INTO ${RESULT_DELTAS} (operation_id, programme, activity_set, year, country_iso3, results,
    ${OUTCOME_COLUMNS.join(', ')}, commodities, seizure_commodities, seizure_units, seizure_cases, seizure_quantities)
  SELECT o.id, o.programme, o.activity_set, o.end_year, r.country_iso3, $2::int,
         ${OUTCOME_COLUMNS.map((col) => `$2 * coalesce(r.${col}, 0)`).join(', ')},
         coalesce(s.commodities, '{}'), coalesce(s.commodity, '{}'), coalesce(s.unit, '{}'),
         coalesce(s.cases, '{}'), coalesce(s.quantity, '{}')
  FROM operation_results r
  JOIN ${OPERATION_KEYS} o ON o.id = r.operation_id
  CROSS JOIN LATERAL (
    SELECT array_agg(DISTINCT x.commodity) AS commodities, ${seizureArray('x.commodity')} AS commodity,
           ${seizureArray('x.unit')} AS unit, ${seizureArray('$2 * x.cases')} AS cases,
           ${seizureArray('$2 * x.quantity')} AS quantity
    FROM operation_seizures x WHERE x.result_id = r.id) s
  WHERE r.id = ANY($1::uuid[])
  RETURNING *`;

/** Logged results `log` (rows of RESULT_DELTAS), one row under each commodity seized and `*`. */
const resultRowsOf = (log: string) => `
  SELECT c.commodity, l.operation_id, l.programme, l.activity_set, l.year, l.country_iso3, l.results,
         ${OUTCOME_COLUMNS.map((col) => `l.${col}`).join(', ')}
  FROM ${log} l
  CROSS JOIN LATERAL unnest('{${ANY}}'::text[] || l.commodities) AS c(commodity)`;

/** Logged results `log`'s seizure rows, each counted with its result's sign. */
const seizureRowsOf = (log: string) => `
  SELECT l.programme, l.activity_set, s.commodity, l.year, l.country_iso3, s.unit, s.cases, s.quantity,
         l.results AS seizures
  FROM ${log} l
  CROSS JOIN LATERAL unnest(l.seizure_commodities, l.seizure_units, l.seizure_cases, l.seizure_quantities)
    AS s(commodity, unit, cases, quantity)`;

/** The log's results as RESULT_ROWS_SQL gives them (and their operation). */
export const LOGGED_RESULT_ROWS_SQL = resultRowsOf(RESULT_DELTAS);

/** The log's seizure rows as SEIZURE_ROWS_SQL gives them. */
export const LOGGED_SEIZURE_ROWS_SQL = seizureRowsOf(RESULT_DELTAS);

/** $1 result ids, $2 sign: the results linked to a joint unit, by unit, country and end year. */
export const ADD_UNIT_CONTRIBUTIONS_SQL = `
  INSERT INTO operation_unit_rollup AS u (joint_unit_id, country_iso3, year, results, arrests, seizure_cases)
  SELECT r.joint_unit_id, r.country_iso3, o.end_year, $2 * count(*), $2 * sum(r.arrests),
         $2 * coalesce(sum((SELECT sum(s.cases) FROM operation_seizures s WHERE s.result_id = r.id)), 0)
  FROM operation_results r
  JOIN operations o ON o.id = r.operation_id
  WHERE r.id = ANY($1::uuid[]) AND r.joint_unit_id IS NOT NULL
  GROUP BY r.joint_unit_id, r.country_iso3, o.end_year
  ON CONFLICT (joint_unit_id, country_iso3, year) DO UPDATE
    SET results = u.results + excluded.results, arrests = u.arrests + excluded.arrests,
        seizure_cases = u.seizure_cases + excluded.seizure_cases`;

/**
 * $1 result ids (before they are changed or deleted): unit rows of their country-years no result contributes
 * to any more. Scoped to those country-years, so the cost follows the write.
 */
export const DELETE_EMPTY_UNIT_ROLLUPS_SQL = `
  DELETE FROM operation_unit_rollup WHERE results = 0 AND (country_iso3, year) IN (
    SELECT r.country_iso3, o.end_year FROM operation_results r
    JOIN operations o ON o.id = r.operation_id WHERE r.id = ANY($1::uuid[]))`;

const PARTICIPATION_KEY = 'programme, activity_set, year, country_iso3';

/**
 * $1 operation ids, $2 sign: their participants by programme and activity set, each counting one operation,
 * and one reported operation when the country has a result in it.
 */
export const ADD_PARTICIPATION_CONTRIBUTIONS_SQL = `
  INSERT INTO operation_participation_rollup AS u (${PARTICIPATION_KEY}, operations, reported)
  SELECT o.programme, ${ACTIVITY_SET}, o.end_year, p.country_iso3, $2 * count(*), $2 * count(r.id)
  FROM operation_countries p
  JOIN operations o ON o.id = p.operation_id
  LEFT JOIN operation_results r ON r.operation_id = p.operation_id AND r.country_iso3 = p.country_iso3
  WHERE p.operation_id = ANY($1::uuid[])
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (${PARTICIPATION_KEY}) DO UPDATE
    SET operations = u.operations + excluded.operations, reported = u.reported + excluded.reported`;

/** $1 operation ids (before they change or go): participation rows of their country-years left empty. */
export const DELETE_EMPTY_PARTICIPATION_SQL = `
  DELETE FROM operation_participation_rollup
  WHERE operations = 0 AND (country_iso3, year) IN (
    SELECT p.country_iso3, o.end_year FROM operation_countries p
    JOIN operations o ON o.id = p.operation_id WHERE p.operation_id = ANY($1::uuid[]))`;

const REPORTING_KEY = 'commodity, programme, activity_set, year, operation_id';

/** The reporting countries of results $1, per commodity (and `*`) of their operation. */
const REPORTING_ROWS = `
  SELECT c.commodity, o.programme, ${ACTIVITY_SET} AS activity_set, o.end_year AS year, o.id AS operation_id,
         array_agg(r.country_iso3::text ORDER BY r.country_iso3) AS countries
  FROM operation_results r
  JOIN operations o ON o.id = r.operation_id
  ${COMMODITY_KEYS}
  WHERE r.id = ANY($1::uuid[])
  GROUP BY 1, 2, 3, 4, 5`;

/**
 * Rows `rows` (results, each under a commodity and `*`, with their operation and country): their countries
 * join the set of countries reporting in their operation under each key (a country reports at most once per
 * operation, so this is a set: distinct operations per region are counted from these sets without reading the
 * results).
 */
const addReportingSql = (rows: string) => `
  INSERT INTO operation_reporting_rollup AS u (${REPORTING_KEY}, countries)
  SELECT ${REPORTING_KEY}, array_agg(d.country_iso3::text ORDER BY d.country_iso3)
  FROM ${rows} d
  GROUP BY ${REPORTING_KEY}
  ON CONFLICT (${REPORTING_KEY}) DO UPDATE
    SET countries = ARRAY(SELECT DISTINCT x FROM unnest(u.countries || excluded.countries) x ORDER BY x)`;

/** $1 result ids (before they change or go): their countries leave their operations' sets; empty sets go. */
export const REMOVE_REPORTING_SQL = [
  `UPDATE operation_reporting_rollup u
   SET countries = ARRAY(SELECT x FROM unnest(u.countries) x WHERE x <> ALL(d.countries) ORDER BY x)
   FROM (${REPORTING_ROWS}) d
   WHERE (u.commodity, u.programme, u.activity_set, u.year, u.operation_id)
       = (d.commodity, d.programme, d.activity_set, d.year, d.operation_id)`,
  `DELETE FROM operation_reporting_rollup WHERE cardinality(countries) = 0 AND operation_id IN (
     SELECT operation_id FROM operation_results WHERE id = ANY($1::uuid[]))`,
];

/**
 * $1 result ids, $2 sign: the results logged for the regions (the result rollup's statement trigger queues
 * the refresh of their years), and their seizures added to the seizure rollup from the logged rows; with
 * `reporting`, their countries join their operations' sets of reporting countries too. One pass over the
 * seizures: read once for the log, not again for each rollup (0.4 s each for a 100,000-row import).
 */
const logContributionsSql = (reporting: boolean) => `
  WITH logged AS (${LOG_RESULTS_SQL}),
  seized AS (${addToSeizureRollupSql(`(${seizureRowsOf('logged')})`)})
  ${reporting ? addReportingSql(`(${resultRowsOf('logged')})`) : 'SELECT'}`;

/** $1 result ids, $2 sign (−1): as they stand before a write. */
export const LOG_CONTRIBUTIONS_SQL = logContributionsSql(false);

/** $1 result ids, $2 sign (+1): as they stand after a write, their countries reporting. */
export const LOG_AND_REPORT_CONTRIBUTIONS_SQL = logContributionsSql(true);
