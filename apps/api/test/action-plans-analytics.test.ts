import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionsAnalyticsResponse, GapClosureResponse } from '@cpc/domain';
import { insertAction, insertAssessment } from './factories.js';
import { insertDatedGrouping } from './instrument-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Grouping "gp", members at 31 December of 2023 and 2024: R1 FRA, DEU, ITA; R2 NGA, GHA.
 * Submitted assessments (v1 item points; submitted on the date shown):
 *   FRA 2023 (03-01) A.1 0.25, A.2.1 0, A.3.1 1   → gaps A.1, A.2.1   FRA 2024 (03-01) A.1 0.75, A.2.1 0 → gap A.2.1
 *   DEU 2023 (04-01) A.1 0, A.2.1 0.5             → gap A.1            DEU 2024 (04-01) A.1 0.5, A.2.1 0.5 → none
 *   ITA 2023 (05-01) A.1 0                        → gap A.1            (no later assessment; current in 2024 too)
 *   NGA 2023 (06-01) A.1 0, A.2.1 0               → gaps A.1, A.2.1   NGA 2024 (06-01) A.1 1, A.2.1 0 → gap A.2.1
 * Actions (status history; target):
 *   FRA a1 [A.1]        planned 2023-01-15, in_progress 2023-06-01, done 2023-10-01; target 2023-12-31
 *   FRA a2 [A.2.1]      planned 2023-02-01; target 2023-06-30 (overdue at the end of 2023 and 2024)
 *   DEU a3 [A.1]        planned 2024-02-01, dropped 2024-09-01; target 2024-12-31 (not yet there in 2023)
 *   NGA a4 [A.1, A.2.1] planned 2023-03-01, done 2024-01-15; target 2024-06-30
 * Actions at 31 December, by hand:
 *   2023 R1: members 3, with plan 1 (FRA), planned 1 (a2), done 1 (a1), overdue 1 (a2),
 *            gaps 4 (FRA 2, DEU 1, ITA 1), with action 2 (FRA A.1 a1, A.2.1 a2)
 *   2023 R2: members 2, with plan 1 (NGA), planned 1 (a4), gaps 2 (NGA), with action 2 (a4)
 *   2023 ALL: members 5, with plan 2, planned 2, done 1, overdue 1, gaps 6, with action 4
 *   2024 R1: members 3, with plan 2 (FRA, DEU), planned 1, done 1, dropped 1, overdue 1,
 *            gaps 2 (FRA A.2.1, ITA A.1 of 2023), with action 1 (FRA A.2.1 a2; a3 is dropped, DEU has no gap)
 *   2024 R2: members 2, with plan 1, done 1 (a4), gaps 1 (NGA A.2.1), with action 1 (a4, done)
 *   2024 ALL: members 5, with plan 3, planned 1, done 2, dropped 1, overdue 1, gaps 3, with action 2
 * Gap closure, assessments of 2023–2024 with a next one (FRA, DEU, NGA 2023 → 2024):
 *   FRA A.1 closed (0.75), a1 done 2023-10-01 between 2023-03-01 and 2024-03-01: with action
 *   FRA A.2.1 not closed; DEU A.1 closed (0.5), a3 dropped: without action
 *   NGA A.1 closed (1), a4 done 2024-01-15 between the two: with action; NGA A.2.1 not closed
 *   R1 A.1: gaps 2, closed 2 (1 with, 1 without); R1 A.2.1: gaps 1, closed 0
 *   R2 A.1: gaps 1, closed 1 (with); R2 A.2.1: gaps 1, closed 0
 *   ALL A.1: gaps 3, closed 3 (2 with, 1 without); ALL A.2.1: gaps 2, closed 0; every other item 0.
 */
let t: TestApp;
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

async function assessment(country: string, year: number, submitted: string, items: Record<string, number>) {
  const id = await insertAssessment(t.db, {
    country,
    year,
    status: 'submitted',
    overall: 50,
    level: 3,
    selfLevel: 3,
    items,
  });
  await t.db.query(`UPDATE assessments SET submitted_at = $2 WHERE id = $1`, [id, `${submitted}T10:00:00Z`]);
}

async function action(country: string, items: string[], history: [string, string][], target: string) {
  await insertAction(t.db, { country, items, history, target });
}

