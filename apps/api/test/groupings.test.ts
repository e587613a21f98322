import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let analyst: string;
const server = () => t.app.getHttpServer();
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
});
afterAll(() => t.close());

describe('custom groupings', () => {
  it('can be created, used by the analytics, renamed, changed and deleted', async () => {
    const created = await request(server())
      .post('/api/groupings')
      .set(as(analyst))
      .send({
        name: 'AIRCOP participants',
        regions: [{ code: 'AIRCOP', name: { en: 'AIRCOP', fr: 'AIRCOP' }, members: ['SEN', 'NGA', 'BRA'] }],
      })
      .expect(201);
    const id: string = created.body.id;
    expect(created.body).toMatchObject({
      builtIn: false,
      name: { en: 'AIRCOP participants', fr: 'AIRCOP participants' },
      regions: [{ code: 'AIRCOP', members: ['BRA', 'NGA', 'SEN'] }],
    });

    await insertAssessment(t.db, {
      country: 'SEN',
      year: 2024,
      status: 'validated',
      overall: 40,
      level: 3,
      selfLevel: 3,
    });
    await insertAssessment(t.db, {
      country: 'BRA',
      year: 2023,
      status: 'validated',
      overall: 70,
      level: 4,
      selfLevel: 4,
    });
    const maturity = await request(server())
      .get(`/api/analytics/maturity?grouping=${id}&from=2024&to=2024`)
      .set(as(analyst))
      .expect(200);
    expect(maturity.body.series.find((p: { region: string }) => p.region === 'AIRCOP')).toMatchObject({
      members: 3,
      assessed: 2,
      mean: 55,
    });

    const renamed = await request(server())
      .patch(`/api/groupings/${id}`)
      .set(as(analyst))
      .send({
        name: { en: 'AIRCOP', fr: 'AIRCOP (fr)' },
        regions: [{ code: 'AIRCOP', name: 'AIRCOP', members: ['SEN'] }],
      })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: { en: 'AIRCOP', fr: 'AIRCOP (fr)' }, regions: [{ members: ['SEN'] }] });
    const after = await request(server())
      .get(`/api/analytics/maturity?grouping=${id}&from=2024&to=2024`)
      .set(as(analyst))
      .expect(200);
    expect(after.body.series.find((p: { region: string }) => p.region === 'AIRCOP')).toMatchObject({
      members: 1,
      assessed: 1,
      mean: 40,
    });

    await request(server()).delete(`/api/groupings/${id}`).set(as(analyst)).expect(204);
    await request(server()).get(`/api/groupings/${id}`).set(as(analyst)).expect(404);
  });

  it.each([
    [{ name: 'x', regions: [] }, /at least one region/],
    [
      {
        name: 'x',
        regions: [
          { code: 'A', name: 'A', members: ['FRA'] },
          { code: 'B', name: 'B', members: ['FRA'] },
        ],
      },
      /FRA is in both A and B/,
    ],
    [
      {
        name: 'x',
        regions: [
          { code: 'A', name: 'A', members: ['FRA'] },
          { code: 'A', name: 'A2', members: ['DEU'] },
        ],
      },
      /used twice/,
    ],
    [{ name: 'x', regions: [{ code: 'ALL', name: 'All', members: ['FRA'] }] }, /reserved/],
    [{ name: 'x', regions: [{ code: 'A', name: 'A', members: ['ZZZ'] }] }, /unknown country ZZZ/],
    [{ name: '', regions: [{ code: 'A', name: 'A', members: ['FRA'] }] }, /name/],
  ])('rejects %j', async (body, message) => {
    const res = await request(server()).post('/api/groupings').set(as(analyst)).send(body).expect(400);
    expect(res.body.message).toMatch(message);
  });
});

describe('custom groupings: who may change and list them', () => {
  it('keeps the built-in groupings read-only', async () => {
    await request(server()).patch('/api/groupings/wco').set(as(analyst)).send({ name: 'Mine' }).expect(403);
    await request(server()).delete('/api/groupings/un').set(as(analyst)).expect(403);
    await request(server()).delete('/api/groupings/custom-nope').set(as(analyst)).expect(404);
  });

  it.each([
    ['coordinator', 'FRA'],
    ['viewer', 'FRA'],
  ] as const)('is closed to a %s', async (role, country) => {
    const token = await t.tokenFor(role, country);
    await request(server())
      .post('/api/groupings')
      .set(as(token))
      .send({ name: 'x', regions: [{ code: 'A', name: 'A', members: ['FRA'] }] })
      .expect(403);
  });

  it('is listed to analysts only: national users get the published groupings (wco, un), and 403 for the others', async () => {
    const created = await request(server())
      .post('/api/groupings')
      .set(as(analyst))
      .send({ name: 'Two of a kind', regions: [{ code: 'A', name: 'A', members: ['KEN', 'UGA'] }] })
      .expect(201);
    const ids = async (token: string) =>
      (await request(server()).get('/api/groupings').set(as(token)).expect(200)).body.groupings.map(
        (g: { id: string }) => g.id,
      );
    expect(await ids(analyst)).toEqual(expect.arrayContaining(['wco', 'un', created.body.id]));
    for (const [role, country] of [
      ['coordinator', 'KEN'],
      ['viewer', 'FRA'],
    ] as const) {
      const token = await t.tokenFor(role, country);
      expect(await ids(token)).toEqual(['wco']);
      const refused = await request(server()).get(`/api/groupings/${created.body.id}`).set(as(token)).expect(403);
      expect(refused.body.message).toMatch(/^grouping/);
      await request(server()).get('/api/groupings/wco').set(as(token)).expect(200);
    }
  });

  it('is open to an admin', async () => {
    const admin = await t.tokenFor('admin');
    await request(server())
      .post('/api/groupings')
      .set(as(admin))
      .send({ name: 'Admins', regions: [{ code: 'A', name: 'A', members: ['FRA'] }] })
      .expect(201);
  });
});

describe('the reference tables', () => {
  it('are analysed at each start: 11 regions never reach autovacuum’s threshold, and unanalysed they misled the planner', async () => {
    const analysed = async () =>
      (
        await t.db.query<{ relname: string }>(
          `SELECT relname FROM pg_stat_user_tables
           WHERE relname IN ('countries', 'groupings', 'regions', 'region_members') AND last_analyze IS NOT NULL
           ORDER BY relname`,
        )
      ).rows.map((r) => r.relname);
    // Statistics reach pg_stat_user_tables within a second or so of the start's transaction.
    const deadline = Date.now() + 10_000;
    while ((await analysed()).length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await analysed()).toEqual(['countries', 'groupings', 'region_members', 'regions']);
  });
});
