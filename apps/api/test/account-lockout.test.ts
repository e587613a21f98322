import { HttpException } from '@nestjs/common';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthService } from '../src/auth/auth.service.js';
import { TEST_ADMIN, startTestApp, type TestApp } from './test-app.js';

/**
 * Account lockout: failures in a row on one e-mail, from any address, lock it for a while, whether an account
 * has it or not. The per-address limits are set out of the way here, so that only the e-mail's own counter
 * is at work.
 */
describe('an e-mail locks after failed sign-ins in a row', () => {
  let t: TestApp;
  const login = (password: string, email = TEST_ADMIN.email) =>
    request(t.app.getHttpServer()).post('/api/auth/login').send({ email, password });
  const counter = async (email = TEST_ADMIN.email) =>
    (
      await t.db.query<{ count: number; reset_at: Date }>('SELECT count, reset_at FROM login_attempts WHERE key = $1', [
        `email:${email}`,
      ])
    ).rows[0];

  beforeAll(async () => {
    t = await startTestApp({ auth: { loginLimitPerEmail: 1000, accountLockAfter: 4, accountLockMs: 1500 } });
  });
  afterAll(() => t.close());

  it('does not lock when a success comes between the failures', async () => {
    for (let i = 0; i < 3; i++) await login(`wrong-${i}`).expect(401);
    expect((await counter())?.count).toBe(3);
    await login(TEST_ADMIN.password).expect(200);
    expect(await counter()).toBeUndefined();
    for (let i = 0; i < 3; i++) await login(`wrong-again-${i}`).expect(401);
    await login(TEST_ADMIN.password).expect(200);
  });

  it('refuses even the right password once locked, with the time to wait, then lets it in again', async () => {
    for (let i = 0; i < 4; i++) await login(`guess-${i}`).expect(401);
    const locked = await counter();
    expect(locked?.count).toBe(4);
    expect(locked!.reset_at.getTime()).toBeGreaterThan(Date.now());
    const refused = await login(TEST_ADMIN.password).expect(429);
    expect(refused.body.message).toMatch(/^Too many sign-in attempts; try again in [12] s$/);
    await new Promise((r) => setTimeout(r, 1600));
    await login(TEST_ADMIN.password).expect(200);
    expect(await counter()).toBeUndefined();
  });

  it('counts the failures on an unknown e-mail the same way, and starts again after the lock', async () => {
    const email = 'nobody-here@test.example.org';
    for (let i = 0; i < 3; i++) await login(`guess-${i}`, email).expect(401);
    expect((await counter(email))?.count).toBe(3);
    await login('guess-3', email).expect(401);
    await login('guess-4', email).expect(429);
    await new Promise((r) => setTimeout(r, 1600));
    await login('guess-5', email).expect(401);
    expect((await counter(email))?.count).toBe(1);
  });

  it('counts the failures of every address against the e-mail', async () => {
    const auth = t.app.get(AuthService);
    const email = 'spread-out@test.example.org';
    const attempt = (ip: string) =>
      auth.login({ email, password: `guess-from-${ip}` }, ip).then(
        () => 200,
        (e: unknown) => (e instanceof HttpException ? e.getStatus() : e),
      );
    expect(await attempt('192.0.2.1')).toBe(401);
    expect(await attempt('192.0.2.2')).toBe(401);
    expect(await attempt('198.51.100.3')).toBe(401);
    expect(await attempt('2001:db8::4')).toBe(401);
    expect(await attempt('203.0.113.5')).toBe(429);
  });
});

/** What an attacker sees who tries many e-mails: a locked e-mail answers alike, whether an account has it or not. */
describe('the lock does not tell which e-mails have an account', () => {
  let t: TestApp;
  const login = (email: string, password: string) =>
    request(t.app.getHttpServer()).post('/api/auth/login').send({ email, password });
  const unknownEmail = 'no-account@test.example.org';

  beforeAll(async () => {
    t = await startTestApp({ auth: { loginLimitPerEmail: 1000, accountLockAfter: 10, accountLockMs: 60_000 } });
  });
  afterAll(() => t.close());

  /**
   * An answer without what may differ between two alike: the date, the wait (each counted from its own lock)
   * and the body's hash.
   */
  const alike = (res: request.Response) => {
    const { date: _date, etag: _etag, ...headers } = res.headers as Record<string, string>;
    const body = res.body as { message: string; retryAfter: number };
    return {
      status: res.status,
      headers,
      body: { ...body, message: body.message.replace(/\d+ s$/, 'N s'), retryAfter: 'N' },
    };
  };

  it('answers 401 to both for 10 failures, then the same 429 to both, even with the right password', async () => {
    for (let i = 0; i < 10; i++) {
      // In turn, so that both locks start within a moment of each other.
      const known = await login(TEST_ADMIN.email, `wrong-password-${i}`);
      const unknown = await login(unknownEmail, `wrong-password-${i}`);
      expect([known.status, unknown.status]).toEqual([401, 401]);
      expect(alike(unknown)).toEqual(alike(known));
    }
    const known = await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(429);
    const unknown = await login(unknownEmail, 'any-password-at-all').expect(429);
    expect(unknown.body).toEqual({
      statusCode: 429,
      code: 'too_many_attempts',
      params: { wait: unknown.body.retryAfter },
      message: `Too many sign-in attempts; try again in ${unknown.body.retryAfter} s`,
      retryAfter: unknown.body.retryAfter,
    });
    // The wait is counted from each e-mail's own lock, which started a moment ago.
    expect(known.body.retryAfter).toBeGreaterThanOrEqual(58);
    expect(known.body.retryAfter).toBeLessThanOrEqual(60);
    expect(unknown.body.retryAfter).toBeGreaterThanOrEqual(58);
    expect(unknown.body.retryAfter).toBeLessThanOrEqual(60);
    expect(alike(unknown)).toEqual(alike(known));
  });
});
