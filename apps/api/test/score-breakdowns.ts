/**
 * The breakdowns kept on `assessment_scores` (dimension scores, item points) as the tests read and rewrite
 * them: written out here rather than taken from the app's SQL, so that the sums from scratch stay independent.
 */
const COLUMNS = {
  dimension: ['dimension_codes', 'dimension_scores'],
  item: ['item_codes', 'item_points'],
} as const;

type Breakdown = keyof typeof COLUMNS;

/** One row per (assessment, methodology, dimension): assessment_id, methodology, dimension, score. */
export const DIMENSION_SCORE_ROWS = `(SELECT s.assessment_id, s.methodology, x.dimension, x.score
  FROM assessment_scores s, unnest(s.dimension_codes, s.dimension_scores) AS x(dimension, score))`;

/** One row per (assessment, methodology, item): assessment_id, methodology, code, points. */
export const ITEM_POINTS_ROWS = `(SELECT s.assessment_id, s.methodology, x.code, x.points
  FROM assessment_scores s, unnest(s.item_codes, s.item_points) AS x(code, points))`;

/**
 * An UPDATE of the score rows matching `where`: each breakdown element `x` (x.code, x.value) kept while `keep`
 * holds, its number replaced by `value`, in the same order.
 */
export function rewriteBreakdownSql(
  breakdown: Breakdown,
  { value = 'x.value', keep = 'true', where = 'true' },
): string {
  const [codes, values] = COLUMNS[breakdown];
  const kept = (column: string) =>
    `ARRAY(SELECT ${column} FROM unnest(${codes}, ${values}) WITH ORDINALITY AS x(code, value, n) WHERE ${keep} ORDER BY x.n)`;
  return `UPDATE assessment_scores SET ${codes} = ${kept('x.code')}, ${values} = ${kept(value)} WHERE ${where}`;
}
