import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '@cpc/domain';
import { COMPARISON_SQL } from '../src/profiles/profile.sql.js';
import { prng } from './disclosure-world.js';
import {
  inOneTransaction,
  insertAssessment,
  insertGrouping,
  insertScores,
  inTransaction,
  isAssessed,
  moveMemberSql,
  setDisclosures,
} from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';
import { DIMENSION_SCORE_ROWS, rewriteBreakdownSql } from './score-breakdowns.js';

/*
 * A profile's rank in its region is read from the maintained score counts (how many members score each value).
 * It must always equal the rank counted from scratch over the members' current assessments (RANKS_FROM_SCRATCH,
 * which reads the assessments and their dimension scores, not the maintained facts): 1 + the members of the
 * region at the year's end whose current assessment scores higher, for every region (and ALL), country, year,
 * status scope, methodology and dimension, after each kind of write that moves the counts.
 */
let t: TestApp;
const COUNTRIES = ['FRA', 'DEU', 'ITA', 'KEN', 'SEN', 'BRA', 'IND'];
/** The profile compares a country with its own region (not ALL). */
const REGIONS = ['R1', 'R2'];
const YEARS = [2013, 2016, 2019, 2021, 2024, 2027, 2099];
const SCOPES = [['submitted', 'validated'], ['validated']];
/** Few values, so that members tie. */
const SCORES = [25, 50, 66.6667, 75, 100];
const random = prng(2602);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

/**
 * $1 grouping, $2 years, $3 counted statuses, $4 methodology: each member's rank per region (and ALL), year and
 * dimension. A country's current assessment in a year is its newest of a counted status from the two years
 * before to the year; one not scored under the methodology counts as none (no older one stands in).
 */
const RANKS_FROM_SCRATCH = `
  WITH members AS (
    SELECT DISTINCT r.code AS region, m.country_iso3 AS country, y.year
    FROM regions r JOIN region_members m ON m.region_id = r.id CROSS JOIN unnest($2::int[]) AS y(year)
    WHERE r.grouping_id = $1 AND m.valid_from <= make_date(y.year, 12, 31)
      AND (m.valid_to IS NULL OR m.valid_to >= make_date(y.year, 12, 31))
  ),
  cells AS (SELECT region, country, year FROM members UNION SELECT 'ALL', country, year FROM members),
  newest AS (
    SELECT DISTINCT ON (c.region, c.country, c.year) c.region, c.country, c.year, a.id
    FROM cells c JOIN assessments a ON a.country_iso3 = c.country AND a.status = ANY($3::text[])
      AND a.year BETWEEN c.year - 2 AND c.year
    ORDER BY c.region, c.country, c.year, a.year DESC
  ),
  scores AS (
    SELECT n.region, n.country, n.year, s.dimension, s.score
    FROM newest n JOIN ${DIMENSION_SCORE_ROWS} s ON s.assessment_id = n.id AND s.methodology = $4
    WHERE s.score IS NOT NULL
  )
  SELECT o.region, o.country, o.year, o.dimension, count(*) FILTER (WHERE p.score > o.score) + 1 AS rank
  FROM scores o JOIN scores p ON p.region = o.region AND p.year = o.year AND p.dimension = o.dimension
  GROUP BY o.region, o.country, o.year, o.dimension`;

/** Every rank the profile's statement gives that differs from the one counted from scratch (none expected). */
async function differences(): Promise<string[]> {
  const found: string[] = [];
  for (const statuses of SCOPES)
    for (const methodology of ['v1', 'v2']) {
      const expected = new Map(
        (
          await t.db.query<{ region: string; country: string; year: number; dimension: string; rank: string }>(
            RANKS_FROM_SCRATCH,
            ['rkg', YEARS, statuses, methodology],
          )
        ).rows.map((r) => [`${r.region}:${r.country}:${r.year}:${r.dimension}`, Number(r.rank)]),
      );
      for (const region of REGIONS)
        for (const country of COUNTRIES)
          for (const year of YEARS) {
            const { rows } = await t.db.query<{ dimension: string; rank: number | null }>(COMPARISON_SQL, [
              'rkg',
              region,
              country,
              year,
              statuses,
              DIMENSIONS,
              methodology,
            ]);
            for (const row of rows) {
              const key = `${region}:${country}:${year}:${row.dimension}`;
              const want = expected.get(key) ?? null;
              if (row.rank !== want) found.push(`${statuses.join('+')} ${methodology} ${key}: ${row.rank} ≠ ${want}`);
            }
          }
    }
  return found;
}

