import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_CELLS_SQL } from '../src/analytics/operation-cells.sql.js';
import { OPERATIONS_NOISE_SQL } from '../src/analytics/operations-noise.sql.js';
import { operationsSql } from '../src/analytics/operations.sql.js';
import { prng } from './disclosure-world.js';
import { inOneTransaction, insertGrouping, moveMemberSql, setDisclosures } from './factories.js';
import { csvFile, dataset } from './operations-import.fixture.js';
import { analyst, createOperation, createResult, newResult, setUp, t, type Result } from './operations.fixture.js';

/*
 * The unfiltered operations view reads its cells, kept at each commit; they must always equal what the
 * operations statement and its protection statement compute from the rollups at the read (every figure,
 * largest contribution and key sum), after each kind of write that moves them: results added, changed and
 * deleted, an operation moved to another end year or programme or deleted, disclosures, the secret, and
 * memberships. The filtered views read the region rollups, checked against a GROUP BY of the country
 * rollups at each step.
 */
const COUNTRIES = ['FRA', 'DEU', 'ITA', 'KEN', 'SEN', 'BRA'];
const SPANS = [
  [2015, 2026],
  [2021, 2021],
  [2099, 2100],
];
const random = prng(2019);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const some = <T>(values: readonly T[]) => [...new Set(values.filter(() => random() < 0.5).concat(pick(values)))];

type Row = Record<string, unknown>;
interface Cell {
  region: string;
  year: number;
  figures: Row | null;
  noise: Row | null;
}

/** A JSON value with its objects' keys sorted, and its arrays too (a set of quantities has no order). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The differences of one row's columns, the JSON ones compared whole (numbers as numbers). */
function columnDifferences(where: string, expected: Row, actual: Row | null): string[] {
  const found: string[] = [];
  for (const [column, value] of Object.entries(expected)) {
    if (column === 'region' || column === 'year') continue;
    const got = actual?.[column] ?? null;
    const same =
      typeof value === 'object' && value !== null
        ? canonical(got) === canonical(value)
        : (got === null) === (value === null) && Number(got) === Number(value);
    if (!same) found.push(`${where} ${column}: ${JSON.stringify(got)} ≠ ${JSON.stringify(value)}`);
  }
  return found;
}

/** A membership row `m` holding at the end of `year`. */
const memberAt = (year: string) =>
  `m.valid_from <= make_date(${year}, 12, 31) AND (m.valid_to IS NULL OR m.valid_to >= make_date(${year}, 12, 31))`;

/** Operation `o`'s activity set, spelt apart from the code under test. */
const ACTS = `coalesce((SELECT string_agg(DISTINCT a, ';' ORDER BY a) FROM unnest(o.activities) a), '')`;

/** The region rollups as a plain GROUP BY of country rows over the memberships at each year's end. */
const sumsByRegion = (source: string, keys: string, sums: string) => ({
  expected: `SELECT rg.code AS region, ${keys}, ${sums} FROM ${source} d
    JOIN region_members m ON m.country_iso3 = d.country_iso3 AND ${memberAt('d.year')}
    JOIN regions rg ON rg.id = m.region_id AND rg.grouping_id = $1
    GROUP BY rg.code, ${keys}`,
  keys,
  sums,
});

/**
 * What the region rollups must hold: the results' and seizures' sums by region (from every result, under `*`
 * and each commodity it seized, and every seizure row), and the operations each region
 * (and ALL) has a result in, counted from the results themselves (under `*` and each commodity seized).
 */
const REGION_ROLLUPS = {
  operation_region_result_rollup: sumsByRegion(
    `(SELECT k.commodity, o.programme, ${ACTS} AS activity_set, o.end_year AS year, x.country_iso3, 1 AS results,
        x.arrests, x.persons_checked, coalesce(x.sltd_queries, 0) AS sltd_queries,
        coalesce(x.notices_hits, 0) AS notices_hits
      FROM operation_results x JOIN operations o ON o.id = x.operation_id
      CROSS JOIN LATERAL unnest(ARRAY(SELECT DISTINCT s.commodity FROM operation_seizures s WHERE s.result_id = x.id)
        || '{*}'::text[]) AS k(commodity))`,
    'commodity, programme, activity_set, year',
    'sum(results), sum(arrests), sum(persons_checked), sum(sltd_queries), sum(notices_hits)',
  ),
  operation_region_seizure_rollup: sumsByRegion(
    `(SELECT o.programme, ${ACTS} AS activity_set, s.commodity, o.end_year AS year, s.unit, x.country_iso3, s.cases, s.quantity, 1 AS seizures
      FROM operation_seizures s JOIN operation_results x ON x.id = s.result_id JOIN operations o ON o.id = x.operation_id)`,
    'programme, activity_set, commodity, year, unit',
    'sum(cases), sum(quantity), sum(seizures)',
  ),
  operation_region_operations: {
    expected: `SELECT r.region, k.commodity, o.programme,
        array_to_string(ARRAY(SELECT DISTINCT a FROM unnest(o.activities) a ORDER BY a), ';') AS activity_set,
        o.end_year AS year, count(DISTINCT o.id)
      FROM operations o JOIN operation_results x ON x.operation_id = o.id
      CROSS JOIN LATERAL (SELECT '*' AS commodity UNION SELECT s.commodity FROM operation_seizures s WHERE s.result_id = x.id) k
      JOIN region_members m ON m.country_iso3 = x.country_iso3 AND ${memberAt('o.end_year')}
      JOIN regions rg ON rg.id = m.region_id AND rg.grouping_id = $1
      CROSS JOIN LATERAL (VALUES (rg.code), ('ALL')) AS r(region)
      GROUP BY 1, 2, 3, 4, 5`,
    keys: 'commodity, programme, activity_set, year',
    sums: 'sum(operations)',
  },
};

