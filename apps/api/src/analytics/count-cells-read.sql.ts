import { statusScope } from './building-blocks.sql.js';

/**
 * The count cells of one figure for the grouping bound to `$1`, year `$2`, counted statuses `$3`, codes `$4`
 * (in order) and the methodology `methodology` (an SQL expression): one row per region with members at the
 * year's end (and ALL) and code, zero where no current assessment counts. `counted` names the count's columns.
 */
export function countCellsSql(figure: 'gap' | 'difficulty', methodology: string, counted: string): string {
  return `
    SELECT m.region, i.code, coalesce(c.assessed, 0) AS assessed, coalesce(c.counted, 0) AS "${counted}",
           coalesce(c.assessed_units, 0) AS assessed_units, coalesce(c.assessed_conf, 0) AS assessed_conf,
           coalesce(c.counted_units, 0) AS "${counted}_units", coalesce(c.counted_conf, 0) AS "${counted}_conf"
    FROM region_year_members m
    CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS i(code, position)
    LEFT JOIN count_cells c ON c.grouping_id = m.grouping_id AND c.scope = ${statusScope('$3')}
      AND c.methodology = ${methodology} AND c.figure = '${figure}' AND c.year = m.year AND c.region = m.region
      AND c.code = i.code
    WHERE m.grouping_id = $1 AND m.year = $2
    ORDER BY m.region, i.position`;
}
