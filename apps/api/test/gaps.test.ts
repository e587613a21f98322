import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_CELL_COUNT_HALF_WIDTH, type GapShare } from '@cpc/domain';
import { insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Grouping "gx": R1 = FRA DEU ITA, R2 = NGA. Year 2022 (window 2020–2022). Stored item points:
 *   FRA 2022  A.1 0.25, A.3.1 0,   A.13 1
 *   DEU 2022  A.1 0.75, A.3.1 0.5, A.3.2 1,   A.13 0
 *   ITA 2021  A.1 0,    A.3.1 1,   A.3.2 0.5, A.13 0
 *   NGA 2022  A.1 0.5
 * R1: A.1 3 assessed, 2 gaps; A.3.1 3, 1; A.3.2 2 (applies to DEU and ITA only), 0; A.13 3, 2; A.2.1 none.
 * ESP 2024  A.1 0,    A.3.1 1,   A.3.2 0.5, A.13 0   (in no region of gx)
 * National users may use the published groupings only, and read counts by reporting cycle: asking for 2022
 * gives 2022–2024, in which "wco"'s EUR holds FRA, DEU and ESP (ITA's 2021 belongs to 2019–2021) with R1's
 * counts, and WCA holds NGA.
 */
let t: TestApp;
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
const cell = (items: GapShare[], region: string, code: string) =>
  items.find((i) => i.region === region && i.code === code)!;

/** A national user's count: at most SMALL_CELL_COUNT_HALF_WIDTH from the exact one in a cell under 10. */
function expectCountNear(actual: number | null, exact: number): void {
  expect(actual).toEqual(expect.any(Number));
  expect(actual).toBeGreaterThanOrEqual(Math.max(0, exact - SMALL_CELL_COUNT_HALF_WIDTH));
  expect(actual).toBeLessThanOrEqual(exact + SMALL_CELL_COUNT_HALF_WIDTH);
}

beforeAll(async () => {
  t = await startTestApp();
  await insertGrouping(t.db, 'gx', { R1: ['FRA', 'DEU', 'ITA'], R2: ['NGA'] });
  const base = { level: 3, selfLevel: 3, overall: 50 };
  await insertAssessment(t.db, {
    ...base,
    country: 'FRA',
    year: 2022,
    status: 'validated',
    items: { 'A.1': 0.25, 'A.3.1': 0, 'A.13': 1 },
  });
  await insertAssessment(t.db, {
    ...base,
    country: 'DEU',
    year: 2022,
    status: 'validated',
    items: { 'A.1': 0.75, 'A.3.1': 0.5, 'A.3.2': 1, 'A.13': 0 },
  });
  await insertAssessment(t.db, {
    ...base,
    country: 'ITA',
    year: 2021,
    status: 'submitted',
    items: { 'A.1': 0, 'A.3.1': 1, 'A.3.2': 0.5, 'A.13': 0 },
  });
  await insertAssessment(t.db, { ...base, country: 'NGA', year: 2022, status: 'validated', items: { 'A.1': 0.5 } });
  await insertAssessment(t.db, {
    ...base,
    country: 'ESP',
    year: 2024,
    status: 'submitted',
    items: { 'A.1': 0, 'A.3.1': 1, 'A.3.2': 0.5, 'A.13': 0 },
  });
});
afterAll(() => t.close());

