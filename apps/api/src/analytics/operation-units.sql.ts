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
 * the register's joint units, from the unit rollup (results by joint unit, country and end year). A member
 * country's results of a year and unit type are one record, keyed by its figures (docs/disclosure.md). ALL is
 * summed from the member countries, like the regions.
 */
export const OPERATION_UNITS_SQL = `
  WITH ${SHARED_CTE},
  unit_rows AS (
    SELECT u.country_iso3 AS country, u.year, i.details->>'unitType' AS unit_type, u.joint_unit_id, u.results,
           u.arrests, u.seizure_cases
    FROM operation_unit_rollup u
    JOIN instruments i ON i.id = u.joint_unit_id
    WHERE u.year BETWEEN $2::int AND $3::int
  ),
  country_cells AS (
    SELECT country, year, unit_type, count(DISTINCT joint_unit_id)::int AS units, sum(results)::int AS results,
           sum(arrests)::bigint AS arrests, sum(seizure_cases)::bigint AS seizure_cases
    FROM unit_rows GROUP BY country, year, unit_type
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
 * per region), from the unit rollup.
 */
export const UNIT_OUTCOMES_SQL = `
  SELECT i.id::text AS "unitId", i.country_iso3::text AS country, gm.region, i.details->>'site' AS site,
         i.details->>'unitType' AS "unitType", sum(u.results)::int AS results, sum(u.arrests)::int AS arrests,
         sum(u.seizure_cases)::int AS "seizureCases"
  FROM operation_unit_rollup u
  JOIN instruments i ON i.id = u.joint_unit_id
  JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = u.country_iso3 AND ${memberAtYearEnd('gm', 'u.year')}
  WHERE u.year BETWEEN $2::int AND $3::int
  GROUP BY i.id, i.country_iso3, gm.region, i.details->>'site', i.details->>'unitType'
  ORDER BY i.country_iso3, i.details->>'site', i.id, gm.region`;
