import request from 'supertest';
import { SMALL_CELL_COUNT_HALF_WIDTH, SMALL_CELL_SCORE_HALF_WIDTH, WORKED_EXAMPLE_ANSWERS } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/** The worked example of docs/methodology.md: gaps A.3.1, A.5.1, A.11, A.13 and A.16.1. */
const WORKED_EXAMPLE = WORKED_EXAMPLE_ANSWERS;

/*
 * Grouping "px": R = FRA DEU ITA; "px2": S = FRA DEU. FRA's latest counted assessment is 2022, so the
 * comparison year is 2022 (window 2020–2022): FRA 2022, DEU 2021, ITA 2022.
 *   governance [FRA 80, DEU 50, ITA 90]: mean 73.3333, median 80, FRA ranks 2nd.
 *   training   [FRA 40, DEU 60, ITA 40]: mean 46.6667, median 40, FRA ties 2nd.
 * National users use wco, where FRA DEU ITA are in EUR (the same three in 2022) and SEN alone in WCA.
 */
let t: TestApp;
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

/** A national user's region mean of n < 10 scores: the sum moves by at most SMALL_CELL_SCORE_HALF_WIDTH. */
function expectMeanNear(actual: number | null, exact: number, n: number): void {
  expect(actual).toEqual(expect.any(Number));
  expect(Math.abs(actual! - exact)).toBeLessThanOrEqual(SMALL_CELL_SCORE_HALF_WIDTH / n + 0.005);
}

function expectCountNear(actual: number | null, exact: number): void {
  expect(actual).toEqual(expect.any(Number));
  expect(Math.abs(actual! - exact)).toBeLessThanOrEqual(SMALL_CELL_COUNT_HALF_WIDTH);
}

beforeAll(async () => {
  t = await startTestApp();
  await insertGrouping(t.db, 'px', { R: ['FRA', 'DEU', 'ITA'] });
  await insertGrouping(t.db, 'px2', { S: ['FRA', 'DEU'] });
  const rows = [
    {
      country: 'FRA',
      year: 2019,
      status: 'validated',
      overall: 30,
      level: 2,
      selfLevel: 2,
      dimensions: { governance: 40, training: 20 },
    },
    {
      country: 'FRA',
      year: 2022,
      status: 'submitted',
      overall: 60,
      level: 4,
      selfLevel: 5,
      dimensions: { governance: 80, training: 40 },
      answers: WORKED_EXAMPLE,
    },
    { country: 'FRA', year: 2025, status: 'draft', overall: 99, level: 5, selfLevel: 5 },
    {
      country: 'DEU',
      year: 2021,
      status: 'validated',
      overall: 55,
      level: 3,
      selfLevel: 3,
      dimensions: { governance: 50, training: 60 },
    },
    {
      country: 'ITA',
      year: 2022,
      status: 'validated',
      overall: 65,
      level: 4,
      selfLevel: 4,
      dimensions: { governance: 90, training: 40 },
    },
  ] as const;
  for (const row of rows) await insertAssessment(t.db, row);
  // Alone in its wco region (WCA) in 2022.
  await insertAssessment(t.db, {
    country: 'SEN',
    year: 2022,
    status: 'validated',
    overall: 50,
    level: 3,
    selfLevel: 3,
    dimensions: { governance: 70 },
  });
});
afterAll(() => t.close());

