import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentListResponse, RegisterChecksBatchResponse, RegisterChecksDetailResponse } from '@cpc/domain';
import { insertAssessment } from './factories.js';
import { agreement, insertInstrument } from './instrument-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Six assessments, in three WCO regions (France, Germany, Italy: EUR; Senegal: WCA; Brazil: AMS), submitted the
 * given number of days ago (a draft has never been submitted):
 *   FRA 2024 submitted 100 days   DEU 2024 submitted 40 days   ITA 2023 validated 200 days
 *   SEN 2024 submitted 10 days    SEN 2023 draft               BRA 2024 returned 3 days
 * Each claims an MoU in A.1. The register has an MoU for France (2020–) and for Italy (2015–2023), none for the
 * others, so the claims of DEU 2024, SEN 2024, SEN 2023 and BRA 2024 contradict it.
 */
let t: TestApp;
const ids: Record<string, string> = {};
const FIXTURE = [
  ['FRA', 2024, 'submitted', 100],
  ['DEU', 2024, 'submitted', 40],
  ['ITA', 2023, 'validated', 200],
  ['SEN', 2024, 'submitted', 10],
  ['SEN', 2023, 'draft', null],
  ['BRA', 2024, 'returned', 3],
] as const;

async function seed(): Promise<void> {
  for (const [country, year, status, days] of FIXTURE) {
    const answers = { 'A.1': ['mou'] };
    const id = await insertAssessment(t.db, { country, year, status, level: 3, selfLevel: 3, overall: 50, answers });
    ids[`${country}${year}`] = id;
    if (days !== null)
      await t.db.query(`UPDATE assessments SET submitted_at = now() - make_interval(days => $2) WHERE id = $1`, [
        id,
        days,
      ]);
  }
  await insertInstrument(t.db, {
    country: 'FRA',
    kind: 'agreement',
    from: '2020-01-01',
    to: null,
    details: agreement('mou'),
  });
  const itaMou = { country: 'ITA', kind: 'agreement', from: '2015-01-01', to: '2023-12-31', details: agreement('mou') };
  await insertInstrument(t.db, itaMou);
}

beforeAll(async () => {
  t = await startTestApp();
  await seed();
});
afterAll(async () => {
  await t.close();
});

const get = async (path: string, token?: string) =>
  request(t.app.getHttpServer())
    .get(path)
    .set('Authorization', `Bearer ${token ?? (await t.tokenFor('analyst'))}`);
const ok = async (path: string, token?: string): Promise<unknown> => {
  const res = await get(path, token);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const list = async (query: string, token?: string) =>
  (await ok(`/api/assessments?${query}`, token)) as AssessmentListResponse;
const keysOf = (body: AssessmentListResponse) => body.assessments.map((a) => `${a.country}${a.year}`);
const counts = (pairs: [string, number][]) => pairs.map(([value, count]) => ({ value, count }));

describe('GET /api/assessments: region and waiting filters, with counts', () => {
  it('lists a region’s assessments and counts each filter’s options under the other filters', async () => {
    const body = await list('region=EUR');
    expect(keysOf(body)).toEqual(['DEU2024', 'FRA2024', 'ITA2023']);
    expect(body.facets).toEqual({
      // Not filtered by region: every row, by its country's region.
      region: counts([
        ['AMS', 1],
        ['EUR', 3],
        ['WCA', 2],
      ]),
      country: counts([
        ['DEU', 1],
        ['FRA', 1],
        ['ITA', 1],
      ]),
      year: counts([
        ['2023', 1],
        ['2024', 2],
      ]),
      status: counts([
        ['submitted', 2],
        ['validated', 1],
      ]),
      waitingDays: counts([
        ['7', 3],
        ['30', 3],
        ['90', 2],
      ]),
    });
  });

  it('keeps the review queue’s items waiting at least so many days, and counts every waiting time', async () => {
    const body = await list('status=submitted&waitingDays=30');
    expect(keysOf(body)).toEqual(['DEU2024', 'FRA2024']);
    expect(body.facets.waitingDays).toEqual(
      counts([
        ['7', 3],
        ['30', 2],
        ['90', 1],
      ]),
    );
    // Waiting 30 days or more, in any status: FRA and DEU submitted, ITA validated.
    expect(body.facets.status).toEqual(
      counts([
        ['submitted', 2],
        ['validated', 1],
      ]),
    );
    expect(body.facets.region).toEqual(counts([['EUR', 2]]));
  });

  it('counts only the own country for a coordinator, whatever the other filters', async () => {
    const body = await list('', await t.tokenFor('coordinator', 'FRA'));
    expect(keysOf(body)).toEqual(['FRA2024']);
    expect(body.facets.country).toEqual(counts([['FRA', 1]]));
    expect(body.facets.region).toEqual(counts([['EUR', 1]]));
  });

  it('lists nothing for a region of another grouping code, and refuses bad input naming the field', async () => {
    expect(keysOf(await list('region=NOPE'))).toEqual([]);
    const badRegion = await get('/api/assessments?region=not%20a%20code');
    expect(badRegion.status).toBe(400);
    expect(JSON.stringify(badRegion.body)).toContain('region');
    const badDays = await get('/api/assessments?waitingDays=soon');
    expect(badDays.status).toBe(400);
    expect(JSON.stringify(badDays.body)).toContain('waitingDays');
  });
});

describe('GET /api/review/register-checks', () => {
  const batch = async (query: string, token?: string) =>
    (await ok(`/api/review/register-checks?${query}`, token)) as RegisterChecksBatchResponse;

  it('gives, in one answer, the checks of every assessment the queue lists', async () => {
    const body = await batch('status=submitted');
    expect(body.assessments.map((a) => [a.id, a.checks.map((c) => [c.code, c.reason])])).toEqual([
      [ids.DEU2024, [['A.1', 'no_agreement_in_force']]],
      [ids.FRA2024, []],
      [ids.SEN2024, [['A.1', 'no_agreement_in_force']]],
    ]);
  });

  it('says for each assessment what GET /api/assessments/:id/register-checks says', async () => {
    const body = await batch('region=EUR');
    expect(body.assessments.map((a) => a.id)).toEqual([ids.DEU2024, ids.FRA2024, ids.ITA2023]);
    for (const entry of body.assessments) {
      const one = (await ok(`/api/assessments/${entry.id}/register-checks`)) as RegisterChecksDetailResponse;
      expect(entry.checks).toEqual(one.checks);
    }
  });

  it('is scoped like the list: a viewer sees their own country, and is refused another', async () => {
    const viewer = await t.tokenFor('viewer', 'SEN');
    expect((await batch('', viewer)).assessments.map((a) => a.id)).toEqual([ids.SEN2024, ids.SEN2023]);
    expect((await get('/api/review/register-checks?country=FRA', viewer)).status).toBe(403);
  });
});
