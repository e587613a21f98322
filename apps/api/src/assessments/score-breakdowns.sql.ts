/**
 * The breakdowns kept on each `assessment_scores` row (migration ScoreBreakdownsInline1795806000000): its
 * dimensions' scores and its applicable items' points, each as an array of codes and an array of numbers in the
 * same order. Every statement that reads them builds its SQL here.
 */
const BREAKDOWNS = {
  dimension: ['dimension_codes', 'dimension_scores'],
  item: ['item_codes', 'item_points'],
} as const;

export type Breakdown = keyof typeof BREAKDOWNS;

/** A score row `scores`' breakdown as rows `alias`(code, value): a FROM item (after a comma or a LATERAL join). */
export function breakdownRowsSql(scores: string, breakdown: Breakdown, alias: string): string {
  const [codes, values] = BREAKDOWNS[breakdown];
  return `unnest(${scores}.${codes}, ${scores}.${values}) AS ${alias}(code, value)`;
}

/** A score row `scores`' breakdown as a JSON object, code → number; NULL when the row is missing or empty. */
export function breakdownObjectSql(scores: string, breakdown: Breakdown): string {
  return `(SELECT jsonb_object_agg(x.code, x.value) FROM ${breakdownRowsSql(scores, breakdown, 'x')})`;
}

/** The number of code `code` (an SQL expression) in a score row `scores`' breakdown; NULL when it has none. */
export function breakdownValueSql(scores: string, breakdown: Breakdown, code: string): string {
  const [codes, values] = BREAKDOWNS[breakdown];
  return `${scores}.${values}[array_position(${scores}.${codes}, ${code})]`;
}
