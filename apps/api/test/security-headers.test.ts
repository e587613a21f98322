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

  it('keeps inline styles out of the app: the SPA policy allows none', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('gives the API documentation page a policy of its own: inline styles, but scripts from the origin only', async () => {
    const server = t.app.getHttpServer();
    const page = await request(server).get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;" +
        "font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';" +
        "frame-ancestors 'none'",
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // What that policy lets through is all the page needs: its scripts are files from this origin, none inline.
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const scripts = [...page.text.matchAll(/<script[^>]*\bsrc=["']([^"']+)["']/g)].map((m) => m[1]);
    expect(scripts.map((src) => src?.split('/').at(-1))).toEqual([
      'swagger-ui-bundle.js',
      'swagger-ui-standalone-preset.js',
      'swagger-ui-init.js',
    ]);
    for (const src of scripts) expect(src, 'a script from this origin').toMatch(/^\.?\/?[\w./-]+\.js$/);
    const init = await request(server).get('/api/docs/swagger-ui-init.js').expect(200);
    expect(init.headers['content-security-policy']).toBe(page.headers['content-security-policy']);
    const json = await request(server).get('/api/docs/openapi.json').expect(200);
    expect(json.headers['content-security-policy']).toBe(page.headers['content-security-policy']);
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
