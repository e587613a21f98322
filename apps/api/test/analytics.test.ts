import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SMALL_CELL_COUNT_HALF_WIDTH,
  SMALL_CELL_SCORE_HALF_WIDTH,
  type LevelCounts,
  type LevelsPoint,
  type MaturityPoint,
} from '@cpc/domain';
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
 *
 * National users may use the published groupings only: their tests read "wco", where FRA DEU ITA ESP are in
 * EUR and NGA GHA in WCA, so that EUR 2022 holds FRA 60, DEU 40, ITA 20 (mean 40, governance mean 50) and ALL
 * holds those and NGA 30 (mean 37.5). Every administration is confidential unless a test says otherwise.
 */
let t: TestApp;
let analyst: string;
let viewer: string;
let coordinator: string;
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
const row = <T extends { region: string }>(items: T[], region: string) => items.find((p) => p.region === region)!;
const put = (path: string, token: string) =>
  request(t.app.getHttpServer()).put(path).set('Authorization', `Bearer ${token}`);

/*
 * National users' figures are checked against bounds from the exact figures of the fixture and the method's
 * parameters (docs/disclosure.md): in a cell of fewer than 10 administrations, a sum of scores moves by at
 * most SMALL_CELL_SCORE_HALF_WIDTH (so a mean of n by that / n) and a count by at most
 * SMALL_CELL_COUNT_HALF_WIDTH. Every cell here is that small.
 */
function expectMeanNear(actual: number | null | undefined, exact: number, n: number): void {
  expect(actual).toEqual(expect.any(Number));
  expect(Math.abs(actual! - exact)).toBeLessThanOrEqual(SMALL_CELL_SCORE_HALF_WIDTH / n + 0.005);
}

function expectCountNear(actual: number | null | undefined, exact: number): void {
  expect(actual).toEqual(expect.any(Number));
  expect(Number.isInteger(actual)).toBe(true);
  expect(actual).toBeGreaterThanOrEqual(Math.max(0, exact - SMALL_CELL_COUNT_HALF_WIDTH));
  expect(actual).toBeLessThanOrEqual(exact + SMALL_CELL_COUNT_HALF_WIDTH);
}

/** A protected number of contributors: as a count, and shown as at least 3 (the cell is published). */
function expectContributorsNear(actual: number | null | undefined, exact: number): void {
  expectCountNear(actual, exact);
  expect(actual).toBeGreaterThanOrEqual(3);
}

function expectLevelsNear(actual: LevelCounts | null, exact: LevelCounts): void {
  expect(actual).not.toBeNull();
  for (const level of ['1', '2', '3', '4', '5'] as const) expectCountNear(actual![level], exact[level]);
}

