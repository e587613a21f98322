import { CHECK_DATABASES } from '@cpc/domain';
import { ANY, inActivitySet } from '../operations/operation-filter-rollup.sql.js';
import { OUTCOME_COLUMNS } from '../operations/operation-rollup.sql.js';
import { ALL_REGION_SQL, GROUPING_MEMBERS_SUBQUERY, memberAtYearEnd, statusScope } from './building-blocks.sql.js';

/** The outcomes summed per region and year: the columns the results report and the rollup sums. */
export const SUMMED = OUTCOME_COLUMNS;

/**
 * The rollup rows under a filter: programme $4 and activity $5 (any when null; an activity matches the
 * activity sets holding it), and commodity $6 (`*`, the primary key's prefix, when null).
 */
function keyOf(u: string, commodity = true): string {
  return [
    `($4::text IS NULL OR ${u}.programme = $4)`,
    `($5::text IS NULL OR ${inActivitySet(u, '$5')})`,
    ...(commodity ? [`${u}.commodity = coalesce($6::text, '${ANY}')`] : []),
  ].join(' AND ');
}

/**
 * CTE `operation_regions` (region, year, operation_id) without a filter: the operations each region reported a
 * result in, from the results themselves (the reporting rollup's `*` rows hold the same pairs, but unnesting
 * them measured slower than this join).
 */
export const OPERATION_REGIONS_CTE = `
    operation_regions AS (
      SELECT DISTINCT gm.region, o.end_year AS year, r.operation_id
      FROM operations o
      JOIN operation_results r ON r.operation_id = o.id
      JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = r.country_iso3 AND ${memberAtYearEnd('gm', 'o.end_year')}
      WHERE o.end_year BETWEEN $2::int AND $3::int
    )`;

const sums = (table: string) => SUMMED.map((c) => `coalesce(sum(${table}.${c}), 0)::bigint AS ${c}`).join(', ');

/** Results and seizures summed per region (each of its member countries' rows, at the year's end). */
const REGION_SUMS = `
    region_results AS (
      SELECT gm.region, x.year, count(DISTINCT x.country)::int AS countries, ${sums('x')}
      FROM result_rows x JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = x.country AND ${memberAtYearEnd('gm', 'x.year')}
      GROUP BY gm.region, x.year
    ),
    region_seizures AS (
      SELECT gm.region, x.year, x.commodity, x.unit, sum(x.cases)::bigint AS cases, sum(x.quantity) AS quantity
      FROM seizure_rows x JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = x.country AND ${memberAtYearEnd('gm', 'x.year')}
      GROUP BY gm.region, x.year, x.commodity, x.unit
    ),`;

/**
 * Without filters, results and seizures come from the rollups (a row per country and end year, and per
 * commodity and unit).
 */
const FROM_ROLLUPS = `
    result_rows AS (
      SELECT u.country_iso3 AS country, u.year, ${SUMMED.map((c) => `u.${c}`).join(', ')}
      FROM operation_result_rollup u
      WHERE u.year BETWEEN $2::int AND $3::int
    ),
    ${OPERATION_REGIONS_CTE},
    operations_by_region AS (
      SELECT region, year, count(*)::int AS operations FROM operation_regions GROUP BY region, year
      UNION ALL
      SELECT ${ALL_REGION_SQL}, year, count(DISTINCT operation_id)::int FROM operation_regions GROUP BY year
    ),
    seizure_rows AS (
      SELECT u.country_iso3 AS country, u.year, u.commodity, u.unit, u.cases, u.quantity
      FROM operation_seizure_rollup u
      WHERE u.year BETWEEN $2::int AND $3::int
    ),
    ${REGION_SUMS}`;

/**
 * With a programme, activity or commodity filter: the sums and operation counts from the region rollups' rows
 * under it (rows per region, end year, programme and activity set, and per commodity and unit; an operation
 * has one programme and one set, so its counts add up), the reporting countries from the reporting rollup's
 * (each operation's countries under the key; a country counts once in a region, whatever the operations and
 * sets it reported under). A commodity filter keeps the
 * results that seized it, and of their seizures that commodity's only.
 */
const FROM_FILTERED_ROLLUPS = `
    region_sums AS (
      SELECT u.region, u.year, ${sums('u')}
      FROM operation_region_result_rollup u
      WHERE u.grouping_id = $1 AND ${keyOf('u')} AND u.year BETWEEN $2::int AND $3::int
      GROUP BY u.region, u.year
    ),
    region_countries AS (
      SELECT region, year, count(*)::int AS countries FROM (
        SELECT DISTINCT gm.region, x.year, c.country
        FROM operation_reporting_rollup x
        CROSS JOIN LATERAL unnest(x.countries) AS c(country)
        JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = c.country::char(3) AND ${memberAtYearEnd('gm', 'x.year')}
        WHERE ${keyOf('x')} AND x.year BETWEEN $2::int AND $3::int
      ) d
      GROUP BY region, year
    ),
    region_results AS (
      SELECT s.region, s.year, c.countries, ${SUMMED.map((col) => `s.${col}`).join(', ')}
      FROM region_sums s JOIN region_countries c ON c.region = s.region AND c.year = s.year
    ),
    operations_by_region AS (
      SELECT u.region, u.year, sum(u.operations)::int AS operations
      FROM operation_region_operations u
      WHERE u.grouping_id = $1 AND ${keyOf('u')} AND u.year BETWEEN $2::int AND $3::int
      GROUP BY u.region, u.year
    ),
    region_seizures AS (
      SELECT u.region, u.year, u.commodity, u.unit, sum(u.cases)::bigint AS cases, sum(u.quantity) AS quantity
      FROM operation_region_seizure_rollup u
      WHERE u.grouping_id = $1 AND ${keyOf('u', false)} AND ($6::text IS NULL OR u.commodity = $6)
        AND u.year BETWEEN $2::int AND $3::int
      GROUP BY u.region, u.year, u.commodity, u.unit
    ),`;

