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
      total: 4,
      limit: 1000,
      offset: 0,
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
});

describe('the map values, a page of members at a time, and in files', () => {
  const countries = (body: { items: { country: string }[] }) => body.items.map((i) => i.country);

  it('cuts pages from the members in the order of their codes (DEU FRA ITA KEN), assessed or not', async () => {
    const page = (offset: number) =>
      get(`/api/analytics/countries/map?grouping=mapg&year=2024&limit=1&offset=${offset}`, 200);
    const pages = await Promise.all([0, 1, 2, 3, 4].map(page));
    // ITA's only assessment is a draft and KEN has none: their pages are empty, as is the one past the end.
    expect(pages.map((p) => countries(p.body))).toEqual([['DEU'], ['FRA'], [], [], []]);
    for (const [k, p] of pages.entries()) expect(p.body).toMatchObject({ total: 4, limit: 1, offset: k });
    const region = await get('/api/analytics/countries/map?grouping=mapg&year=2024&region=R1&limit=1&offset=1', 200);
    expect(region.body).toMatchObject({ total: 2, limit: 1, offset: 1, region: 'R1' });
    expect(countries(region.body)).toEqual(['FRA']);
  });

  it('counts a member of two regions once in the pages of the whole map, and in each region’s', async () => {
    // mapdup (from above): A = FRA, B = FRA DEU.
    const whole = await Promise.all(
      [0, 1, 2].map((o) => get(`/api/analytics/countries/map?grouping=mapdup&year=2024&limit=1&offset=${o}`, 200)),
    );
    expect(whole.map((p) => countries(p.body))).toEqual([['DEU'], ['FRA'], []]);
    expect(whole[0]!.body.total).toBe(2);
    const b = await get('/api/analytics/countries/map?grouping=mapdup&year=2024&region=B&limit=1&offset=1', 200);
    expect(b.body).toMatchObject({ total: 2, items: [{ country: 'FRA' }] });
  });

  it('gives a national user the same pages and total as an analyst: only its own country in them', async () => {
    // The WCO's members at the end of 2024, by code, read from the memberships themselves.
    const { rows } = await t.db.query<{ country: string }>(
      `SELECT DISTINCT m.country_iso3 AS country FROM region_members m JOIN regions r ON r.id = m.region_id
       WHERE r.grouping_id = 'wco' AND m.valid_from <= '2024-12-31' AND (m.valid_to IS NULL OR m.valid_to >= '2024-12-31')
       ORDER BY 1`,
    );
    const members = rows.map((r) => r.country);
    const at = members.indexOf('FRA');
    expect(at).toBeGreaterThanOrEqual(20);
    const page = (offset: number, role: 'analyst' | 'viewer') =>
      get(`/api/analytics/countries/map?grouping=wco&year=2024&limit=20&offset=${offset}`, 200, role);
    const [analyst, viewer, frasPage] = await Promise.all([
      page(0, 'analyst'),
      page(0, 'viewer'),
      page(at - (at % 20), 'viewer'),
    ]);
    expect(analyst.body.total).toBe(members.length);
    expect(viewer.body).toMatchObject({ total: members.length, limit: 20, offset: 0, items: [] });
    expect(countries(frasPage.body)).toEqual(['FRA']);
  });

  it('answers 400 naming limit or offset for a page it cannot give', async () => {
    for (const query of ['limit=0', 'limit=5001', 'limit=ten', 'limit=2.5', 'offset=-1', 'offset=x']) {
      const res = await get(`/api/analytics/countries/map?grouping=mapg&year=2024&${query}`, 400);
      expect(JSON.stringify(res.body)).toContain(query.split('=')[0]!);
    }
    await get('/api/analytics/countries/map?grouping=mapg&year=2024&limit=5000', 200);
  });

  it('puts every member in a file unless a limit is given', async () => {
    const all = await get('/api/analytics/countries/map?grouping=mapg&year=2024&format=csv&headers=fields', 200);
    expect(all.text).toMatch(/DEU[\s\S]*FRA/);
    const paged = await get(
      '/api/analytics/countries/map?grouping=mapg&year=2024&format=csv&headers=fields&limit=1',
      200,
    );
    expect(paged.text).toContain('DEU');
    expect(paged.text).not.toContain('FRA');
  });

  it('exports the same rows as CSV', async () => {
    const res = await get('/api/analytics/countries/map?grouping=mapg&year=2024&format=csv', 200);
    const text = res.text.replace(/^\uFEFF/, '');
    expect(text).toContain('DEU');
    expect(text).toContain('72.25');
    expect(text).toContain('FRA');
  });
});