describe('GET /api/countries/:iso3/profile', () => {
  it('gives the trajectory, the latest counted assessment with the handbook’s recommendations, and freshness', async () => {
    const { body } = await get('/api/countries/FRA/profile?grouping=px', await t.tokenFor('analyst')).expect(200);
    expect(body.country).toMatchObject({ iso3: 'FRA', name: { en: 'France', fr: 'France' } });
    expect(body.assessments.map((a: { year: number; status: string }) => `${a.year}:${a.status}`)).toEqual([
      '2019:validated',
      '2022:submitted',
      '2025:draft',
    ]);
    expect(body.latest).toMatchObject({ year: 2022, overall: 60, level: 4, selfLevel: 5 });
    expect(body.latest.gaps.map((g: { code: string }) => g.code)).toEqual(['A.3.1', 'A.5.1', 'A.11', 'A.13', 'A.16.1']);
    const a31 = body.latest.gaps[0];
    expect(a31.solutions.fr).toBe("Opérations conjointes de profilage/d'analyse de risque.");
    expect(body.latest.gaps[1].solutionsFromGuidance).toBe(true);
    expect(body.selfVsComputed).toEqual({ selfLevel: 5, computedLevel: 4, difference: 1 });
    // 2022 is older than the 3-year window ending this year.
    expect(body.freshness).toEqual({ latestYear: 2022, stale: new Date().getUTCFullYear() - 2 > 2022 });
    expect(body.regions.map((r: { grouping: string; code: string }) => `${r.grouping}:${r.code}`)).toEqual(
      expect.arrayContaining(['wco:EUR', 'un:EUR', 'px:R', 'px2:S']),
    );
  });

  it('compares each dimension with the region in the latest year', async () => {
    const { body } = await get('/api/countries/FRA/profile?grouping=px', await t.tokenFor('analyst')).expect(200);
    expect(body.comparisonRegion).toMatchObject({ code: 'R', year: 2022 });
    const by = (d: string) => body.comparison.find((c: { dimension: string }) => c.dimension === d);
    expect(by('governance')).toMatchObject({
      country: 80,
      regionMedian: 80,
      rankInRegion: 2,
      regionAssessed: 3,
      suppressed: false,
    });
    expect(by('governance').regionMean).toBeCloseTo(220 / 3, 3);
    expect(by('training')).toMatchObject({ country: 40, regionMedian: 40, rankInRegion: 2, regionAssessed: 3 });
    expect(by('training').regionMean).toBeCloseTo(140 / 3, 3);
    expect(by('liaison')).toMatchObject({ country: null, regionMean: null, regionAssessed: 0 });
  });

  it('counts validated assessments only with status=validated', async () => {
    const { body } = await get(
      '/api/countries/FRA/profile?grouping=px&status=validated',
      await t.tokenFor('analyst'),
    ).expect(200);
    // The submitted 2022 no longer counts: the latest is the validated 2019, alone in its 2017–2019 window.
    expect(body.latest).toMatchObject({ year: 2019, overall: 30 });
    expect(body.comparisonRegion).toMatchObject({ year: 2019 });
    const governance = body.comparison.find((c: { dimension: string }) => c.dimension === 'governance');
    expect(governance).toMatchObject({ country: 40, regionMean: 40, regionAssessed: 1 });
    await get('/api/countries/FRA/profile?status=draft', await t.tokenFor('analyst')).expect(400);
  });
});