/** The rows of each region rollup that its definition lacks, or holds with other figures, and back. */
async function regionRollupDifferences(grouping: string): Promise<string[]> {
  const found: string[] = [];
  for (const [target, r] of Object.entries(REGION_ROLLUPS)) {
    const actual = `SELECT region, ${r.keys}, ${r.sums} FROM ${target} WHERE grouping_id = $1 GROUP BY region, ${r.keys}`;
    for (const [a, b, what] of [
      [r.expected, actual, 'missing'],
      [actual, r.expected, 'extra'],
    ] as const) {
      const rows = (await t.db.query<Row>(`(${a}) EXCEPT (${b})`, [grouping])).rows;
      found.push(...rows.map((row) => `${target} ${what}: ${JSON.stringify(row)}`));
    }
  }
  return found;
}

/** Every difference between the cells and the statements read from scratch (none expected). */
async function differences(grouping = 'ocg'): Promise<string[]> {
  const found: string[] = await regionRollupDifferences(grouping);
  for (const [from, to] of SPANS) {
    const args = [grouping, from, to];
    const figures = (await t.db.query<Row>(operationsSql(false), args)).rows;
    const noise = (await t.db.query<Row>(OPERATIONS_NOISE_SQL, args)).rows;
    const cells = (await t.db.query<Cell>(OPERATION_CELLS_SQL, args)).rows;
    const key = (r: { region?: unknown; year?: unknown }) => `${String(r.region)}:${String(r.year)}`;
    const byKey = new Map(cells.map((c) => [key(c), c]));
    if (cells.length !== figures.length) found.push(`${from}–${to}: ${cells.length} cells, ${figures.length} expected`);
    for (const row of figures) found.push(...columnDifferences(key(row), row, byKey.get(key(row))?.figures ?? null));
    for (const row of noise)
      found.push(...columnDifferences(`${key(row)} noise`, row, byKey.get(key(row))?.noise ?? null));
    const protectedCells = cells.filter((c) => c.noise !== null).length;
    if (protectedCells !== noise.length)
      found.push(`${from}–${to}: ${protectedCells} protected cells, ${noise.length}`);
  }
  return found;
}

/** An operation ending in `year` with a result (random figures and seizures) for some of its countries. */
async function randomOperation(year: number): Promise<{ id: string; results: Result[] }> {
  const countries = some(COUNTRIES.concat('IND'));
  const operation = await createOperation({
    startDate: `${year}-02-01`,
    endDate: `${year}-${pick(['03', '07', '12'])}-20`,
    countries,
  });
  const results: Result[] = [];
  for (const country of countries.filter(() => random() < 0.8)) {
    const seizures = some(['cocaine', 'heroin', 'tobacco'] as const).map((commodity) => ({
      commodity,
      cases: 1 + Math.floor(random() * 5),
      quantity: commodity === 'tobacco' ? Math.round(random() * 900) : Math.round(random() * 10_000) / 4,
      unit: commodity === 'tobacco' ? ('pieces' as const) : ('kg' as const),
    }));
    const figures = { arrests: Math.floor(random() * 30), personsChecked: Math.floor(random() * 900), seizures };
    results.push(await createResult(operation.id, newResult(country, figures)));
  }
  return { id: operation.id, results };
}

const operations: { id: string; results: Result[] }[] = [];

beforeAll(async () => {
  await setUp();
  await insertGrouping(t.db, 'ocg', { R1: ['FRA', 'DEU', 'ITA', 'SEN'], R2: ['KEN', 'BRA'] });
  for (let i = 0; i < 14; i++) operations.push(await randomOperation(2016 + (i % 8)));
}, 120_000);
afterAll(() => t.close());