/** Random scores for most dimensions (one left out now and then: no score). */
const dimensionsOf = () => Object.fromEntries(DIMENSIONS.filter(() => random() < 0.85).map((d) => [d, pick(SCORES)]));

/** In one transaction, assessments scored under both versions as the app stores them. */
async function insertRandomAssessments(count: number): Promise<void> {
  await inTransaction(t.db, async (db) => {
    for (let i = 0; i < count; i++) {
      const [country, year] = [pick(COUNTRIES), 2011 + Math.floor(random() * 17)];
      if (await isAssessed(db, country, year)) continue;
      const status = pick(['draft', 'submitted', 'validated', 'submitted'] as const);
      const id = await insertAssessment(db, {
        country,
        year,
        status,
        selfLevel: 3,
        overall: 50,
        level: 3,
        dimensions: dimensionsOf(),
      });
      await insertScores(db, id, 'v2', { overall: 50, level: 3, dimensions: dimensionsOf() });
    }
  });
}

beforeAll(async () => {
  t = await startTestApp();
  await insertGrouping(t.db, 'rkg', { R1: ['FRA', 'DEU', 'ITA', 'SEN'], R2: ['KEN', 'BRA'] });
  await insertRandomAssessments(60);
}, 120_000);
afterAll(() => t.close());

describe('a profile’s rank equals the rank counted from scratch over the members’ current assessments', () => {
  it('with members that tie, score nothing in a dimension, or have no current assessment', async () => {
    const ranks = (await t.db.query<{ rank: string }>(RANKS_FROM_SCRATCH, ['rkg', YEARS, SCOPES[0], 'v1'])).rows;
    // Not a comparison of empty answers: ranks beyond the first, and ties (two members at one rank).
    expect(ranks.length).toBeGreaterThan(100);
    expect(Math.max(...ranks.map((r) => Number(r.rank)))).toBeGreaterThan(3);
    expect(await differences()).toEqual([]);
  });

  it('after assessments change status and scores, and one is deleted', async () => {
    await t.db.query(`UPDATE assessments SET status = 'validated' WHERE status = 'submitted' AND year % 3 = 0`);
    await t.db.query(
      rewriteBreakdownSql('dimension', {
        value: `CASE WHEN x.code IN ('governance', 'liaison') THEN 100 - x.value ELSE x.value END`,
      }),
    );
    // A score change queues nothing by itself: the app writes scores with their assessment, as here.
    await t.db.query(`UPDATE assessments SET version = version + 1`);
    await t.db.query(`DELETE FROM assessments WHERE id = (SELECT id FROM assessments ORDER BY id LIMIT 1)`);
    expect(await differences()).toEqual([]);
  });

  it('after countries start sharing their figures and the disclosure secret changes (nothing moves)', async () => {
    await setDisclosures(t.db, [
      ['KEN', 'members'],
      ['FRA', 'members'],
    ]);
    await t.db.query(`UPDATE disclosure_secret SET secret = 'another-secret-for-the-ranks'`);
    expect(await differences()).toEqual([]);
  });

  it('after memberships change (two regions, overlapping periods)', async () => {
    await inOneTransaction(t.db, [
      moveMemberSql('rkg', 'DEU', 'R2'),
      `INSERT INTO region_members (region_id, country_iso3, valid_from, valid_to)
       SELECT id, 'IND', date '2019-06-01', date '2040-01-01' FROM regions WHERE grouping_id = 'rkg' AND code = 'R1'
       UNION ALL SELECT id, 'ITA', date '2018-03-01', NULL::date FROM regions WHERE grouping_id = 'rkg' AND code = 'R2'
       UNION ALL SELECT id, 'SEN', date '2015-01-01', NULL::date FROM regions WHERE grouping_id = 'rkg' AND code = 'R1'`,
    ]);
    expect(await differences()).toEqual([]);
  });

  it('after assessments are added, and one is no longer scored under v2 (it counts as none under it)', async () => {
    await insertRandomAssessments(15);
    await t.db.query(
      `DELETE FROM assessment_scores WHERE methodology = 'v2'
       AND assessment_id IN (SELECT id FROM assessments WHERE country_iso3 = 'KEN')`,
    );
    expect(await differences()).toEqual([]);
  });
});