async function seed(): Promise<void> {
  const always = (iso3: string): [string, string, null] => [iso3, '2000-01-01', null];
  await insertDatedGrouping(t.db, 'gp', { R1: ['FRA', 'DEU', 'ITA'].map(always), R2: ['NGA', 'GHA'].map(always) });
  await assessment('FRA', 2023, '2023-03-01', { 'A.1': 0.25, 'A.2.1': 0, 'A.3.1': 1 });
  await assessment('FRA', 2024, '2024-03-01', { 'A.1': 0.75, 'A.2.1': 0, 'A.3.1': 1 });
  await assessment('DEU', 2023, '2023-04-01', { 'A.1': 0, 'A.2.1': 0.5 });
  await assessment('DEU', 2024, '2024-04-01', { 'A.1': 0.5, 'A.2.1': 0.5 });
  await assessment('ITA', 2023, '2023-05-01', { 'A.1': 0 });
  await assessment('NGA', 2023, '2023-06-01', { 'A.1': 0, 'A.2.1': 0 });
  await assessment('NGA', 2024, '2024-06-01', { 'A.1': 1, 'A.2.1': 0 });
  await action(
    'FRA',
    ['A.1'],
    [
      ['planned', '2023-01-15'],
      ['in_progress', '2023-06-01'],
      ['done', '2023-10-01'],
    ],
    '2023-12-31',
  );
  await action('FRA', ['A.2.1'], [['planned', '2023-02-01']], '2023-06-30');
  await action(
    'DEU',
    ['A.1'],
    [
      ['planned', '2024-02-01'],
      ['dropped', '2024-09-01'],
    ],
    '2024-12-31',
  );
  await action(
    'NGA',
    ['A.1', 'A.2.1'],
    [
      ['planned', '2023-03-01'],
      ['done', '2024-01-15'],
    ],
    '2024-06-30',
  );
}

beforeAll(async () => {
  t = await startTestApp();
  await seed();
});
afterAll(() => t.close());

type Figures = [
  members: number,
  withPlan: number,
  planned: number,
  inProgress: number,
  done: number,
  dropped: number,
  overdue: number,
  gapsWithAction: number,
  gaps: number,
];
const point = (region: string, year: number, f: Figures) => ({
  region,
  year,
  members: f[0],
  countriesWithPlan: f[1],
  actions: { planned: f[2], in_progress: f[3], done: f[4], dropped: f[5] },
  overdue: f[6],
  gapsWithAction: f[7],
  gaps: f[8],
  suppressed: false,
});

describe('GET /api/analytics/actions', () => {
  it('counts the plans per region and year at 31 December, with ALL (exact for analysts)', async () => {
    const analyst = await t.tokenFor('analyst');
    const body = (await get('/api/analytics/actions?grouping=gp&from=2023&to=2024', analyst).expect(200))
      .body as ActionsAnalyticsResponse;
    expect(body).toMatchObject({ grouping: 'gp', from: 2023, to: 2024, protected: false, methodologyVersion: 'v1' });
    expect(body.series.map(({ regionName: _n, ...rest }) => rest)).toEqual([
      point('R1', 2023, [3, 1, 1, 0, 1, 0, 1, 2, 4]),
      point('R1', 2024, [3, 2, 1, 0, 1, 1, 1, 1, 2]),
      point('R2', 2023, [2, 1, 1, 0, 0, 0, 0, 2, 2]),
      point('R2', 2024, [2, 1, 0, 0, 1, 0, 0, 1, 1]),
      point('ALL', 2023, [5, 2, 2, 0, 1, 0, 1, 4, 6]),
      point('ALL', 2024, [5, 3, 1, 0, 2, 1, 1, 2, 3]),
    ]);
  });

  it('exports the series as CSV with headers in the language', async () => {
    const analyst = await t.tokenFor('analyst');
    const res = await get('/api/analytics/actions?grouping=gp&from=2024&to=2024&format=csv&lang=en', analyst).expect(
      200,
    );
    const [header, first] = res.text.split(/\r?\n/);
    expect(header).toContain('Members with an action plan');
    expect(header).toContain('Actions overdue (target passed)');
    expect(first).toBe('R1,R1,2024,3,2,1,0,1,1,1,1,2,FALSE');
  });
});

/** The cells with gaps, as [region, item, gaps, closed, closed with an action, closed without]. */
const nonZeroClosures = (body: GapClosureResponse) =>
  body.items
    .filter((i) => i.gaps !== 0)
    .map((i) => [i.region, i.code, i.gaps, i.closedNext, i.closedNextWithAction, i.closedNextWithoutAction]);

