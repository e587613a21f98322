import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GAP_THRESHOLD, INSTRUMENT_ITEMS, isScored } from '@cpc/domain';
import { ACTIONS_SQL } from '../src/analytics/actions.sql.js';
import { ACTIONS_FROM_SCRATCH_SQL } from './actions-from-scratch.sql.js';
import { prng } from './disclosure-world.js';
import {
  inOneTransaction,
  insertAction,
  insertAssessment,
  insertGrouping,
  insertScores,
  inTransaction,
  isAssessed,
  moveMemberSql,
  setDisclosures,
} from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';
import { rewriteBreakdownSql } from './score-breakdowns.js';

/*
 * The actions statement reads only the member country-years with a plan; every other member's gaps and record
 * keys come from the maintained cells (the maturity cells and zero_record_cells). Its answer must always equal
 * the statement of before (actions-from-scratch.sql.ts, which hashes every member's record at each read):
 * every count, sum, largest contribution and key sum, for both status scopes and both methodology versions,
 * after each kind of write that moves the cells.
 */
let t: TestApp;
const COUNTRIES = ['FRA', 'DEU', 'ITA', 'KEN', 'SEN', 'BRA', 'IND'];
const CODES = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);
const SCOPES = [['submitted', 'validated'], ['validated']];
const SPANS = [
  [2012, 2030],
  [2099, 2100],
];
const random = prng(1917);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const day = (year: number) => `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`;

type Row = Record<string, unknown>;

/** Every difference between the statement and the one that hashes every member's record (none expected). */
async function differences(columns: (column: string) => boolean = () => true): Promise<string[]> {
  const found: string[] = [];
  for (const [from, to] of SPANS)
    for (const statuses of SCOPES)
      for (const methodology of ['v1', 'v2']) {
        const where = `${from}–${to} ${statuses.join('+')} ${methodology}`;
        const expected = (
          await t.db.query<Row>(ACTIONS_FROM_SCRATCH_SQL, ['acg', from, to, methodology, GAP_THRESHOLD, statuses])
        ).rows;
        const actual = (await t.db.query<Row>(ACTIONS_SQL, ['acg', from, to, methodology, statuses])).rows;
        const key = (r: Row) => `${String(r.region)}:${String(r.year)}`;
        const byKey = new Map(actual.map((r) => [key(r), r]));
        if (actual.length !== expected.length)
          found.push(`${where}: ${actual.length} rows, ${expected.length} expected`);
        for (const row of expected)
          for (const [column, value] of Object.entries(row)) {
            // The statement of before also returned its cells' own region, year and member count.
            if (column.startsWith('cell_') || !columns(column)) continue;
            // pg gives bigint sums as text; keys are multiples of 1/65536, so their sums are exact either way.
            const got = byKey.get(key(row))?.[column];
            const same = column === 'region' ? got === value : Number(got) === Number(value ?? 0);
            if (!same) found.push(`${where} ${key(row)} ${column}: ${String(got)} ≠ ${String(value)}`);
          }
      }
  return found;
}

/** Points for a random half of the scored items (a gap below 0.5). */
const itemsOf = () => Object.fromEntries(CODES.filter(() => random() < 0.5).map((c) => [c, pick([0, 0.25, 0.5, 1])]));

/** In one transaction, assessments scored under both versions as the app stores them. */
async function insertRandomAssessments(count: number): Promise<void> {
  await inTransaction(t.db, async (db) => {
    for (let i = 0; i < count; i++) {
      const [country, year] = [pick(COUNTRIES), 2012 + Math.floor(random() * 16)];
      if (await isAssessed(db, country, year)) continue;
      const status = pick(['draft', 'submitted', 'validated', 'submitted'] as const);
      const scores = { overall: 50, level: 3, items: itemsOf() };
      const id = await insertAssessment(db, { country, year, status, selfLevel: 3, ...scores });
      await insertScores(db, id, 'v2', { ...scores, items: itemsOf() });
    }
  });
}

/** Actions of random countries (not SEN: a member without a plan), items, histories and targets. */
async function insertRandomActions(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const start = 2012 + Math.floor(random() * 14);
    const later = pick([
      [],
      [['in_progress', day(start + 1)]],
      [['done', day(start + 2)]],
      [['dropped', day(start + 1)]],
    ]);
    await insertAction(t.db, {
      country: pick(COUNTRIES.filter((c) => c !== 'SEN').concat('USA')),
      items: CODES.filter(() => random() < 0.2).concat(pick(CODES)),
      history: [['planned', day(start)], ...(later as [string, string][])],
      target: `${start + 1 + Math.floor(random() * 4)}-06-30`,
    });
  }
}

