import { CURRENT_WINDOW_YEARS, DIMENSIONS, type Dimension } from '@cpc/domain';
import { membersCtes } from '../src/analytics/building-blocks.sql.js';
import {
  cellKeyColumns,
  KEY_METHODOLOGY,
  recordHash,
  recordKey,
  SHARED_CTE,
} from '../src/analytics/disclosure-keys.sql.js';
import { DIMENSION_SCORE_ROWS } from './score-breakdowns.js';

const LEVELS = [1, 2, 3, 4, 5];

const dimensionColumns = DIMENSIONS.map((d) => `avg(s.score) FILTER (WHERE s.dimension = '${d}') AS "${d}"`).join(
  ',\n           ',
);

const dimensionMeans = DIMENSIONS.map((d) => `avg(c."${d}") AS "dim_${d}"`).join(', ');

/** Where a score's own key is: the index's in h1 (7), the dimensions' in h2 (5–7) and h3 (0–5). */
function ownKeyOf(dimension: Dimension | undefined): string {
  if (dimension === undefined) return recordKey('h1', 7);
  const i = DIMENSIONS.indexOf(dimension);
  return i < 3 ? recordKey('h2', 5 + i) : recordKey('h3', i - 3);
}

/** Each record's keys, read once from its hashes (a record is current in up to three years and counted in two rows of each). */
const KEY_COLUMNS = [
  `${recordKey('h1', 0)} AS k_score`,
  `${recordKey('h1', 1)} AS k_assessed`,
  ...LEVELS.map((l) => `${recordKey('h1', l + 1)} AS k_level_${l}`),
  ...LEVELS.map((l) => `${recordKey('h2', l - 1)} AS k_self_${l}`),
  `${ownKeyOf(undefined)} AS k_own_overall`,
  ...DIMENSIONS.map((d) => `${ownKeyOf(d)} AS "k_own_${d}"`),
].join(', ');

/** Exact sums and counts of each dimension, and the shared and own keys of the records that have it. */
const dimensionNoise = DIMENSIONS.map((d) => {
  const has = `c."${d}" IS NOT NULL`;
  return `sum(c."${d}") AS "dsum_${d}", count(c."${d}")::int AS "dn_${d}", ${cellKeyColumns(`dk_${d}`, 'c.k_score', has)}, ${cellKeyColumns(`do_${d}`, `c."k_own_${d}"`, has)}`;
}).join(',\n           ');

/**
 * Each counted assessment's keys: h1 holds the shared score key (0), the assessed-count key (1), the level
 * keys (2–6) and the index's own key (7); h2 the self-level keys (0–4) and three dimensions' own keys (5–7);
 * h3 the other six dimensions' own keys. Every record of a cell adds its level keys, whatever its level, so
 * that a pair of cells differing by one record gets independent noise in every level. The hashes read the index
 * under KEY_METHODOLOGY (k) whatever the version asked for, so that a cell asked for under two versions gets
 * the same noise rather than two independent draws to average.
 */
const RECORD_HASHES = `
      ${recordHash('a.country_iso3', `a.id || ':' || coalesce(k.overall_index::text, '') || ':' || coalesce(a.self_level::text, '')`)} AS h1,
      ${recordHash('a.country_iso3', `'self:' || a.id || ':' || coalesce(a.self_level::text, '')`)} AS h2,
      ${recordHash('a.country_iso3', `'dimensions:' || a.id || ':' || coalesce(k.overall_index::text, '')`)} AS h3`;

/**
 * The current assessments of every year in [from, to] among `statuses` (SQL expressions), sorted from the
 * assessments themselves (the as-of rule the statements applied before current_assessment_years kept it): the
 * oracles read nothing maintained. Needs the `grouping_members` CTE.
 */
export function currentFromScratchCte(from: string, to: string, statuses: string): string {
  return `
    current_assessments AS (
      SELECT DISTINCT ON (y.year, a.country_iso3) y.year, a.country_iso3 AS country, a.id
      FROM generate_series(${from}::int, ${to}::int) AS y(year)
      JOIN assessments a ON a.year BETWEEN y.year - ${CURRENT_WINDOW_YEARS} AND y.year
      WHERE a.status = ANY(${statuses}::text[]) AND a.country_iso3 IN (SELECT country FROM grouping_members)
      ORDER BY y.year, a.country_iso3, a.year DESC
    )`;
}

const CURRENT = currentFromScratchCte('$2', '$3', '$4');

/**
 * The maturity statement as it was before the cells were maintained (issue #19), kept as the tests' oracle:
 * it computes every figure and key from the assessments at each read. One row per region (plus ALL) and year. $1 grouping id, $2 first year, $3 last year,
 * $4 counted statuses, $5 methodology version. The value column is the overall index or one dimension's score. Besides the exact
 * statistics, each row carries what the protection of national users' figures needs: exact sums and the
 * sums of the confidential records' offsets.
 */
export function maturitySql(dimension: Dimension | undefined): string {
  const value = dimension ? `c."${dimension}"` : 'c.overall_index';
  return `
    WITH years AS (SELECT generate_series($2::int, $3::int) AS year),${membersCtes('$2', '$3')},${SHARED_CTE},${CURRENT},
    hashed AS MATERIALIZED (
      SELECT a.id, sc.overall_index, sc.computed_level, a.self_level, ${dimensionColumns},${RECORD_HASHES}
      FROM assessments a
      JOIN assessment_scores sc ON sc.assessment_id = a.id AND sc.methodology = $5
      JOIN assessment_scores k ON k.assessment_id = a.id AND k.methodology = '${KEY_METHODOLOGY}'
      LEFT JOIN ${DIMENSION_SCORE_ROWS} s ON s.assessment_id = a.id AND s.methodology = $5
      WHERE a.id IN (SELECT id FROM current_assessments)
      GROUP BY a.id, sc.overall_index, sc.computed_level, k.overall_index
    ),
    counted AS MATERIALIZED (SELECT hashed.*, ${KEY_COLUMNS} FROM hashed)
    SELECT m.region, y.year,
           count(*)::int AS members,
           count(c.id)::int AS assessed,
           avg(${value}) AS mean,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${value}) AS median,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY ${value}) AS p25,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY ${value}) AS p75,
           min(${value}) AS min,
           max(${value}) AS max,
           ${LEVELS.map((l) => `count(*) FILTER (WHERE c.computed_level = ${l})::int AS level_${l}`).join(', ')},
           ${LEVELS.map((l) => `count(*) FILTER (WHERE c.self_level = ${l})::int AS self_${l}`).join(', ')},
           ${dimensionMeans},
           sum(${value}) AS value_sum, count(${value})::int AS value_n,
           ${cellKeyColumns('value', 'c.k_score', `${value} IS NOT NULL`)},
           ${cellKeyColumns('value_own', dimension ? `c."k_own_${dimension}"` : 'c.k_own_overall', `${value} IS NOT NULL`)},
           ${cellKeyColumns('assessed', 'c.k_assessed')},
           ${LEVELS.map((l) => cellKeyColumns(`level_${l}_key`, `c.k_level_${l}`)).join(', ')},
           ${LEVELS.map((l) => cellKeyColumns(`self_${l}_key`, `c.k_self_${l}`)).join(', ')},
           ${dimensionNoise}
    FROM members m
    JOIN years y ON y.year = m.year
    LEFT JOIN current_assessments cur ON cur.country = m.country AND cur.year = y.year
    LEFT JOIN counted c ON c.id = cur.id
    GROUP BY m.region, y.year`;
}
