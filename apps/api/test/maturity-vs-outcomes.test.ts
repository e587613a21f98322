import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment } from './factories.js';
import { analyst, createOperation, get, grouping, setDisclosure, setUp, t } from './operations-analytics.api.js';
import { res } from './operations-analytics.fixture.js';

/*
 * Operational outcomes on a small literal fixture, through the real API: GET /api/analytics/maturity-vs-outcomes
 * on 2023 (OUTCOMES_2023 against the assessments inserted below), on 2024 (MAIN), and on ten members in 2017.
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
afterAll(() => t.close());

const outcomes = async (query: string, token = analyst) =>
  (await get(`/api/analytics/maturity-vs-outcomes?grouping=${grouping}&year=2023&${query}`, token).expect(200)).body;

describe('GET /api/analytics/maturity-vs-outcomes, 2023 (h)', () => {
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
});

describe('GET /api/analytics/maturity-vs-outcomes, 2023 (h): few points and national users', () => {
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