describe('GET /api/countries/:iso3/profile for a national user', () => {
  it('lets a national user read its own country, and withholds a region of fewer than 3', async () => {
    const viewer = await t.tokenFor('viewer', 'FRA');
    // wco: FRA DEU ITA are in EUR, so the 2022 comparison holds the same three as px's R.
    const own = await get('/api/countries/FRA/profile?grouping=wco', viewer).expect(200);
    expect(own.body.protected).toBe(true);
    expect(own.body.comparisonRegion).toMatchObject({ code: 'EUR', year: 2022 });
    const by = (d: string) => own.body.comparison.find((c: { dimension: string }) => c.dimension === d);
    // Its own scores exact; the region's mean protected, without median or rank (each is one administration's).
    expect(by('governance')).toMatchObject({ country: 80, regionMedian: null, rankInRegion: null, suppressed: false });
    expectMeanNear(by('governance').regionMean, 220 / 3, 3);
    expectMeanNear(by('training').regionMean, 140 / 3, 3);
    expectCountNear(by('governance').regionAssessed, 3);
    expect(by('governance').regionAssessed).toBeGreaterThanOrEqual(3);
    expect(by('liaison')).toMatchObject({ country: null, regionMean: null });
    // The very cell the overview shows for EUR 2022: never two noisy versions of one cell.
    const maturity = await get('/api/analytics/maturity?grouping=wco&from=2022&to=2022', viewer).expect(200);
    const eur = maturity.body.series.find((p: { region: string }) => p.region === 'EUR');
    expect(by('governance').regionMean).toBe(eur.dimensions.governance);
    expect(by('governance').regionAssessed).toBe(eur.assessed);
    // SEN is alone in WCA in 2022: its own figures, the region's withheld.
    const senegal = await get('/api/countries/SEN/profile', await t.tokenFor('viewer', 'SEN')).expect(200);
    expect(senegal.body.comparison.find((c: { dimension: string }) => c.dimension === 'governance')).toMatchObject({
      country: 70,
      regionMean: null,
      regionMedian: null,
      rankInRegion: null,
      regionAssessed: null,
      suppressed: true,
    });
    const analystView = await get('/api/countries/FRA/profile?grouping=px2', await t.tokenFor('analyst')).expect(200);
    expect(analystView.body.comparison.find((c: { dimension: string }) => c.dimension === 'governance')).toMatchObject({
      regionMean: 65,
      suppressed: false,
    });
  });

  it('refuses a national user a custom grouping (403 naming grouping) and a second status set (naming status)', async () => {
    const viewer = await t.tokenFor('viewer', 'FRA');
    const custom = await get('/api/countries/FRA/profile?grouping=px2', viewer).expect(403);
    expect(custom.body.message).toMatch(/^grouping/);
    const validated = await get('/api/countries/FRA/profile?status=validated', viewer).expect(403);
    expect(validated.body.message).toMatch(/^status/);
  });

  it('opens a country that shares its figures with members to every national user, and only while it does', async () => {
    const admin = await t.tokenFor('admin');
    const viewer = await t.tokenFor('viewer', 'FRA');
    const setLevel = (iso3: string, level: string) =>
      request(t.app.getHttpServer())
        .put(`/api/countries/${iso3}/disclosure`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ level })
        .expect(200);
    await setLevel('DEU', 'members');
    try {
      const deu = await get('/api/countries/DEU/profile', viewer).expect(200);
      expect(deu.body).toMatchObject({ protected: true, latest: { year: 2021, overall: 55, level: 3 } });
      expect(deu.body.comparison.find((c: { dimension: string }) => c.dimension === 'governance')).toMatchObject({
        country: 50,
        regionMedian: null,
        rankInRegion: null,
      });
      // ITA keeps its figures confidential.
      const ita = await get('/api/countries/ITA/profile', viewer).expect(403);
      expect(ita.body.message).toMatch(/^iso3/);
    } finally {
      await setLevel('DEU', 'confidential');
    }
    await get('/api/countries/DEU/profile', viewer).expect(403);
  });
});

describe('GET /api/countries/:iso3/profile: access by role, errors and a country without assessments', () => {
  it.each([
    ['viewer', 'FRA', 'DEU', 403],
    ['coordinator', 'KEN', 'FRA', 403],
    ['coordinator', 'FRA', 'FRA', 200],
  ] as const)('a %s of %s reading %s gets %d', async (role, country, target, status) => {
    await get(`/api/countries/${target}/profile`, await t.tokenFor(role, country)).expect(status);
  });

  it('answers 404 for an unknown country or grouping, 400 for a malformed code, 401 anonymously', async () => {
    const analyst = await t.tokenFor('analyst');
    await get('/api/countries/ZZZ/profile', analyst).expect(404);
    await get('/api/countries/FRA/profile?grouping=nope', analyst).expect(404);
    const bad = await get('/api/countries/fr/profile', analyst).expect(400);
    expect(bad.body.message).toMatch(/^iso3/);
    await request(t.app.getHttpServer()).get('/api/countries/FRA/profile').expect(401);
  });

  it('says when a country has no counted assessment', async () => {
    const { body } = await get('/api/countries/ESP/profile', await t.tokenFor('analyst')).expect(200);
    expect(body).toMatchObject({
      latest: null,
      comparison: [],
      comparisonRegion: null,
      freshness: { latestYear: null, stale: true },
    });
  });
});
