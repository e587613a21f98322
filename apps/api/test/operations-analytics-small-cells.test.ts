import type { OperationsPoint } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyst, figures, get, grouping, row, series, setDisclosure, setUp, t } from './operations-analytics.api.js';
import { WITHHELD, expectProtectedSeries } from './operations-analytics.expected.js';
import { MAIN, WCO_REGIONS } from './operations-analytics.fixture.js';

/*
 * Operational outcomes on a small literal fixture, through the real API: the small-cell rule on the 2024–2025
 * series (MAIN), the refusals of national users, and participation.
 *
 * The fixture, its regions and its stories: operations-analytics.fixture.ts. Expected figures are written by
 * hand in each test; the full tables are also compared with `expectedSeries`, a small reducer over the fixture
 * literals written for these tests (operations-analytics.expected.ts). Each test file starts its own app
 * (`setUp`, operations-analytics.api.ts).
 *
 * National users may use the published groupings only: their tests read "wco", where FRA DEU ITA ESP are in
 * EUR, SEN GHA NGA in WCA, KEN in ESA and BRA (a WCO member) in AMS. Their figures are checked against bounds
 * computed from the exact ones (`expectProtectedSeries`); every administration is confidential unless a test
 * says otherwise.
 */

beforeAll(setUp);
afterAll(() => t.close());

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
