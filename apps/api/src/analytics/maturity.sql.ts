import { DIMENSIONS, type Dimension } from '@cpc/domain';

/** Years before Y that still count for Y: a country's current assessment is its newest in [Y − 2, Y]. */
export const WINDOW_YEARS = 2;

const dimensionColumns = DIMENSIONS.map((d) => `avg(s.score) FILTER (WHERE s.dimension = '${d}') AS "${d}"`).join(
  ',\n           ',
);

const dimensionMeans = DIMENSIONS.map((d) => `avg(c."${d}") AS "dim_${d}"`).join(', ');

/**
 * One row per region (plus ALL) and year. $1 grouping id, $2 first year, $3 last year,
 * $4 counted statuses. The value column is the overall index or one dimension's score.
 */
export function maturitySql(dimension: Dimension | undefined): string {
  const value = dimension ? `c."${dimension}"` : 'c.overall_index';
  return `
    WITH years AS (SELECT generate_series($2::int, $3::int) AS year),
    grouping_members AS (
      SELECT r.code AS region, m.country_iso3 AS country
      FROM regions r JOIN region_members m ON m.region_id = r.id
      WHERE r.grouping_id = $1
    ),
    members AS (
      SELECT region, country FROM grouping_members
      UNION
      SELECT 'ALL', country FROM grouping_members
    ),
    current AS (
      SELECT DISTINCT ON (y.year, a.country_iso3)
             y.year, a.country_iso3 AS country, a.id, a.overall_index, a.computed_level, a.self_level
      FROM years y
      JOIN assessments a ON a.year BETWEEN y.year - ${WINDOW_YEARS} AND y.year
      WHERE a.status = ANY($4::text[])
        AND a.country_iso3 IN (SELECT country FROM grouping_members)
      ORDER BY y.year, a.country_iso3, a.year DESC
    ),
    scored AS (
      SELECT c.*, ${dimensionColumns.replace(/\n\s+/g, ' ')}
      FROM current c LEFT JOIN assessment_dimension_scores s ON s.assessment_id = c.id
      GROUP BY c.year, c.country, c.id, c.overall_index, c.computed_level, c.self_level
    )
    SELECT m.region, y.year,
           count(*)::int AS members,
           count(c.id)::int AS assessed,
           avg(${value}) AS mean,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${value}) AS median,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY ${value}) AS p25,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY ${value}) AS p75,
           min(${value}) AS min,
           max(${value}) AS max,
           ${[1, 2, 3, 4, 5].map((l) => `count(*) FILTER (WHERE c.computed_level = ${l})::int AS level_${l}`).join(', ')},
           ${[1, 2, 3, 4, 5].map((l) => `count(*) FILTER (WHERE c.self_level = ${l})::int AS self_${l}`).join(', ')},
           ${dimensionMeans}
    FROM members m
    CROSS JOIN years y
    LEFT JOIN scored c ON c.country = m.country AND c.year = y.year
    GROUP BY m.region, y.year`;
}
