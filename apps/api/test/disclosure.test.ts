import type { AuditEntry, AuditListResponse, DisclosureResponse } from '@cpc/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment } from './factories.js';
import { startTestApp, TEST_ADMIN, type TestApp } from './test-app.js';

/*
 * Each administration's disclosure preference: GET /api/countries/:iso3/disclosure (any signed-in user), PUT
 * (its coordinator or an admin), the history (analysts, admins, its own national users), the audit trail of
 * the changes, and the preference taking effect at once in another national user's map.
 *
 * Fixture for the map: FRA, KEN and SEN each have a validated 2022 assessment.
 */

let t: TestApp;
const server = () => t.app.getHttpServer();
const as = (token: string) => ({ Authorization: `Bearer ${token}` });
const getDisclosure = (iso3: string, token: string) =>
  request(server()).get(`/api/countries/${iso3}/disclosure`).set(as(token));
const putDisclosure = (iso3: string, token: string, body: object) =>
  request(server()).put(`/api/countries/${iso3}/disclosure`).set(as(token)).send(body);
const getHistory = (iso3: string, token: string) =>
  request(server()).get(`/api/countries/${iso3}/disclosure/history`).set(as(token));

async function emailOf(token: string): Promise<string> {
  return (await request(server()).get('/api/auth/me').set(as(token)).expect(200)).body.email as string;
}

beforeAll(async () => {
  t = await startTestApp();
  for (const country of ['FRA', 'KEN', 'SEN'])
    await insertAssessment(t.db, { country, year: 2022, status: 'validated', overall: 50, level: 3, selfLevel: 3 });
});
afterAll(() => t.close());

describe('GET /api/countries/:iso3/disclosure', () => {
  it('is confidential by default, never changed, for every signed-in user', async () => {
    for (const token of [
      await t.tokenFor('viewer', 'KEN'),
      await t.tokenFor('coordinator', 'FRA'),
      await t.tokenFor('analyst'),
      await t.tokenFor('admin'),
    ]) {
      const { body } = await getDisclosure('BRA', token).expect(200);
      expect(body).toEqual({ iso3: 'BRA', level: 'confidential', updatedAt: null, updatedBy: null });
    }
  });

  it('answers 401 anonymously, 404 for an unknown country, 400 naming iso3 for a malformed code', async () => {
    await request(server()).get('/api/countries/FRA/disclosure').expect(401);
    const viewer = await t.tokenFor('viewer', 'FRA');
    const unknown = await getDisclosure('ZZZ', viewer).expect(404);
    expect(unknown.body.message).toMatch(/^iso3/);
    for (const code of ['fra', 'FR', 'FRAN']) {
      const bad = await getDisclosure(code, viewer).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['iso3']);
    }
  });
});

