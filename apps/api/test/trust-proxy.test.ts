import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/app-config.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Behind the scale profile's nginx, every request comes from the proxy's address: with TRUST_PROXY=1 the
 * per-address sign-in limit counts the address nginx puts in X-Forwarded-For instead; without it the header is
 * ignored (a client could otherwise pick a new address for each attempt).
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function failedSignInFrom(app: TestApp, forwardedFor: string): Promise<string[]> {
  await request(app.app.getHttpServer())
    .post('/api/auth/login')
    .set('X-Forwarded-For', forwardedFor)
    .send({ email: 'nobody@example.org', password: 'not-the-password' })
    .expect(401);
  const { rows } = await app.db.query<{ key: string }>(`SELECT key FROM login_attempts WHERE key LIKE 'ip:%'`);
  return rows.map((r) => r.key);
}

describe('the client address behind a proxy', () => {
  it('is the forwarded one when one proxy is trusted', async () => {
    t = await startTestApp({ security: { corsOrigins: [], hsts: false, trustProxy: 1 } });
    expect(await failedSignInFrom(t, '203.0.113.9')).toEqual(['ip:203.0.113.9']);
  });

  it('ignores the header when no proxy is trusted', async () => {
    t = await startTestApp();
    const keys = await failedSignInFrom(t, '203.0.113.9');
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('203.0.113.9');
  });

  it('reads TRUST_PROXY as a number of proxies, and refuses anything else', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be the number of proxies/);
  });
});
