import { CELL_KEY_COLUMNS, addArrays, hashAggregated, memberCellsSql } from './building-blocks.sql.js';

/** The plan figures of action_plan_facts that the cells sum, in the order of `plan_cells.sums`. */
export const PLAN_FIGURES = ['planned', 'in_progress', 'done', 'dropped', 'overdue', 'gaps_with_action'] as const;

/** The record keys a plan fact moves (the plan count's, then one per figure of the actions view). */
export const PLAN_KEYS = 8;

/**
 * Adds `sign` times the plan facts `rows` (a relation with the facts' columns and `sign`) to every cell they
 * count in, within `groupings` (a text[] expression, or NULL for all): the count of members with a plan, the
 * figures' sums and the key changes' sums to `plan_cells`; each confidential member's figures to
 * `plan_cell_values`, which holds how many confidential members of a cell have each value of a figure, so
 * that the largest one (not additive) is read there. Rows whose count falls to 0 are left: they read as none.
 */
export function addPlanFactsSql(rows: string, groupings = 'NULL'): string {
  const cells = memberCellsSql(rows, groupings);
  return hashAggregated(`
      INSERT INTO plan_cells (${CELL_KEY_COLUMNS}, countries, sums, changes)
      SELECT m.grouping_id, m.region, m.year, m.scope, m.methodology, sum(m.sign)::int,
             ARRAY[${PLAN_FIGURES.map((f) => `sum(m.sign * m.${f})::int`).join(', ')}],
             ARRAY[${Array.from({ length: PLAN_KEYS }, (_, k) => `coalesce(sum(m.sign * m.changes[${k + 1}]), 0)`).join(', ')}]
      FROM (${cells}) m
      GROUP BY m.grouping_id, m.region, m.year, m.scope, m.methodology
      ON CONFLICT ON CONSTRAINT "PK_plan_cells" DO UPDATE SET
        countries = plan_cells.countries + excluded.countries,
        ${addArrays('plan_cells', 'sums')}, ${addArrays('plan_cells', 'changes')};
      INSERT INTO plan_cell_values (${CELL_KEY_COLUMNS}, figure, value, members)
      SELECT m.grouping_id, m.region, m.year, m.scope, m.methodology, v.figure, v.value, sum(m.sign)::int
      FROM (${cells}) m
      CROSS JOIN LATERAL (VALUES ${PLAN_FIGURES.map((f) => `('${f}', m.${f})`).join(', ')}) AS v(figure, value)
      WHERE m.confidential AND v.value > 0
      GROUP BY m.grouping_id, m.region, m.year, m.scope, m.methodology, v.figure, v.value
      -- A fact replaced by one with the same value moves nothing.
      HAVING sum(m.sign) <> 0
      ON CONFLICT ON CONSTRAINT "PK_plan_cell_values" DO UPDATE SET members = plan_cell_values.members + excluded.members;`);
}

/** The plan cells of `groupings` (a text[] expression) again, from the plan facts as they are. */
export function rebuildPlanCellsSql(groupings: string): string {
  return `
      ${PLAN_CELL_TABLES.map((t) => `DELETE FROM ${t} WHERE grouping_id = ANY(${groupings});`).join('\n      ')}
      ${addPlanFactsSql('(SELECT *, 1 AS sign FROM action_plan_facts)', groupings)}`;
}

/** The plan cells' tables, kept per grouping. */
export const PLAN_CELL_TABLES = ['plan_cells', 'plan_cell_values'];
