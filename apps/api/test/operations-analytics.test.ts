import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAGNITUDE_SPREAD,
  OPERATIONS_IMPORT_COLUMNS,
  SMALL_CELL_COUNT_HALF_WIDTH,
  type Activity,
  type CheckDatabase,
  type Commodity,
  type OperationsPoint,
  type Programme,
  type SeizureUnit,
} from '@cpc/domain';
import { insertAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Operational outcomes on a small literal fixture, through the real API.
 *
 * Custom grouping: R1 = FRA DEU ITA ESP, R2 = SEN GHA NGA, R3 = KEN. BRA takes part in an operation but is
 * no member, so it is never counted. Every operation of the fixture includes the activity `interception`.
 *
 * The years are kept apart by story:
 *   2024–2025  outcomes, filters, small cells, participation (MAIN, below);
 *   2023       maturity against outcomes (OUTCOMES_2023);
 *   2020–2022  the seizure rollup against the row-by-row path, through creates, edits, deletes and an import.
 *
 * Expected figures are written by hand in each test; the full tables are also compared with `expectedSeries`,
 * a small reducer over the fixture literals written for this test.
 *
 * National users may use the published groupings only: their tests read "wco", where FRA DEU ITA ESP are in
 * EUR, SEN GHA NGA in WCA, KEN in ESA and BRA (a WCO member) in AMS. Their figures are checked against bounds
 * computed from the exact ones (`expectProtectedSeries`); every administration is confidential unless a test
 * says otherwise.
 */

type Check = [database: CheckDatabase, queries: number, hits: number];
type Seized = [commodity: Commodity, unit: SeizureUnit, cases: number, quantity: number];

interface FixtureResult {
  country: string;
  arrests: number;
  investigationsOpened: number;
  controlledDeliveries: number;
  personsChecked: number;
  checks: Check[];
  seizures: Seized[];
}

interface FixtureOperation {
  code: string;
  programme: Programme;
  activities: Activity[];
  startDate: string;
  endDate: string;
  countries: string[];
  results: FixtureResult[];
}

/** Database → [queries, hits]. */
type Checks = Partial<Record<CheckDatabase, [queries: number, hits: number]>>;
/** "commodity unit" → [cases, quantity]. */
type Seizures = Partial<Record<`${Commodity} ${SeizureUnit}`, [cases: number, quantity: number]>>;

function seized(seizures: Seizures): Seized[] {
  return Object.entries(seizures).map(([key, [cases, quantity]]): Seized => {
    const [commodity, unit] = key.split(' ') as [Commodity, SeizureUnit];
    return [commodity, unit, cases, quantity];
  });
}

/** A result: [arrests, investigations opened, controlled deliveries, persons checked], checks, seizures. */
function res(
  country: string,
  [arrests, investigationsOpened, controlledDeliveries, personsChecked]: [number, number, number, number],
  checks: Checks,
  seizures: Seizures,
): FixtureResult {
  return {
    country,
    arrests,
    investigationsOpened,
    controlledDeliveries,
    personsChecked,
    checks: Object.entries(checks).map(([database, [queries, hits]]): Check => [
      database as CheckDatabase,
      queries,
      hits,
    ]),
    seizures: seized(seizures),
  };
}

const REGIONS: Record<string, string[]> = {
  R1: ['FRA', 'DEU', 'ITA', 'ESP'],
  R2: ['SEN', 'GHA', 'NGA'],
  R3: ['KEN'],
};
const REGION_CODES = ['R1', 'R2', 'R3'];
/** The fixture's countries in the WCO regions, in the grouping's order. */
const WCO_REGIONS: Record<string, string[]> = {
  ESA: ['KEN'],
  EUR: ['FRA', 'DEU', 'ITA', 'ESP'],
  AP: [],
  MENA: [],
  AMS: ['BRA'],
  WCA: ['SEN', 'GHA', 'NGA'],
};
const DATABASES: CheckDatabase[] = ['sltd', 'smv', 'nominal', 'notices'];

const MAIN: FixtureOperation[] = [
  {
    code: 'OA-2024',
    programme: 'aircop',
    activities: ['interception', 'risk_targeting'],
    startDate: '2024-03-01',
    endDate: '2024-03-10',
    countries: ['FRA', 'DEU', 'SEN', 'BRA'],
    results: [
      res(
        'FRA',
        [3, 1, 0, 100],
        { sltd: [50, 5], nominal: [20, 1] },
        { 'cocaine kg': [2, 12.5], 'currency usd': [1, 10000] },
      ),
      res('DEU', [1, 0, 1, 40], {}, { 'cocaine kg': [1, 3.25], 'currency eur': [1, 5000] }),
      res('SEN', [2, 1, 0, 60], { smv: [10, 0] }, { 'cannabis kg': [3, 100] }),
      res('BRA', [9, 9, 9, 999], { sltd: [100, 100] }, { 'cocaine kg': [1, 500] }),
    ],
  },
  {
    // Starts in 2024, ends in 2025: counted in 2025 only.
    code: 'OB-2425',
    programme: 'ccp',
    activities: ['interception'],
    startDate: '2024-12-20',
    endDate: '2025-01-05',
    countries: ['FRA', 'ITA', 'GHA'],
    results: [
      res('FRA', [2, 2, 0, 30], { sltd: [10, 2] }, { 'currency usd': [1, 2500], 'currency eur': [2, 1200.5] }),
      res('GHA', [0, 0, 0, 15], { notices: [0, 0] }, {}),
    ],
  },
  {
    code: 'OC-2025',
    programme: 'aircop',
    activities: ['interception', 'controlled_delivery'],
    startDate: '2025-06-01',
    endDate: '2025-06-30',
    countries: ['FRA', 'DEU', 'ITA', 'KEN', 'NGA'],
    results: [
      res('FRA', [5, 1, 2, 200], { sltd: [100, 4], smv: [20, 1] }, { 'cocaine kg': [1, 40] }),
      res('DEU', [4, 0, 1, 80], { nominal: [30, 3] }, { 'cocaine kg': [2, 7.125], 'tobacco pieces': [1, 20000] }),
      res('ITA', [1, 1, 0, 10], {}, { 'heroin kg': [1, 2] }),
      res('KEN', [6, 2, 0, 50], { sltd: [40, 8] }, { 'wildlife kg': [2, 30] }),
      res('NGA', [7, 3, 1, 90], { notices: [25, 5] }, { 'cocaine kg': [1, 15], 'currency usd': [1, 8000] }),
    ],
  },
  {
    code: 'OD-2025',
    programme: 'wco',
    activities: ['interception', 'investigation'],
    startDate: '2025-09-01',
    endDate: '2025-09-02',
    countries: ['ESP', 'SEN'],
    results: [res('SEN', [1, 1, 0, 5], {}, { 'cannabis kg': [1, 20] })],
  },
];

/*
 * Maturity against outcomes, 2023 (current window 2021–2023, submitted or validated).
 *   country  assessment used         seizure cases   arrests   queries/hits     hit rate
 *   DEU      2022 submitted 40       1               4         10/1             0.1
 *   FRA      2023 validated 80 (*)   3 + 2 = 5       3 + 2 = 5 10/2 + 10/3     5/20 = 0.25
 *   ITA      2023 validated 60       4               2         4/2              0.5
 *   NGA      2021 validated 50       1 + 2 = 3       1 + 3 = 4 5/0 + 5/2       2/10 = 0.2
 *   SEN      2023 submitted 20       2               0         0/0              null
 *   GHA      draft only           → excluded;  KEN 2020 (out of the window) → excluded;  BRA no member.
 * (*) FRA's 2021 assessment (10) is superseded, its 2024 one (99) is later than the year.
 */
const OUTCOMES_2023: FixtureOperation[] = [
  {
    code: 'OH1-2023',
    programme: 'regional',
    activities: ['interception'],
    startDate: '2023-05-01',
    endDate: '2023-05-31',
    countries: ['FRA', 'DEU', 'ITA', 'SEN', 'NGA', 'KEN', 'GHA', 'BRA'],
    results: [
      res('FRA', [3, 0, 0, 10], { sltd: [10, 2] }, { 'cocaine kg': [3, 10] }),
      res('DEU', [4, 0, 0, 10], { sltd: [10, 1] }, { 'cocaine kg': [1, 1] }),
      res('ITA', [2, 0, 0, 10], { smv: [4, 2] }, { 'heroin kg': [4, 4] }),
      res('SEN', [0, 0, 0, 10], { sltd: [0, 0] }, { 'cannabis kg': [2, 2] }),
      res('NGA', [1, 0, 0, 10], { smv: [5, 0] }, { 'cocaine kg': [1, 1] }),
      res('KEN', [9, 0, 0, 10], { sltd: [10, 10] }, { 'wildlife heads': [5, 5] }),
      res('GHA', [1, 0, 0, 10], {}, {}),
      res('BRA', [50, 0, 0, 10], { sltd: [10, 9] }, { 'cocaine kg': [40, 400] }),
    ],
  },
  {
    code: 'OH2-2023',
    programme: 'national',
    activities: ['interception'],
    startDate: '2023-10-01',
    endDate: '2023-10-05',
    countries: ['FRA', 'NGA'],
    results: [
      res('FRA', [2, 0, 0, 10], { nominal: [10, 3] }, { 'currency usd': [2, 1000] }),
      res('NGA', [3, 0, 0, 10], { notices: [5, 2] }, { 'cocaine kg': [2, 2] }),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------
// A second, simple implementation of the contract over the fixture literals.

interface Filter {
  from: number;
  to: number;
  programme?: Programme;
  activity?: Activity;
  commodity?: Commodity;
}

type Figures = Omit<OperationsPoint, 'regionName'>;

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const rate = (hits: number, queries: number) => (queries === 0 ? null : round(hits / queries, 4));
const byCommodityAndUnit = (a: { commodity: string; unit: string }, b: { commodity: string; unit: string }) =>
  `${a.commodity} ${a.unit}`.localeCompare(`${b.commodity} ${b.unit}`);

function expectedSeries(operations: FixtureOperation[], filter: Filter, regions = REGIONS): Figures[] {
  const series: Figures[] = [];
  for (const region of [...Object.keys(regions), 'ALL']) {
    const members = region === 'ALL' ? Object.values(regions).flat() : (regions[region] ?? []);
    for (let year = filter.from; year <= filter.to; year++) {
      const picked = operations
        .filter((o) => Number(o.endDate.slice(0, 4)) === year)
        .filter((o) => !filter.programme || o.programme === filter.programme)
        .filter((o) => !filter.activity || o.activities.includes(filter.activity))
        .flatMap((o) => o.results.map((r) => ({ operation: o.code, ...r })))
        .filter((r) => members.includes(r.country))
        .filter((r) => !filter.commodity || r.seizures.some(([c]) => c === filter.commodity));
      const sum = (f: (r: FixtureResult) => number) => picked.reduce((s, r) => s + f(r), 0);
      const quantities = new Map<
        string,
        { commodity: Commodity; unit: SeizureUnit; quantity: number; cases: number }
      >();
      for (const [commodity, unit, cases, quantity] of picked.flatMap((r) => r.seizures)) {
        if (filter.commodity && commodity !== filter.commodity) continue;
        const q = quantities.get(`${commodity} ${unit}`) ?? { commodity, unit, quantity: 0, cases: 0 };
        quantities.set(`${commodity} ${unit}`, {
          ...q,
          quantity: round(q.quantity + quantity, 3),
          cases: q.cases + cases,
        });
      }
      const databaseChecks = DATABASES.map((database) => {
        const checks = picked.flatMap((r) => r.checks).filter(([d]) => d === database);
        const queries = checks.reduce((s, [, q]) => s + q, 0);
        const hits = checks.reduce((s, [, , h]) => s + h, 0);
        return { database, queries, hits, hitRate: rate(hits, queries) };
      });
      const queries = databaseChecks.reduce((s, c) => s + c.queries, 0);
      const hits = databaseChecks.reduce((s, c) => s + c.hits, 0);
      series.push({
        region,
        year,
        countries: new Set(picked.map((r) => r.country)).size,
        operations: new Set(picked.map((r) => r.operation)).size,
        arrests: sum((r) => r.arrests),
        investigationsOpened: sum((r) => r.investigationsOpened),
        controlledDeliveries: sum((r) => r.controlledDeliveries),
        personsChecked: sum((r) => r.personsChecked),
        seizureCases: [...quantities.values()].reduce((s, q) => s + q.cases, 0),
        quantities: [...quantities.values()].sort(byCommodityAndUnit),
        queries,
        hits,
        hitRate: rate(hits, queries),
        databaseChecks,
        suppressed: false,
      });
    }
  }
  return series;
}

const WITHHELD = {
  countries: null,
  operations: null,
  arrests: null,
  investigationsOpened: null,
  controlledDeliveries: null,
  personsChecked: null,
  seizureCases: null,
  quantities: null,
  queries: null,
  hits: null,
  hitRate: null,
  databaseChecks: null,
  suppressed: true,
};

/**
 * The protection of national users' figures as the contract words it (docs/disclosure.md), for cells of fewer
 * than 10 reporting countries, all confidential: a cell of fewer than 3 is withheld, its size with it; in the
 * others, the reporting countries and operations move by at most SMALL_CELL_COUNT_HALF_WIDTH (countries shown
 * as at least 3, operations as at least 1), and each magnitude by at most MAGNITUDE_SPREAD times the largest
 * contribution of one country in the year (the rollups' records), give or take the rounding.
 */
function expectProtectedSeries(
  actual: Figures[],
  operations: FixtureOperation[],
  filter: Filter,
  regions: Record<string, string[]>,
): void {
  const exact = expectedSeries(operations, filter, regions);
  expect(actual.map((p) => `${p.region}:${p.year}`)).toEqual(exact.map((p) => `${p.region}:${p.year}`));
  exact.forEach((cell, i) => {
    const shown = actual[i]!;
    const where = `${cell.region} ${cell.year}`;
    if (cell.countries! < 3) {
      expect(shown, where).toEqual({ region: cell.region, year: cell.year, ...WITHHELD });
      return;
    }
    expect(cell.countries, 'the fixture keeps cells under 10').toBeLessThan(10);
    const members = cell.region === 'ALL' ? Object.values(regions).flat() : regions[cell.region]!;
    // Each reporting country's results in the year: one record of the rollups.
    const byCountry = members
      .map((country) =>
        operations
          .filter((o) => Number(o.endDate.slice(0, 4)) === cell.year)
          .flatMap((o) => o.results.filter((r) => r.country === country)),
      )
      .filter((results) => results.length > 0);
    const largest = (f: (r: FixtureResult) => number) =>
      Math.max(0, ...byCountry.map((results) => results.reduce((sum, r) => sum + f(r), 0)));
    const near = (value: number | null | undefined, exactValue: number, contribution: number, what: string) => {
      expect(value, `${where} ${what}`).toEqual(expect.any(Number));
      expect(value, `${where} ${what}`).toBeGreaterThanOrEqual(0);
      expect(Math.abs(value! - exactValue), `${where} ${what}`).toBeLessThanOrEqual(
        MAGNITUDE_SPREAD * contribution + 0.5,
      );
    };
    const countNear = (value: number | null, exactValue: number, least: number, what: string) => {
      expect(value, `${where} ${what}`).toEqual(expect.any(Number));
      expect(value, `${where} ${what}`).toBeGreaterThanOrEqual(
        Math.max(least, exactValue - SMALL_CELL_COUNT_HALF_WIDTH),
      );
      expect(value, `${where} ${what}`).toBeLessThanOrEqual(exactValue + SMALL_CELL_COUNT_HALF_WIDTH);
    };
    expect(shown.suppressed, where).toBe(false);
    countNear(shown.countries, cell.countries!, 3, 'countries');
    countNear(shown.operations, cell.operations!, 1, 'operations');
    near(
      shown.arrests,
      cell.arrests!,
      largest((r) => r.arrests),
      'arrests',
    );
    near(
      shown.investigationsOpened,
      cell.investigationsOpened!,
      largest((r) => r.investigationsOpened),
      'inv.',
    );
    near(
      shown.controlledDeliveries,
      cell.controlledDeliveries!,
      largest((r) => r.controlledDeliveries),
      'deliv.',
    );
    near(
      shown.personsChecked,
      cell.personsChecked!,
      largest((r) => r.personsChecked),
      'persons',
    );
    const cases = (r: FixtureResult) => r.seizures.reduce((sum, [, , c]) => sum + c, 0);
    near(shown.seizureCases, cell.seizureCases!, largest(cases), 'seizure cases');
    // The same commodities and units, each quantity and count of cases within its own bound.
    expect(shown.quantities!.map((q) => `${q.commodity} ${q.unit}`)).toEqual(
      cell.quantities!.map((q) => `${q.commodity} ${q.unit}`),
    );
    cell.quantities!.forEach((q, j) => {
      const of = (r: FixtureResult, pick: (s: Seized) => number) =>
        r.seizures.filter(([c, u]) => c === q.commodity && u === q.unit).reduce((sum, s) => sum + pick(s), 0);
      const quantity = shown.quantities![j]!;
      near(
        quantity.quantity,
        q.quantity,
        largest((r) => of(r, ([, , , v]) => v)),
        `${q.commodity} ${q.unit}`,
      );
      near(
        quantity.cases,
        q.cases,
        largest((r) => of(r, ([, , c]) => c)),
        `${q.commodity} ${q.unit} cases`,
      );
    });
    // Per database, hits never above queries, both within the bound of the largest queries; totals add up.
    cell.databaseChecks!.forEach((c, j) => {
      const check = shown.databaseChecks![j]!;
      expect(check.database).toBe(c.database);
      const queries = (r: FixtureResult) =>
        r.checks.filter(([d]) => d === c.database).reduce((sum, [, q]) => sum + q, 0);
      near(check.queries, c.queries, largest(queries), `${c.database} queries`);
      near(check.hits, c.hits, largest(queries), `${c.database} hits`);
      expect(check.hits).toBeLessThanOrEqual(check.queries);
      expect(check.hitRate).toBe(rate(check.hits, check.queries));
    });
    expect(shown.queries).toBe(shown.databaseChecks!.reduce((sum, c) => sum + c.queries, 0));
    expect(shown.hits).toBe(shown.databaseChecks!.reduce((sum, c) => sum + c.hits, 0));
    expect(shown.hitRate).toBe(rate(shown.hits!, shown.queries!));
  });
}

// ---------------------------------------------------------------------------------------------------------
// The API.

let t: TestApp;
let analyst: string;
let grouping: string;
/** Operation code → its id and its results' ids by country. */
const stored = new Map<string, { id: string; results: Map<string, string> }>();

const server = () => t.app.getHttpServer();
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const get = (path: string, token = analyst) => request(server()).get(path).set(as(token));

function resultBody(r: FixtureResult) {
  return {
    country: r.country,
    unitType: 'customs',
    arrests: r.arrests,
    investigationsOpened: r.investigationsOpened,
    controlledDeliveries: r.controlledDeliveries,
    personsChecked: r.personsChecked,
    databaseChecks: r.checks.map(([database, queries, hits]) => ({ database, queries, hits })),
    seizures: r.seizures.map(([commodity, unit, cases, quantity]) => ({ commodity, unit, cases, quantity })),
  };
}

async function createOperation(o: FixtureOperation): Promise<void> {
  const { body } = await request(server())
    .post('/api/operations')
    .set(as(analyst))
    .send({
      code: o.code,
      name: `Operation ${o.code}`,
      programme: o.programme,
      lead: 'unodc',
      activities: o.activities,
      startDate: o.startDate,
      endDate: o.endDate,
      countries: o.countries,
    })
    .expect(201);
  const results = new Map<string, string>();
  for (const r of o.results) {
    const created = await request(server())
      .post(`/api/operations/${body.id}/results`)
      .set(as(analyst))
      .send(resultBody(r))
      .expect(201);
    results.set(r.country, created.body.id);
  }
  stored.set(o.code, { id: body.id, results });
}

/** The response's figures, quantities in a fixed order so that they compare with the literals. */
function figures(p: OperationsPoint): Figures {
  const { regionName: _, ...rest } = p;
  return { ...rest, quantities: p.quantities ? [...p.quantities].sort(byCommodityAndUnit) : null };
}

async function series(query: string, token = analyst, groupingId = grouping): Promise<Figures[]> {
  const { body } = await get(`/api/analytics/operations?grouping=${groupingId}&${query}`, token).expect(200);
  return (body.series as OperationsPoint[]).map(figures);
}

/** Sets a country's disclosure preference as an admin. */
async function setDisclosure(iso3: string, level: 'members' | 'confidential'): Promise<void> {
  await request(server())
    .put(`/api/countries/${iso3}/disclosure`)
    .set(as(await t.tokenFor('admin')))
    .send({ level })
    .expect(200);
}

function row(list: Figures[], region: string, year: number): Figures {
  const found = list.find((p) => p.region === region && p.year === year);
  if (!found) throw new Error(`no row for ${region} ${year}`);
  return found;
}

const q = (commodity: Commodity, unit: SeizureUnit, quantity: number, cases: number) => ({
  commodity,
  unit,
  quantity,
  cases,
});
const checks = (sltd: [number, number], smv: [number, number], nominal: [number, number], notices: [number, number]) =>
  (
    [
      ['sltd', sltd],
      ['smv', smv],
      ['nominal', nominal],
      ['notices', notices],
    ] as const
  ).map(([database, [queries, hits]]) => ({ database, queries, hits, hitRate: rate(hits, queries) }));
const sorted = <T extends { commodity: string; unit: string }>(list: T[]) => [...list].sort(byCommodityAndUnit);

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
  const created = await request(server())
    .post('/api/groupings')
    .set(as(analyst))
    .send({
      name: 'Operations fixture',
      regions: REGION_CODES.map((code) => ({ code, name: `Region ${code}`, members: REGIONS[code] })),
    })
    .expect(201);
  grouping = created.body.id;
  for (const o of [...MAIN, ...OUTCOMES_2023]) await createOperation(o);
});
afterAll(() => t.close());

describe('GET /api/analytics/operations on the 2024–2025 fixture', () => {
  let all: Figures[];
  beforeAll(async () => {
    all = await series('from=2024&to=2025');
  });

  it('has one row per region and end year, then ALL, and echoes the query', async () => {
    const { body } = await get(`/api/analytics/operations?grouping=${grouping}&from=2024&to=2025`).expect(200);
    expect(body).toMatchObject({ grouping, from: 2024, to: 2025, programme: null, activity: null, commodity: null });
    expect(body.series.map((p: OperationsPoint) => `${p.region}:${p.year}`)).toEqual([
      'R1:2024',
      'R1:2025',
      'R2:2024',
      'R2:2025',
      'R3:2024',
      'R3:2025',
      'ALL:2024',
      'ALL:2025',
    ]);
    expect(body.series[0].regionName).toEqual({ en: 'Region R1', fr: 'Region R1' });
  });

  it('keeps quantities per commodity and unit apart, with exact sums (a)', () => {
    // R1 2024: FRA cocaine 12.5 kg (2 cases) + DEU 3.25 kg (1); FRA 10000 usd; DEU 5000 eur. BRA's 500 kg is out.
    expect(row(all, 'R1', 2024).quantities).toEqual(
      sorted([q('cocaine', 'kg', 15.75, 3), q('currency', 'usd', 10000, 1), q('currency', 'eur', 5000, 1)]),
    );
    expect(row(all, 'R1', 2024).seizureCases).toBe(5);
    // ALL 2025: cocaine 40 + 7.125 + 15 = 62.125 kg in 1 + 2 + 1 cases; usd 2500 + 8000; eur 1200.5 alone.
    expect(row(all, 'ALL', 2025).quantities).toEqual(
      sorted([
        q('cannabis', 'kg', 20, 1),
        q('cocaine', 'kg', 62.125, 4),
        q('heroin', 'kg', 2, 1),
        q('tobacco', 'pieces', 20000, 1),
        q('wildlife', 'kg', 30, 2),
        q('currency', 'eur', 1200.5, 2),
        q('currency', 'usd', 10500, 2),
      ]),
    );
    expect(row(all, 'ALL', 2025).seizureCases).toBe(13);
  });

  it('sums every figure of a region-year, as the fixture adds up by hand', () => {
    // R1 2025 = FRA (OB, OC), DEU (OC), ITA (OC): arrests 2+5+4+1, investigations 2+1+0+1,
    // deliveries 0+2+1+0, persons 30+200+80+10; sltd 10/2 + 100/4, smv 20/1, nominal 30/3.
    expect(row(all, 'R1', 2025)).toMatchObject({
      countries: 3,
      operations: 2,
      arrests: 12,
      investigationsOpened: 4,
      controlledDeliveries: 3,
      personsChecked: 320,
      seizureCases: 8,
      queries: 160,
      hits: 10,
      hitRate: 0.0625,
      databaseChecks: checks([110, 6], [20, 1], [30, 3], [0, 0]),
      suppressed: false,
    });
    // ALL 2025: sltd 110/6 + 40/8 = 150/14; notices 25/5 (GHA's 0/0 adds nothing); 225 queries, 23 hits.
    expect(row(all, 'ALL', 2025)).toMatchObject({
      countries: 7,
      arrests: 26,
      investigationsOpened: 10,
      controlledDeliveries: 4,
      personsChecked: 480,
      queries: 225,
      hits: 23,
      hitRate: 0.1022,
      databaseChecks: checks([150, 14], [20, 1], [30, 3], [25, 5]),
    });
    expect(all).toEqual(expectedSeries(MAIN, { from: 2024, to: 2025 }));
  });

  it('gives a null hit rate without queries, and 0 with queries but no hits (b)', () => {
    // R1 2024: sltd 50/5 and nominal 20/1 (FRA); DEU reported no checks; smv and notices never queried.
    expect(row(all, 'R1', 2024)).toMatchObject({
      queries: 70,
      hits: 6,
      hitRate: 0.0857,
      databaseChecks: [
        { database: 'sltd', queries: 50, hits: 5, hitRate: 0.1 },
        { database: 'smv', queries: 0, hits: 0, hitRate: null },
        { database: 'nominal', queries: 20, hits: 1, hitRate: 0.05 },
        { database: 'notices', queries: 0, hits: 0, hitRate: null },
      ],
    });
    // R2 2024: SEN queried SMV 10 times without a hit.
    expect(row(all, 'R2', 2024)).toMatchObject({ queries: 10, hits: 0, hitRate: 0 });
    // R3 2024: nothing reported at all; zeros, not missing.
    expect(row(all, 'R3', 2024)).toEqual({
      region: 'R3',
      year: 2024,
      countries: 0,
      operations: 0,
      arrests: 0,
      investigationsOpened: 0,
      controlledDeliveries: 0,
      personsChecked: 0,
      seizureCases: 0,
      quantities: [],
      queries: 0,
      hits: 0,
      hitRate: null,
      databaseChecks: checks([0, 0], [0, 0], [0, 0], [0, 0]),
      suppressed: false,
    });
    // GHA (R2 2025) reported notices 0/0 explicitly; with NGA's 25/5 the region's notices rate is 0.2.
    expect(row(all, 'R2', 2025).databaseChecks).toEqual(checks([0, 0], [0, 0], [0, 0], [25, 5]));
  });

  it('counts an operation from 2024-12-20 to 2025-01-05 in 2025 only (c)', async () => {
    // OB's FRA 2500 usd is not in R1 2024 (10000 usd only) but in R1 2025; GHA reports only in OB.
    expect(row(all, 'R1', 2024).quantities).toContainEqual(q('currency', 'usd', 10000, 1));
    expect(row(all, 'R1', 2025).quantities).toContainEqual(q('currency', 'usd', 2500, 1));
    expect(row(all, 'R2', 2024).countries).toBe(1);
    const only2024 = await series('from=2024&to=2024&programme=ccp');
    expect(row(only2024, 'ALL', 2024)).toMatchObject({ countries: 0, operations: 0, seizureCases: 0 });
    const only2025 = await series('from=2025&to=2025&programme=ccp');
    expect(row(only2025, 'ALL', 2025)).toMatchObject({ countries: 2, operations: 1, arrests: 2, seizureCases: 3 });
  });

  it('counts distinct operations: five countries in one operation count once in ALL (e)', () => {
    // 2024: OA only (FRA, DEU, SEN report). 2025: OB, OC, OD — OC reported by FRA, DEU, ITA, KEN and NGA.
    expect(row(all, 'ALL', 2024)).toMatchObject({ countries: 3, operations: 1 });
    expect(row(all, 'ALL', 2025)).toMatchObject({ countries: 7, operations: 3 });
    expect(row(all, 'R2', 2025)).toMatchObject({ countries: 3, operations: 3 }); // GHA·OB, NGA·OC, SEN·OD
    expect(row(all, 'R3', 2025)).toMatchObject({ countries: 1, operations: 1 });
  });
});

describe('the small-cell rule on operational outcomes (d)', () => {
  it.each([
    ['viewer', 'FRA'],
    ['coordinator', 'SEN'],
  ] as const)(
    'gives a %s the cells of 3 or more countries within their bounds, and withholds the others',
    async (role, country) => {
      const token = await t.tokenFor(role, country);
      const { body } = await get('/api/analytics/operations?grouping=wco&from=2024&to=2025', token).expect(200);
      expect(body.protected).toBe(true);
      const list = (body.series as OperationsPoint[]).map(figures);
      // 2024 (OA): EUR has FRA and DEU, WCA SEN, AMS BRA, ESA none: all withheld; ALL has the 4.
      // 2025: EUR has FRA DEU ITA, WCA GHA NGA SEN: shown; ESA has KEN alone: withheld; ALL has the 7.
      expect(list.map((p) => `${p.region}:${p.year}:${p.suppressed ? 'withheld' : 'shown'}`)).toEqual([
        'ESA:2024:withheld',
        'ESA:2025:withheld',
        'EUR:2024:withheld',
        'EUR:2025:shown',
        'AP:2024:withheld',
        'AP:2025:withheld',
        'MENA:2024:withheld',
        'MENA:2025:withheld',
        'AMS:2024:withheld',
        'AMS:2025:withheld',
        'WCA:2024:withheld',
        'WCA:2025:shown',
        'ALL:2024:shown',
        'ALL:2025:shown',
      ]);
      expect(row(list, 'ESA', 2025)).toEqual({ region: 'ESA', year: 2025, ...WITHHELD });
      // ALL 2024: arrests 3 + 1 + 2 + 9 = 15, BRA's 9 the largest: within 1.5 × 9 = 13.5.
      expect(Math.abs(row(list, 'ALL', 2024).arrests! - 15)).toBeLessThanOrEqual(14);
      expectProtectedSeries(list, MAIN, { from: 2024, to: 2025 }, WCO_REGIONS);
    },
  );

  it('gives a national user the same figures for a cell whatever the request that includes it', async () => {
    const viewer = await t.tokenFor('viewer', 'FRA');
    const both = await series('from=2024&to=2025', viewer, 'wco');
    const one = await series('from=2025&to=2025', await t.tokenFor('coordinator', 'KEN'), 'wco');
    for (const region of ['EUR', 'WCA', 'ALL']) expect(row(one, region, 2025)).toEqual(row(both, region, 2025));
  });

  it.each([
    ['/api/analytics/operations', 'grouping=CUSTOM&from=2024&to=2025', 'grouping'],
    ['/api/analytics/operations/participation', 'grouping=CUSTOM&from=2024&to=2025', 'grouping'],
    ['/api/analytics/maturity-vs-outcomes', 'grouping=CUSTOM&year=2023', 'grouping'],
    ['/api/analytics/operations', 'grouping=wco&from=2024&to=2025&programme=aircop', 'programme'],
    ['/api/analytics/operations', 'grouping=wco&from=2024&to=2025&activity=interception', 'activity'],
    ['/api/analytics/operations', 'grouping=wco&from=2024&to=2025&commodity=cocaine', 'commodity'],
    ['/api/analytics/operations/participation', 'grouping=wco&from=2024&to=2025&programme=ccp', 'programme'],
    ['/api/analytics/operations/participation', 'grouping=wco&from=2024&to=2025&activity=investigation', 'activity'],
    ['/api/analytics/maturity-vs-outcomes', 'grouping=wco&year=2023&status=validated', 'status'],
  ])('refuses a national user %s?%s (403 naming %s), not an analyst', async (path, query, field) => {
    const url = `${path}?${query.replace('CUSTOM', grouping)}`;
    for (const token of [await t.tokenFor('viewer', 'FRA'), await t.tokenFor('coordinator', 'KEN')]) {
      const { body } = await get(url, token).expect(403);
      expect(body.message).toMatch(new RegExp(`^${field}`));
    }
    await get(url).expect(200);
  });

  it('shows an analyst and an admin every cell', async () => {
    for (const token of [analyst, await t.tokenFor('admin')]) {
      const list = await series('from=2024&to=2025', token);
      expect(list.filter((p) => p.suppressed)).toEqual([]);
      expect(row(list, 'R3', 2025)).toMatchObject({ countries: 1, arrests: 6, seizureCases: 2 });
    }
  });
});

describe('GET /api/analytics/operations filters (f)', () => {
  it('programme=aircop keeps OA and OC', async () => {
    const { body } = await get(`/api/analytics/operations?grouping=${grouping}&from=2024&to=2025&programme=aircop`);
    expect(body.programme).toBe('aircop');
    const list = (body.series as OperationsPoint[]).map(figures);
    // ALL 2025 = OC alone: arrests 5+4+1+6+7; cases FRA 1, DEU 2+1, ITA 1, KEN 2, NGA 1+1.
    expect(row(list, 'ALL', 2025)).toMatchObject({ countries: 5, operations: 1, arrests: 23, seizureCases: 9 });
    expect(row(list, 'ALL', 2025).quantities).toEqual(
      sorted([
        q('cocaine', 'kg', 62.125, 4),
        q('heroin', 'kg', 2, 1),
        q('tobacco', 'pieces', 20000, 1),
        q('wildlife', 'kg', 30, 2),
        q('currency', 'usd', 8000, 1),
      ]),
    );
    expect(list).toEqual(expectedSeries(MAIN, { from: 2024, to: 2025, programme: 'aircop' }));
  });

  it('activity=investigation keeps OD only', async () => {
    const list = await series('from=2024&to=2025&activity=investigation');
    expect(row(list, 'ALL', 2024)).toMatchObject({ countries: 0, operations: 0, seizureCases: 0, quantities: [] });
    expect(row(list, 'ALL', 2025)).toMatchObject({
      countries: 1,
      operations: 1,
      arrests: 1,
      seizureCases: 1,
      quantities: [q('cannabis', 'kg', 20, 1)],
    });
    expect(list).toEqual(expectedSeries(MAIN, { from: 2024, to: 2025, activity: 'investigation' }));
  });

  it('commodity=currency keeps the results with a currency seizure, and currency figures only', async () => {
    const list = await series('from=2024&to=2025&commodity=currency');
    // 2024: FRA (10000 usd) and DEU (5000 eur) in OA; SEN seized cannabis only.
    expect(row(list, 'R1', 2024)).toMatchObject({
      countries: 2,
      operations: 1,
      arrests: 4,
      personsChecked: 140,
      seizureCases: 2,
      quantities: sorted([q('currency', 'eur', 5000, 1), q('currency', 'usd', 10000, 1)]),
    });
    expect(row(list, 'R2', 2024)).toMatchObject({ countries: 0, seizureCases: 0, quantities: [] });
    // 2025: FRA in OB (2500 usd, 1200.5 eur), NGA in OC (8000 usd; its 15 kg of cocaine left out).
    expect(row(list, 'R1', 2025)).toMatchObject({ countries: 1, operations: 1, arrests: 2, hitRate: 0.2 });
    expect(row(list, 'ALL', 2025)).toMatchObject({
      countries: 2,
      operations: 2,
      arrests: 9,
      seizureCases: 4,
      quantities: sorted([q('currency', 'eur', 1200.5, 2), q('currency', 'usd', 10500, 2)]),
    });
    expect(list).toEqual(expectedSeries(MAIN, { from: 2024, to: 2025, commodity: 'currency' }));
  });

  it.each([
    'programme=ccp&commodity=currency',
    'activity=controlled_delivery&commodity=cocaine',
    'programme=aircop&activity=risk_targeting',
    'activity=interception',
  ])('%s matches the fixture', async (query) => {
    const filter = Object.fromEntries(new URLSearchParams(query)) as Partial<Filter>;
    expect(await series(`from=2024&to=2025&${query}`)).toEqual(
      expectedSeries(MAIN, { from: 2024, to: 2025, ...filter }),
    );
  });
});

describe('GET /api/analytics/operations/participation (i)', () => {
  const participation = async (query: string, token = analyst) =>
    (await get(`/api/analytics/operations/participation?grouping=${grouping}&${query}`, token).expect(200)).body.items;

  it('counts each member’s operations and how many it reported; BRA is no member', async () => {
    // FRA: OA OB OC all reported; ITA: OB (not reported) and OC; ESP: OD, not reported.
    expect(await participation('from=2024&to=2025')).toEqual([
      { country: 'DEU', region: 'R1', operations: 2, reported: 2 },
      { country: 'ESP', region: 'R1', operations: 1, reported: 0 },
      { country: 'FRA', region: 'R1', operations: 3, reported: 3 },
      { country: 'GHA', region: 'R2', operations: 1, reported: 1 },
      { country: 'ITA', region: 'R1', operations: 2, reported: 1 },
      { country: 'KEN', region: 'R3', operations: 1, reported: 1 },
      { country: 'NGA', region: 'R2', operations: 1, reported: 1 },
      { country: 'SEN', region: 'R2', operations: 2, reported: 2 },
    ]);
  });

  it('counts by end year and follows the programme and activity filters', async () => {
    expect(await participation('from=2024&to=2024')).toEqual([
      { country: 'DEU', region: 'R1', operations: 1, reported: 1 },
      { country: 'FRA', region: 'R1', operations: 1, reported: 1 },
      { country: 'SEN', region: 'R2', operations: 1, reported: 1 },
    ]);
    expect(await participation('from=2024&to=2025&programme=ccp')).toEqual([
      { country: 'FRA', region: 'R1', operations: 1, reported: 1 },
      { country: 'GHA', region: 'R2', operations: 1, reported: 1 },
      { country: 'ITA', region: 'R1', operations: 1, reported: 0 },
    ]);
    expect(await participation('from=2024&to=2025&activity=investigation')).toEqual([
      { country: 'ESP', region: 'R1', operations: 1, reported: 0 },
      { country: 'SEN', region: 'R2', operations: 1, reported: 1 },
    ]);
  });

  it('gives national users their own country only while the others keep their figures confidential', async () => {
    const wco = async (token: string) =>
      (await get('/api/analytics/operations/participation?grouping=wco&from=2024&to=2025', token).expect(200)).body;
    const fra = await wco(await t.tokenFor('viewer', 'FRA'));
    expect(fra).toMatchObject({
      protected: true,
      items: [{ country: 'FRA', region: 'EUR', operations: 3, reported: 3 }],
    });
    expect((await wco(await t.tokenFor('coordinator', 'ITA'))).items).toEqual([
      { country: 'ITA', region: 'EUR', operations: 2, reported: 1 },
    ]);
    // BRA is a WCO member (AMS): OA, reported.
    expect((await wco(await t.tokenFor('viewer', 'BRA'))).items).toEqual([
      { country: 'BRA', region: 'AMS', operations: 1, reported: 1 },
    ]);
  });

  it('adds, for national users, the countries that share their figures with members', async () => {
    await setDisclosure('DEU', 'members');
    try {
      const { body } = await get(
        '/api/analytics/operations/participation?grouping=wco&from=2024&to=2025',
        await t.tokenFor('viewer', 'FRA'),
      ).expect(200);
      expect(body.items).toEqual([
        { country: 'DEU', region: 'EUR', operations: 2, reported: 2 },
        { country: 'FRA', region: 'EUR', operations: 3, reported: 3 },
      ]);
    } finally {
      await setDisclosure('DEU', 'confidential');
    }
  });
});

describe('GET /api/analytics/maturity-vs-outcomes, 2023 (h)', () => {
  beforeAll(async () => {
    const assessments = [
      ['FRA', 2021, 'validated', 10],
      ['FRA', 2023, 'validated', 80],
      ['FRA', 2024, 'validated', 99],
      ['DEU', 2022, 'submitted', 40],
      ['ITA', 2023, 'validated', 60],
      ['SEN', 2023, 'submitted', 20],
      ['NGA', 2021, 'validated', 50],
      ['KEN', 2020, 'validated', 70],
      ['GHA', 2023, 'draft', 90],
      ['ESP', 2023, 'validated', 30], // no result in 2023: neither a point nor excluded
    ] as const;
    for (const [country, year, status, overall] of assessments)
      await insertAssessment(t.db, { country, year, status, overall, level: 3, selfLevel: 3 });
  });

  const outcomes = async (query: string, token = analyst) =>
    (await get(`/api/analytics/maturity-vs-outcomes?grouping=${grouping}&year=2023&${query}`, token).expect(200)).body;

  it('metric=seizureCases: five points, GHA and KEN excluded', async () => {
    /*
     * x = overall: SEN 20, DEU 40, NGA 50, ITA 60, FRA 80 (mean 50; dx −30 −10 0 10 30; Σdx² = 2000).
     * y = cases:   SEN 2,  DEU 1,  NGA 3,  ITA 4,  FRA 5  (mean 3;  dy −1 −2 0 1 2;     Σdy² = 10).
     * Σdxdy = 30 + 20 + 0 + 10 + 60 = 120 → pearson = 120 / √(2000·10) = 120 / (100√2) = 0.6√2 ≈ 0.8485.
     * Ranks x 1 2 3 4 5, ranks y 2 1 3 4 5: Σd² = 2 → spearman = 1 − 6·2 / (5·24) = 0.9.
     */
    const body = await outcomes('metric=seizureCases');
    expect(body.points).toEqual([
      { country: 'DEU', region: 'R1', overall: 40, value: 1 },
      { country: 'FRA', region: 'R1', overall: 80, value: 5 },
      { country: 'ITA', region: 'R1', overall: 60, value: 4 },
      { country: 'NGA', region: 'R2', overall: 50, value: 3 },
      { country: 'SEN', region: 'R2', overall: 20, value: 2 },
    ]);
    expect(body).toMatchObject({ year: 2023, metric: 'seizureCases', n: 5, excluded: 2 });
    expect(body.pearson).toBeCloseTo(0.6 * Math.SQRT2, 3);
    expect(body.spearman).toBeCloseTo(0.9, 4);
  });

  it('metric=arrests: tied values share their ranks', async () => {
    /*
     * y = arrests: SEN 0, DEU 4, NGA 4, ITA 2, FRA 5 (mean 3; dy −3 1 1 −1 2; Σdy² = 16).
     * Σdxdy = 90 − 10 + 0 − 10 + 60 = 130 → pearson = 130 / √(2000·16) = 130 / √32000 ≈ 0.72672.
     * Ranks y: SEN 1, ITA 2, DEU and NGA share 3.5, FRA 5. In the order SEN DEU NGA ITA FRA the rank deviations
     * are x (−2, −1, 0, 1, 2) and y (−2, 0.5, 0.5, −1, 2): Σdxdy = 4 − 0.5 + 0 − 1 + 4 = 6.5, Σdx² = 10,
     * Σdy² = 4 + 0.25 + 0.25 + 1 + 4 = 9.5 → spearman = 6.5 / √95 ≈ 0.66689.
     */
    const body = await outcomes('metric=arrests');
    expect(body.points.map((p: { country: string; value: number }) => [p.country, p.value])).toEqual([
      ['DEU', 4],
      ['FRA', 5],
      ['ITA', 2],
      ['NGA', 4],
      ['SEN', 0],
    ]);
    expect(body).toMatchObject({ n: 5, excluded: 2 });
    expect(body.pearson).toBeCloseTo(130 / Math.sqrt(32000), 3);
    expect(body.spearman).toBeCloseTo(6.5 / Math.sqrt(95), 3);
  });

  it('metric=hitRate: SEN has no queries, so its value is null and n is 4', async () => {
    /*
     * Points with a value: DEU (40, 0.1), NGA (50, 0.2), ITA (60, 0.5), FRA (80, 0.25).
     * x mean 57.5, dx −17.5 −7.5 2.5 22.5, Σdx² = 875. Scale y by 80: 8 16 40 20, mean 21, dy −13 −5 19 −1,
     * Σdy² = 556; Σdxdy = 227.5 + 37.5 + 47.5 − 22.5 = 290 → pearson = 290 / √(875·556) ≈ 0.41577.
     * Ranks x 1 2 3 4, ranks y 1 2 4 3: Σd² = 2 → spearman = 1 − 6·2 / (4·15) = 0.8.
     */
    const body = await outcomes('metric=hitRate');
    expect(body.points).toEqual([
      { country: 'DEU', region: 'R1', overall: 40, value: 0.1 },
      { country: 'FRA', region: 'R1', overall: 80, value: 0.25 },
      { country: 'ITA', region: 'R1', overall: 60, value: 0.5 },
      { country: 'NGA', region: 'R2', overall: 50, value: 0.2 },
      { country: 'SEN', region: 'R2', overall: 20, value: null },
    ]);
    expect(body).toMatchObject({ n: 4, excluded: 2 });
    expect(body.pearson).toBeCloseTo(290 / Math.sqrt(875 * 556), 3);
    expect(body.spearman).toBeCloseTo(0.8, 4);
  });

  it('status=validated drops the submitted assessments: DEU and SEN join the excluded', async () => {
    /*
     * Points FRA (80, 5), ITA (60, 4), NGA (50, 3): x mean 190/3, dx −40/3 −10/3 50/3, Σdx² = 4200/9;
     * dy −1 0 1, Σdy² = 2; Σdxdy = 40/3 + 50/3 = 30 → pearson = 30 / √(4200/9 · 2) ≈ 0.98198; ranks agree → 1.
     */
    const body = await outcomes('metric=seizureCases&status=validated');
    expect(body.points.map((p: { country: string }) => p.country)).toEqual(['FRA', 'ITA', 'NGA']);
    expect(body).toMatchObject({ n: 3, excluded: 4 });
    expect(body.pearson).toBeCloseTo(30 / Math.sqrt((4200 / 9) * 2), 3);
    expect(body.spearman).toBeCloseTo(1, 4);
  });

  it('gives no coefficient below three points', async () => {
    // 2024, validated only (window 2022–2024): FRA (2024, 99) is a point with OA's 2 + 1 cases; DEU (2022) and
    // SEN (2023) were only submitted, so they are excluded. One point: no coefficient.
    const one = await get(
      `/api/analytics/maturity-vs-outcomes?grouping=${grouping}&year=2024&metric=seizureCases&status=validated`,
    ).expect(200);
    expect(one.body).toMatchObject({
      points: [{ country: 'FRA', region: 'R1', overall: 99, value: 3 }],
      pearson: null,
      spearman: null,
      n: 1,
      excluded: 2,
    });
    // 2019: no member reported anything.
    const none = await get(`/api/analytics/maturity-vs-outcomes?grouping=${grouping}&year=2019`).expect(200);
    expect(none.body).toMatchObject({ points: [], pearson: null, spearman: null, n: 0, excluded: 0 });
  });

  it('gives a national user its own point, and no coefficient, n or excluded count under 10 points', async () => {
    const wco = async (token: string) =>
      (await get('/api/analytics/maturity-vs-outcomes?grouping=wco&year=2023&metric=seizureCases', token).expect(200))
        .body;
    // wco 2023: the same five points (BRA, a member without assessment, is excluded besides GHA and KEN).
    const analystView = await wco(analyst);
    expect(analystView).toMatchObject({ n: 5, excluded: 3 });
    expect(await wco(await t.tokenFor('viewer', 'FRA'))).toMatchObject({
      protected: true,
      points: [{ country: 'FRA', region: 'EUR', overall: 80, value: 5 }],
      pearson: null,
      spearman: null,
      n: null,
      excluded: null,
    });
    expect((await wco(await t.tokenFor('coordinator', 'GHA'))).points).toEqual([]);
  });

  it('adds, for national users, the points of the countries that share their figures with members', async () => {
    await setDisclosure('DEU', 'members');
    try {
      const { body } = await get(
        '/api/analytics/maturity-vs-outcomes?grouping=wco&year=2023&metric=seizureCases',
        await t.tokenFor('viewer', 'FRA'),
      ).expect(200);
      expect(body.points).toEqual([
        { country: 'DEU', region: 'EUR', overall: 40, value: 1 },
        { country: 'FRA', region: 'EUR', overall: 80, value: 5 },
      ]);
    } finally {
      await setDisclosure('DEU', 'confidential');
    }
  });
});

describe('GET /api/analytics/maturity-vs-outcomes for national users, 10 points (2017)', () => {
  /*
   * Ten WCO members in one operation ending in 2017, each with a validated 2017 assessment: the k-th has an
   * overall index of 10k and k seizure cases, so that x = 10y: Pearson's r and Spearman's ρ are both 1, n = 10.
   */
  const TEN = ['BEL', 'BRA', 'DEU', 'ESP', 'FRA', 'GHA', 'ITA', 'KEN', 'NGA', 'SEN'];
  beforeAll(async () => {
    await createOperation({
      code: 'OK-2017',
      programme: 'regional',
      activities: ['interception'],
      startDate: '2017-04-01',
      endDate: '2017-04-05',
      countries: TEN,
      results: TEN.map((country, i) => res(country, [0, 0, 0, 1], {}, { 'cocaine kg': [i + 1, i + 1] })),
    });
    for (const [i, country] of TEN.entries())
      await insertAssessment(t.db, {
        country,
        year: 2017,
        status: 'validated',
        overall: 10 * (i + 1),
        level: 3,
        selfLevel: 3,
      });
  });

  it('gives a national user the coefficients and n over every point from 10 points, its own point only', async () => {
    for (const token of [analyst, await t.tokenFor('viewer', 'FRA')]) {
      const { body } = await get(
        '/api/analytics/maturity-vs-outcomes?grouping=wco&year=2017&metric=seizureCases',
        token,
      ).expect(200);
      expect(body.n).toBe(10);
      expect(body.pearson).toBeCloseTo(1, 6);
      expect(body.spearman).toBeCloseTo(1, 6);
      if (token === analyst) expect(body).toMatchObject({ protected: false, excluded: 0 });
      else
        expect(body).toMatchObject({
          protected: true,
          points: [{ country: 'FRA', region: 'EUR', overall: 50, value: 5 }],
          excluded: null,
        });
    }
  });
});

describe('bad query parameters (j)', () => {
  it.each([
    ['/api/analytics/maturity-vs-outcomes', 'year=2023&metric=foo', 'metric'],
    ['/api/analytics/maturity-vs-outcomes', 'year=20x3', 'year'],
    ['/api/analytics/operations', 'from=2025&to=2024', 'from'],
    ['/api/analytics/operations', 'programme=foo', 'programme'],
    ['/api/analytics/operations', 'activity=sleeping', 'activity'],
    ['/api/analytics/operations', 'commodity=gold', 'commodity'],
    ['/api/analytics/operations', 'metric=arrests', 'metric'],
    ['/api/analytics/operations/participation', 'from=2025&to=2024', 'from'],
    ['/api/analytics/operations/participation', 'programme=foo', 'programme'],
  ])('%s?%s → 400 naming %s', async (path, query, field) => {
    const { body } = await get(`${path}?grouping=${grouping}&${query}`).expect(400);
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    expect(body.message).toMatch(new RegExp(`^(unknown parameter "${field}"|${field})`));
  });

  it.each([
    '/api/analytics/operations',
    '/api/analytics/operations/participation',
    '/api/analytics/maturity-vs-outcomes',
  ])('%s answers 404 for an unknown grouping', async (path) => {
    const { body } = await get(`${path}?grouping=no-such-grouping`).expect(404);
    expect(body.message).toMatch(/^grouping/);
  });
});

describe('the seizure rollup and the row-by-row path agree through every write (g)', () => {
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
    const csv = [
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
    const imported = await request(server())
      .post('/api/operations/import')
      .set(as(analyst))
      .attach('file', Buffer.from(`${csv}\n`), 'operations.csv')
      .expect(200);
    expect(imported.body).toMatchObject({
      operations: { created: 1, updated: 1, unchanged: 1 },
      results: { created: 1, updated: 3, unchanged: 0 },
    });
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
