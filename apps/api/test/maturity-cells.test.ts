import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS, findItem, INSTRUMENT_ITEMS, isScored, type Dimension } from '@cpc/domain';
import { GAP_CLOSURE_SQL } from '../src/analytics/action-plans.sql.js';
import { DIFFICULTIES_SQL } from '../src/analytics/difficulties.sql.js';
import { GAPS_SQL } from '../src/analytics/gaps.sql.js';
import { maturityRowOfCell } from '../src/analytics/maturity-cell-rows.js';
import { MATURITY_CELLS_SQL } from '../src/analytics/maturity.sql.js';
import {
  insertAction,
  insertAssessment,
  insertGrouping,
  insertScores,
  inTransaction,
  isAssessed,
  type FixtureAssessment,
} from './factories.js';
import {
  DIFFICULTIES_FROM_SCRATCH_SQL,
  GAP_CLOSURE_FROM_SCRATCH_SQL,
  GAPS_FROM_SCRATCH_SQL,
} from './counts-from-scratch.sql.js';
import { maturitySql } from './maturity-from-scratch.sql.js';
import { startTestApp, type TestApp } from './test-app.js';
import { rewriteBreakdownSql } from './score-breakdowns.js';

/*
 * The maintained maturity cells, and the gap and difficulty count cells, must always equal what the statement of before (maturity-from-scratch.sql.ts,
 * which reads only the assessments, their scores, the memberships and the disclosure settings) computes at the
 * same moment: every statistic, exact sum and disclosure key, for both status scopes, both methodology
 * versions and two measures, after each kind of write a deployment sees.
 */
let t: TestApp;
const COUNTRIES = ['FRA', 'DEU', 'ITA', 'KEN', 'SEN', 'BRA', 'IND'];
const STATUSES = ['draft', 'submitted', 'validated', 'returned'] as const;
const SCOPES = [['submitted', 'validated'], ['validated']];
const MEASURES: (Dimension | undefined)[] = [undefined, 'liaison'];

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(19);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const score = () => Math.round(random() * 10000) / 100;
const CODES = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);
const OPTIONS = findItem('A.17')!.options.map((o) => o.code);
const YEARS = Array.from({ length: 16 }, (_, i) => 2013 + i);
const CLOSURE_SPANS = [
  [2013, 2028],
  [2016, 2016],
  [2019, 2022],
];

/** Points for a random half of the scored items (a gap below 0.5), and a random pick of A.17's options. */
const itemsOf = () => Object.fromEntries(CODES.filter(() => random() < 0.5).map((c) => [c, pick([0, 0.25, 0.5, 1])]));
const answersOf = () => ({ 'A.17': OPTIONS.filter(() => random() < 0.3) });

function scoresOf(): Pick<FixtureAssessment, 'overall' | 'level' | 'dimensions' | 'items'> {
  const dimensions = Object.fromEntries(DIMENSIONS.filter(() => random() < 0.7).map((d) => [d, score()]));
  return { overall: score(), level: 1 + Math.floor(random() * 5), dimensions, items: itemsOf() };
}

type Row = Record<string, unknown>;

function close(actual: unknown, raw: unknown): boolean {
  // pg gives bigint sums and counts as text.
  const expected = typeof raw === 'string' && typeof actual === 'number' ? Number(raw) : raw;
  if (typeof expected === 'number' && typeof actual === 'number')
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return actual === expected;
}

/** Every difference between the cells and the statement, as readable lines (none expected). */
async function differences(): Promise<string[]> {
  const found: string[] = [];
  for (const statuses of SCOPES)
    for (const methodology of ['v1', 'v2'])
      for (const measure of MEASURES) {
        const params = ['cellg', 2013, 2028, statuses, methodology];
        const expected = (await t.db.query<Row>(maturitySql(measure), params)).rows;
        const cells = (await t.db.query(MATURITY_CELLS_SQL, params)).rows;
        const actual = new Map(cells.map((c) => [`${c.region}:${c.year}`, maturityRowOfCell(c, measure ?? 'overall')]));
        const where = `${statuses.join('+')} ${methodology} ${measure ?? 'overall'}`;
        if (actual.size !== expected.length) found.push(`${where}: ${actual.size} cells, ${expected.length} rows`);
        for (const row of expected) {
          const key = `${String(row.region)}:${String(row.year)}`;
          const cell: Row | undefined = actual.get(key);
          for (const [column, value] of Object.entries(row))
            if (!close(cell?.[column], value))
              found.push(`${where} ${key} ${column}: ${String(cell?.[column])} ≠ ${String(value)}`);
        }
      }
  return found;
}

