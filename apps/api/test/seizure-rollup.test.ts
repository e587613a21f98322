import request from 'supertest';
import { OPERATIONS_IMPORT_COLUMNS } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyst, as, createOperation, row, series, server, setUp, stored, t } from './operations-analytics.api.js';
import { expectedSeries, q, sorted, type Figures } from './operations-analytics.expected.js';
import { res, seized, type FixtureOperation } from './operations-analytics.fixture.js';

/*
 * Operational outcomes on a small literal fixture, through the real API: the seizure rollup against the
 * row-by-row path, 2020–2022, through creates, edits, deletes and an import.
 *
 * The fixture's other stories (2023–2025) and its regions: operations-analytics.fixture.ts. The expected
 * series are compared with `expectedSeries`, a small reducer over the fixture literals written for these
 * tests (operations-analytics.expected.ts). This file starts its own app (`setUp`, operations-analytics.api.ts).
 */

beforeAll(setUp);
afterAll(() => t.close());

/*
 * 2020–2022 only. GET /api/analytics/operations reads seizures from the rollup without a programme or
 * activity filter, and row by row with one; every operation here includes `interception`, so
 * activity=interception selects the same results and must give the very same series.
 */
const state: FixtureOperation[] = [
  {
    code: 'OG1',
    programme: 'interpol',
    activities: ['interception'],
    startDate: '2021-04-01',
    endDate: '2021-04-10',
    countries: ['FRA', 'SEN', 'KEN'],
    results: [
      res('FRA', [2, 1, 0, 20], { sltd: [10, 1] }, { 'cocaine kg': [2, 5] }),
      res('SEN', [1, 0, 0, 8], {}, { 'cannabis kg': [1, 8], 'currency usd': [1, 300] }),
      res('KEN', [0, 0, 0, 3], {}, { 'wildlife heads': [1, 4] }),
    ],
  },
  {
    code: 'OG2',
    programme: 'wco',
    activities: ['interception', 'investigation'],
    startDate: '2020-11-01',
    endDate: '2020-11-02',
    countries: ['DEU', 'NGA'],
    results: [
      res('DEU', [1, 0, 0, 2], {}, { 'cocaine kg': [1, 1.5] }),
      res('NGA', [3, 1, 1, 9], { notices: [6, 3] }, { 'cocaine kg': [3, 6], 'currency eur': [1, 700] }),
    ],
  },
  {
    code: 'OG3',
    programme: 'ccp',
    activities: ['interception', 'operational'],
    startDate: '2022-02-01',
    endDate: '2022-02-03',
    countries: ['ITA', 'FRA', 'GHA'],
    results: [
      res('ITA', [1, 0, 0, 5], {}, { 'heroin kg': [1, 0.75] }),
      // A seizure of nothing (0 cases, 0 pieces) is still a reported seizure: both paths keep it.
      res('FRA', [1, 0, 0, 5], {}, { 'cocaine kg': [1, 2.5], 'other pieces': [0, 0] }),
      res('GHA', [0, 0, 0, 5], { sltd: [4, 1] }, {}),
    ],
  },
];
const op = (code: string) => state.find((o) => o.code === code)!;
const result = (code: string, country: string) => op(code).results.find((r) => r.country === country)!;
const ids = (code: string) => stored.get(code)!;

