import { CELL_KEY_COLUMNS, addArrays, cellSumsSql, hashAggregated } from './building-blocks.sql.js';

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
  const cellKeys = { scope: 'f.scope', methodology: 'f.methodology' };
  const cells = cellSumsSql({
    rows,
    keys: cellKeys,
    sums: Object.fromEntries<string>([
      ['countries', 'sum(f.sign)'],
      ...PLAN_FIGURES.map((figure): [string, string] => [figure, `sum(f.sign * f.${figure})`]),
      ...Array.from({ length: PLAN_KEYS }, (_, k): [string, string] => [
        `change${k}`,
        `coalesce(sum(f.sign * f.changes[${k + 1}]), 0)`,
      ]),
    ]),
    groupings,
  });
  const values = cellSumsSql({
    rows,
    joins: `CROSS JOIN LATERAL (VALUES ${PLAN_FIGURES.map((f) => `('${f}', f.${f})`).join(', ')}) AS v(figure, value)`,
    where: 'f.confidential AND v.value > 0',
    keys: { ...cellKeys, figure: 'v.figure', value: 'v.value' },
    sums: { members: 'sum(f.sign)' },
    groupings,
  });
  return hashAggregated(`
      INSERT INTO plan_cells (${CELL_KEY_COLUMNS}, countries, sums, changes)
      SELECT ${CELL_KEY_COLUMNS}, c.countries::int, ARRAY[${PLAN_FIGURES.map((f) => `c.${f}::int`).join(', ')}],
             ARRAY[${Array.from({ length: PLAN_KEYS }, (_, k) => `c.change${k}`).join(', ')}]
      FROM (${cells}) c
      ON CONFLICT ON CONSTRAINT "PK_plan_cells" DO UPDATE SET
        countries = plan_cells.countries + excluded.countries,
        ${addArrays('plan_cells', 'sums')}, ${addArrays('plan_cells', 'changes')};
      INSERT INTO plan_cell_values (${CELL_KEY_COLUMNS}, figure, value, members)
      SELECT ${CELL_KEY_COLUMNS}, figure, value, members::int FROM (${values}) c
      -- A fact replaced by one with the same value moves nothing.
      WHERE c.members <> 0
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