/** Every difference between a count cells' statement and its oracle, per region and code, over `params`. */
async function countDifferences(where: string, sql: string, oracle: string, params: unknown[]): Promise<string[]> {
  const found: string[] = [];
  const expected = (await t.db.query<Row>(oracle, params)).rows;
  const actual = (await t.db.query<Row>(sql, params)).rows;
  if (actual.length !== expected.length) found.push(`${where}: ${actual.length} rows, ${expected.length} expected`);
  expected.forEach((row, i) => {
    for (const [column, value] of Object.entries(row))
      if (!close(actual[i]?.[column], value))
        found.push(
          `${where} ${String(row.region)} ${String(row.code)} ${column}: ${String(actual[i]?.[column])} ≠ ${String(value)}`,
        );
  });
  return found;
}

/** Every difference between the gap and difficulty cells and the statements computed from scratch (none expected). */
async function countCellDifferences(): Promise<string[]> {
  const found: string[] = [];
  for (const statuses of SCOPES)
    for (const year of YEARS) {
      const where = `${statuses.join('+')} ${year}`;
      const params = ['cellg', year, statuses];
      found.push(
        ...(await countDifferences(`${where} difficulties`, DIFFICULTIES_SQL, DIFFICULTIES_FROM_SCRATCH_SQL, [
          ...params,
          OPTIONS,
        ])),
      );
      for (const methodology of ['v1', 'v2'])
        found.push(
          ...(await countDifferences(`${where} ${methodology} gaps`, GAPS_SQL, GAPS_FROM_SCRATCH_SQL, [
            ...params,
            CODES,
            methodology,
          ])),
        );
    }
  for (const [from, to] of CLOSURE_SPANS)
    for (const methodology of ['v1', 'v2'])
      found.push(
        ...(await countDifferences(
          `${from}–${to} ${methodology} gap closure`,
          GAP_CLOSURE_SQL,
          GAP_CLOSURE_FROM_SCRATCH_SQL,
          ['cellg', from, to, methodology, CODES],
        )),
      );
  return found;
}

/** Done actions of random countries and items, marked done on random days: some fall between two assessments. */
async function insertRandomActions(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const done = `${2014 + Math.floor(random() * 13)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`;
    await insertAction(t.db, {
      country: pick(COUNTRIES),
      items: CODES.filter(() => random() < 0.4).concat(pick(CODES)),
      history: [
        ['planned', '2014-01-01'],
        ['done', done],
      ],
      target: '2030-01-01',
    });
  }
}

/** In one transaction: its commit refreshes the facts and cells of every country at once. */
async function insertRandomAssessments(count: number): Promise<void> {
  await inTransaction(t.db, async (db) => {
    for (let i = 0; i < count; i++) {
      const country = pick(COUNTRIES);
      const year = 2014 + Math.floor(random() * 13);
      if (await isAssessed(db, country, year)) continue;
      const status = pick(STATUSES);
      const id = await insertAssessment(db, {
        country,
        year,
        status,
        selfLevel: 1 + (i % 5),
        answers: answersOf(),
        ...scoresOf(),
      });
      if (random() < 0.6) await insertScores(db, id, 'v2', scoresOf());
    }
  });
}

beforeAll(async () => {
  t = await startTestApp();
  await insertGrouping(t.db, 'cellg', { R1: ['FRA', 'DEU', 'ITA'], R2: ['KEN', 'SEN', 'BRA'] });
  await insertRandomAssessments(40);
  // Submitted mid-year, so that actions done between two assessments exist.
  await t.db.query(
    `UPDATE assessments SET submitted_at = make_timestamptz(year, 6, 1, 0, 0, 0, 'UTC') WHERE status <> 'draft'`,
  );
  await insertRandomActions(25);
}, 120_000);
afterAll(() => t.close());

