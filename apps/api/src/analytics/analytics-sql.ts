import { CURRENT_WINDOW_YEARS } from '@cpc/domain';

/** CTE `grouping_members` (region, country) for the grouping bound to `$1`. */
export const GROUPING_MEMBERS_CTE = `
    grouping_members AS (
      SELECT r.code AS region, m.country_iso3 AS country
      FROM regions r JOIN region_members m ON m.region_id = r.id
      WHERE r.grouping_id = $1
    )`;

/** CTEs `grouping_members` and `members` (the same plus region ALL) for the grouping bound to `$1`. */
export const MEMBERS_CTES = `${GROUPING_MEMBERS_CTE},
    members AS (
      SELECT region, country FROM grouping_members
      UNION
      SELECT 'ALL', country FROM grouping_members
    )`;

/**
 * CTE `current_in_year` (country, id, answers, …): each member country's current assessment for the single
 * year bound to `yearParam`, among the statuses bound to `statusParam`.
 */
export function currentInYearCte(yearParam: string, statusParam: string): string {
  return `
    current_in_year AS (
      SELECT DISTINCT ON (a.country_iso3) a.country_iso3 AS country, a.id, a.year, a.answers
      FROM assessments a
      WHERE a.status = ANY(${statusParam}::text[])
        AND a.year BETWEEN ${yearParam}::int - ${CURRENT_WINDOW_YEARS} AND ${yearParam}::int
        AND a.country_iso3 IN (SELECT country FROM grouping_members)
      ORDER BY a.country_iso3, a.year DESC
    )`;
}
