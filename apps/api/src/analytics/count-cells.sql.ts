import { cellSetsCtes, hashAggregated } from './building-blocks.sql.js';
import { COUNT_FACT_COLUMNS, countFactsOfCountriesSql, FACT_ELEMENTS } from './count-facts.sql.js';

const CELL_KEY = 'grouping_id, scope, methodology, figure, year, region, code';
const CELL_COLUMNS = `${CELL_KEY}, assessed, counted, assessed_units, assessed_conf, counted_units, counted_conf`;
const FIGURE_COLUMNS = ['assessed', 'counted', 'assessed_units', 'assessed_conf', 'counted_units', 'counted_conf'];

/** A cell's sums over fact elements `e` weighted by `weight` (1, or ±1 for a difference), named as FIGURE_COLUMNS. */
function cellSums(weight: string): string {
  const keyed = (key: string) => [
    `coalesce(sum(${weight} * e.${key}), 0)`,
    `coalesce(sum(${weight}) FILTER (WHERE e.${key} IS NOT NULL), 0)`,
  ];
  return [`sum(${weight})`, `sum(${weight} * e.counted)`, ...keyed('k_assessed'), ...keyed('k_counted')]
    .map((sum, i) => `${sum} AS ${FIGURE_COLUMNS[i]}`)
    .join(', ');
}

/**
 * The sums of the count cells of the facts in `facts` (a relation with COUNT_FACT_COLUMNS, weighted by
 * `weight`), for the groupings in `groupings`, in CELL_COLUMNS' order: each set of cells' sums first
 * (cellSetsCtes), then each cell's. An import's 5,000 assessments were 2.2 million (cell, code) rows to sum
 * in one step, 2.5 s, and are a tenth of that in the second.
 */
function countCellSumsSql(facts: string, weight: string, groupings = 'NULL'): string {
  return `
      WITH ${cellSetsCtes(facts, groupings)},
      set_sums AS (
        SELECT c.set_no, f.scope, f.methodology, f.figure, f.year, e.code,
               ${cellSums(weight)}
        FROM ${facts} f
        JOIN cell_sets c ON c.country_iso3 = f.country_iso3 AND c.year = f.year
        ${FACT_ELEMENTS}
        GROUP BY c.set_no, f.scope, f.methodology, f.figure, f.year, e.code
      )
      SELECT g.grouping_id, s.scope, s.methodology, s.figure, s.year, g.region, s.code,
             ${FIGURE_COLUMNS.map((c) => `sum(s.${c}) AS ${c}`).join(', ')}
      FROM set_sums s
      JOIN set_cells g ON g.set_no = s.set_no
      GROUP BY g.grouping_id, s.scope, s.methodology, s.figure, s.year, g.region, s.code`;
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