beforeAll(async () => {
  t = await startTestApp();
  await insertGrouping(t.db, 'acg', { R1: ['FRA', 'DEU', 'ITA', 'SEN'], R2: ['KEN', 'BRA'] });
  await insertRandomAssessments(50);
  await insertRandomActions(30);
}, 120_000);
afterAll(() => t.close());

describe('the actions statement equals the one that hashes every member record', () => {
  it('with assessments, plans and gaps in the data years, and none in 2099–2100', async () => {
    const rows = (await t.db.query<Row>(ACTIONS_SQL, ['acg', 2024, 2024, 'v1', ['submitted', 'validated']])).rows;
    // Not a comparison of zeros: members plan, have gaps and carry keys.
    const all = rows.find((r) => r.region === 'ALL')!;
    expect(all).toMatchObject({ members: 6, withPlan_conf: 6 });
    expect(all.countries_with_plan).toBeGreaterThan(1);
    expect(all.sum_gaps).toBeGreaterThan(5);
    expect(all.sum_gapsWithAction).toBeGreaterThan(0);
    expect(await differences()).toEqual([]);
  });

  it('after assessments change status, version and points, and one is deleted', async () => {
    await t.db.query(`UPDATE assessments SET status = 'validated' WHERE status = 'submitted' AND year % 3 = 0`);
    await t.db.query(`UPDATE assessments SET version = version + 1 WHERE country_iso3 IN ('FRA', 'SEN')`);
    await t.db.query(
      rewriteBreakdownSql('item', { value: `CASE WHEN x.code IN ('A.1', 'A.13') THEN 1 - x.value ELSE x.value END` }),
    );
    await t.db.query(`DELETE FROM assessments WHERE id = (SELECT id FROM assessments ORDER BY id LIMIT 1)`);
    expect(await differences()).toEqual([]);
  });

  it('after actions are added, changed and removed', async () => {
    await insertRandomActions(10);
    // Two changes in one year (the later holds at its end), and a history whose dates go back: at a year's end
    // an action's status is its latest entry dated on or before that day.
    await insertAction(t.db, {
      country: 'ITA',
      items: ['A.1', 'A.13'],
      history: [
        ['planned', '2019-03-01'],
        ['in_progress', '2019-09-01'],
        ['done', '2021-01-10'],
      ],
      target: '2020-06-30',
    });
    await insertAction(t.db, {
      country: 'KEN',
      items: ['A.1'],
      history: [
        ['planned', '2018-05-01'],
        ['in_progress', '2022-02-01'],
        ['dropped', '2020-02-01'],
      ],
      target: '2024-06-30',
    });
    await t.db.query(`UPDATE actions SET target_date = target_date + 400 WHERE country_iso3 = 'KEN'`);
    await t.db.query(`DELETE FROM actions WHERE country_iso3 = 'BRA'`);
    expect(await differences()).toEqual([]);
  });

  it('after countries start and stop sharing their figures, and the disclosure secret changes', async () => {
    await setDisclosures(t.db, [['KEN', 'members']]);
    expect(await differences()).toEqual([]);
    await setDisclosures(t.db, [
      ['KEN', 'confidential'],
      ['SEN', 'members'],
      ['FRA', 'members'],
    ]);
    expect(await differences()).toEqual([]);
    await t.db.query(`UPDATE disclosure_secret SET secret = 'another-secret-for-the-actions'`);
    expect(await differences()).toEqual([]);
  });

  it('after memberships change (two regions, overlapping periods), in the same transaction as a disclosure', async () => {
    await inOneTransaction(t.db, [
      moveMemberSql('acg', 'DEU', 'R2'),
      `INSERT INTO region_members (region_id, country_iso3, valid_from, valid_to)
       SELECT id, 'IND', date '2019-06-01', date '2040-01-01' FROM regions WHERE grouping_id = 'acg' AND code = 'R1'
       UNION ALL SELECT id, 'ITA', date '2018-03-01', NULL::date FROM regions WHERE grouping_id = 'acg' AND code = 'R2'
       UNION ALL SELECT id, 'SEN', date '2015-01-01', NULL::date FROM regions WHERE grouping_id = 'acg' AND code = 'R1'`,
      `UPDATE country_disclosures SET level = 'confidential' WHERE country_iso3 = 'SEN'`,
    ]);
    expect(await differences()).toEqual([]);
  });

  it('an assessment not scored under a version counts as none under it, as in the maturity view: the same figures', async () => {
    await t.db.query(
      `DELETE FROM assessment_scores WHERE methodology = 'v2'
       AND assessment_id IN (SELECT id FROM assessments WHERE country_iso3 IN ('KEN', 'ITA'))`,
    );
    // Only the keys of those records differ (the statement of before hashed the unscored assessment in).
    expect(await differences((column) => !column.endsWith('_units') && !column.startsWith('key_'))).toEqual([]);
  });
});
