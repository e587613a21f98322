import { memberAtYearEnd, memberRecordRows, RECORD_CELLS, statusScope } from './building-blocks.sql.js';

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

const change = (k: number) => `coalesce(sum(c.changes[${k + 1}]), 0)`;

/** Each figure's sum and largest confidential contribution among the planning members (gaps: every member's, from the cells). */
const holderColumns = ACTION_FIGURES.map(([name, col], k) => {
  const own =
    name === 'gaps'
      ? ''
      : `sum(c.${col})::int AS "sum_${name}", coalesce(max(c.${col}) FILTER (WHERE c.confidential), 0) AS "max_${name}", `;
  return `${own}${change(k + 1)} AS "${name}_change"`;
}).join(',\n           ');

/** Key `k`'s sum over a cell's records: with nothing, moved by the current assessments, moved by the plans. */
const keyUnits = (k: number, name: string) =>
  `coalesce(z.keys[${k + 1}], 0) + coalesce((mc.figures->>'act_key_${k}')::float8, 0) + coalesce(h."${name}_change", 0)`;

const answerColumns = [
  `coalesce(h.countries_with_plan, 0) AS countries_with_plan`,
  `${keyUnits(0, 'withPlan')} AS "withPlan_units", coalesce(z.conf, 0) AS "withPlan_conf"`,
  ...ACTION_FIGURES.map(([name], k) => {
    const [sum, max] =
      name === 'gaps'
        ? [`(mc.figures->>'act_gaps')::int`, `(mc.figures->>'act_gaps_max')::int`]
        : [`h."sum_${name}"`, `h."max_${name}"`];
    return `coalesce(${sum}, 0) AS "sum_${name}", coalesce(${max}, 0) AS "max_${name}", ${keyUnits(k + 1, name)} AS "key_${name}"`;
  }),
].join(',\n         ');

/**
 * One row per region of the grouping (plus ALL) and year in [$2, $3], the state at 31 December of the year
 * ($4 methodology, $5 counted statuses, $1 grouping id). A member country-year is one record
 * (docs/disclosure.md). Most members have no plan: their gaps and record keys are kept per cell (the maturity
 * cells, moved by their current assessments, and `zero_record_cells`). The members with a plan are read from
 * `action_plan_facts` (plan-facts.sql.ts: their plan's figures, and the change of their cell's keys from their
 * record without a plan to their own), kept at each write whatever the grouping: this statement adds the
 * memberships at the year's end.
 */
export const ACTIONS_SQL = `
  WITH keyed AS MATERIALIZED (
    SELECT af.year, af.planned, af.in_progress, af.done, af.dropped, af.overdue, af.gaps_with_action,
           af.confidential, af.changes, array_agg(DISTINCT rg.code ORDER BY rg.code) AS regions
    FROM action_plan_facts af
    JOIN region_members rm ON rm.country_iso3 = af.country_iso3 AND ${memberAtYearEnd('rm', 'af.year')}
    JOIN regions rg ON rg.id = rm.region_id AND rg.grouping_id = $1
    WHERE ${CURRENT('af')} AND af.year BETWEEN $2::int AND $3::int
    GROUP BY af.country_iso3, af.year, af.scope, af.methodology
  ),
  holders AS (
    SELECT m.region AS cell_region, c.year AS cell_year, count(*)::int AS countries_with_plan,
           ${change(0)} AS "withPlan_change",
           ${holderColumns}
    FROM keyed c ${RECORD_CELLS}
    GROUP BY m.region, c.year
  )
  SELECT g.region, y.year, coalesce(rym.members, 0) AS members,
         ${answerColumns}
  FROM ${memberRecordRows('actions')}
  LEFT JOIN maturity_cells mc ON mc.grouping_id = $1 AND mc.region = g.region AND mc.year = y.year AND ${CURRENT('mc')}
  LEFT JOIN holders h ON h.cell_region = g.region AND h.cell_year = y.year`;
