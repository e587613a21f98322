import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutePolicies, type RoutePolicy } from '../src/openapi/route-policies.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Every route states who may call it; the guard refuses one that states nothing. */
describe('route policies', () => {
  let t: TestApp;
  let routes: RoutePolicy[];
  beforeAll(async () => {
    t = await startTestApp();
    routes = listRoutePolicies(t.app);
  });
  afterAll(() => t.close());

  const policyOf = (method: string, path: string) => routes.find((r) => r.method === method && r.path === path)?.policy;

  it('finds every route of the API', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(policyOf('GET', '/api/analytics/maturity')).toBeDefined();
    expect(policyOf('GET', '/api/operations/:id/results/:resultId')).toBeDefined();
  });

  it('has no route without an explicit policy', () => {
    expect(routes.filter((r) => r.policy === null).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('opens only sign-in, who is signed in, health, the instrument and the login page’s settings to anonymous callers', () => {
    expect(
      routes
        .filter((r) => r.policy === 'public')
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual(
      [
        'GET /api/auth/config',
        'GET /api/auth/session',
        'GET /api/health',
        'GET /api/instrument',
        'POST /api/auth/login',
      ].sort(),
    );
  });

  it('keeps management, review, imports, raw exports and the audit log to their roles', () => {
    expect(policyOf('POST', '/api/operations')).toBe('roles: analyst, admin');
    expect(policyOf('POST', '/api/operations/import')).toBe('roles: analyst, admin');
    expect(policyOf('POST', '/api/assessments/import')).toBe('roles: analyst, admin');
    expect(policyOf('GET', '/api/exports/assessments')).toBe('roles: analyst, admin');
    expect(policyOf('GET', '/api/audit')).toBe('roles: admin');
    expect(policyOf('GET', '/api/users')).toBe('roles: admin');
    expect(policyOf('POST', '/api/assessments')).toBe('roles: coordinator');
  });
});
