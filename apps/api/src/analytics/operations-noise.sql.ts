import { cellKeyColumns, keySum, recordHash, recordKey, secretHash, SHARED_CTE } from './disclosure-keys.sql.js';

import { ALL_REGION_SQL, GROUPING_MEMBERS_SUBQUERY, memberAtYearEnd } from './building-blocks.sql.js';
import { OPERATION_REGIONS_CTE, SUMMED } from './operations.sql.js';

// The keys of the summed outcomes, in order: h1 holds the first 8, h2 the next 4 (and 4: reporting).

const keyOf = (i: number) => (i < 8 ? recordKey('x.h1', i) : recordKey('x.h2', i - 8));

/** Per magnitude: the largest confidential contribution and the Σ of the confidential records' keys. */
const magnitudeColumns = SUMMED.map(
  (c, i) => `coalesce(max(x.${c}) FILTER (WHERE x.h1 IS NOT NULL), 0) AS "max_${c}", ${keySum(keyOf(i))} AS "key_${c}"`,
).join(',\n             ');

const allMagnitudes = SUMMED.map((c) => `max("max_${c}"), sum("key_${c}")`).join(', ');

/**
 * What protecting the unfiltered operations figures needs, per region (plus ALL) and end year: the keys
 * of reporting countries and operations, and for every magnitude the largest confidential country-year
 * contribution and the Σ of their keys. A country-year of the rollups is one record; its keys include its
 * figures. $1 grouping, $2 first year, $3 last year.
 */
export const OPERATIONS_NOISE_SQL = `
    WITH ${SHARED_CTE},
    result_rows AS MATERIALIZED (
      SELECT u.country_iso3 AS country, u.year, ${SUMMED.map((c) => `u.${c}`).join(', ')},
             ${recordHash('u.country_iso3', `'ops:' || u.country_iso3 || ':' || u.year || ':' || concat_ws(',', ${SUMMED.map((c) => `u.${c}`).join(', ')})`)} AS h1,
             ${recordHash('u.country_iso3', `'ops2:' || u.country_iso3 || ':' || u.year || ':' || concat_ws(',', ${SUMMED.map((c) => `u.${c}`).join(', ')})`)} AS h2
      FROM operation_result_rollup u
      WHERE u.year BETWEEN $2::int AND $3::int
    ),
    region_results AS (
      SELECT gm.region, x.year, ${cellKeyColumns('countries', recordKey('x.h2', 4))},
             ${magnitudeColumns}
      FROM result_rows x JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = x.country AND ${memberAtYearEnd('gm', 'x.year')}
      GROUP BY gm.region, x.year
    ),
    results_by_region AS (
      SELECT * FROM region_results
      UNION ALL
      SELECT ${ALL_REGION_SQL}, year, sum(countries_units), sum(countries_conf)::int, ${allMagnitudes} FROM region_results GROUP BY year
    ),
    ${OPERATION_REGIONS_CTE},
    operations_by_region AS (
      SELECT region, year, ${cellKeyColumns('operations', recordKey(secretHash(`'op:' || operation_id`), 0))}
      FROM operation_regions GROUP BY region, year
      UNION ALL
      SELECT ${ALL_REGION_SQL}, year, ${cellKeyColumns('operations', recordKey(secretHash(`'op:' || operation_id`), 0))}
      FROM (SELECT DISTINCT year, operation_id FROM operation_regions) d GROUP BY year
    ),
    seizure_rows AS MATERIALIZED (
      SELECT u.country_iso3 AS country, u.year, u.commodity, u.unit, u.cases, u.quantity,
             ${recordHash('u.country_iso3', `'seizure:' || u.country_iso3 || ':' || u.year || ':' || u.commodity || ':' || u.unit || ':' || u.cases || ':' || u.quantity`)} AS h
      FROM operation_seizure_rollup u
      WHERE u.year BETWEEN $2::int AND $3::int
    ),
    region_quantities AS (
      SELECT gm.region, x.year, x.commodity, x.unit,
             coalesce(max(x.quantity) FILTER (WHERE x.h IS NOT NULL), 0) AS max_q, ${keySum(recordKey('x.h', 0))} AS key_q,
             coalesce(max(x.cases) FILTER (WHERE x.h IS NOT NULL), 0) AS max_c, ${keySum(recordKey('x.h', 1))} AS key_c
      FROM seizure_rows x JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = x.country AND ${memberAtYearEnd('gm', 'x.year')}
      GROUP BY gm.region, x.year, x.commodity, x.unit
    ),
    quantities AS (
      SELECT region, year, json_agg(json_build_object('commodity', commodity, 'unit', unit, 'max_q', max_q,
               'key_q', key_q, 'max_c', max_c, 'key_c', key_c)) AS quantities
      FROM (
        SELECT * FROM region_quantities
        UNION ALL
        SELECT ${ALL_REGION_SQL}, year, commodity, unit, max(max_q), sum(key_q), max(max_c), sum(key_c)
        FROM region_quantities GROUP BY year, commodity, unit
      ) q
      GROUP BY region, year
    ),
    country_cases AS (
      SELECT country, year, sum(cases) AS cases, bool_or(h IS NOT NULL) AS confidential,
             ${keySum(recordKey('h', 2))} AS key_cases
      FROM seizure_rows GROUP BY country, year
    ),
    region_cases AS (
      SELECT gm.region, x.year, coalesce(max(x.cases) FILTER (WHERE x.confidential), 0) AS max_cases,
             sum(x.key_cases) AS key_cases
      FROM country_cases x JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = x.country AND ${memberAtYearEnd('gm', 'x.year')}
      GROUP BY gm.region, x.year
    ),
    cases_by_region AS (
      SELECT * FROM region_cases
      UNION ALL
      SELECT ${ALL_REGION_SQL}, year, max(max_cases), sum(key_cases) FROM region_cases GROUP BY year
    )
    SELECT t.*, coalesce(c.operations_units, 0) AS operations_units, coalesce(c.operations_conf, 0) AS operations_conf,
           coalesce(k.max_cases, 0) AS max_cases,
           coalesce(k.key_cases, 0) AS key_cases, q.quantities
    FROM results_by_region t
    LEFT JOIN operations_by_region c ON c.region = t.region AND c.year = t.year
    LEFT JOIN cases_by_region k ON k.region = t.region AND k.year = t.year
    LEFT JOIN quantities q ON q.region = t.region AND q.year = t.year`;
