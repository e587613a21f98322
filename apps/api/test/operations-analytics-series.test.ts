import type { OperationsPoint } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figures, get, grouping, row, series, setUp, t } from './operations-analytics.api.js';
import { checks, expectedSeries, q, sorted, type Figures, type Filter } from './operations-analytics.expected.js';
import { MAIN } from './operations-analytics.fixture.js';

/*
 * Operational outcomes on a small literal fixture, through the real API: the 2024–2025 series of
 * GET /api/analytics/operations (MAIN), its filters, and bad query parameters.
 *
 * The fixture, its regions and its stories: operations-analytics.fixture.ts. Expected figures are written by
 * hand in each test; the full tables are also compared with `expectedSeries`, a small reducer over the fixture
 * literals written for these tests (operations-analytics.expected.ts). Each test file starts its own app
 * (`setUp`, operations-analytics.api.ts).
 */

let all: Figures[];

beforeAll(setUp);
beforeAll(async () => {
  all = await series('from=2024&to=2025');
});
afterAll(() => t.close());

describe('GET /api/analytics/operations on the 2024–2025 fixture', () => {
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
});

describe('GET /api/analytics/operations on the 2024–2025 fixture: hit rates, end years and distinct operations', () => {
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
