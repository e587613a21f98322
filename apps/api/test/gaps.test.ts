import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapShare } from '@cpc/domain';
import { insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Grouping "gx": R1 = FRA DEU ITA, R2 = NGA. Year 2022 (window 2020–2022). Stored item points:
 *   FRA 2022  A.1 0.25, A.3.1 0,   A.13 1
 *   DEU 2022  A.1 0.75, A.3.1 0.5, A.3.2 1,   A.13 0
 *   ITA 2021  A.1 0,    A.3.1 1,   A.3.2 0.5, A.13 0
 *   NGA 2022  A.1 0.5
 * R1: A.1 3 assessed, 2 gaps; A.3.1 3, 1; A.3.2 2 (applies to DEU and ITA only), 0; A.13 3, 2; A.2.1 none.
 */
let t: TestApp;
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
const cell = (items: GapShare[], region: string, code: string) =>
  items.find((i) => i.region === region && i.code === code)!;

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

  it('withholds cells of fewer than 3 from a national user', async () => {
    const { body } = await get(
      '/api/analytics/gaps?grouping=gx&year=2022',
      await t.tokenFor('coordinator', 'FRA'),
    ).expect(200);
    expect(cell(body.items, 'R1', 'A.1')).toMatchObject({ withGap: 2, suppressed: false });
    expect(cell(body.items, 'R1', 'A.3.2')).toMatchObject({
      assessed: 2,
      withGap: null,
      share: null,
      suppressed: true,
    });
    expect(cell(body.items, 'R2', 'A.1')).toMatchObject({ withGap: null, suppressed: true });
    // ALL minus R1 would give NGA's A.1 away.
    expect(cell(body.items, 'ALL', 'A.1')).toMatchObject({ withGap: null, suppressed: true });
  });

  it('rejects a bad year naming it', async () => {
    const { body } = await get('/api/analytics/gaps?grouping=gx&year=20x2', await t.tokenFor('analyst')).expect(400);
    expect(body.message).toMatch(/^year/);
  });
});
