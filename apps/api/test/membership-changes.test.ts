import type { AuditListResponse } from '@cpc/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceDataLoader } from '../src/reference/reference-data.loader.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Admins record accessions, moves and departures with their dates. Tuvalu (not a WCO Member) is made to join
 * Asia/Pacific on 1 March 2026, and France to move from Europe to Asia/Pacific on 1 July 2026: hypothetical
 * changes, to see them counted at once, kept across a reload of the reference data, refused when they
 * contradict the stored periods, and audited.
 */
let t: TestApp;
let admin: string;
let analyst: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.tokenFor('admin');
  analyst = await t.tokenFor('analyst');
}, 120_000);
afterAll(() => t.close());

const server = () => t.app.getHttpServer();
const change = (body: object, token = admin) =>
  request(server()).post('/api/groupings/wco/membership-changes').set('Authorization', `Bearer ${token}`).send(body);
const regionOf = async (code: string, year: number) =>
  (
    (await request(server()).get(`/api/groupings/wco?year=${year}`).set('Authorization', `Bearer ${admin}`).expect(200))
      .body.regions as { code: string; members: string[]; memberships: unknown[] }[]
  ).find((r) => r.code === code)!;
const apMembers = async (year: number) =>
  (
    (
      await request(server())
        .get(`/api/analytics/maturity?grouping=wco&from=${year}&to=${year}`)
        .set('Authorization', `Bearer ${analyst}`)
        .expect(200)
    ).body.series as { region: string; members: number }[]
  ).find((p) => p.region === 'AP')!.members;

describe('a change of membership', () => {
  it('counts an accession from its year, at once', async () => {
    const before = await apMembers(2026);
    const { body } = await change({ iso3: 'TUV', region: 'AP', effective: '2026-03-01' }).expect(201);
    expect(body.regions.find((r: { code: string }) => r.code === 'AP').members).toContain('TUV');
    expect(await apMembers(2026)).toBe(before + 1);
    expect((await regionOf('AP', 2025)).members).not.toContain('TUV');
  });

  it('ends the old membership the day before a move', async () => {
    await change({ iso3: 'FRA', region: 'AP', effective: '2026-07-01' }).expect(201);
    expect((await regionOf('EUR', 2025)).members).toContain('FRA');
    expect((await regionOf('EUR', 2026)).members).not.toContain('FRA');
    expect((await regionOf('AP', 2026)).members).toContain('FRA');
    expect((await regionOf('EUR', 2026)).memberships).toContainEqual({
      iso3: 'FRA',
      from: '1952-10-06',
      to: '2026-06-30',
    });
  });

  it('is kept when the reference data are loaded again, as at every start', async () => {
    await t.app.get(ReferenceDataLoader).load();
    expect((await regionOf('AP', 2026)).members).toEqual(expect.arrayContaining(['FRA', 'TUV']));
    expect((await regionOf('EUR', 2026)).members).not.toContain('FRA');
  });

  it.each([
    [{ iso3: 'TUV', region: 'AP', effective: '2026-09-01' }, 'region', 'TUV is already a member of AP'],
    [
      { iso3: 'TUV', region: 'EUR', effective: '2025-01-01' },
      'effective',
      'TUV already has a membership from 2026-03-01',
    ],
    [{ iso3: 'NRU', region: null, effective: '2026-01-01' }, 'region', 'NRU is a member of no region on 2026-01-01'],
    [{ iso3: 'NRU', region: 'XX', effective: '2026-01-01' }, 'region', 'no region XX in wco'],
    [{ iso3: 'ZZZ', region: 'AP', effective: '2026-01-01' }, 'iso3', 'unknown country ZZZ'],
    [{ iso3: 'NRU', region: 'AP', effective: '2026-02-30' }, 'effective', null],
  ])('refuses %j, naming %s, and writes nothing', async (body, field, message) => {
    const before = await regionOf('AP', 2026);
    const response = await change(body).expect(400);
    expect(response.body.errors[0].field).toBe(field);
    if (message) expect(response.body.errors[0].message).toBe(`${field}: ${message}`);
    expect(await regionOf('AP', 2026)).toEqual(before);
  });

  it('is for admins only, on a grouping that exists', async () => {
    await change({ iso3: 'NRU', region: 'AP', effective: '2026-01-01' }, analyst).expect(403);
    await request(server())
      .post('/api/groupings/nope/membership-changes')
      .set('Authorization', `Bearer ${admin}`)
      .send({ iso3: 'NRU', region: 'AP', effective: '2026-01-01' })
      .expect(404);
  });

  it('is audited, with who recorded it', async () => {
    for (let i = 0; i < 50; i++) {
      const { body } = await request(server()).get('/api/audit?limit=500').set('Authorization', `Bearer ${admin}`);
      const entry = (body as AuditListResponse).entries.find(
        (e) => e.path === '/api/groupings/wco/membership-changes' && e.status === 201,
      );
      if (entry) {
        expect(entry).toMatchObject({ method: 'POST', role: 'admin' });
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('no audit entry for the change');
  });
});