describe('GET /api/analytics/gaps', () => {
  it('counts, per region and scored item, the assessments it applies to and those below 0.5 points', async () => {
    const { body } = await get('/api/analytics/gaps?grouping=gx&year=2022', await t.tokenFor('analyst')).expect(200);
    const items: GapShare[] = body.items;
    expect(items.filter((i) => i.region === 'R1')).toHaveLength(20);
    expect(cell(items, 'R1', 'A.1')).toMatchObject({ dimension: 'governance', assessed: 3, withGap: 2 });
    expect(cell(items, 'R1', 'A.1').share).toBeCloseTo(2 / 3, 4);
    expect(cell(items, 'R1', 'A.3.1')).toMatchObject({ assessed: 3, withGap: 1 });
    expect(cell(items, 'R1', 'A.3.2')).toMatchObject({ assessed: 2, withGap: 0, share: 0 });
    expect(cell(items, 'R1', 'A.13')).toMatchObject({ dimension: 'resource_sharing', assessed: 3, withGap: 2 });
    expect(cell(items, 'R1', 'A.2.1')).toMatchObject({ assessed: 0, withGap: 0, share: null });
    expect(cell(items, 'R2', 'A.1')).toMatchObject({ assessed: 1, withGap: 0, share: 0 });
    expect(cell(items, 'ALL', 'A.1')).toMatchObject({ assessed: 4, withGap: 2, share: 0.5 });
  });

  it('ignores assessments outside the window and those not counted', async () => {
    const { body } = await get('/api/analytics/gaps?grouping=gx&year=2024', await t.tokenFor('analyst')).expect(200);
    // 2024's window is 2022–2024: ITA 2021 drops out.
    expect(cell(body.items, 'R1', 'A.1')).toMatchObject({ assessed: 2, withGap: 1 });
  });

  it('gives a national user counts within their bounds, and withholds cells of fewer than 3', async () => {
    const { body } = await get(
      '/api/analytics/gaps?grouping=wco&year=2022',
      await t.tokenFor('coordinator', 'FRA'),
    ).expect(200);
    expect(body).toMatchObject({ protected: true, year: 2024, period: { from: 2022, to: 2024 } });
    for (const [region, code, assessed, withGap] of [
      ['EUR', 'A.1', 3, 2],
      ['EUR', 'A.3.1', 3, 1],
      ['EUR', 'A.13', 3, 2],
      ['ALL', 'A.1', 4, 2],
    ] as const) {
      const shown = cell(body.items, region, code);
      expect(shown.suppressed, `${region} ${code}`).toBe(false);
      expectCountNear(shown.assessed, assessed);
      expect(shown.assessed).toBeGreaterThanOrEqual(3);
      expectCountNear(shown.withGap, withGap);
      expect(shown.withGap).toBeLessThanOrEqual(shown.assessed!);
      expect(shown.share).toBeCloseTo(shown.withGap! / shown.assessed!, 4);
    }
    // A.3.2 applies to 2 (DEU, ESP), A.2.1 to none, and NGA is alone in WCA: withheld, without saying how many.
    const withheld = { assessed: null, withGap: null, share: null, suppressed: true };
    expect(cell(body.items, 'EUR', 'A.3.2')).toMatchObject(withheld);
    expect(cell(body.items, 'EUR', 'A.2.1')).toMatchObject(withheld);
    expect(cell(body.items, 'WCA', 'A.1')).toMatchObject(withheld);
    expect(cell(body.items, 'ESA', 'A.1')).toMatchObject(withheld);
  });

  it('gives a national user the same answer for every year of a reporting cycle', async () => {
    const viewer = await t.tokenFor('viewer', 'FRA');
    const answers = await Promise.all(
      [2022, 2023, 2024].map(async (year) => (await get(`/api/analytics/gaps?grouping=wco&year=${year}`, viewer)).body),
    );
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    const before = (await get('/api/analytics/gaps?grouping=wco&year=2021', viewer).expect(200)).body;
    expect(before).toMatchObject({ year: 2021, period: { from: 2019, to: 2021 } });
    // ITA alone in EUR in 2019–2021: withheld.
    expect(cell(before.items, 'EUR', 'A.1')).toMatchObject({ assessed: null, suppressed: true });
  });

  it('refuses a national user a custom grouping (403 naming grouping) and a second status set (naming status)', async () => {
    const viewer = await t.tokenFor('viewer', 'FRA');
    const custom = await get('/api/analytics/gaps?grouping=gx&year=2022', viewer).expect(403);
    expect(custom.body.message).toMatch(/^grouping/);
    const validated = await get('/api/analytics/gaps?grouping=wco&year=2022&status=validated', viewer).expect(403);
    expect(validated.body.message).toMatch(/^status/);
  });

  it('rejects a bad year naming it', async () => {
    const { body } = await get('/api/analytics/gaps?grouping=gx&year=20x2', await t.tokenFor('analyst')).expect(400);
    expect(body.message).toMatch(/^year/);
  });
});