/** The stored rollups against the seizures and results summed afresh, both ways round: no row missing or stale. */
async function rollupDrift(): Promise<number> {
  const fresh = `SELECT r.country_iso3, o.end_year, s.commodity, s.unit, sum(s.cases)::bigint, sum(s.quantity)::numeric
                 FROM operation_seizures s JOIN operation_results r ON r.id = s.result_id
                 JOIN operations o ON o.id = r.operation_id GROUP BY 1, 2, 3, 4`;
  const kept = `SELECT country_iso3, year, commodity, unit, cases, quantity FROM operation_seizure_rollup`;
  const freshResults = `SELECT r.country_iso3, o.end_year, count(*)::int, sum(r.arrests)::bigint,
                          sum(r.persons_checked)::bigint, coalesce(sum(r.sltd_queries), 0)::bigint,
                          coalesce(sum(r.notices_hits), 0)::bigint
                        FROM operation_results r JOIN operations o ON o.id = r.operation_id GROUP BY 1, 2`;
  const keptResults = `SELECT country_iso3, year, results, arrests, persons_checked, sltd_queries, notices_hits
                       FROM operation_result_rollup`;
  const drift = (a: string, b: string) => `((${a} EXCEPT ${b}) UNION ALL (${b} EXCEPT ${a}))`;
  const { rows } = await t.db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM ${drift(kept, fresh)} d)::int + (SELECT count(*) FROM ${drift(keptResults, freshResults)} e)::int AS n`,
  );
  return rows[0]!.n;
}

async function expectPathsAgree(step: string): Promise<Figures[]> {
  let unfiltered: Figures[] = [];
  for (const commodity of [undefined, 'cocaine', 'currency'] as const) {
    const suffix = commodity ? `&commodity=${commodity}` : '';
    const fromRollup = await series(`from=2020&to=2022${suffix}`);
    const rowByRow = await series(`from=2020&to=2022&activity=interception${suffix}`);
    expect(rowByRow, `${step}, commodity ${commodity ?? 'any'}`).toEqual(fromRollup);
    expect(fromRollup, `${step}, commodity ${commodity ?? 'any'}`).toEqual(
      expectedSeries(state, { from: 2020, to: 2022, ...(commodity ? { commodity } : {}) }),
    );
    if (!commodity) unfiltered = fromRollup;
  }
  expect(await rollupDrift(), step).toBe(0);
  return unfiltered;
}

/**
 * The import file of the last step: it re-dates OG3 into 2021 (FRA's unchanged result moves with it), rewrites
 * ITA's and GHA's results, rewrites KEN's result in OG1 (left as it is), and creates OG4 in 2020 with a result
 * from DEU.
 */
function importFile(): string {
  const cells = (values: Record<string, string | number>) =>
    OPERATIONS_IMPORT_COLUMNS.map((c) => String(values[c] ?? '')).join(',');
  const og3 = {
    operation_code: 'OG3',
    operation_name: 'Operation OG3',
    programme: 'ccp',
    lead: 'unodc',
    activities: 'interception;operational',
    start_date: '2021-12-01',
    end_date: '2021-12-31',
    unit_type: 'customs',
    investigations_opened: 0,
    controlled_deliveries: 0,
    persons_checked: 5,
  };
  return [
    OPERATIONS_IMPORT_COLUMNS.join(','),
    cells({ ...og3, country: 'ITA', arrests: 1, commodity: 'heroin', cases: 2, quantity: '1.25', unit: 'kg' }),
    cells({
      ...og3,
      country: 'GHA',
      arrests: 0,
      sltd_queries: 4,
      sltd_hits: 1,
      commodity: 'cocaine',
      cases: 1,
      quantity: '4.5',
      unit: 'kg',
    }),
    cells({
      operation_code: 'OG1',
      operation_name: 'Operation OG1',
      programme: 'interpol',
      lead: 'unodc',
      activities: 'interception',
      start_date: '2021-04-01',
      end_date: '2022-01-15',
      country: 'KEN',
      unit_type: 'customs',
      arrests: 0,
      investigations_opened: 0,
      controlled_deliveries: 0,
      persons_checked: 3,
      commodity: 'wildlife',
      cases: 2,
      quantity: '6',
      unit: 'heads',
    }),
    cells({
      operation_code: 'OG4',
      operation_name: 'Operation OG4',
      programme: 'national',
      lead: 'national',
      activities: 'interception',
      start_date: '2020-05-01',
      end_date: '2020-05-03',
      country: 'DEU',
      unit_type: 'police',
      arrests: 2,
      investigations_opened: 0,
      controlled_deliveries: 0,
      persons_checked: 4,
      commodity: 'cocaine',
      cases: 2,
      quantity: '9',
      unit: 'kg',
    }),
  ].join('\n');
}

/** What the import file writes, in the fixture's terms. */
function recordImport(): void {
  Object.assign(op('OG3'), { startDate: '2021-12-01', endDate: '2021-12-31' });
  result('OG3', 'ITA').seizures = seized({ 'heroin kg': [2, 1.25] });
  result('OG3', 'GHA').seizures = seized({ 'cocaine kg': [1, 4.5] });
  result('OG1', 'KEN').seizures = seized({ 'wildlife heads': [2, 6] });
  state.push({
    code: 'OG4',
    programme: 'national',
    activities: ['interception'],
    startDate: '2020-05-01',
    endDate: '2020-05-03',
    countries: ['DEU'],
    results: [res('DEU', [2, 0, 0, 4], {}, { 'cocaine kg': [2, 9] })],
  });
}

describe('the seizure rollup and the row-by-row path agree through every write (g)', () => {
  it('after creating, editing seizures, re-dating, deleting and importing', async () => {
    for (const o of state) await createOperation(o);
    let list = await expectPathsAgree('created');
    // 2021 = OG1: FRA 5 kg cocaine (2 cases), SEN 8 kg cannabis (1) and 300 usd (1), KEN 4 heads (1).
    expect(row(list, 'ALL', 2021)).toMatchObject({ countries: 3, seizureCases: 5 });

    // A result's seizures change.
    const fraSeizures = seized({ 'cocaine kg': [3, 6.5], 'currency usd': [1, 1000] });
    await request(server())
      .patch(`/api/operations/${ids('OG1').id}/results/${ids('OG1').results.get('FRA')}`)
      .set(as(analyst))
      .send({
        seizures: fraSeizures.map(([commodity, unit, cases, quantity]) => ({ commodity, unit, cases, quantity })),
      })
      .expect(200);
    result('OG1', 'FRA').seizures = fraSeizures;
    list = await expectPathsAgree('seizures edited');
    expect(row(list, 'R1', 2021)).toMatchObject({
      seizureCases: 4,
      quantities: sorted([q('cocaine', 'kg', 6.5, 3), q('currency', 'usd', 1000, 1)]),
    });

    // The operation moves from 2021 to 2022, with its three results.
    await request(server())
      .patch(`/api/operations/${ids('OG1').id}`)
      .set(as(analyst))
      .send({ endDate: '2022-01-15' })
      .expect(200);
    op('OG1').endDate = '2022-01-15';
    list = await expectPathsAgree('re-dated');
    expect(row(list, 'ALL', 2021)).toMatchObject({ countries: 0, seizureCases: 0, quantities: [] });

    // A result, then a whole operation, are deleted.
    await request(server())
      .delete(`/api/operations/${ids('OG1').id}/results/${ids('OG1').results.get('SEN')}`)
      .set(as(analyst))
      .expect(204);
    op('OG1').results = op('OG1').results.filter((r) => r.country !== 'SEN');
    await expectPathsAgree('result deleted');
    await request(server())
      .delete(`/api/operations/${ids('OG2').id}`)
      .set(as(analyst))
      .expect(204);
    state.splice(state.indexOf(op('OG2')), 1);
    list = await expectPathsAgree('operation deleted');
    expect(row(list, 'ALL', 2020)).toMatchObject({ countries: 0, seizureCases: 0, quantities: [] });

    // An import re-dates OG3 into 2021 (FRA's unchanged result moves with it), rewrites ITA's and GHA's
    // results, rewrites KEN's result in OG1 (left as it is), and creates OG4 in 2020 with a result from DEU.
    const csv = importFile();
    const imported = await request(server())
      .post('/api/operations/import')
      .set(as(analyst))
      .attach('file', Buffer.from(`${csv}\n`), 'operations.csv')
      .expect(200);
    expect(imported.body).toMatchObject({
      operations: { created: 1, updated: 1, unchanged: 1 },
      results: { created: 1, updated: 3, unchanged: 0 },
    });
    recordImport();
    list = await expectPathsAgree('imported');

    // By hand, at the end: 2020 = OG4; 2021 = OG3 (ITA, FRA, GHA); 2022 = OG1 (FRA, KEN).
    expect(row(list, 'ALL', 2020)).toMatchObject({
      countries: 1,
      operations: 1,
      seizureCases: 2,
      quantities: [q('cocaine', 'kg', 9, 2)],
    });
    expect(row(list, 'ALL', 2021)).toMatchObject({
      countries: 3,
      operations: 1,
      seizureCases: 4, // heroin 2 + cocaine 1 (FRA) + 1 (GHA)
      quantities: sorted([q('cocaine', 'kg', 7, 2), q('heroin', 'kg', 1.25, 2), q('other', 'pieces', 0, 0)]),
    });
    expect(row(list, 'ALL', 2022)).toMatchObject({
      countries: 2,
      operations: 1,
      seizureCases: 6, // FRA 3 + 1, KEN 2
      quantities: sorted([q('cocaine', 'kg', 6.5, 3), q('wildlife', 'heads', 6, 2), q('currency', 'usd', 1000, 1)]),
    });
  });
});
