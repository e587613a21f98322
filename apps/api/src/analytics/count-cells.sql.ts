import { cellSumsSql, hashAggregated } from './building-blocks.sql.js';
import { COUNT_FACT_COLUMNS, countFactsOfCountriesSql, FACT_ELEMENTS } from './count-facts.sql.js';

const CELL_KEY = 'grouping_id, scope, methodology, figure, year, region, code';
const CELL_COLUMNS = `${CELL_KEY}, assessed, counted, assessed_units, assessed_conf, counted_units, counted_conf`;
const FIGURE_COLUMNS = [
  'assessed',
  'counted',
  'assessed_units',
  'assessed_conf',
  'counted_units',
  'counted_conf',
] as const;

/** A cell's sums over fact elements `e` weighted by `weight` (1, or ±1 for a difference), named as FIGURE_COLUMNS. */
function cellSums(weight: string): Record<(typeof FIGURE_COLUMNS)[number], string> {
  const keySum = (key: string) => `coalesce(sum(${weight} * e.${key}), 0)`;
  const keyed = (key: string) => `coalesce(sum(${weight}) FILTER (WHERE e.${key} IS NOT NULL), 0)`;
  return {
    assessed: `sum(${weight})`,
    counted: `sum(${weight} * e.counted)`,
    assessed_units: keySum('k_assessed'),
    assessed_conf: keyed('k_assessed'),
    counted_units: keySum('k_counted'),
    counted_conf: keyed('k_counted'),
  };
}

/**
 * The sums of the count cells of the facts in `facts` (a relation with COUNT_FACT_COLUMNS, weighted by
 * `weight`), for the groupings in `groupings`, in CELL_COLUMNS' order.
 */
function countCellSumsSql(facts: string, weight: string, groupings = 'NULL'): string {
  const sums = cellSumsSql({
    rows: facts,
    joins: FACT_ELEMENTS,
    keys: { scope: 'f.scope', methodology: 'f.methodology', figure: 'f.figure', code: 'e.code' },
    sums: cellSums(weight),
    groupings,
  });
  return `SELECT ${CELL_COLUMNS} FROM (${sums}) s`;
}

/** Every count cell of the groupings in `groupings` (a text[] expression) again, from the facts. */
export function rebuildCountCellsSql(groupings: string): string {
  return `
      DELETE FROM count_cells WHERE grouping_id = ANY(${groupings});
      ${hashAggregated(`
      INSERT INTO count_cells (${CELL_COLUMNS}) ${countCellSumsSql('count_facts', '1', groupings)};`)}`;
}

const changedCountFacts = (left: string, right: string) =>
  `SELECT ${COUNT_FACT_COLUMNS} FROM ${left} EXCEPT SELECT ${COUNT_FACT_COLUMNS} FROM ${right}`;

/**
 * The count facts of the countries in `todo_countries` again: the facts that changed leave (−1) or enter (+1)
 * the table, and every cell of their members moves by the difference. Counts and key sums add exactly (keys
 * are multiples of 1/65536, far from float8's limits), so the cells equal a sum from scratch.
 */
export const REFRESH_COUNT_FACTS = `
      CREATE TEMP TABLE new_count_facts ON COMMIT DROP AS ${countFactsOfCountriesSql('todo_countries')};
      CREATE TEMP TABLE old_count_facts ON COMMIT DROP AS
        SELECT ${COUNT_FACT_COLUMNS} FROM count_facts WHERE country_iso3 = ANY(todo_countries);
      CREATE TEMP TABLE count_deltas ON COMMIT DROP AS
        SELECT d.*, 1 AS sign FROM (${changedCountFacts('new_count_facts', 'old_count_facts')}) d
        UNION ALL
        SELECT d.*, -1 FROM (${changedCountFacts('old_count_facts', 'new_count_facts')}) d;
      ANALYZE count_deltas (country_iso3, year, scope, methodology, figure, sign);
      DELETE FROM count_facts f USING count_deltas d
      WHERE d.sign = -1 AND f.country_iso3 = d.country_iso3 AND f.year = d.year AND f.scope = d.scope
        AND f.methodology = d.methodology AND f.figure = d.figure;
      INSERT INTO count_facts (${COUNT_FACT_COLUMNS}) SELECT ${COUNT_FACT_COLUMNS} FROM count_deltas WHERE sign = 1;
      ${hashAggregated(`
      INSERT INTO count_cells (${CELL_COLUMNS}) ${countCellSumsSql('count_deltas', 'f.sign')}
      ON CONFLICT ON CONSTRAINT "PK_count_cells" DO UPDATE SET
        ${FIGURE_COLUMNS.map((c) => `${c} = count_cells.${c} + excluded.${c}`).join(', ')};`)}
      DROP TABLE new_count_facts, old_count_facts, count_deltas;`;
