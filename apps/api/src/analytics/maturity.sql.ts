import { statusScope } from './building-blocks.sql.js';

/**
 * One row per region (plus ALL) and year with members: its member count and its maintained cell (null where
 * no member has a counted assessment). $1 grouping id, $2 first year, $3 last year, $4 counted statuses,
 * $5 methodology version. The cells hold every measure's statistics and what protecting them needs
 * (maturity-cells.sql.ts): a read costs one row per region and year, whatever the number of assessments.
 */
export const MATURITY_CELLS_SQL = `
  SELECT m.region, m.year::int AS year, m.members, coalesce(c.assessed, 0) AS assessed, c.figures
  FROM region_year_members m
  LEFT JOIN maturity_cells c
    ON c.grouping_id = m.grouping_id AND c.region = m.region AND c.year = m.year
   AND c.scope = ${statusScope('$4')} AND c.methodology = $5
  WHERE m.grouping_id = $1 AND m.year BETWEEN $2 AND $3 AND m.members > 0`;