describe('PUT /api/countries/:iso3/disclosure', () => {
  it('lets a country’s coordinator set its own preference, and says who did and when', async () => {
    const coordinator = await t.tokenFor('coordinator', 'BEL');
    const before = Date.now();
    const { body } = await putDisclosure('BEL', coordinator, { level: 'members' }).expect(200);
    expect(body).toMatchObject({ iso3: 'BEL', level: 'members', updatedBy: await emailOf(coordinator) });
    expect(Date.parse(body.updatedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(body.updatedAt)).toBeLessThanOrEqual(Date.now() + 1000);
    // Every signed-in user reads it back; who set it, only those who may read the history.
    const own = await getDisclosure('BEL', await t.tokenFor('viewer', 'BEL')).expect(200);
    expect(own.body).toEqual(body);
    const other = await getDisclosure('BEL', await t.tokenFor('viewer', 'KEN')).expect(200);
    expect(other.body).toEqual({ ...body, updatedBy: null });
  });

  it('lets an admin set any country’s preference', async () => {
    const admin = await t.tokenFor('admin');
    const { body } = await putDisclosure('NLD', admin, { level: 'members' }).expect(200);
    expect(body).toMatchObject({ iso3: 'NLD', level: 'members', updatedBy: TEST_ADMIN.email });
    const back = await putDisclosure('NLD', admin, { level: 'confidential' }).expect(200);
    expect(back.body).toMatchObject({ iso3: 'NLD', level: 'confidential', updatedBy: TEST_ADMIN.email });
  });

  it.each([
    ['another country’s coordinator', 'coordinator', 'KEN'],
    ['the country’s own viewer', 'viewer', 'LUX'],
    ['an analyst', 'analyst', undefined],
  ] as const)('refuses %s (403 naming iso3), and nothing changes', async (_who, role, country) => {
    const token = await t.tokenFor(role, country);
    const refused = await putDisclosure('LUX', token, { level: 'members' }).expect(403);
    expect(refused.body.message).toMatch(/^iso3/);
    const { body } = await getDisclosure('LUX', token).expect(200);
    expect(body).toEqual({ iso3: 'LUX', level: 'confidential', updatedAt: null, updatedBy: null });
    const history = await getHistory('LUX', await t.tokenFor('analyst')).expect(200);
    expect(history.body.items).toEqual([]);
  });

  it.each([
    [{ level: 'public' }, 'level'],
    [{ level: 'MEMBERS' }, 'level'],
    [{ level: 1 }, 'level'],
    [{ level: null }, 'level'],
    [{}, 'level'],
    [{ level: 'members', country: 'FRA' }, 'country'],
  ])('rejects %j with a 400 naming %s, and nothing changes', async (body, field) => {
    const coordinator = await t.tokenFor('coordinator', 'PRT');
    const res = await putDisclosure('PRT', coordinator, body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    expect(res.body.message).toMatch(new RegExp(`^(unknown field "${field}"|${field})`));
    expect((await getDisclosure('PRT', coordinator).expect(200)).body.level).toBe('confidential');
  });

  it('answers 404 for an unknown country and 400 naming iso3 for a malformed code, even to an admin', async () => {
    const admin = await t.tokenFor('admin');
    const unknown = await putDisclosure('ZZZ', admin, { level: 'members' }).expect(404);
    expect(unknown.body.message).toMatch(/^iso3/);
    const bad = await putDisclosure('fra', admin, { level: 'members' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['iso3']);
    await request(server()).put('/api/countries/FRA/disclosure').send({ level: 'members' }).expect(401);
  });
});

describe('GET /api/countries/:iso3/disclosure/history', () => {
  let coordinatorEmail: string;

  beforeAll(async () => {
    const coordinator = await t.tokenFor('coordinator', 'ESP');
    coordinatorEmail = await emailOf(coordinator);
    await putDisclosure('ESP', coordinator, { level: 'members' }).expect(200);
    await putDisclosure('ESP', await t.tokenFor('admin'), { level: 'confidential' }).expect(200);
    await putDisclosure('ESP', coordinator, { level: 'members' }).expect(200);
  });

  it('lists every change, newest first, with who made it', async () => {
    const { body } = await getHistory('ESP', await t.tokenFor('analyst')).expect(200);
    expect(body.iso3).toBe('ESP');
    expect(body.items.map((i: { level: string; changedBy: string }) => `${i.level} by ${i.changedBy}`)).toEqual([
      `members by ${coordinatorEmail}`,
      `confidential by ${TEST_ADMIN.email}`,
      `members by ${coordinatorEmail}`,
    ]);
    const times = body.items.map((i: { changedAt: string }) => Date.parse(i.changedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The current preference is the newest change.
    const current: DisclosureResponse = (await getDisclosure('ESP', await t.tokenFor('admin')).expect(200)).body;
    expect(current).toMatchObject({
      level: 'members',
      updatedBy: coordinatorEmail,
      updatedAt: body.items[0].changedAt,
    });
  });

  it('is open to analysts, admins and the country’s own national users; 403 naming iso3 to the others', async () => {
    for (const [role, country] of [
      ['analyst', undefined],
      ['admin', undefined],
      ['coordinator', 'ESP'],
      ['viewer', 'ESP'],
    ] as const)
      await getHistory('ESP', await t.tokenFor(role, country)).expect(200);
    for (const [role, country] of [
      ['coordinator', 'FRA'],
      ['viewer', 'FRA'],
    ] as const) {
      const { body } = await getHistory('ESP', await t.tokenFor(role, country)).expect(403);
      expect(body.message).toMatch(/^iso3/);
    }
  });

  it('is empty for a country that never changed, 404 for an unknown one, 400 for a malformed code', async () => {
    const analyst = await t.tokenFor('analyst');
    expect((await getHistory('CHE', analyst).expect(200)).body).toEqual({ iso3: 'CHE', items: [] });
    await getHistory('ZZZ', analyst).expect(404);
    await getHistory('es', analyst).expect(400);
  });
});

describe('the audit trail', () => {
  async function waitFor(match: (e: AuditEntry) => boolean): Promise<AuditEntry> {
    const admin = await t.tokenFor('admin');
    for (let i = 0; i < 50; i++) {
      const { body } = await request(server()).get('/api/audit?limit=500').set(as(admin)).expect(200);
      const found = (body as AuditListResponse).entries.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('no such audit entry');
  }

  it('records each change of preference with who made it, and each refused one', async () => {
    const coordinator = await t.tokenFor('coordinator', 'AUT');
    await putDisclosure('AUT', coordinator, { level: 'members' }).expect(200);
    const written = await waitFor((e) => e.path === '/api/countries/AUT/disclosure' && e.status === 200);
    expect(written).toMatchObject({
      action: 'write',
      method: 'PUT',
      role: 'coordinator',
      email: await emailOf(coordinator),
    });
    await putDisclosure('AUT', await t.tokenFor('viewer', 'AUT'), { level: 'confidential' }).expect(403);
    const refused = await waitFor((e) => e.path === '/api/countries/AUT/disclosure' && e.status === 403);
    expect(refused).toMatchObject({ action: 'write', method: 'PUT', role: 'viewer' });
  });
});

describe('the preference takes effect at once', () => {
  it('adds a country to another national user’s map while it shares its figures, and only then', async () => {
    const fraViewer = await t.tokenFor('viewer', 'FRA');
    const kenCoordinator = await t.tokenFor('coordinator', 'KEN');
    const map = async () =>
      (
        await request(server()).get('/api/analytics/countries?grouping=wco&year=2022').set(as(fraViewer)).expect(200)
      ).body.items.map((i: { country: string }) => i.country);
    expect(await map()).toEqual(['FRA']);
    await putDisclosure('KEN', kenCoordinator, { level: 'members' }).expect(200);
    // KEN's exact figures; SEN keeps its own confidential.
    expect(await map()).toEqual(['FRA', 'KEN']);
    await putDisclosure('KEN', kenCoordinator, { level: 'confidential' }).expect(200);
    expect(await map()).toEqual(['FRA']);
  });
});