const NO_ORDER_STATISTICS = { median: null, p25: null, p75: null, min: null, max: null };
const WITHHELD = {
  assessed: null,
  coverage: null,
  mean: null,
  ...NO_ORDER_STATISTICS,
  levels: null,
  selfLevels: null,
  dimensions: null,
  suppressed: true,
};

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
  viewer = await t.tokenFor('viewer', 'FRA');
  coordinator = await t.tokenFor('coordinator', 'ITA');
  await insertGrouping(t.db, 'fx', { R1: ['FRA', 'DEU', 'ITA', 'ESP'], R2: ['NGA', 'GHA'] });
  const fixture = [
    ['FRA', 2022, 'validated', 60, 4, 4, 80, ['lack_of_trust', 'legal_barriers']],
    ['DEU', 2021, 'submitted', 40, 3, 2, 50, ['lack_of_trust']],
    ['ITA', 2022, 'validated', 20, 2, 2, 20, []],
    ['NGA', 2022, 'validated', 30, 2, 3, 30, ['resource_constraints']],
    // Current from 2023 only; with FRA and ITA, EUR's national users' 2022–2024 reporting cycle.
    ['ESP', 2023, 'submitted', 50, 3, 3, 50, ['lack_of_trust']],
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
  it('gives a viewer region-years of 3 or more perturbed within their bounds, without order statistics', async () => {
    const { body } = await get('/api/analytics/maturity?grouping=wco&from=2022&to=2022', viewer).expect(200);
    expect(body.protected).toBe(true);
    // EUR: FRA 60, DEU 40, ITA 20: mean 40 over n = 3; governance 80, 50, 20: mean 50.
    const eur = row<MaturityPoint>(body.series, 'EUR');
    expect(eur).toMatchObject({ ...NO_ORDER_STATISTICS, suppressed: false });
    expectMeanNear(eur.mean, 40, 3);
    expectContributorsNear(eur.assessed, 3);
    expect(eur.coverage).toBeCloseTo(eur.assessed! / eur.members, 4);
    expectMeanNear(eur.dimensions!.governance, 50, 3);
    // No other dimension has a score: fewer than 3 values give no mean.
    expect(eur.dimensions!.training).toBeNull();
    // Computed levels 4, 3, 2; self-assessed 4, 2, 2.
    expectLevelsNear(eur.levels, { '1': 0, '2': 1, '3': 1, '4': 1, '5': 0 });
    expectLevelsNear(eur.selfLevels, { '1': 0, '2': 2, '3': 0, '4': 1, '5': 0 });
    // ALL: the same three and NGA 30: mean 37.5 over n = 4.
    const all = row<MaturityPoint>(body.series, 'ALL');
    expect(all).toMatchObject({ ...NO_ORDER_STATISTICS, suppressed: false });
    expectMeanNear(all.mean, 37.5, 4);
    expectContributorsNear(all.assessed, 4);
  });

  it('withholds from a viewer every region-year of fewer than 3 assessments, none included, and has one status set', async () => {
    const { body } = await get('/api/analytics/maturity?grouping=wco&from=2022&to=2022', viewer).expect(200);
    const analystView = await get('/api/analytics/maturity?grouping=wco&from=2022&to=2022', analyst).expect(200);
    // WCA holds NGA alone; ESA, AP, MENA and AMS hold no assessment: neither says which.
    for (const region of ['WCA', 'ESA', 'AP', 'MENA', 'AMS']) {
      expect(row<MaturityPoint>(body.series, region)).toMatchObject(WITHHELD);
      expect(row<MaturityPoint>(body.series, region).members).toBe(
        row<MaturityPoint>(analystView.body.series, region).members,
      );
    }
    // status=validated would leave FRA and ITA in EUR: a second status set differs by a few administrations.
    const validated = await get(
      '/api/analytics/maturity?grouping=wco&from=2022&to=2022&status=validated',
      viewer,
    ).expect(403);
    expect(validated.body.message).toMatch(/^status/);
  });

  it('gives a viewer the same figures for a cell whatever the request that includes it', async () => {
    const one = await get('/api/analytics/maturity?grouping=wco&from=2022&to=2022', viewer).expect(200);
    const two = await get('/api/analytics/maturity?grouping=wco&from=2020&to=2023', coordinator).expect(200);
    for (const region of ['EUR', 'ALL']) {
      const cell = (series: MaturityPoint[]) => series.find((p) => p.region === region && p.year === 2022);
      expect(cell(two.body.series)).toEqual(cell(one.body.series));
    }
    // A dimension in place of the index: its mean is the dimension's mean of the index view.
    const governance = await get(
      '/api/analytics/maturity?grouping=wco&from=2022&to=2022&dimension=governance',
      viewer,
    ).expect(200);
    const eur = row<MaturityPoint>(governance.body.series, 'EUR');
    expectMeanNear(eur.mean, 50, 3);
    expect(eur).toMatchObject({ ...NO_ORDER_STATISTICS });
    expect(eur.mean).toBe(row<MaturityPoint>(one.body.series, 'EUR').dimensions!.governance);
  });
});