describe('the operation cells equal the statements read from scratch', () => {
  it('with results in 2016–2023 and none in 2099–2100', async () => {
    const cells = (await t.db.query<Cell>(OPERATION_CELLS_SQL, ['ocg', 2016, 2023])).rows;
    // Not a comparison of empty cells: regions report results, and confidential countries carry keys.
    expect(cells.filter((c) => c.region === 'ALL' && c.figures !== null).length).toBeGreaterThan(5);
    expect(cells.some((c) => Number(c.noise?.countries_conf) > 1)).toBe(true);
    const regionRows = await t.db.query(`SELECT 1 FROM operation_region_seizure_rollup WHERE grouping_id = 'ocg'`);
    expect(regionRows.rowCount).toBeGreaterThan(20);
    expect(await differences()).toEqual([]);
  });

  it('after results are added, changed and deleted', async () => {
    operations.push(await randomOperation(2024));
    const [a, b] = [operations[0]!, operations[3]!];
    const changed = a.results[0]!;
    await analyst
      .patch(`/api/operations/${a.id}/results/${changed.id}`)
      .send({ arrests: 77, seizures: [{ commodity: 'heroin', cases: 2, quantity: 3.25, unit: 'kg' }] })
      .expect(200);
    for (const r of b.results.slice(0, 2)) await analyst.delete(`/api/operations/${b.id}/results/${r.id}`).expect(204);
    expect(await differences()).toEqual([]);
  });

  it('after an operation moves to another end year and programme, another changes activities, and one is deleted', async () => {
    await analyst
      .patch(`/api/operations/${operations[1]!.id}`)
      .send({ endDate: '2025-01-10', programme: 'wco' })
      .expect(200);
    await analyst
      .patch(`/api/operations/${operations[4]!.id}`)
      .send({ activities: ['investigation'] })
      .expect(200);
    await analyst.delete(`/api/operations/${operations[2]!.id}`).expect(204);
    expect(await differences()).toEqual([]);
  });

  it('after an import adds operations, and a second one changes their results', async () => {
    const members: Record<string, string> = { GHA: 'KEN', TGO: 'FRA', CIV: 'BRA' };
    const rows: Record<string, string>[] = dataset('CELLS').map((r) => ({
      ...r,
      country: members[r.country!] ?? r.country!,
    }));
    const upload = (file: Buffer) =>
      analyst.post('/api/operations/import').attach('file', file, 'cells.csv').expect(200);
    await upload(csvFile(rows));
    expect(await differences()).toEqual([]);
    // Operation A now ends in 2026 (its results move to that year), and B's results change.
    const changed = rows.map((r) =>
      r['operation_code'] === 'CELLS-A'
        ? { ...r, end_date: '2026-02-10' }
        : { ...r, arrests: '9', persons_checked: '2' },
    );
    await upload(csvFile(changed));
    expect(await differences()).toEqual([]);
  });

  it('after countries start and stop sharing their figures, and the disclosure secret changes', async () => {
    await setDisclosures(t.db, [['KEN', 'members']]);
    expect(await differences()).toEqual([]);
    await setDisclosures(t.db, [
      ['KEN', 'confidential'],
      ['FRA', 'members'],
    ]);
    expect(await differences()).toEqual([]);
    await t.db.query(`UPDATE disclosure_secret SET secret = 'another-secret-for-the-operations'`);
    expect(await differences()).toEqual([]);
  });

  it('after memberships change, in the same transaction as a disclosure, and for a grouping made afterwards', async () => {
    await inOneTransaction(t.db, [
      moveMemberSql('ocg', 'DEU', 'R2'),
      `INSERT INTO region_members (region_id, country_iso3, valid_from, valid_to)
       SELECT id, 'IND', date '2019-06-01', date '2022-01-01' FROM regions WHERE grouping_id = 'ocg' AND code = 'R1'`,
      `UPDATE country_disclosures SET level = 'confidential' WHERE country_iso3 = 'FRA'`,
    ]);
    expect(await differences()).toEqual([]);
    await insertGrouping(t.db, 'ocg2', { A: ['FRA', 'KEN', 'IND'], B: ['BRA'] });
    expect(await differences('ocg2')).toEqual([]);
    expect(await differences('wco')).toEqual([]);
  });

  it('the endpoint answers from the cells: the same series as the statement, for an analyst', async () => {
    const res = await analyst.get('/api/analytics/operations?grouping=ocg&from=2016&to=2025').expect(200);
    const all = (res.body as { series: { region: string; year: number; arrests: number }[] }).series.filter(
      (p) => p.region === 'ALL',
    );
    const expected = (await t.db.query<Row>(operationsSql(false), ['ocg', 2016, 2025])).rows.filter(
      (r) => r.region === 'ALL',
    );
    expect(all.map((p) => [p.year, p.arrests])).toEqual(expected.map((r) => [r.year, Number(r.arrests ?? 0)]));
  });
});
