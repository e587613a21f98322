import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LevelsPoint, MaturityPoint } from '@cpc/domain';
import { insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Grouping "fx": R1 = FRA DEU ITA ESP, R2 = NGA GHA. Year 2022, window 2020–2022.
 *   FRA 2022 validated  overall 60, level 4, self 4, governance 80, A.17 lack_of_trust + legal_barriers
 *   DEU 2021 submitted  overall 40, level 3, self 2, governance 50, A.17 lack_of_trust
 *   ITA 2022 validated  overall 20, level 2, self 2, governance 20, A.17 (none)
 *   NGA 2022 validated  overall 30, level 2, self 3, governance 30, A.17 resource_constraints
 * Governance 2022: R1 [20, 50, 80] mean 50, median 50, p25 35, p75 65; ALL [20, 30, 50, 80] mean 45,
 *   median 40, p25 = 20 + 0.75·10 = 27.5, p75 = 50 + 0.25·30 = 57.5.
 * Validated only, 2022: R1 [20, 60] mean 40, assessed 2.
 */
let t: TestApp;
let analyst: string;
let viewer: string;
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
const row = <T extends { region: string }>(items: T[], region: string) => items.find((p) => p.region === region)!;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
  viewer = await t.tokenFor('viewer', 'FRA');
  await insertGrouping(t.db, 'fx', { R1: ['FRA', 'DEU', 'ITA', 'ESP'], R2: ['NGA', 'GHA'] });
  const fixture = [
    ['FRA', 2022, 'validated', 60, 4, 4, 80, ['lack_of_trust', 'legal_barriers']],
    ['DEU', 2021, 'submitted', 40, 3, 2, 50, ['lack_of_trust']],
    ['ITA', 2022, 'validated', 20, 2, 2, 20, []],
    ['NGA', 2022, 'validated', 30, 2, 3, 30, ['resource_constraints']],
  ] as const;
  for (const [country, year, status, overall, level, selfLevel, governance, difficulties] of fixture) {
    await insertAssessment(t.db, {
      country,
      year,
      status,
      overall,
      level,
      selfLevel,
      dimensions: { governance },
      answers: { 'A.17': difficulties },
    });
  }
});
afterAll(() => t.close());

describe('GET /api/analytics/maturity modes', () => {
  it('puts a dimension’s score in place of the index with dimension=', async () => {
    const { body } = await get(
      '/api/analytics/maturity?grouping=fx&from=2022&to=2022&dimension=governance',
      analyst,
    ).expect(200);
    expect(body.dimension).toBe('governance');
    expect(row<MaturityPoint>(body.series, 'R1')).toMatchObject({
      assessed: 3,
      mean: 50,
      median: 50,
      p25: 35,
      p75: 65,
      min: 20,
      max: 80,
    });
    expect(row<MaturityPoint>(body.series, 'ALL')).toMatchObject({ mean: 45, median: 40, p25: 27.5, p75: 57.5 });
  });

  it('counts validated assessments only with status=validated', async () => {
    const { body } = await get(
      '/api/analytics/maturity?grouping=fx&from=2022&to=2022&status=validated',
      analyst,
    ).expect(200);
    expect(body.status).toBe('validated');
    expect(row<MaturityPoint>(body.series, 'R1')).toMatchObject({ assessed: 2, mean: 40, min: 20, max: 60 });
  });

  it.each([
    ['dimension=courage', /^dimension/],
    ['status=draft', /^status/],
  ])('rejects %s naming the parameter', async (query, message) => {
    const { body } = await get(`/api/analytics/maturity?grouping=fx&${query}`, analyst).expect(400);
    expect(body.message).toMatch(message);
  });
});

describe('GET /api/analytics/levels', () => {
  it('counts computed levels and the members not assessed', async () => {
    const { body } = await get('/api/analytics/levels?grouping=fx&from=2022&to=2022', analyst).expect(200);
    expect(row(body.series, 'R1')).toMatchObject({
      levels: { '1': 0, '2': 1, '3': 1, '4': 1, '5': 0 },
      notAssessed: 1,
    });
    expect(row(body.series, 'R2')).toMatchObject({
      levels: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 0 },
      notAssessed: 1,
    });
    expect(row(body.series, 'ALL')).toMatchObject({ notAssessed: 2 });
  });

  it('counts self-assessed levels with kind=self', async () => {
    const { body } = await get('/api/analytics/levels?grouping=fx&from=2022&to=2022&kind=self', analyst).expect(200);
    expect(row<LevelsPoint>(body.series, 'R1').levels).toEqual({ '1': 0, '2': 2, '3': 0, '4': 1, '5': 0 });
  });

  it('rejects an unknown kind', async () => {
    await get('/api/analytics/levels?grouping=fx&kind=average', analyst).expect(400);
  });
});