describe('the maintained maturity cells equal the statement computed from scratch', () => {
  it('after assessments and their scores are inserted', async () => {
    expect((await t.db.query('SELECT count(*)::int AS n FROM maturity_cells')).rows[0].n).toBeGreaterThan(20);
    // The oracles see gaps, picks and keys to compare, not only zeros.
    const sums = await t.db.query(
      `SELECT sum(e.c)::int AS counted, count(e.k)::int AS keyed FROM count_facts f, unnest(f.counted, f.k_counted) AS e(c, k) WHERE f.year = 2024`,
    );
    expect(sums.rows[0].counted).toBeGreaterThan(20);
    expect(sums.rows[0].keyed).toBeGreaterThan(20);
    const closures = await t.db.query(
      `SELECT f.figure, sum(e.c)::int AS counted FROM count_facts f, unnest(f.counted) AS e(c)
       WHERE f.figure LIKE 'closure%' GROUP BY f.figure ORDER BY f.figure`,
    );
    // Gaps closed with and without an action, so the oracle's comparison is not of zeros.
    expect(closures.rows.map((r) => r.counted > 0)).toEqual([true, true, true]);
    expect(await differences()).toEqual([]);
    expect(await countCellDifferences()).toEqual([]);
  });

  it('after statuses, years and self levels change in bulk, and an assessment is deleted', async () => {
    await t.db.query(`UPDATE assessments SET status = 'validated' WHERE status = 'submitted' AND year % 2 = 0`);
    await t.db.query(`UPDATE assessments SET self_level = 1 + (year % 5) WHERE country_iso3 IN ('FRA', 'KEN')`);
    await t.db.query(`DELETE FROM assessments WHERE id = (SELECT id FROM assessments ORDER BY id LIMIT 1)`);
    expect(await differences()).toEqual([]);
    expect(await countCellDifferences()).toEqual([]);
  });

  it('after scores are rescored and dimension scores removed', async () => {
    await t.db.query(`UPDATE assessment_scores SET overall_index = 100 - overall_index WHERE methodology = 'v1'`);
    await t.db.query(rewriteBreakdownSql('dimension', { keep: `NOT (x.code = 'liaison' AND x.value < 30)` }));
    expect(await differences()).toEqual([]);
    expect(await countCellDifferences()).toEqual([]);
  });

  it('after item points are rescored or removed (the indexes and levels untouched), A.17 answers change and actions move', async () => {
    await t.db.query(
      rewriteBreakdownSql('item', { value: `CASE WHEN x.code IN ('A.1', 'A.13') THEN 1 - x.value ELSE x.value END` }),
    );
    await t.db.query(rewriteBreakdownSql('item', { keep: `x.code <> 'A.3.1'`, where: `methodology = 'v2'` }));
    await t.db.query(
      `UPDATE assessments SET answers = jsonb_set(answers, '{A.17}', to_jsonb($1::text[])) WHERE country_iso3 IN ('DEU', 'SEN')`,
      [OPTIONS.slice(0, 2)],
    );
    await t.db.query(`UPDATE actions SET done_at = done_at - interval '2 years' WHERE country_iso3 IN ('FRA', 'KEN')`);
    await t.db.query(`DELETE FROM actions WHERE country_iso3 = 'ITA'`);
    expect(await differences()).toEqual([]);
    expect(await countCellDifferences()).toEqual([]);
  });

  it('after a country shares its figures, and the disclosure secret changes', async () => {
    await t.db.query(
      `INSERT INTO country_disclosures (country_iso3, level, updated_at) VALUES ('KEN', 'members', now())`,
    );
    expect(await differences()).toEqual([]);
    expect(await countCellDifferences()).toEqual([]);
    await t.db.query(`UPDATE disclosure_secret SET secret = 'another-secret-for-the-test'`);
    expect(await differences()).toEqual([]);
    expect(await countCellDifferences()).toEqual([]);
  });

  it('after memberships change: a country moves region, another joins with a date, one joins a second region', async () => {
    await t.db.query(
      `UPDATE region_members SET region_id = (SELECT id FROM regions WHERE grouping_id = 'cellg' AND code = 'R2')
       WHERE country_iso3 = 'DEU' AND region_id IN (SELECT id FROM regions WHERE grouping_id = 'cellg')`,
    );
    await t.db.query(
      `INSERT INTO region_members (region_id, country_iso3, valid_from)
       SELECT id, 'IND', date '2020-06-01' FROM regions WHERE grouping_id = 'cellg' AND code = 'R1'
       UNION ALL SELECT id, 'ITA', date '2018-03-01' FROM regions WHERE grouping_id = 'cellg' AND code = 'R2'`,
    );
    expect(await differences()).toEqual([]);
    expect(await countCellDifferences()).toEqual([]);
  });

  it('after two transactions that overlap write different countries', async () => {
    const [a, b] = [await t.db.connect(), await t.db.connect()];
    try {
      await a.query('BEGIN');
      await b.query('BEGIN');
      await a.query(`UPDATE assessments SET status = 'submitted' WHERE country_iso3 = 'FRA' AND status = 'draft'`);
      // The refreshes take turns at commit (an advisory lock): the second reads what the first committed.
      const second = b.query(
        `UPDATE assessments SET status = 'submitted' WHERE country_iso3 = 'SEN' AND status <> 'submitted'`,
      );
      await a.query('COMMIT');
      await second;
      await b.query('COMMIT');
    } finally {
      a.release();
      b.release();
    }
    expect(await differences()).toEqual([]);
    expect(await countCellDifferences()).toEqual([]);
  });
});
