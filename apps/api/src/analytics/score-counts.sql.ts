import { DIMENSIONS } from '@cpc/domain';
import { CELL_KEY_COLUMNS, cellSetsCtes, hashAggregated } from './building-blocks.sql.js';

/** The facts' key and dimension scores: what a rank reads of a fact. */
const SCORE_COLUMNS = ['scope', 'methodology', 'year', 'country_iso3', ...DIMENSIONS.map((d) => `"${d}"`)].join(', ');

/**
 * Adds `sign` times the facts `rows` (a relation with the facts' key, dimension scores and `sign`) to
 * `maturity_score_counts`, within `groupings` (a text[] expression, or NULL for all): how many members of a
 * cell score each value of each dimension. A dimension's score is a mean of a few items' points, so a cell
 * holds a few dozen values whatever its members; a rank among them reads those, not every member. Rows whose
 * count falls to 0 are left: they read as none.
 */
export function addScoreCountsSql(rows: string, groupings = 'NULL'): string {
  return hashAggregated(`
      WITH ${cellSetsCtes(rows, groupings)},
      set_counts AS (
        SELECT c.set_no, m.year, m.scope, m.methodology, d.dimension, d.score, sum(m.sign) AS members
        FROM ${rows} m
        JOIN cell_sets c ON c.country_iso3 = m.country_iso3 AND c.year = m.year
        CROSS JOIN LATERAL (VALUES ${DIMENSIONS.map((d) => `('${d}', m."${d}")`).join(', ')}) AS d(dimension, score)
        WHERE d.score IS NOT NULL
        GROUP BY c.set_no, m.year, m.scope, m.methodology, d.dimension, d.score
      )
      INSERT INTO maturity_score_counts (${CELL_KEY_COLUMNS}, dimension, score, members)
      SELECT g.grouping_id, g.region, s.year, s.scope, s.methodology, s.dimension, s.score, sum(s.members)::int
      FROM set_counts s
      JOIN set_cells g ON g.set_no = s.set_no
      GROUP BY g.grouping_id, g.region, s.year, s.scope, s.methodology, s.dimension, s.score
      -- A fact replaced by one with the same scores moves nothing.
      HAVING sum(s.members) <> 0
      ON CONFLICT ON CONSTRAINT "PK_maturity_score_counts" DO UPDATE
      SET members = maturity_score_counts.members + excluded.members;`);
}

/** The score counts of `groupings` (a text[] expression) again, from the maturity facts as they are. */
export function rebuildScoreCountsSql(groupings: string): string {
  return `
      DELETE FROM maturity_score_counts WHERE grouping_id = ANY(${groupings});
      ${addScoreCountsSql(`(SELECT ${SCORE_COLUMNS}, 1 AS sign FROM maturity_facts)`, groupings)}`;
}

const changedScores = (left: string, right: string) =>
  `(SELECT ${SCORE_COLUMNS} FROM ${left} EXCEPT SELECT ${SCORE_COLUMNS} FROM ${right})`;

/**
 * Moves the score counts by the difference of `old_facts` and `new_facts` (REFRESH_COUNTRIES' tables) in their
 * scores only: a change of keys alone (a new secret, a disclosure) moves nothing.
 */
export const MOVE_SCORE_COUNTS = `
      CREATE TEMP TABLE score_deltas ON COMMIT DROP AS
        SELECT d.*, 1 AS sign FROM ${changedScores('new_facts', 'old_facts')} d
        UNION ALL
        SELECT d.*, -1 FROM ${changedScores('old_facts', 'new_facts')} d;
      ANALYZE score_deltas;
      ${addScoreCountsSql('score_deltas')}
      DROP TABLE score_deltas;`;
