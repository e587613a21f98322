import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/create-app.js';
import { TEST_ADMIN, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const server = () => t.app.getHttpServer();
const login = (email: string, password: string) => request(server()).post('/api/auth/login').send({ email, password });

beforeAll(async () => {
  t = await startTestApp({ auth: { loginLimitPerEmail: 3 } });
});
afterAll(() => t.close());

describe('signing in', () => {
  it('answers a token and the user, and the token opens the API', async () => {
    const res = await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(200);
    expect(res.body.user).toMatchObject({ email: TEST_ADMIN.email, role: 'admin', country: null });
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await request(server()).get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
    expect(me.body.email).toBe(TEST_ADMIN.email);
  });

  it('treats the e-mail case-insensitively', async () => {
    await login(TEST_ADMIN.email.toUpperCase(), TEST_ADMIN.password).expect(200);
  });

  it('gives the same 401 for an unknown e-mail and a wrong password', async () => {
    const unknown = await login('nobody@test.example.org', 'whatever-password').expect(401);
    const wrong = await login(TEST_ADMIN.email, 'wrong-password!').expect(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.message).toBe('Wrong e-mail or password');
  });

  it('stores only a hash of the token, and an argon2id hash of the password', async () => {
    const { body } = await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(200);
    const sessions = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(sessions.rows.map((r) => r.token_hash)).not.toContain(body.token);
    expect(sessions.rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    const users = await t.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [
      TEST_ADMIN.email,
    ]);
    expect(users.rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('rejects a malformed body naming the field', async () => {
    const res = await request(server())
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: 'x' })
      .expect(400);
    expect(res.body.errors[0].field).toBe('email');
    await request(server())
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
  });

  it('rate-limits repeated failures for one e-mail with 429, then refuses even the right password', async () => {
    const email = 'target@test.example.org';
    for (let i = 0; i < 3; i++) await login(email, `guess-number-${i}`).expect(401);
    const blocked = await login(email, 'another-guess').expect(429);
    expect(blocked.body.message).toMatch(/try again in \d+ s/);
    // Another e-mail from the same address is not affected.
    await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(200);
  });

  it('counts attempts across instances: a second API on the same database applies the same limit', async () => {
    const second = await createApp({
      databaseUrl: t.url,
      demoData: false,
      logger: false,
      auth: { adminEmail: TEST_ADMIN.email, adminPassword: TEST_ADMIN.password, loginLimitPerEmail: 3 },
    });
    await second.init();
    try {
      const email = 'Spread@Test.Example.org';
      const onSecond = (password: string) =>
        request(second.getHttpServer()).post('/api/auth/login').send({ email, password });
      await login(email, 'guess-1').expect(401);
      await onSecond('guess-2').expect(401);
      await login(email.toLowerCase(), 'guess-3').expect(401);
      await onSecond('guess-4').expect(429);
      await login(email, 'guess-5').expect(429);
    } finally {
      await second.close();
    }
  });
});

describe('sessions', () => {
  it('stop working after logout', async () => {
    const { body } = await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(200);
    const auth = { Authorization: `Bearer ${body.token}` };
    await request(server()).post('/api/auth/logout').set(auth).expect(204);
    await request(server()).get('/api/auth/me').set(auth).expect(401);
  });

  it('stop working once expired', async () => {
    const { body } = await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(200);
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second'`);
    await request(server()).get('/api/auth/me').set('Authorization', `Bearer ${body.token}`).expect(401);
  });

  it('last eight hours by default', async () => {
    const before = Date.now();
    const { body } = await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(200);
    const ttl = new Date(body.expiresAt).getTime() - before;
    expect(ttl).toBeGreaterThan(8 * 3600_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(8 * 3600_000 + 1000);
  });

  it('reject a malformed or unknown bearer token with 401', async () => {
    await request(server()).get('/api/meta').set('Authorization', 'Bearer not-a-token').expect(401);
    await request(server()).get('/api/meta').set('Authorization', 'Basic abc').expect(401);
  });
});

describe('anonymous callers', () => {
  it.each(['/api/health', '/api/instrument', '/api/auth/config', '/api/auth/session'])('may read %s', async (path) => {
    await request(server()).get(path).expect(200);
  });

  it.each([
    '/api/meta',
    '/api/countries',
    '/api/groupings',
    '/api/groupings/wco',
    '/api/analytics/maturity',
    '/api/users',
    '/api/auth/me',
  ])('get 401 from %s', async (path) => {
    await request(server()).get(path).expect(401);
  });

  it('see no demo accounts outside demo mode', async () => {
    expect((await request(server()).get('/api/auth/config').expect(200)).body).toEqual({ demoUsers: [] });
  });
});
