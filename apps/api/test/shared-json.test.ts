import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedJsonBody, shareJson } from '../src/common/shared-json.js';
import { insertAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/* Cached analytics answers are serialised, hashed and compressed once, then sent as they are. */
let t: TestApp;
let token: string;
const get = (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  t = await startTestApp();
  token = await t.tokenFor('analyst');
});
afterAll(() => t.close());

describe('shared answers', () => {
  it('answer a matching If-None-Match with 304, and change their ETag with the data', async () => {
    const path = '/api/analytics/maturity?grouping=wco&from=2016&to=2026';
    const first = await get(path).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('private, no-cache');
    await get(path).set('If-None-Match', etag).expect(304);
    await insertAssessment(t.db, {
      country: 'ITA',
      year: 2020,
      status: 'validated',
      overall: 70,
      level: 4,
      selfLevel: 4,
    });
    // Another writer: the answer changes once its notification arrives.
    const deadline = Date.now() + 5_000;
    while ((await get(path).set('If-None-Match', etag)).status === 304) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 20));
    }
  });

  it('are gzip-compressed for clients that accept it, with an ETag of their own', async () => {
    const path = '/api/analytics/maturity?grouping=wco&from=2016&to=2026';
    const plain = await get(path).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await get(path).set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(Number(plain.headers['content-length']) / 3);
    expect(zipped.body).toEqual(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    await get(path)
      .set('Accept-Encoding', 'gzip')
      .set('If-None-Match', zipped.headers.etag as string)
      .expect(304);
  });

  it('are serialised once, as JSON.stringify would, and compressed only when worth it', () => {
    const value = shareJson({ a: [1, 2, { b: null }], c: 'é' });
    const body = sharedJsonBody(value);
    expect(body?.json).toBe('{"a":[1,2,{"b":null}],"c":"é"}');
    expect(body?.gzip).toBeNull();
    expect(sharedJsonBody(value)).toBe(body);
    expect(sharedJsonBody({ a: 1 })).toBeNull();
    const large = shareJson({ rows: Array.from({ length: 500 }, (_, i) => ({ i, region: 'ALL' })) });
    const bytes = sharedJsonBody(large)?.gzip?.bytes;
    expect(bytes && gunzipSync(bytes).toString()).toBe(JSON.stringify(large));
  });
});
