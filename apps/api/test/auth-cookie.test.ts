import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/tokens.js';
import { TEST_ADMIN, startTestApp, type TestApp } from './test-app.js';

/** The browser's way in: the HttpOnly session cookie set at sign-in, with a CSRF token for writes. */
let t: TestApp;
const server = () => t.app.getHttpServer();
let created = 0;

interface BrowserSession {
  token: string;
  csrfToken: string;
  /** The Set-Cookie line of the session cookie, as the sign-in answered it. */
  setCookie: string;
  cookie: string;
}

function sessionCookieOf(headers: Record<string, unknown>): string | undefined {
  const lines = (headers['set-cookie'] as string[] | undefined) ?? [];
  return lines.find((line) => line.startsWith('cpc_session='));
}

async function signIn(headers: Record<string, string> = {}): Promise<BrowserSession> {
  const res = await request(server()).post('/api/auth/login').set(headers).send(TEST_ADMIN).expect(200);
  const setCookie = sessionCookieOf(res.headers);
  if (!setCookie) throw new Error('the sign-in set no session cookie');
  return {
    token: res.body.token,
    csrfToken: res.body.csrfToken,
    setCookie,
    cookie: `cpc_session=${res.body.token as string}`,
  };
}

/** A write any admin may make: a new analyst account (201). */
function createUser(headers: Record<string, string>) {
  return request(server())
    .post('/api/users')
    .set(headers)
    .send({ email: `cookie-${++created}@test.example.org`, password: 'a-long-password', role: 'analyst' });
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('signing in sets the session cookie', () => {
  it('HttpOnly, SameSite=Strict, on /api, for the eight hours of the session; not Secure over plain http', async () => {
    const { token, setCookie } = await signIn();
    const attributes = setCookie.split('; ');
    expect(attributes[0]).toBe(`cpc_session=${token}`);
    expect(attributes).toContain('HttpOnly');
    expect(attributes).toContain('SameSite=Strict');
    expect(attributes).toContain('Path=/api');
    expect(attributes).not.toContain('Secure');
    const maxAge = Number(attributes.find((a) => a.startsWith('Max-Age='))?.slice('Max-Age='.length));
    // 8 h = 28,800 s, less the milliseconds the sign-in took.
    expect(maxAge).toBeGreaterThan(28_800 - 60);
    expect(maxAge).toBeLessThanOrEqual(28_800);
    expect(attributes.some((a) => a.startsWith('Expires='))).toBe(true);
  });

  it('is Secure when a TLS proxy says the browser came over HTTPS', async () => {
    const { setCookie } = await signIn({ 'X-Forwarded-Proto': 'https' });
    expect(setCookie.split('; ')).toContain('Secure');
  });
});

describe('a request with the cookie only', () => {
  it('reads as the signed-in user', async () => {
    const { cookie } = await signIn();
    const me = await request(server()).get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.email).toBe(TEST_ADMIN.email);
  });

  it('learns who is signed in and the CSRF token from GET /api/auth/session', async () => {
    const { cookie, csrfToken } = await signIn();
    const res = await request(server()).get('/api/auth/session').set('Cookie', cookie).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.session).toMatchObject({ user: { email: TEST_ADMIN.email, role: 'admin' }, csrfToken });
    expect(Date.parse(res.body.session.expiresAt)).toBeGreaterThan(Date.now());
    const anonymous = await request(server()).get('/api/auth/session').expect(200);
    expect(anonymous.body).toEqual({ session: null });
  });

  it('gives each session its own CSRF token, which is not the session token', async () => {
    const first = await signIn();
    const second = await signIn();
    expect(first.csrfToken).not.toBe(second.csrfToken);
    expect(first.csrfToken).not.toBe(first.token);
  });

  it('may not write without the X-CSRF-Token header, nor with another session’s token: 403 csrf_rejected', async () => {
    const { cookie } = await signIn();
    const other = await signIn();
    const missing = await createUser({ Cookie: cookie }).expect(403);
    expect(missing.body).toMatchObject({ statusCode: 403, code: 'csrf_rejected' });
    expect(missing.body.message).toMatch(/X-CSRF-Token/);
    await createUser({ Cookie: cookie, 'X-CSRF-Token': other.csrfToken }).expect(403);
    await createUser({ Cookie: cookie, 'X-CSRF-Token': '' }).expect(403);
  });

  it('writes with the header, sent from this site', async () => {
    const { cookie, csrfToken } = await signIn();
    await createUser({ Cookie: cookie, 'X-CSRF-Token': csrfToken }).expect(201);
    await createUser({ Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Sec-Fetch-Site': 'same-origin' }).expect(201);
    const sameOrigin = { Host: 'cpc.example.org', Origin: 'https://cpc.example.org' };
    await createUser({ Cookie: cookie, 'X-CSRF-Token': csrfToken, ...sameOrigin }).expect(201);
    // Behind a proxy that rewrites Host: the host the browser used, from X-Forwarded-Host.
    const proxied = { Host: 'api:3000', 'X-Forwarded-Host': 'cpc.example.org', Origin: 'https://cpc.example.org' };
    await createUser({ Cookie: cookie, 'X-CSRF-Token': csrfToken, ...proxied }).expect(201);
  });

  it('may not write from another site, even with the right token', async () => {
    const { cookie, csrfToken } = await signIn();
    const withToken = { Cookie: cookie, 'X-CSRF-Token': csrfToken };
    const crossSite = await createUser({ ...withToken, 'Sec-Fetch-Site': 'cross-site' }).expect(403);
    expect(crossSite.body.code).toBe('csrf_rejected');
    await createUser({ ...withToken, 'Sec-Fetch-Site': 'same-site' }).expect(403);
    // An older browser, without Sec-Fetch-Site: judged by Origin.
    await createUser({ ...withToken, Origin: 'https://attacker.example.net' }).expect(403);
    await createUser({ ...withToken, Origin: 'null' }).expect(403);
  });
});

describe('a bearer token (API clients)', () => {
  it('needs no CSRF token and is not judged by its origin', async () => {
    const { token } = await signIn();
    await createUser({ Authorization: `Bearer ${token}` }).expect(201);
    await createUser({ Authorization: `Bearer ${token}`, Origin: 'https://tool.example.net' }).expect(201);
  });

  it('wins over the cookie: a malformed header is refused, not replaced by the cookie', async () => {
    const { cookie } = await signIn();
    await request(server()).get('/api/auth/me').set({ Cookie: cookie, Authorization: 'Basic abc' }).expect(401);
  });
});

describe('signing out with the cookie', () => {
  it('revokes the session and clears the cookie', async () => {
    const { cookie, csrfToken, token } = await signIn();
    const out = await request(server())
      .post('/api/auth/logout')
      .set({ Cookie: cookie, 'X-CSRF-Token': csrfToken })
      .expect(204);
    const cleared = sessionCookieOf(out.headers);
    expect(cleared).toMatch(/^cpc_session=;/);
    expect(cleared).toContain('Path=/api');
    expect(cleared).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    await request(server()).get('/api/auth/me').set('Cookie', cookie).expect(401);
    // Revoked on the server, not only forgotten by the browser: the same token as a bearer is refused too.
    await request(server()).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('needs the CSRF token, so another site cannot sign the user out', async () => {
    const { cookie } = await signIn();
    await request(server()).post('/api/auth/logout').set('Cookie', cookie).expect(403);
    await request(server()).get('/api/auth/me').set('Cookie', cookie).expect(200);
  });
});

describe('an ended session’s cookie', () => {
  it('is refused with 401, cleared, and GET /api/auth/session says nobody is signed in', async () => {
    const { cookie, token } = await signIn();
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      hashToken(token),
    ]);
    const refused = await request(server()).get('/api/auth/me').set('Cookie', cookie).expect(401);
    expect(refused.body.code).toBe('session_expired');
    expect(sessionCookieOf(refused.headers)).toMatch(/^cpc_session=;/);
    const session = await request(server()).get('/api/auth/session').set('Cookie', cookie).expect(200);
    expect(session.body).toEqual({ session: null });
  });
});
