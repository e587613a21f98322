import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let admin: string;
const server = () => t.app.getHttpServer();
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.tokenFor('admin');
});
afterAll(() => t.close());

describe('users API', () => {
  it('creates, lists and updates users', async () => {
    const created = await request(server())
      .post('/api/users')
      .set(as(admin))
      .send({ email: 'Coord.KEN@Test.Example.org', password: 'a-long-password', role: 'coordinator', country: 'KEN' })
      .expect(201);
    expect(created.body).toMatchObject({
      email: 'coord.ken@test.example.org',
      role: 'coordinator',
      country: 'KEN',
      disabled: false,
    });
    const list = await request(server()).get('/api/users').set(as(admin)).expect(200);
    expect(list.body.users.map((u: { email: string }) => u.email)).toContain('coord.ken@test.example.org');
    const updated = await request(server())
      .patch(`/api/users/${created.body.id}`)
      .set(as(admin))
      .send({ role: 'viewer' })
      .expect(200);
    expect(updated.body).toMatchObject({ role: 'viewer', country: 'KEN' });
    expect(JSON.stringify(list.body)).not.toMatch(/password/i);
  });

  it.each([
    [{ email: 'x@test.example.org', password: 'a-long-password', role: 'coordinator' }, 'country'],
    [{ email: 'x@test.example.org', password: 'a-long-password', role: 'viewer', country: 'XXX' }, 'country'],
    [{ email: 'x@test.example.org', password: 'short', role: 'analyst' }, 'password'],
    [{ email: 'nope', password: 'a-long-password', role: 'analyst' }, 'email'],
    [{ email: 'x@test.example.org', password: 'a-long-password', role: 'superuser' }, 'role'],
    [{ email: 'x@test.example.org', password: 'a-long-password', role: 'analyst', isAdmin: true }, 'isAdmin'],
  ])('rejects %j naming %s', async (body, field) => {
    const res = await request(server()).post('/api/users').set(as(admin)).send(body).expect(400);
    expect(res.body.message).toMatch(new RegExp(field));
  });

  it('answers 409 for an e-mail already used', async () => {
    const body = { email: 'dup@test.example.org', password: 'a-long-password', role: 'analyst' };
    await request(server()).post('/api/users').set(as(admin)).send(body).expect(201);
    await request(server()).post('/api/users').set(as(admin)).send(body).expect(409);
  });

  it('disabling a user ends their sessions and their sign-ins', async () => {
    const body = { email: 'leaver@test.example.org', password: 'a-long-password', role: 'analyst' };
    const { body: user } = await request(server()).post('/api/users').set(as(admin)).send(body).expect(201);
    const credentials = { email: body.email, password: body.password };
    const { body: session } = await request(server()).post('/api/auth/login').send(credentials).expect(200);
    await request(server()).get('/api/auth/me').set(as(session.token)).expect(200);
    await request(server()).patch(`/api/users/${user.id}`).set(as(admin)).send({ disabled: true }).expect(200);
    await request(server()).get('/api/auth/me').set(as(session.token)).expect(401);
    await request(server()).post('/api/auth/login').send(credentials).expect(401);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    await request(server())
      .patch('/api/users/00000000-0000-4000-8000-000000000000')
      .set(as(admin))
      .send({ disabled: true })
      .expect(404);
    await request(server()).get('/api/users/not-a-uuid').set(as(admin)).expect(400);
  });

  it.each([
    ['analyst', undefined],
    ['coordinator', 'FRA'],
    ['viewer', 'FRA'],
  ] as const)('is closed to a %s (403)', async (role, country) => {
    const token = await t.tokenFor(role, country);
    await request(server()).get('/api/users').set(as(token)).expect(403);
    await request(server())
      .post('/api/users')
      .set(as(token))
      .send({ email: 'y@test.example.org', password: 'a-long-password', role: 'admin' })
      .expect(403);
  });
});
