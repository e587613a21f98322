import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

describe('security headers and CORS, by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends a content security policy for the app and its API, and no X-Powered-By', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('lets the API documentation page run its own scripts', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers no cross-site caller: no Access-Control-Allow-Origin, even to a preflight', async () => {
    const server = t.app.getHttpServer();
    const get = await request(server).get('/api/health').set('Origin', 'https://elsewhere.example.org');
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(server)
      .options('/api/assessments')
      .set('Origin', 'https://elsewhere.example.org')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS and HSTS when configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ security: { corsOrigins: ['https://portal.example.org'], hsts: true } });
  });
  afterAll(() => t.close());

  it('allows the listed origin only', async () => {
    const server = t.app.getHttpServer();
    const allowed = await request(server).get('/api/health').set('Origin', 'https://portal.example.org');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.example.org');
    const other = await request(server).get('/api/health').set('Origin', 'https://elsewhere.example.org');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends Strict-Transport-Security behind TLS', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/health').expect(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=15552000; includeSubDomains');
  });
});