/**
 * One row per region (plus ALL) and end year of operational outcomes. $1 grouping id, $2 first year,
 * $3 last year; when filtered, $4 programme, $5 activity, $6 commodity (each null for no filter).
 * Figures are summed per region, then ALL is summed from the regions, which never share a country.
 */
export function operationsSql(filtered: boolean): string {
  return `
    WITH years AS (SELECT generate_series($2::int, $3::int) AS year),
    ${filtered ? FROM_FILTERED_ROLLUPS : FROM_ROLLUPS}
    results_by_region AS (
      SELECT * FROM region_results
      UNION ALL
      SELECT ${ALL_REGION_SQL}, year, sum(countries)::int, ${SUMMED.map((c) => `sum(${c})::bigint`).join(', ')}
      FROM region_results GROUP BY year
    ),
    seizure_totals AS (
      SELECT * FROM region_seizures
      UNION ALL
      SELECT ${ALL_REGION_SQL}, year, commodity, unit, sum(cases)::bigint, sum(quantity)
      FROM region_seizures GROUP BY year, commodity, unit
    ),
    seizures_by_region AS (
      SELECT region, year, sum(cases)::bigint AS seizure_cases,
             json_agg(
               json_build_object('commodity', commodity, 'unit', unit, 'quantity', quantity, 'cases', cases)
               ORDER BY commodity, unit
             )
               AS quantities
      FROM seizure_totals
      GROUP BY region, year
    )
    SELECT g.region, y.year, c.operations, t.countries, ${SUMMED.map((col) => `t.${col}`).join(', ')},
           s.seizure_cases, s.quantities
    FROM (SELECT code AS region FROM regions WHERE grouping_id = $1 UNION ALL SELECT ${ALL_REGION_SQL}) g
    CROSS JOIN years y
    LEFT JOIN results_by_region t ON t.region = g.region AND t.year = y.year
    LEFT JOIN operations_by_region c ON c.region = g.region AND c.year = y.year
    LEFT JOIN seizures_by_region s ON s.region = g.region AND s.year = y.year`;
}

/**
 * Each member country's operations in the years (by end year), and how many it reported a result for, from
 * the participation rollup (participants by country, end year, programme and activity set).
 */
export const PARTICIPATION_SQL = `
    SELECT gm.country::text AS country, gm.region, sum(u.operations)::int AS operations,
           sum(u.reported)::int AS reported
    FROM operation_participation_rollup u
    JOIN ${GROUPING_MEMBERS_SUBQUERY} gm ON gm.country = u.country_iso3 AND ${memberAtYearEnd('gm', 'u.year')}
    WHERE ${keyOf('u', false)} AND u.year BETWEEN $2::int AND $3::int
    GROUP BY gm.country, gm.region
    ORDER BY gm.country`;

/**
 * Per member country with at least one result in the end year $2: its summed outcomes and the overall
 * index of its current assessment in that year (null without one), from the maturity facts ($3 counted
 * statuses, $4 methodology). The outcomes come from the result rollup (a row per country and end year with at
 * least one result): the statement reads the countries with results, not every member.
 */
export const OUTCOMES_SQL = `
    WITH outcomes AS (
      SELECT u.country_iso3 AS country, u.arrests, u.controlled_deliveries,
             (${CHECK_DATABASES.map((d) => `u.${d}_queries`).join(' + ')})::bigint AS queries,
             (${CHECK_DATABASES.map((d) => `u.${d}_hits`).join(' + ')})::bigint AS hits
      FROM operation_result_rollup u
      WHERE u.year = $2::int
    ),
    members AS (
      SELECT DISTINCT gm.region, gm.country
      FROM ${GROUPING_MEMBERS_SUBQUERY} gm
      WHERE gm.country IN (SELECT country FROM outcomes) AND ${memberAtYearEnd('gm', '$2::int')}
    ),
    cases AS (
      SELECT country_iso3 AS country, sum(cases)::bigint AS seizure_cases
      FROM operation_seizure_rollup
      WHERE year = $2::int
      GROUP BY country_iso3
    )
    SELECT x.country::text AS country, gm.region, f.overall_index, x.arrests, x.controlled_deliveries, x.queries,
           x.hits, coalesce(cs.seizure_cases, 0) AS seizure_cases
    FROM outcomes x
    JOIN members gm ON gm.country = x.country
    LEFT JOIN maturity_facts f ON f.country_iso3 = x.country AND f.year = $2::int
      AND f.scope = ${statusScope('$3')} AND f.methodology = $4
    LEFT JOIN cases cs ON cs.country = x.country
    ORDER BY x.country`;
