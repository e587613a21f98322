import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN, startTestApp, type TestApp } from './test-app.js';

/**
 * Account lockout: failures in a row on one account, from any address, lock it for a while. The per-address
 * limit is set out of the way here, so that only the account's own counter is at work.
 */
describe('an account locks after failed sign-ins in a row', () => {
  let t: TestApp;
  const login = (password: string) =>
    request(t.app.getHttpServer()).post('/api/auth/login').send({ email: TEST_ADMIN.email, password });
  const counters = async () =>
    (
      await t.db.query<{ failed_logins: number; locked_until: Date | null }>(
        'SELECT failed_logins, locked_until FROM users WHERE email = $1',
        [TEST_ADMIN.email],
      )
    ).rows[0]!;

  beforeAll(async () => {
    t = await startTestApp({ auth: { loginLimitPerEmail: 1000, accountLockAfter: 4, accountLockMs: 1500 } });
  });
  afterAll(() => t.close());

  it('does not lock when a success comes between the failures', async () => {
    for (let i = 0; i < 3; i++) await login(`wrong-${i}`).expect(401);
    expect((await counters()).failed_logins).toBe(3);
    await login(TEST_ADMIN.password).expect(200);
    expect(await counters()).toEqual({ failed_logins: 0, locked_until: null });
    for (let i = 0; i < 3; i++) await login(`wrong-again-${i}`).expect(401);
    await login(TEST_ADMIN.password).expect(200);
  });

  it('refuses even the right password once locked, with the time to wait, then lets it in again', async () => {
    for (let i = 0; i < 4; i++) await login(`guess-${i}`).expect(401);
    const locked = await counters();
    expect(locked.failed_logins).toBe(0);
    expect(locked.locked_until!.getTime()).toBeGreaterThan(Date.now());
    const refused = await login(TEST_ADMIN.password).expect(429);
    expect(refused.body.message).toMatch(/^Too many sign-in attempts; try again in [12] s$/);
    await new Promise((r) => setTimeout(r, 1600));
    await login(TEST_ADMIN.password).expect(200);
    expect(await counters()).toEqual({ failed_logins: 0, locked_until: null });
  });
});
