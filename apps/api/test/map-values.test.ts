import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * GET /api/analytics/countries/map: one figure per country. Grouping "mapg": R1 = FRA DEU, R2 = ITA KEN.
 *   FRA 2023 validated: overall 41.5, level 3, liaison 50
 *   DEU 2022 submitted: overall 72.25, level 4, no liaison score
 *   ITA 2024 draft (never counts); KEN none.
 * In 2024, FRA (2023) and DEU (2022) are current (window of two years); with status=validated, FRA only.
 */
let t: TestApp;
/** The answer to a GET, checked for its status (supertest's request is a thenable: it runs when awaited). */
async function get(path: string, status: number, role: 'analyst' | 'viewer' = 'analyst') {
  const token = await t.tokenFor(role, role === 'viewer' ? 'FRA' : undefined);
  return request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`).expect(status);
}

beforeAll(async () => {
  t = await startTestApp();
  await insertGrouping(t.db, 'mapg', { R1: ['FRA', 'DEU'], R2: ['ITA', 'KEN'] });
  const fixed = { selfLevel: 3, items: {}, answers: {} };
  await insertAssessment(t.db, {
    ...fixed,
    country: 'FRA',
    year: 2023,
    status: 'validated',
    overall: 41.5,
    level: 3,
    dimensions: { liaison: 50 },
  });
  await insertAssessment(t.db, { ...fixed, country: 'DEU', year: 2022, status: 'submitted', overall: 72.25, level: 4 });
  await insertAssessment(t.db, { ...fixed, country: 'ITA', year: 2024, status: 'draft', overall: 10, level: 1 });
});
afterAll(() => t.close());

describe('the map values', () => {
  it('gives analysts one row per current assessment: country, value, year, status, by code', async () => {
    const { body } = await get('/api/analytics/countries/map?grouping=mapg&year=2024', 200);
    expect(body).toEqual({
      methodologyVersion: 'v1',
      grouping: 'mapg',
      year: 2024,
      metric: 'overall',
      region: null,
      protected: false,
      items: [
        { country: 'DEU', value: 72.25, year: 2022, status: 'submitted' },
        { country: 'FRA', value: 41.5, year: 2023, status: 'validated' },
      ],
    });
  });

  it('the level, a dimension (null where unscored), and validated assessments only', async () => {
    const level = await get('/api/analytics/countries/map?grouping=mapg&year=2024&metric=level', 200);
    expect(level.body.items.map((i: { value: number }) => i.value)).toEqual([4, 3]);
    const liaison = await get('/api/analytics/countries/map?grouping=mapg&year=2024&metric=liaison', 200);
    expect(liaison.body.items.map((i: { value: number | null }) => i.value)).toEqual([null, 50]);
    const validated = await get('/api/analytics/countries/map?grouping=mapg&year=2024&status=validated', 200);
    expect(validated.body.items.map((i: { country: string }) => i.country)).toEqual(['FRA']);
  });

  it('gives a national user its own country only, as the full list does', async () => {
    const { body } = await get('/api/analytics/countries/map?grouping=wco&year=2024', 200, 'viewer');
    expect(body.protected).toBe(true);
    expect(body.items).toEqual([{ country: 'FRA', value: 41.5, year: 2023, status: 'validated' }]);
    // Its region's answer, read alone, is cut the same way.
    const region = await get('/api/analytics/countries/map?grouping=wco&year=2024&region=EUR', 200, 'viewer');
    expect(region.body.items).toEqual(body.items);
  });

  it('answers 400 naming the metric for an unknown one, and 404 for an unknown grouping', async () => {
    const bad = await get('/api/analytics/countries/map?grouping=mapg&metric=colour', 400);
    expect(JSON.stringify(bad.body)).toContain('metric');
    await get('/api/analytics/countries/map?grouping=nowhere', 404);
  });

  it('gives one region at a time: its members only, and 404 for a region the grouping does not have', async () => {
    const r1 = await get('/api/analytics/countries/map?grouping=mapg&year=2024&region=R1', 200);
    expect(r1.body.region).toBe('R1');
    expect(r1.body.items.map((i: { country: string }) => i.country)).toEqual(['DEU', 'FRA']);
    const r2 = await get('/api/analytics/countries/map?grouping=mapg&year=2024&region=R2', 200);
    expect(r2.body.items).toEqual([]);
    const missing = await get('/api/analytics/countries/map?grouping=mapg&year=2024&region=EUR', 404);
    expect(missing.body).toMatchObject({ code: 'region_not_found', params: { grouping: 'mapg', region: 'EUR' } });
    const bad = await get('/api/analytics/countries/map?grouping=mapg&region=R1%3BDROP', 400);
    expect(JSON.stringify(bad.body)).toContain('region');
  });

  it('gives the full list of one region too: its members’ rows, cut for national users, 404 and 400 as the map', async () => {
    const r1 = await get('/api/analytics/countries?grouping=mapg&year=2024&region=R1', 200);
    expect(r1.body.items.map((i: { country: string; region: string }) => [i.country, i.region])).toEqual([
      ['DEU', 'R1'],
      ['FRA', 'R1'],
    ]);
    expect(r1.body.items[0].scores.overall).toBe(72.25);
    const r2 = await get('/api/analytics/countries?grouping=mapg&year=2024&region=R2', 200);
    expect(r2.body.items).toEqual([]);
    const viewer = await get('/api/analytics/countries?grouping=wco&year=2024&region=EUR', 200, 'viewer');
    expect(viewer.body.items.map((i: { country: string }) => i.country)).toEqual(['FRA']);
    const afr = await get('/api/analytics/countries?grouping=wco&year=2024&region=ESA', 200, 'viewer');
    expect(afr.body.items).toEqual([]);
    const missing = await get('/api/analytics/countries?grouping=mapg&year=2024&region=EUR', 404);
    expect(missing.body).toMatchObject({ code: 'region_not_found', params: { grouping: 'mapg', region: 'EUR' } });
    const bad = await get('/api/analytics/countries?grouping=mapg&region=R1%3BDROP', 400);
    expect(JSON.stringify(bad.body)).toContain('region');
  });

  it('gives a country in two regions one row of the whole map, and a row in each of its regions', async () => {
    await insertGrouping(t.db, 'mapdup', { A: ['FRA'], B: ['FRA', 'DEU'] });
    const whole = await get('/api/analytics/countries/map?grouping=mapdup&year=2024', 200);
    expect(whole.body.items.map((i: { country: string }) => i.country)).toEqual(['DEU', 'FRA']);
    const a = await get('/api/analytics/countries/map?grouping=mapdup&year=2024&region=A', 200);
    expect(a.body.items).toEqual([{ country: 'FRA', value: 41.5, year: 2023, status: 'validated' }]);
    const b = await get('/api/analytics/countries/map?grouping=mapdup&year=2024&region=B', 200);
    expect(b.body.items.map((i: { country: string }) => i.country)).toEqual(['DEU', 'FRA']);
  });

  it('reads a region alone after a write, as the whole map does', async () => {
    await get('/api/analytics/countries/map?grouping=mapg&year=2024&region=R2', 200);
    const id = await insertAssessment(t.db, {
      selfLevel: 2,
      items: {},
      answers: {},
      country: 'KEN',
      year: 2024,
      status: 'submitted',
      overall: 33,
      level: 2,
    });
    const r2 = await get('/api/analytics/countries/map?grouping=mapg&year=2024&region=R2', 200);
    expect(r2.body.items).toEqual([{ country: 'KEN', value: 33, year: 2024, status: 'submitted' }]);
    const all = await get('/api/analytics/countries/map?grouping=mapg&year=2024', 200);
    expect(all.body.items.map((i: { country: string }) => i.country)).toEqual(['DEU', 'FRA', 'KEN']);
    await t.db.query('DELETE FROM assessments WHERE id = $1', [id]);
  });

  it('exports the same rows as CSV', async () => {
    const res = await get('/api/analytics/countries/map?grouping=mapg&year=2024&format=csv', 200);
    const text = res.text.replace(/^\uFEFF/, '');
    expect(text).toContain('DEU');
    expect(text).toContain('72.25');
    expect(text).toContain('FRA');
  });
});
