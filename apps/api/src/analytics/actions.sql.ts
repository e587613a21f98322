import { memberRecordRows, statusScope } from './building-blocks.sql.js';
import { PLAN_FIGURES } from './plan-cells.sql.js';

/** A member country-year's figures of the actions view, in the order its record's keys (1–7) follow. */
export const ACTION_FIGURES: [name: string, column: string][] = [
  ['planned', 'planned'],
  ['in_progress', 'in_progress'],
  ['done', 'done'],
  ['dropped', 'dropped'],
  ['overdue', 'overdue'],
  ['gaps', 'gaps'],
  ['gapsWithAction', 'gaps_with_action'],
];

/** The current assessments' scope and methodology the statement reads ($5 counted statuses, $4 methodology). */
const CURRENT = (alias: string) => `${alias}.scope = ${statusScope('$5')} AND ${alias}.methodology = $4`;

/** A plan figure's sum over a cell's members with a plan, and its largest confidential value. */
function planColumns(column: string): [sum: string, max: string] {
  const i = PLAN_FIGURES.indexOf(column as (typeof PLAN_FIGURES)[number]);
  return [`h.sums[${i + 1}]`, `v."max_${column}"`];
}

/** Key `k`'s sum over a cell's records: with nothing, moved by the current assessments, moved by the plans. */
const keyUnits = (k: number) =>
  `coalesce(z.keys[${k + 1}], 0) + coalesce((mc.figures->>'act_key_${k}')::float8, 0) + coalesce(h.changes[${k + 1}], 0)`;

const answerColumns = [
  `coalesce(h.countries, 0) AS countries_with_plan`,
  `${keyUnits(0)} AS "withPlan_units", coalesce(z.conf, 0) AS "withPlan_conf"`,
  ...ACTION_FIGURES.map(([name, column], k) => {
    const [sum, max] =
      name === 'gaps' ? [`(mc.figures->>'act_gaps')::int`, `(mc.figures->>'act_gaps_max')::int`] : planColumns(column);
    return `coalesce(${sum}, 0) AS "sum_${name}", coalesce(${max}, 0) AS "max_${name}", ${keyUnits(k + 1)} AS "key_${name}"`;
  }),
].join(',\n         ');

/** Per cell, each figure's largest value among its confidential members with a plan. */
const LARGEST = PLAN_FIGURES.map((f) => `max(value) FILTER (WHERE figure = '${f}' AND members > 0) AS "max_${f}"`).join(
  ', ',
);

/**
 * One row per region of the grouping (plus ALL) and year in [$2, $3], the state at 31 December of the year
 * ($4 methodology, $5 counted statuses, $1 grouping id). A member country-year is one record
 * (docs/disclosure.md). Most members have no plan: their gaps and record keys are kept per cell (the maturity
 * cells, moved by their current assessments, and `zero_record_cells`). The members with a plan are summed in
 * `plan_cells` (their plans' figures, and the change of their cell's keys from their records without a plan
 * to their own) and `plan_cell_values` (how many confidential members have each value of a figure, for the
 * largest), moved at each commit by the difference of their plan facts (plan-facts.sql.ts, plan-cells.sql.ts).
 */
export const ACTIONS_SQL = `
  SELECT g.region, y.year, coalesce(rym.members, 0) AS members,
         ${answerColumns}
  FROM ${memberRecordRows('actions')}
  LEFT JOIN maturity_cells mc ON mc.grouping_id = $1 AND mc.region = g.region AND mc.year = y.year AND ${CURRENT('mc')}
  LEFT JOIN plan_cells h ON h.grouping_id = $1 AND h.region = g.region AND h.year = y.year AND ${CURRENT('h')}
  LEFT JOIN (
    SELECT region, year, ${LARGEST}
    FROM plan_cell_values
    WHERE grouping_id = $1 AND ${CURRENT('plan_cell_values')} AND year BETWEEN $2::int AND $3::int
    GROUP BY region, year
  ) v ON v.region = g.region AND v.year = y.year`;
