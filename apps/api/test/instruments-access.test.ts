import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from './assessment-fixtures.js';
import { VALID } from './instruments-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Who may do what: coordinators manage their own country's instruments, analysts and admins every country's;
 * viewers read their own country's; national users of other countries read those of countries that share
 * their figures with members (SEN here), and nothing of the others (FRA).
 */
let t: TestApp;
let admin: Client;
let analyst: Client;
let franceCoordinator: Client;
let franceViewer: Client;
let brazilCoordinator: Client;
let brazilViewer: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  admin = await clientFor(t, { role: 'admin' });
  analyst = await clientFor(t, { role: 'analyst' });
  franceCoordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
  franceViewer = await clientFor(t, { role: 'viewer', country: 'FRA' });
  brazilCoordinator = await clientFor(t, { role: 'coordinator', country: 'BRA' });
  brazilViewer = await clientFor(t, { role: 'viewer', country: 'BRA' });
  await t.db.query(
    `INSERT INTO country_disclosures (country_iso3, level, updated_at) VALUES ('SEN', 'members', now())`,
  );
  ids.FRA = (await franceCoordinator.post('/api/instruments').send(VALID.agreement).expect(201)).body.id;
  ids.SEN = (
    await analyst
      .post('/api/instruments')
      .send({ ...VALID.agreement, country: 'SEN' })
      .expect(201)
  ).body.id;
  ids.BRA = (
    await admin
      .post('/api/instruments')
      .send({ ...VALID.joint_unit, country: 'BRA' })
      .expect(201)
  ).body.id;
});
afterAll(() => t.close());

const countriesOf = (body: { instruments: { country: string }[] }) => body.instruments.map((i) => i.country);

describe('reading', () => {
  it('analysts and admins list every country', async () => {
    expect(countriesOf((await analyst.get('/api/instruments').expect(200)).body)).toEqual(['BRA', 'FRA', 'SEN']);
    expect(countriesOf((await admin.get('/api/instruments').expect(200)).body)).toEqual(['BRA', 'FRA', 'SEN']);
  });

  it('national users list their own country and the sharing ones, silently without the others', async () => {
    expect(countriesOf((await franceViewer.get('/api/instruments').expect(200)).body)).toEqual(['FRA', 'SEN']);
    expect(countriesOf((await brazilCoordinator.get('/api/instruments').expect(200)).body)).toEqual(['BRA', 'SEN']);
    expect((await brazilViewer.get('/api/instruments?country=FRA').expect(200)).body).toEqual({ instruments: [] });
    expect(countriesOf((await brazilViewer.get('/api/instruments?country=SEN').expect(200)).body)).toEqual(['SEN']);
  });

  it('one record: own country and sharing ones read, others 403, anonymous 401', async () => {
    await franceViewer.get(`/api/instruments/${ids.FRA}`).expect(200);
    await brazilViewer.get(`/api/instruments/${ids.SEN}`).expect(200);
    const refused = await brazilViewer.get(`/api/instruments/${ids.FRA}`).expect(403);
    expect(refused.body.code).toBe('forbidden_country');
    await brazilCoordinator.get(`/api/instruments/${ids.FRA}/history`).expect(403);
    await request(t.app.getHttpServer()).get('/api/instruments').expect(401);
    await request(t.app.getHttpServer()).get(`/api/instruments/${ids.FRA}`).expect(401);
  });
});

describe('writing', () => {
  it('a coordinator records its own country’s, not another’s (even a sharing one)', async () => {
    const own = await brazilCoordinator
      .post('/api/instruments')
      .send({ ...VALID.training, country: 'BRA' })
      .expect(201);
    const other = await brazilCoordinator.post('/api/instruments').send(VALID.training).expect(403);
    expect(other.body.code).toBe('edit_forbidden');
    await brazilCoordinator
      .patch(`/api/instruments/${ids.SEN}`)
      .send({ ...VALID.agreement, country: 'SEN', version: 1 })
      .expect(403);
    await brazilCoordinator.delete(`/api/instruments/${ids.SEN}?version=1`).expect(403);
    // Nor move its own record to another country.
    await brazilCoordinator
      .patch(`/api/instruments/${own.body.id}`)
      .send({ ...VALID.training, version: 1 })
      .expect(403);
  });

  it('a viewer writes nothing, not even for its own country', async () => {
    await franceViewer.post('/api/instruments').send(VALID.committee).expect(403);
    await franceViewer.delete(`/api/instruments/${ids.FRA}?version=1`).expect(403);
  });

  it('anonymous callers are refused before anything is read', async () => {
    await request(t.app.getHttpServer()).post('/api/instruments').send(VALID.committee).expect(401);
  });

  it('analysts and admins change any country’s', async () => {
    const updated = await analyst
      .patch(`/api/instruments/${ids.BRA}`)
      .send({ ...VALID.joint_unit, country: 'BRA', staff: 9, version: 1 })
      .expect(200);
    expect(updated.body).toMatchObject({ staff: 9, version: 2 });
    await admin.delete(`/api/instruments/${ids.BRA}?version=2`).expect(204);
  });
});

describe('the year filter: in force during the year', () => {
  it('keeps what started by its end and had not ended by its start', async () => {
    // liaison 2020-09-01 → 2023-08-31; agreement from 2019-04-02, open; training 2023-05-15 → 19.
    await franceCoordinator.post('/api/instruments').send(VALID.liaison_officer).expect(201);
    await franceCoordinator.post('/api/instruments').send(VALID.training).expect(201);
    const kindsIn = async (year: number) =>
      (await franceCoordinator.get(`/api/instruments?country=FRA&year=${year}`).expect(200)).body.instruments.map(
        (i: { kind: string }) => i.kind,
      );
    expect(await kindsIn(2018)).toEqual([]);
    expect(await kindsIn(2019)).toEqual(['agreement']);
    expect(await kindsIn(2020)).toEqual(['agreement', 'liaison_officer']);
    expect(await kindsIn(2023)).toEqual(['agreement', 'liaison_officer', 'training']);
    expect(await kindsIn(2024)).toEqual(['agreement']);
    const kind = await franceCoordinator.get('/api/instruments?kind=training').expect(200);
    expect(kind.body.instruments.map((i: { title: string }) => i.title)).toEqual(['Ciblage des passagers']);
    await franceCoordinator.get('/api/instruments?year=1800').expect(400);
    await franceCoordinator.get('/api/instruments?kind=treaty').expect(400);
  });
});