describe('small-cell rule: analysts, levels, difficulties and custom groupings', () => {
  it('shows an analyst everything', async () => {
    const { body } = await get('/api/analytics/maturity?grouping=fx&from=2022&to=2022', analyst).expect(200);
    expect(row<MaturityPoint>(body.series, 'R2')).toMatchObject({ mean: 30, suppressed: false });
    expect(row<MaturityPoint>(body.series, 'ALL')).toMatchObject({ mean: 37.5, suppressed: false });
  });

  it('applies to levels and difficulties too', async () => {
    const levels = await get('/api/analytics/levels?grouping=wco&from=2022&to=2022', viewer).expect(200);
    expect(levels.body.protected).toBe(true);
    const eur = row<LevelsPoint>(levels.body.series, 'EUR');
    expectLevelsNear(eur.levels, { '1': 0, '2': 1, '3': 1, '4': 1, '5': 0 });
    expectContributorsNear(eur.assessed, 3);
    expect(eur.notAssessed).toBe(eur.members - eur.assessed!);
    expect(row(levels.body.series, 'WCA')).toMatchObject({
      assessed: null,
      levels: null,
      notAssessed: null,
      suppressed: true,
    });
    const difficulties = await get('/api/analytics/difficulties?grouping=wco&year=2022', viewer).expect(200);
    expect(difficulties.body.protected).toBe(true);
    const wca = difficulties.body.items.filter((i: { region: string }) => i.region === 'WCA');
    expect(wca).toHaveLength(7);
    for (const item of wca) expect(item).toMatchObject({ assessed: null, count: null, share: null, suppressed: true });
    // Asked for 2022, a viewer reads the 2022–2024 cycle. EUR: FRA, ITA and ESP (DEU's 2021 is of the cycle
    // before); lack_of_trust in FRA and ESP, legal_barriers in FRA only.
    expect(difficulties.body).toMatchObject({ year: 2024, period: { from: 2022, to: 2024 } });
    const option = (code: string) =>
      difficulties.body.items.find(
        (i: { region: string; option: string }) => i.region === 'EUR' && i.option === code,
      ) as { assessed: number; count: number; share: number; suppressed: boolean };
    for (const [code, exact] of [
      ['lack_of_trust', 2],
      ['legal_barriers', 1],
      ['other', 0],
    ] as const) {
      const cell = option(code);
      expect(cell.suppressed).toBe(false);
      expectContributorsNear(cell.assessed, 3);
      expectCountNear(cell.count, exact);
      expect(cell.count).toBeLessThanOrEqual(cell.assessed);
      expect(cell.share).toBeCloseTo(cell.count / cell.assessed, 4);
    }
  });

  it.each([
    '/api/analytics/maturity?grouping=fx',
    '/api/analytics/levels?grouping=fx',
    '/api/analytics/difficulties?grouping=fx&year=2022',
    '/api/analytics/countries?grouping=fx&year=2022',
  ])('refuses a national user a custom grouping: %s → 403 naming grouping', async (path) => {
    for (const token of [viewer, coordinator]) {
      const { body } = await get(path, token).expect(403);
      expect(body.message).toMatch(/^grouping/);
    }
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

  it('gives a national user its own country only while the others keep their figures confidential', async () => {
    const { body } = await get('/api/analytics/countries?grouping=wco&year=2022', viewer).expect(200);
    expect(body.protected).toBe(true);
    expect(body.items.map((i: { country: string }) => i.country)).toEqual(['FRA']);
    expect(body.items[0]).toMatchObject({ region: 'EUR', year: 2022, scores: { overall: 60, level: 4 } });
  });

  it('adds, for a national user, the countries that share their figures with members', async () => {
    const admin = await t.tokenFor('admin');
    await put('/api/countries/DEU/disclosure', admin).send({ level: 'members' }).expect(200);
    try {
      const { body } = await get('/api/analytics/countries?grouping=wco&year=2022', viewer).expect(200);
      // DEU's 2021 assessment, exact; ITA and NGA stay confidential.
      expect(body.items.map((i: { country: string }) => i.country)).toEqual(['DEU', 'FRA']);
      expect(body.items[0]).toMatchObject({ region: 'EUR', year: 2021, scores: { overall: 40, level: 3 } });
      expect(body.items[0].scores.dimensions.governance).toBe(50);
      const nigerian = await t.tokenFor('viewer', 'NGA');
      const fromNga = await get('/api/analytics/countries?grouping=wco&year=2022', nigerian).expect(200);
      expect(fromNga.body.items.map((i: { country: string }) => i.country)).toEqual(['DEU', 'NGA']);
    } finally {
      await put('/api/countries/DEU/disclosure', admin).send({ level: 'confidential' }).expect(200);
    }
    const after = await get('/api/analytics/countries?grouping=wco&year=2022', viewer).expect(200);
    expect(after.body.items.map((i: { country: string }) => i.country)).toEqual(['FRA']);
  });
});
