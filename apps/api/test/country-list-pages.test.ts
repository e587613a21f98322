import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * GET /api/analytics/countries, a page of members at a time. Grouping "pageg": R1 = AUT BEL DEU ESP FRA,
 * R2 = FRA ITA KEN (FRA in both): 7 members, by code AUT BEL DEU ESP FRA ITA KEN.
 *   AUT 2024 submitted 30; DEU 2023 validated 55; FRA 2024 validated 70; KEN 2022 submitted 20 (current in
 *   2024: a window of two years); ITA 2024 draft (never counts); BEL, ESP none.
 * Pages of 2 in 2024: [AUT BEL] → AUT; [DEU ESP] → DEU; [FRA ITA] → FRA in R1 and in R2; [KEN] → KEN.
 */
let t: TestApp;

async function get(path: string, status: number, role: 'analyst' | 'viewer' = 'analyst') {
  const token = await t.tokenFor(role, role === 'viewer' ? 'FRA' : undefined);
  return request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`).expect(status);
}

type Item = { country: string; region: string; scores: { overall: number } };
const rows = (body: { items: Item[] }) => body.items.map((i) => `${i.country} ${i.region} ${i.scores.overall}`);

beforeAll(async () => {
  t = await startTestApp();
  await insertGrouping(t.db, 'pageg', { R1: ['AUT', 'BEL', 'DEU', 'ESP', 'FRA'], R2: ['FRA', 'ITA', 'KEN'] });
  const fixed = { selfLevel: 3, items: {}, answers: {}, level: 3 };
  await insertAssessment(t.db, { ...fixed, country: 'AUT', year: 2024, status: 'submitted', overall: 30 });
  await insertAssessment(t.db, { ...fixed, country: 'DEU', year: 2023, status: 'validated', overall: 55 });
  await insertAssessment(t.db, { ...fixed, country: 'FRA', year: 2024, status: 'validated', overall: 70 });
  await insertAssessment(t.db, { ...fixed, country: 'KEN', year: 2022, status: 'submitted', overall: 20 });
  await insertAssessment(t.db, { ...fixed, country: 'ITA', year: 2024, status: 'draft', overall: 10 });
});
afterAll(() => t.close());

describe('the country list, a page of members at a time', () => {
  it('cuts pages from the members in the order of their codes, assessed or not, and says how many there are', async () => {
    const page = (offset: number) =>
      get(`/api/analytics/countries?grouping=pageg&year=2024&limit=2&offset=${offset}`, 200);
    const pages = await Promise.all([0, 2, 4, 6, 8].map(page));
    expect(pages.map((p) => rows(p.body))).toEqual([
      ['AUT R1 30'],
      ['DEU R1 55'],
      ['FRA R1 70', 'FRA R2 70'],
      ['KEN R2 20'],
      [],
    ]);
    for (const [k, p] of pages.entries()) expect(p.body).toMatchObject({ total: 7, limit: 2, offset: 2 * k });
  });

  it('gives up to 250 members in the first page by default, and the pages joined make the same list', async () => {
    const whole = await get('/api/analytics/countries?grouping=pageg&year=2024', 200);
    expect(whole.body).toMatchObject({ total: 7, limit: 250, offset: 0 });
    expect(rows(whole.body)).toEqual(['AUT R1 30', 'DEU R1 55', 'FRA R1 70', 'FRA R2 70', 'KEN R2 20']);
    const byThree = await Promise.all(
      [0, 3, 6].map((o) => get(`/api/analytics/countries?grouping=pageg&year=2024&limit=3&offset=${o}`, 200)),
    );
    expect(byThree.flatMap((p) => rows(p.body))).toEqual(rows(whole.body));
  });

  it('pages one region’s members: R2 is FRA ITA KEN', async () => {
    const second = await get('/api/analytics/countries?grouping=pageg&year=2024&region=R2&limit=1&offset=1', 200);
    expect(second.body).toMatchObject({ total: 3, limit: 1, offset: 1, items: [] });
    const first = await get('/api/analytics/countries?grouping=pageg&year=2024&region=R2&limit=1', 200);
    expect(rows(first.body)).toEqual(['FRA R2 70']);
  });

  it('gives a national user the same pages and total, whoever else is assessed: only its own country in them', async () => {
    const path = '/api/analytics/countries?grouping=wco&year=2024&limit=3';
    const view = async () => {
      const [analyst, viewer] = await Promise.all([get(path, 200), get(path, 200, 'viewer')]);
      return { analyst: analyst.body, viewer: viewer.body };
    };
    const before = await view();
    // AFG comes first among the WCO's members by code: it is on the first page once assessed.
    const id = await insertAssessment(t.db, {
      selfLevel: 2,
      items: {},
      answers: {},
      country: 'AFG',
      year: 2024,
      status: 'submitted',
      overall: 12,
      level: 1,
    });
    const after = await view();
    expect(after.analyst.items.map((i: Item) => i.country)).toEqual(['AFG']);
    expect(before.analyst.items).toEqual([]);
    for (const answer of [before.viewer, after.viewer]) {
      expect(answer).toMatchObject({ total: before.analyst.total, limit: 3, offset: 0, items: [] });
    }
    const whole = await get('/api/analytics/countries?grouping=wco&year=2024', 200, 'viewer');
    expect(whole.body.items.map((i: Item) => i.country)).toEqual(['FRA']);
    expect(whole.body.total).toBe(before.analyst.total);
    await t.db.query('DELETE FROM assessments WHERE id = $1', [id]);
  });

  it('answers 400 naming limit or offset for a page it cannot give', async () => {
    for (const query of ['limit=0', 'limit=1001', 'limit=ten', 'limit=2.5', 'offset=-1', 'offset=x']) {
      const res = await get(`/api/analytics/countries?grouping=pageg&year=2024&${query}`, 400);
      expect(JSON.stringify(res.body)).toContain(query.split('=')[0]!);
    }
  });

  it('puts every member in a file unless a limit is given', async () => {
    const all = await get('/api/analytics/countries?grouping=pageg&year=2024&format=csv&headers=fields', 200);
    expect(all.text).toMatch(/AUT[\s\S]*DEU[\s\S]*FRA[\s\S]*KEN/);
    const paged = await get('/api/analytics/countries?grouping=pageg&year=2024&format=csv&headers=fields&limit=2', 200);
    expect(paged.text).toContain('AUT');
    expect(paged.text).not.toMatch(/DEU|FRA|KEN/);
  });
});
