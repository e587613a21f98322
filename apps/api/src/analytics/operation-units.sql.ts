import { ALL_REGION_SQL, GROUPING_MEMBERS_SUBQUERY, memberAtYearEnd } from './building-blocks.sql.js';
import { cellKeyColumns, keySum, recordHash, recordKey, SHARED_CTE } from './disclosure-keys.sql.js';

/** The magnitudes of a cell, each summed over its reporting countries, with the key each reads. */
export const UNIT_MAGNITUDES = ['units', 'results', 'arrests', 'seizureCases'] as const;

const FIGURES = ['units', 'results', 'arrests', 'seizure_cases'];

const magnitudeColumns = UNIT_MAGNITUDES.map(
  (name, k) =>
    `sum(c.${FIGURES[k]})::bigint AS "sum_${name}", coalesce(max(c.${FIGURES[k]}) FILTER (WHERE c.h IS NOT NULL), 0) AS "max_${name}", ${keySum(recordKey('c.h', k + 1))} AS "key_${name}"`,
).join(',\n           ');

/**
 * Per region of the grouping $1 (plus ALL), end year in [$2, $3] and joint unit type: the results achieved by
 * the register's joint units. A member country's results of a year and unit type are one record, keyed by
 * its figures (docs/disclosure.md). ALL is summed from the member countries, like the regions.
 */
export const OPERATION_UNITS_SQL = `
  WITH ${SHARED_CTE},
  unit_results AS (
    SELECT r.country_iso3 AS country, o.end_year AS year, u.details->>'unitType' AS unit_type, r.id, r.joint_unit_id,
           r.arrests, (SELECT coalesce(sum(s.cases), 0) FROM operation_seizures s WHERE s.result_id = r.id) AS cases
    FROM operation_results r
    JOIN operations o ON o.id = r.operation_id
    JOIN instruments u ON u.id = r.joint_unit_id
    WHERE o.end_year BETWEEN $2::int AND $3::int
  ),
  country_cells AS (
    SELECT country, year, unit_type, count(DISTINCT joint_unit_id)::int AS units, count(*)::int AS results,
           sum(arrests)::bigint AS arrests, sum(cases)::bigint AS seizure_cases
    FROM unit_results GROUP BY country, year, unit_type
  ),
  keyed AS MATERIALIZED (
    SELECT x.*, gm.region,
           ${recordHash('x.country', `'units:' || x.country || ':' || x.year || ':' || x.unit_type || ':' || concat_ws(',', x.units, x.results, x.arrests, x.seizure_cases)`)} AS h
    FROM country_cells x
    JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = x.country AND ${memberAtYearEnd('gm', 'x.year')}
  ),
  rows AS (
    SELECT region, year, unit_type, country, units, results, arrests, seizure_cases, h FROM keyed
    UNION ALL
    SELECT ${ALL_REGION_SQL}, year, unit_type, country, units, results, arrests, seizure_cases, h FROM keyed
  )
  SELECT c.region, c.year, c.unit_type AS "unitType", count(*)::int AS countries,
         ${cellKeyColumns('countries', recordKey('c.h', 0))},
         ${magnitudeColumns}
  FROM rows c
  GROUP BY c.region, c.year, c.unit_type`;

/**
 * Per joint unit of the register with a result in a member country of grouping $1, operations ending in
 * [$2, $3]: its results, arrests and seizure cases (a unit whose country changed region in the span has a row
 * per region).
 */
export const UNIT_OUTCOMES_SQL = `
  SELECT u.id::text AS "unitId", u.country_iso3::text AS country, gm.region, u.details->>'site' AS site,
         u.details->>'unitType' AS "unitType", count(*)::int AS results, sum(r.arrests)::int AS arrests,
         coalesce(sum(sc.cases), 0)::int AS "seizureCases"
  FROM operation_results r
  JOIN operations o ON o.id = r.operation_id
  JOIN instruments u ON u.id = r.joint_unit_id
  JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = r.country_iso3 AND ${memberAtYearEnd('gm', 'o.end_year')}
  LEFT JOIN LATERAL (SELECT sum(s.cases) AS cases FROM operation_seizures s WHERE s.result_id = r.id) sc ON true
  WHERE o.end_year BETWEEN $2::int AND $3::int
  GROUP BY u.id, u.country_iso3, gm.region, u.details->>'site', u.details->>'unitType'
  ORDER BY u.country_iso3, u.details->>'site', u.id, gm.region`;
