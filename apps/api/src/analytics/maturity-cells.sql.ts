import { DIMENSIONS, MAX_YEAR, MIN_YEAR } from '@cpc/domain';
import { ACTION_CELL_FIGURES } from './action-records.sql.js';
import { ALL_REGION_SQL, memberAtYearEnd, memberYearSpan } from './building-blocks.sql.js';
import { keySum } from './disclosure-keys.sql.js';

/** The continuum's five levels, as the maturity figures count them. */
export const LEVELS = [1, 2, 3, 4, 5];

/** The measures a maturity figure can be of: the overall index, or one dimension's score in its place. */
export const MEASURES = ['overall', ...DIMENSIONS] as const;
export type Measure = (typeof MEASURES)[number];

/** A cell's key sum and confidential-record count, as `<name>_units` and `<name>_conf`. */
function keyFigures(name: string, key: string, filter?: string): [string, string][] {
  const where = filter ? ` FILTER (WHERE ${filter})` : '';
  return [
    [`${name}_units`, keySum(key, filter)],
    [`${name}_conf`, `count(${key})${where}`],
  ];
}

/** One measure's statistics, exact sums and keys over the cell's facts `f`. */
function measureFigures(measure: Measure): [string, string][] {
  const value = measure === 'overall' ? 'f.overall_index' : `f."${measure}"`;
  const ordered = (p: number) => `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${value})`;
  return [
    [`${measure}_mean`, `avg(${value})`],
    [`${measure}_median`, ordered(0.5)],
    [`${measure}_p25`, ordered(0.25)],
    [`${measure}_p75`, ordered(0.75)],
    [`${measure}_min`, `min(${value})`],
    [`${measure}_max`, `max(${value})`],
    [`${measure}_sum`, `sum(${value})`],
    [`${measure}_n`, `count(${value})`],
    ...keyFigures(`${measure}_key`, 'f.k_score', `${value} IS NOT NULL`),
    ...keyFigures(`${measure}_own`, `f."k_own_${measure}"`, `${value} IS NOT NULL`),
  ];
}

/** Everything a maturity answer reads of a cell, whatever the measure asked for, and what the actions view reads. */
const FIGURES: [string, string][] = [
  ...LEVELS.map((l): [string, string] => [`level_${l}`, `count(*) FILTER (WHERE f.computed_level = ${l})`]),
  ...LEVELS.map((l): [string, string] => [`self_${l}`, `count(*) FILTER (WHERE f.self_level = ${l})`]),
  ...keyFigures('assessed', 'f.k_assessed'),
  ...LEVELS.flatMap((l) => keyFigures(`level_${l}_key`, `f.k_level_${l}`)),
  ...LEVELS.flatMap((l) => keyFigures(`self_${l}_key`, `f.k_self_${l}`)),
  ...MEASURES.flatMap(measureFigures),
  ...ACTION_CELL_FIGURES,
];

/** jsonb_build_object takes at most 100 arguments: the figures in chunks, concatenated. */
const FIGURES_JSON = Array.from({ length: Math.ceil(FIGURES.length / 40) }, (_, i) =>
  FIGURES.slice(i * 40, i * 40 + 40),
)
  .map((chunk) => `jsonb_build_object(${chunk.map(([name, e]) => `'${name}', ${e}`).join(', ')})`)
  .join(' || ');

/**
 * Recomputes the cells listed in the temporary table `stale_cells` (grouping_id, region, year) from the facts
 * of their members at the year's end: one row per scope and methodology that has any.
 */
export const RECOMPUTE_STALE_CELLS_SQL = `
    WITH cell_members AS (
      SELECT DISTINCT s.grouping_id, s.region, s.year, rm.country_iso3 AS country
      FROM stale_cells s
      JOIN regions rg ON rg.grouping_id = s.grouping_id AND (s.region = ${ALL_REGION_SQL} OR rg.code = s.region)
      JOIN region_members rm ON rm.region_id = rg.id AND ${memberAtYearEnd('rm', 's.year')}
    )
    INSERT INTO maturity_cells (grouping_id, region, year, scope, methodology, assessed, figures)
    SELECT m.grouping_id, m.region, m.year, f.scope, f.methodology, count(*)::int, ${FIGURES_JSON}
    FROM cell_members m
    JOIN maturity_facts f ON f.country_iso3 = m.country AND f.year = m.year
    GROUP BY m.grouping_id, m.region, m.year, f.scope, f.methodology`;

/**
 * Each member's years in each region of `groupings` (and in ALL, any region), as (grouping_id, region, country,
 * years): a membership counts in the years whose 31 December it covers (memberYearSpan), and a member's years
 * in a region (or in any, for ALL) are merged into one multirange. One row per member and region; the refresh
 * keeps them in a temporary table that the member counts and the page marks both read.
 */
export function memberSpansSql(groupings: string): string {
  const { first, last } = memberYearSpan('rm');
  return `
      SELECT rg.grouping_id, r.region, rm.country_iso3 AS country, range_agg(int4range(y.first, y.last, '[]')) AS years
      FROM regions rg
      JOIN region_members rm ON rm.region_id = rg.id
      CROSS JOIN LATERAL (SELECT ${first} AS first, ${last} AS last) y
      CROSS JOIN LATERAL (VALUES (rg.code), (${ALL_REGION_SQL})) AS r(region)
      WHERE rg.grouping_id = ANY(${groupings}) AND y.first <= y.last
      GROUP BY rg.grouping_id, r.region, rm.country_iso3`;
}

/**
 * Each region's (and ALL's) member count at the end of every year a query may ask for, from `memberSpans` (a
 * relation with memberSpansSql's rows). A year's count is the running sum of the members' merged spans that
 * start (+1) and end (−1) by it: one row per span rather than one per member and year, which at 18,000 members
 * and 111 years took 17 s.
 */
export function regionYearMembersSql(memberSpans: string): string {
  return `
    WITH spans AS (
      SELECT grouping_id, region, unnest(years) AS years FROM ${memberSpans}
    ),
    changes AS (
      SELECT grouping_id, region, year, sum(change) AS change
      FROM (SELECT grouping_id, region, lower(years) AS year, 1 AS change FROM spans
            UNION ALL
            SELECT grouping_id, region, upper(years), -1 FROM spans) c
      GROUP BY grouping_id, region, year
    ),
    counts AS (
      SELECT c.grouping_id, c.region, y.year, sum(c.change) AS members
      FROM (SELECT DISTINCT grouping_id, region FROM changes) g
      CROSS JOIN generate_series(${MIN_YEAR}, ${MAX_YEAR}) AS y(year)
      JOIN changes c ON c.grouping_id = g.grouping_id AND c.region = g.region AND c.year <= y.year
      GROUP BY c.grouping_id, c.region, y.year
    )
    SELECT grouping_id, region, year, members::int FROM counts WHERE members > 0`;
}
