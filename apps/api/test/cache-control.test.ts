import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment } from './factories.js';
import { TEST_ADMIN, startTestApp, type TestApp } from './test-app.js';

/**
 * What a shared cache (a proxy, a CDN) may keep: nothing a signed-in user gets, which is hers alone; browsers
 * may keep it but must ask again, so that cached analytics views still revalidate with their ETag (304).
 * Public routes keep their own caching.
 */
let t: TestApp;
let token: string;
const server = () => t.app.getHttpServer();
const signedIn = (path: string) => request(server()).get(path).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  t = await startTestApp();
  token = await t.tokenFor('analyst');
  await insertAssessment(t.db, {
    country: 'FRA',
    year: 2020,
    status: 'validated',
    overall: 70,
    level: 4,
    selfLevel: 4,
  });
});
afterAll(() => t.close());

describe('signed-in answers stay out of shared caches', () => {
  it('a plain signed-in GET: private, no-cache', async () => {
    const me = await signedIn('/api/auth/me').expect(200);
    expect(me.headers['cache-control']).toBe('private, no-cache');
    const list = await signedIn('/api/assessments').expect(200);
    expect(list.headers['cache-control']).toBe('private, no-cache');
    expect(list.body.assessments).toHaveLength(1);
  });

  it('a cached analytics GET: private, no-cache with its ETag, and the 304 that revalidates it', async () => {
    const path = '/api/analytics/maturity?grouping=wco&from=2016&to=2026';
    const first = await signedIn(path).expect(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await signedIn(path).set('If-None-Match', etag).expect(304);
    expect(again.headers['cache-control']).toBe('private, no-cache');
    expect(again.headers.etag).toBe(etag);
    expect(again.text).toBe('');
  });

  it('a plain signed-in GET revalidates too: 304 on its ETag, still private', async () => {
    const first = await signedIn('/api/auth/me').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await signedIn('/api/auth/me').set('If-None-Match', etag).expect(304);
    expect(again.headers['cache-control']).toBe('private, no-cache');
  });

  it('an error to a signed-in caller is private too', async () => {
    const missing = await signedIn('/api/assessments/6f1c2b9e-9d5e-4a39-8f7e-0d6f4b1f2a3c').expect(404);
    expect(missing.headers['cache-control']).toBe('private, no-cache');
  });

  it('a route that asks for less keeps it: raw exports are never stored', async () => {
    const file = await signedIn('/api/exports/assessments?format=csv').expect(200);
    expect(file.headers['cache-control']).toBe('no-store');
  });

  it('the sign-in answer, which carries the token, is never stored', async () => {
    const res = await request(server()).post('/api/auth/login').send(TEST_ADMIN).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('public answers', () => {
  it.each(['/api/health', '/api/instrument'])('%s is not marked private, even to a signed-in caller', async (path) => {
    const anonymous = await request(server()).get(path).expect(200);
    expect(anonymous.headers['cache-control']).toBeUndefined();
    const withToken = await signedIn(path).expect(200);
    expect(withToken.headers['cache-control']).toBeUndefined();
  });
});