describe('GET /api/analytics/difficulties', () => {
  it('gives each A.17 option’s frequency per region', async () => {
    const { body } = await get('/api/analytics/difficulties?grouping=fx&year=2022', analyst).expect(200);
    const r1 = body.items.filter((i: { region: string }) => i.region === 'R1');
    expect(r1).toHaveLength(7);
    expect(r1.find((i: { option: string }) => i.option === 'lack_of_trust')).toMatchObject({ assessed: 3, count: 2 });
    expect(r1.find((i: { option: string }) => i.option === 'lack_of_trust').share).toBeCloseTo(2 / 3, 4);
    expect(r1.find((i: { option: string }) => i.option === 'legal_barriers')).toMatchObject({ count: 1 });
    expect(r1.find((i: { option: string }) => i.option === 'other')).toMatchObject({ count: 0, share: 0 });
    const r2 = body.items.find(
      (i: { region: string; option: string }) => i.region === 'R2' && i.option === 'resource_constraints',
    );
    expect(r2).toMatchObject({ assessed: 1, count: 1, share: 1 });
  });
});

describe('small-cell rule', () => {
  it('withholds region-years with fewer than 3 assessments from a viewer, and the ALL row that would give them away', async () => {
    const { body } = await get('/api/analytics/maturity?grouping=fx&from=2022&to=2022', viewer).expect(200);
    expect(row<MaturityPoint>(body.series, 'R1')).toMatchObject({ assessed: 3, mean: 40, suppressed: false });
    expect(row<MaturityPoint>(body.series, 'R2')).toMatchObject({
      assessed: 1,
      members: 2,
      mean: null,
      median: null,
      min: null,
      max: null,
      levels: null,
      dimensions: null,
      suppressed: true,
    });
    // Otherwise ALL (4 assessed) minus R1 (3) would reveal NGA's score.
    expect(row<MaturityPoint>(body.series, 'ALL')).toMatchObject({ assessed: 4, mean: null, suppressed: true });
  });

  it('shows an analyst everything', async () => {
    const { body } = await get('/api/analytics/maturity?grouping=fx&from=2022&to=2022', analyst).expect(200);
    expect(row<MaturityPoint>(body.series, 'R2')).toMatchObject({ mean: 30, suppressed: false });
    expect(row<MaturityPoint>(body.series, 'ALL')).toMatchObject({ mean: 37.5, suppressed: false });
  });

  it('applies to levels and difficulties too', async () => {
    const levels = await get('/api/analytics/levels?grouping=fx&from=2022&to=2022', viewer).expect(200);
    expect(row(levels.body.series, 'R2')).toMatchObject({ levels: null, notAssessed: 1, suppressed: true });
    const difficulties = await get('/api/analytics/difficulties?grouping=fx&year=2022', viewer).expect(200);
    const r2 = difficulties.body.items.filter((i: { region: string }) => i.region === 'R2');
    expect(r2.every((i: { count: number | null; suppressed: boolean }) => i.count === null && i.suppressed)).toBe(true);
    const r1 = difficulties.body.items.find(
      (i: { region: string; option: string }) => i.region === 'R1' && i.option === 'lack_of_trust',
    );
    expect(r1).toMatchObject({ count: 2, suppressed: false });
  });
});

describe('GET /api/analytics/countries', () => {
  it('gives each member country’s current assessment with its scores', async () => {
    const { body } = await get('/api/analytics/countries?grouping=fx&year=2022', analyst).expect(200);
    // ESP and GHA have none; DEU's 2021 is current in 2022.
    expect(
      body.items.map((i: { country: string; region: string; year: number }) => `${i.country}:${i.region}:${i.year}`),
    ).toEqual(['DEU:R1:2021', 'FRA:R1:2022', 'ITA:R1:2022', 'NGA:R2:2022']);
    const fra = body.items.find((i: { country: string }) => i.country === 'FRA');
    expect(fra).toMatchObject({ status: 'validated', scores: { overall: 60, level: 4, selfLevel: 4 } });
    expect(fra.scores.dimensions.governance).toBe(80);
  });

  it('counts validated ones only with status=validated', async () => {
    const { body } = await get('/api/analytics/countries?grouping=fx&year=2022&status=validated', analyst).expect(200);
    expect(body.items.map((i: { country: string }) => i.country)).toEqual(['FRA', 'ITA', 'NGA']);
  });

  it('gives a national user its own country only', async () => {
    const { body } = await get('/api/analytics/countries?grouping=fx&year=2022', viewer).expect(200);
    expect(body.items.map((i: { country: string }) => i.country)).toEqual(['FRA']);
  });
});
