import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOINT_UNIT_TYPES } from '@cpc/domain';
import { INSTRUMENTS_SQL } from '../src/analytics/instruments.sql.js';
import { prng } from './disclosure-world.js';
import { inOneTransaction, insertGrouping, moveMemberSql, setDisclosures } from './factories.js';
import { insertInstrument } from './instrument-fixtures.js';
import { INSTRUMENTS_FROM_SCRATCH_SQL } from './instruments-from-scratch.sql.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The instruments statement reads only the member country-years that hold an instrument, and takes the key sums
 * of the others' records from `zero_record_cells`. Its answer must always equal the statement of before
 * (instruments-from-scratch.sql.ts, which hashes every member's record at each read): every count, sum, largest
 * contribution and key sum, after each kind of write that moves the zero records.
 */
let t: TestApp;
const COUNTRIES = ['FRA', 'DEU', 'ITA', 'KEN', 'SEN', 'BRA', 'IND'];
const random = prng(1916);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

/** Spans asked for: the years of the data, and the last years a request may ask for. */
const SPANS = [
  [2008, 2030],
  [2099, 2100],
];

type Row = Record<string, unknown>;

/** Every difference between the statement and the one that hashes every member's record (none expected). */
async function differences(): Promise<string[]> {
  const found: string[] = [];
  for (const [from, to] of SPANS) {
    const expected = (await t.db.query<Row>(INSTRUMENTS_FROM_SCRATCH_SQL, ['zrg', from, to])).rows;
    const actual = (await t.db.query<Row>(INSTRUMENTS_SQL, ['zrg', from, to])).rows;
    const key = (r: Row) => `${from}–${to} ${String(r.region)}:${String(r.year)}`;
    const byKey = new Map(actual.map((r) => [key(r), r]));
    if (actual.length !== expected.length)
      found.push(`${from}–${to}: ${actual.length} rows, ${expected.length} expected`);
    for (const row of expected)
      for (const [column, value] of Object.entries(row)) {
        // The statement of before also returned its cells' own region, year and member count.
        if (column.startsWith('cell_')) continue;
        // pg gives bigint sums as text; keys are multiples of 1/65536, so their sums are exact either way.
        const got = byKey.get(key(row))?.[column];
        const same = column === 'region' ? got === value : Number(got) === Number(value ?? 0);
        if (!same) found.push(`${key(row)} ${column}: ${String(got)} ≠ ${String(value)}`);
      }
  }
  return found;
}

/** Random instruments of every kind, in the grouping's countries and one outside it; some in force until 2100. */
async function insertRandomInstruments(count: number): Promise<void> {
  const details = (kind: string, year: number): Record<string, unknown> =>
    ({
      interpol_access: { year: year + Math.floor(random() * 3), borderPointsConnected: pick([0, 2, 7]) },
      joint_unit: { unitType: pick(JOINT_UNIT_TYPES) },
      training: { participants: { customs: pick([3, 10]), police: pick([0, 4]), other: pick([0, 1]) } },
    })[kind] ?? {};
  for (let i = 0; i < count; i++) {
    const kind = pick(['agreement', 'committee', 'liaison_officer', 'interpol_access', 'joint_unit', 'training']);
    const year = 2010 + Math.floor(random() * 18);
    await insertInstrument(t.db, {
      country: pick([...COUNTRIES, 'USA']),
      kind,
      from: `${year}-0${1 + Math.floor(random() * 9)}-01`,
      to: random() < 0.4 ? null : `${year + 1 + Math.floor(random() * 5)}-06-30`,
      details: details(kind, year),
    });
  }
}

beforeAll(async () => {
  t = await startTestApp();
  await insertGrouping(t.db, 'zrg', { R1: ['FRA', 'DEU', 'ITA'], R2: ['KEN', 'SEN', 'BRA'] });
  await insertRandomInstruments(60);
}, 120_000);
afterAll(() => t.close());

describe('the instruments statement equals the one that hashes every member record', () => {
  it('with instruments in the data years and into 2100', async () => {
    const open = await t.db.query(
      `SELECT count(DISTINCT country_iso3)::int AS n FROM instruments WHERE valid_to IS NULL AND country_iso3 <> 'USA'`,
    );
    // Some members hold an instrument into 2100, so that the last span compares holders too.
    expect(open.rows[0].n).toBeGreaterThan(1);
    const rows = (await t.db.query<Row>(INSTRUMENTS_SQL, ['zrg', 2020, 2020])).rows;
    // Not a comparison of zeros: members hold instruments and carry keys.
    expect(rows.find((r) => r.region === 'ALL')).toMatchObject({ members: 6, withAgreement_conf: 6 });
    expect(await differences()).toEqual([]);
  });

  it('after instruments are added, changed and removed', async () => {
    await insertRandomInstruments(10);
    await t.db.query(`UPDATE instruments SET valid_to = NULL WHERE country_iso3 = 'DEU' AND kind = 'training'`);
    await t.db.query(`UPDATE instruments SET valid_from = valid_from - interval '3 years' WHERE country_iso3 = 'KEN'`);
    await t.db.query(`DELETE FROM instruments WHERE country_iso3 = 'BRA'`);
    expect(await differences()).toEqual([]);
  });

  it('after countries start and stop sharing their figures, alone and in one statement', async () => {
    await setDisclosures(t.db, [['KEN', 'members']]);
    expect(await differences()).toEqual([]);
    await t.db.query(
      `INSERT INTO country_disclosures (country_iso3, level, updated_at) VALUES ('KEN', 'confidential', now()), ('FRA', 'members', now())
       ON CONFLICT (country_iso3) DO UPDATE SET level = excluded.level`,
    );
    expect(await differences()).toEqual([]);
    // A level set again to what it was moves nothing.
    await setDisclosures(t.db, [['FRA', 'members']]);
    expect(await differences()).toEqual([]);
  });

  it('after the disclosure secret changes', async () => {
    const before = (await t.db.query<Row>(INSTRUMENTS_SQL, ['zrg', 2020, 2020])).rows;
    await t.db.query(`UPDATE disclosure_secret SET secret = 'another-secret-for-the-zero-records'`);
    const after = (await t.db.query<Row>(INSTRUMENTS_SQL, ['zrg', 2020, 2020])).rows;
    // New keys for every record: the sums moved.
    expect(after.map((r) => r.withAgreement_units)).not.toEqual(before.map((r) => r.withAgreement_units));
    expect(await differences()).toEqual([]);
  });

  it('after memberships change (two regions, overlapping periods), in the same transaction as a disclosure', async () => {
    await inOneTransaction(t.db, [
      moveMemberSql('zrg', 'DEU', 'R2'),
      `INSERT INTO region_members (region_id, country_iso3, valid_from, valid_to)
       SELECT id, 'IND', '2020-06-01', '2040-01-01' FROM regions WHERE grouping_id = 'zrg' AND code = 'R1'`,
      `INSERT INTO country_disclosures (country_iso3, level, updated_at) VALUES ('IND', 'members', now())`,
      // A member of two regions (once in ALL), and a second period overlapping the first (once in its region).
      `INSERT INTO region_members (region_id, country_iso3, valid_from)
       SELECT id, 'ITA', date '2018-03-01' FROM regions WHERE grouping_id = 'zrg' AND code = 'R2'
       UNION ALL SELECT id, 'SEN', date '2015-01-01' FROM regions WHERE grouping_id = 'zrg' AND code = 'R2'`,
    ]);
    expect(await differences()).toEqual([]);
  });
});
