import { CHECK_DATABASES } from '@cpc/domain';
import { GROUPING_MEMBERS_CTE, MEMBERS_CTES, currentInYearCte } from './analytics-sql.js';

const checkSums = CHECK_DATABASES.flatMap((d) => [
  `coalesce(sum(res.${d}_queries), 0)::bigint AS ${d}_queries`,
  `coalesce(sum(res.${d}_hits), 0)::bigint AS ${d}_hits`,
]).join(',\n           ');

/** Seizures from the rollup: every result of the end years, whatever its operation's programme or activities. */
const SEIZURES_FROM_ROLLUP = `
      SELECT u.country_iso3 AS country, u.year, u.commodity, u.unit, u.cases, u.quantity
      FROM operation_seizure_rollup u
      WHERE u.year BETWEEN $2::int AND $3::int
        AND ($6::text IS NULL OR u.commodity = $6)
        AND u.country_iso3 IN (SELECT country FROM grouping_members)`;

/** Seizures of the filtered results, row by row: when the programme or activity filter narrows the operations. */
const SEIZURES_OF_RESULTS = `
      SELECT res.country, res.year, s.commodity, s.unit, s.cases, s.quantity
      FROM res JOIN operation_seizures s ON s.result_id = res.id
      WHERE ($6::text IS NULL OR s.commodity = $6)`;

/**
 * One row per region (plus ALL) and end year of operational outcomes. $1 grouping id, $2 first year,
 * $3 last year, $4 programme, $5 activity, $6 commodity (each null for no filter).
 */
export function operationsSql(byOperation: boolean): string {
  return `
    WITH years AS (SELECT generate_series($2::int, $3::int) AS year),${MEMBERS_CTES},
    res AS MATERIALIZED (
      SELECT r.id, r.operation_id, r.country_iso3 AS country, o.end_year AS year, r.arrests, r.investigations_opened,
             r.controlled_deliveries, r.persons_checked,
             ${CHECK_DATABASES.map((d) => `r.${d}_queries, r.${d}_hits`).join(', ')}
      FROM operation_results r
      JOIN operations o ON o.id = r.operation_id
      WHERE o.end_year BETWEEN $2::int AND $3::int
        AND r.country_iso3 IN (SELECT country FROM grouping_members)
        AND ($4::text IS NULL OR o.programme = $4)
        AND ($5::text IS NULL OR $5 = ANY(o.activities))
        AND ($6::text IS NULL OR EXISTS (
          SELECT 1 FROM operation_seizures s WHERE s.result_id = r.id AND s.commodity = $6))
    ),
    result_totals AS (
      SELECT m.region, res.year,
             count(DISTINCT res.operation_id)::int AS operations,
             count(DISTINCT res.country)::int AS countries,
             sum(res.arrests)::bigint AS arrests,
             sum(res.investigations_opened)::bigint AS investigations_opened,
             sum(res.controlled_deliveries)::bigint AS controlled_deliveries,
             sum(res.persons_checked)::bigint AS persons_checked,
             ${checkSums}
      FROM res JOIN members m ON m.country = res.country
      GROUP BY m.region, res.year
    ),
    seizure_rows AS (${byOperation ? SEIZURES_OF_RESULTS : SEIZURES_FROM_ROLLUP}
    ),
    seizure_totals AS (
      SELECT m.region, x.year, x.commodity, x.unit, sum(x.cases)::bigint AS cases, sum(x.quantity) AS quantity
      FROM seizure_rows x JOIN members m ON m.country = x.country
      GROUP BY m.region, x.year, x.commodity, x.unit
    ),
    seizures_by_region AS (
      SELECT region, year, sum(cases)::bigint AS seizure_cases,
             json_agg(json_build_object('commodity', commodity, 'unit', unit, 'quantity', quantity, 'cases', cases))
               AS quantities
      FROM seizure_totals
      GROUP BY region, year
    )
    SELECT g.region, y.year, t.operations, t.countries, t.arrests, t.investigations_opened,
           t.controlled_deliveries, t.persons_checked,
           ${CHECK_DATABASES.map((d) => `t.${d}_queries, t.${d}_hits`).join(', ')},
           s.seizure_cases, s.quantities
    FROM (SELECT DISTINCT region FROM members) g
    CROSS JOIN years y
    LEFT JOIN result_totals t ON t.region = g.region AND t.year = y.year
    LEFT JOIN seizures_by_region s ON s.region = g.region AND s.year = y.year`;
}

/** Each member country's operations in the years (by end year), and how many it reported a result for. */
export const PARTICIPATION_SQL = `
    WITH${GROUPING_MEMBERS_CTE}
    SELECT gm.country::text AS country, gm.region, count(*)::int AS operations, count(r.id)::int AS reported
    FROM operation_countries c
    JOIN operations o ON o.id = c.operation_id
    JOIN grouping_members gm ON gm.country = c.country_iso3
    LEFT JOIN operation_results r ON r.operation_id = c.operation_id AND r.country_iso3 = c.country_iso3
    WHERE o.end_year BETWEEN $2::int AND $3::int
      AND ($4::text IS NULL OR o.programme = $4)
      AND ($5::text IS NULL OR $5 = ANY(o.activities))
    GROUP BY gm.country, gm.region
    ORDER BY gm.country`;

/**
 * Per member country with at least one result in the end year $2: its summed outcomes and the overall
 * index of its current assessment in that year (null without one). $3 counted statuses.
 */
export const OUTCOMES_SQL = `
    WITH${GROUPING_MEMBERS_CTE},${currentInYearCte('$2', '$3')},
    outcomes AS (
      SELECT r.country_iso3 AS country,
             sum(r.arrests)::bigint AS arrests,
             sum(r.controlled_deliveries)::bigint AS controlled_deliveries,
             sum(${CHECK_DATABASES.map((d) => `coalesce(r.${d}_queries, 0)`).join(' + ')})::bigint AS queries,
             sum(${CHECK_DATABASES.map((d) => `coalesce(r.${d}_hits, 0)`).join(' + ')})::bigint AS hits
      FROM operation_results r
      JOIN operations o ON o.id = r.operation_id
      WHERE o.end_year = $2::int AND r.country_iso3 IN (SELECT country FROM grouping_members)
      GROUP BY r.country_iso3
    ),
    cases AS (
      SELECT country_iso3 AS country, sum(cases)::bigint AS seizure_cases
      FROM operation_seizure_rollup
      WHERE year = $2::int
      GROUP BY country_iso3
    )
    SELECT x.country::text AS country, gm.region, a.overall_index, x.arrests, x.controlled_deliveries, x.queries,
           x.hits, coalesce(cs.seizure_cases, 0) AS seizure_cases
    FROM outcomes x
    JOIN grouping_members gm ON gm.country = x.country
    LEFT JOIN current_in_year c ON c.country = x.country
    LEFT JOIN assessments a ON a.id = c.id
    LEFT JOIN cases cs ON cs.country = x.country
    ORDER BY x.country`;