describe('GET /api/analytics/gap-closure', () => {
  it('counts per item the gaps closed at the next assessment, with and without a done action', async () => {
    const analyst = await t.tokenFor('analyst');
    const body = (await get('/api/analytics/gap-closure?grouping=gp&from=2023&to=2024', analyst).expect(200))
      .body as GapClosureResponse;
    expect(body).toMatchObject({ grouping: 'gp', protected: false });
    expect(body.caveat.en).toMatch(/Few cases/);
    expect(body.caveat.fr).toMatch(/causalité/);
    expect(nonZeroClosures(body)).toEqual([
      ['R1', 'A.1', 2, 2, 1, 1],
      ['R1', 'A.2.1', 1, 0, 0, 0],
      ['R2', 'A.1', 1, 1, 1, 0],
      ['R2', 'A.2.1', 1, 0, 0, 0],
      ['ALL', 'A.1', 3, 3, 2, 1],
      ['ALL', 'A.2.1', 2, 0, 0, 0],
    ]);
    // Every scored item of every region, zeros included.
    expect(body.items.length % 3).toBe(0);
  });

  it('pairs an assessment with the next counted one, past a draft and a year without any', async () => {
    // GHA 2017 gaps A.1 (0) and A.2.1 (0.25); the 2018 draft (A.1 0) does not count; 2020: A.1 1, A.2.1 0.
    // A.1 closed at 2020 without an action, A.2.1 not; taking the draft as next would leave A.1 open.
    await assessment('GHA', 2017, '2017-05-01', { 'A.1': 0, 'A.2.1': 0.25 });
    await insertAssessment(t.db, {
      country: 'GHA',
      year: 2018,
      status: 'draft',
      overall: 0,
      level: 1,
      selfLevel: 1,
      items: { 'A.1': 0 },
    });
    await assessment('GHA', 2020, '2020-05-01', { 'A.1': 1, 'A.2.1': 0 });
    const analyst = await t.tokenFor('analyst');
    const body = (await get('/api/analytics/gap-closure?grouping=gp&from=2017&to=2018', analyst).expect(200))
      .body as GapClosureResponse;
    expect(nonZeroClosures(body)).toEqual([
      ['R2', 'A.1', 1, 1, 0, 1],
      ['R2', 'A.2.1', 1, 0, 0, 0],
      ['ALL', 'A.1', 1, 1, 0, 1],
      ['ALL', 'A.2.1', 1, 0, 0, 0],
    ]);
  });

  it('exports the items as CSV with headers in the language', async () => {
    const analyst = await t.tokenFor('analyst');
    const res = await get(
      '/api/analytics/gap-closure?grouping=gp&from=2023&to=2024&format=csv&lang=en',
      analyst,
    ).expect(200);
    const lines = res.text.split(/\r?\n/);
    expect(lines[0]).toContain('Closed at the next assessment, with a done action');
    expect(lines[0]).toContain('Gaps followed by a next assessment');
    const all = lines.find((l) => l.startsWith('ALL,') && l.includes(',A.1,'))!;
    expect(all.endsWith(',3,3,2,1,FALSE')).toBe(true);
  });
});

describe('national users get protected figures, analysts exact ones', () => {
  it('perturbs the WCO regions’ figures and withholds small cells', async () => {
    const analyst = await t.tokenFor('analyst');
    const viewer = await t.tokenFor('viewer', 'FRA');
    const closure = '/api/analytics/gap-closure?grouping=wco&from=2023&to=2024';
    const exact = (await get(closure, analyst).expect(200)).body as GapClosureResponse;
    const shown = (await get(closure, viewer).expect(200)).body as GapClosureResponse;
    const cell = (r: GapClosureResponse, region: string, code: string) =>
      r.items.find((i) => i.region === region && i.code === code)!;
    expect(cell(exact, 'ALL', 'A.1')).toMatchObject({ gaps: 3, closedNext: 3, closedNextWithAction: 2 });
    expect(shown.protected).toBe(true);
    const all = cell(shown, 'ALL', 'A.1');
    expect(all.suppressed).toBe(false);
    expect(all.gaps).toBeGreaterThanOrEqual(3);
    expect(Math.abs(all.gaps! - 3)).toBeLessThanOrEqual(4);
    expect(all.closedNext).toBeLessThanOrEqual(all.gaps!);
    expect(cell(shown, 'ALL', 'A.2.1')).toMatchObject({ gaps: null, closedNext: null, suppressed: true }); // 2 gaps
    expect(shown.items.filter((i) => i.gaps !== null && i.gaps < 3)).toEqual([]);

    const actions = '/api/analytics/actions?grouping=wco&from=2023&to=2023';
    const exactActions = (await get(actions, analyst).expect(200)).body as ActionsAnalyticsResponse;
    const shownActions = (await get(actions, viewer).expect(200)).body as ActionsAnalyticsResponse;
    const allExact = exactActions.series.find((p) => p.region === 'ALL')!;
    const allShown = shownActions.series.find((p) => p.region === 'ALL')!;
    expect(allExact).toMatchObject({ countriesWithPlan: 2, gaps: 6, gapsWithAction: 4, overdue: 1 });
    expect(allShown.members).toBe(allExact.members);
    expect(Math.abs(allShown.countriesWithPlan! - 2)).toBeLessThanOrEqual(4);
    expect(allShown.gapsWithAction).toBeLessThanOrEqual(allShown.gaps!);
    expect(shownActions.protected).toBe(true);
  });

  it('refuses another grouping to national users, naming the field', async () => {
    const viewer = await t.tokenFor('viewer', 'FRA');
    const res = await get('/api/analytics/gap-closure?grouping=gp', viewer).expect(403);
    expect(res.body).toMatchObject({ code: 'published_only', params: { field: 'grouping' } });
  });
});
