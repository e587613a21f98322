import { ALL_REGION_SQL } from './building-blocks.sql.js';
import { CLOSURE_SCOPE } from './count-facts.sql.js';

/** The closure figures' columns: each count and its key, from the cells of one figure. */
const CLOSURE_COLUMNS: [count: string, key: string, figure: string, column: 'assessed' | 'counted'][] = [
  ['gaps', 'gaps', 'closure', 'assessed'],
  ['closed_next', 'closedNext', 'closure', 'counted'],
  ['closed_with', 'closedNextWithAction', 'closure_with', 'counted'],
  ['closed_without', 'closedNextWithoutAction', 'closure_without', 'counted'],
];

const closureColumns = CLOSURE_COLUMNS.map(([count, key, figure, column]) => {
  const of = (c: string) => `coalesce(sum(c.${c}) FILTER (WHERE c.figure = '${figure}'), 0)`;
  return `${of(column)}::int AS ${count}, ${of(`${column}_units`)} AS "${key}_units", ${of(`${column}_conf`)}::int AS "${key}_conf"`;
}).join(',\n         ');

/**
 * One row per region of the grouping (plus ALL) and scored item ($5, in order): the gaps of the counted
 * assessments of years in [$2, $3] that have a later counted assessment, in the region their country belonged
 * to at 31 December of that year, and those closed at the next one, with and without a done action (the
 * closure facts of count-facts.sql.ts, summed per year in the count cells), under methodology $4. $1 grouping.
 */
export const GAP_CLOSURE_SQL = `
  SELECT g.region, i.code,
         ${closureColumns}
  FROM (SELECT code AS region, position FROM regions WHERE grouping_id = $1
        UNION ALL SELECT ${ALL_REGION_SQL}, 2147483647) g
  CROSS JOIN unnest($5::text[]) WITH ORDINALITY AS i(code, position)
  LEFT JOIN count_cells c ON c.grouping_id = $1 AND c.scope = '${CLOSURE_SCOPE}' AND c.methodology = $4
    AND c.figure IN (${[...new Set(CLOSURE_COLUMNS.map(([, , f]) => `'${f}'`))].join(', ')})
    AND c.year BETWEEN $2::int AND $3::int AND c.region = g.region AND c.code = i.code
  GROUP BY g.region, g.position, i.code, i.position
  ORDER BY g.position, i.position`;
