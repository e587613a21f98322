import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterChecksDetailResponse, RegisterSummaryResponse } from '@cpc/domain';
import { insertAssessment } from './factories.js';
import { agreement, committee, insertInstrument, liaison, training } from './instrument-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Three 2024 assessments that claim everything the register can back: A.1 MoU and committee, A.3.2 MoU,
 * A.4.2 legislation, A.14.1 officers one way, A.15.1 and A.16.1 yes.
 *   DEU: an empty register → every claim contradicts it (7 checks).
 *   FRA: a register that backs every claim, at the year's edges: an MoA from 2024-12-31 (backs the MoU), a
 *        decree ended 2024-01-01 (backs legislation), a committee, a liaison post, a training of 2022.
 *   ITA: a register just outside the year: an MoU ended 2023-12-31, a committee from 2025-01-01, a liaison
 *        post of 2023, a training of 2021 → every claim contradicts it, as for DEU; and an MoA claim in A.1 of
 *        a 2023 assessment, when only the MoU was in force → one check.
 */
let t: TestApp;
const ids: Record<string, string> = {};
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
const CLAIMS = {
  'A.1': ['mou', 'joint_committee'],
  'A.3.1': 'yes',
  'A.3.2': 'mou',
  'A.4.1': 'yes',
  'A.4.2': 'legislation',
  'A.14.1': 'one_way',
  'A.15.1': 'yes',
  'A.16.1': 'yes',
};
const ALL_CHECKS = [
  ['A.1', 'no_agreement_in_force'],
  ['A.1', 'no_committee_in_force'],
  ['A.3.2', 'no_agreement_in_force'],
  ['A.4.2', 'no_agreement_in_force'],
  ['A.14.1', 'no_liaison_deployed'],
  ['A.15.1', 'no_recent_training'],
  ['A.16.1', 'no_recent_training'],
];
const base = { level: 3, selfLevel: 3, overall: 50, status: 'submitted' as const };

async function seed(): Promise<void> {
  for (const country of ['DEU', 'FRA', 'ITA'])
    ids[country] = await insertAssessment(t.db, { ...base, country, year: 2024, answers: CLAIMS });
  ids.ITA2023 = await insertAssessment(t.db, { ...base, country: 'ITA', year: 2023, answers: { 'A.1': ['moa'] } });
  const add = (country: string, kind: string, from: string, to: string | null, details: object) =>
    insertInstrument(t.db, { country, kind, from, to, details: details as Record<string, unknown> });
  await add('FRA', 'agreement', '2024-12-31', null, agreement('moa'));
  await add('FRA', 'agreement', '2010-05-01', '2024-01-01', agreement('decree'));
  await add('FRA', 'committee', '2019-01-01', null, committee);
  await add('FRA', 'liaison_officer', '2024-06-01', null, liaison);
  await add('FRA', 'training', '2022-01-15', '2022-01-20', training(10, 10, 0));
  await add('ITA', 'agreement', '2015-01-01', '2023-12-31', agreement('mou'));
  await add('ITA', 'committee', '2025-01-01', null, committee);
  await add('ITA', 'liaison_officer', '2023-01-01', '2023-12-31', liaison);
  await add('ITA', 'training', '2021-12-01', '2021-12-31', training(5, 5, 0));
}

beforeAll(async () => {
  t = await startTestApp();
  await seed();
});
afterAll(async () => {
  await t.close();
});

const checksOf = async (id: string, token: string) =>
  ((await get(`/api/assessments/${id}/register-checks`, token).expect(200)).body as RegisterChecksDetailResponse)
    .checks;
const pairs = (checks: RegisterChecksDetailResponse['checks']) => checks.map((c) => [c.code, c.reason]);

describe('GET /api/assessments/:id/register-checks', () => {
  it('lists every claim an empty register contradicts, in the questionnaire’s order, with English and a reason', async () => {
    const checks = await checksOf(ids.DEU!, await t.tokenFor('analyst'));
    expect(pairs(checks)).toEqual(ALL_CHECKS);
    expect(checks[0]).toEqual({
      code: 'A.1',
      severity: 'warning',
      message: 'A.1 claims a memorandum of understanding, but the register has no such agreement in force in 2024',
      reason: 'no_agreement_in_force',
      params: { claimed: 'mou', year: 2024 },
    });
    expect(checks[6]).toMatchObject({ code: 'A.16.1', params: { from: 2022, to: 2024 } });
  });

  it('finds nothing when the register backs every claim, at the edges of the year', async () => {
    expect(await checksOf(ids.FRA!, await t.tokenFor('coordinator', 'FRA'))).toEqual([]);
  });

  it('does not take instruments just outside the year, nor a training three years before', async () => {
    expect(pairs(await checksOf(ids.ITA!, await t.tokenFor('analyst')))).toEqual(ALL_CHECKS);
    expect(pairs(await checksOf(ids.ITA2023!, await t.tokenFor('analyst')))).toEqual([
      ['A.1', 'no_agreement_in_force'],
    ]);
  });

  it('is read like the assessment: its own country’s users and analysts; 404 for an unknown id', async () => {
    await get(`/api/assessments/${ids.DEU!}/register-checks`, await t.tokenFor('viewer', 'DEU')).expect(200);
    const refused = await get(`/api/assessments/${ids.DEU!}/register-checks`, await t.tokenFor('viewer', 'FRA'));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'forbidden_country', params: { country: 'DEU' } });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const missing = await get(`/api/assessments/${unknown}/register-checks`, await t.tokenFor('analyst'));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'assessment_not_found' });
  });
});

describe('GET /api/countries/:iso3/register-summary', () => {
  it('says, item by item, what the register backs in the year and which instruments', async () => {
    const res = await get('/api/countries/FRA/register-summary?year=2024', await t.tokenFor('coordinator', 'FRA'));
    const body = res.body as RegisterSummaryResponse;
    expect(res.status).toBe(200);
    expect(body.country).toBe('FRA');
    expect(body.year).toBe(2024);
    expect(body.items.map((i) => [i.code, i.supported, i.instruments.map((x) => x.kind)])).toEqual([
      ['A.1', ['mou', 'moa', 'legislation', 'joint_committee'], ['agreement', 'agreement', 'committee']],
      ['A.3.2', ['mou', 'legislation'], ['agreement', 'agreement']],
      ['A.4.2', ['mou', 'legislation'], ['agreement', 'agreement']],
      ['A.14.1', ['one_way', 'both_ways', 'virtual_task_force'], ['liaison_officer']],
      ['A.15.1', ['yes'], ['training']],
      ['A.16.1', ['yes'], ['training']],
    ]);
    expect(body.items[4]!.instruments[0]).toMatchObject({ from: '2022-01-15', to: '2022-01-20' });
  });

  it('refuses another country to national users, and an unknown country', async () => {
    await get('/api/countries/DEU/register-summary?year=2024', await t.tokenFor('viewer', 'FRA')).expect(403);
    const res = await get('/api/countries/ZZZ/register-summary', await t.tokenFor('analyst'));
    expect(res.status).toBe(404);
  });
});
