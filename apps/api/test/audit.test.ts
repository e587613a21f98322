import type { AuditListResponse } from '@cpc/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ADMIN, type TestApp } from './test-app.js';

/** The audit trail: every write, export and sign-in attempt, without bodies, readable by admins only. */
describe('the audit log', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  const entries = async (query = '') =>
    (
      await request(t.app.getHttpServer())
        .get(`/api/audit?limit=500${query}`)
        .set('Authorization', `Bearer ${admin}`)
        .expect(200)
    ).body as AuditListResponse;

  /** Entries are written once each response has finished: wait until `match` shows up. */
  async function waitFor(match: (e: AuditListResponse['entries'][number]) => boolean) {
    for (let i = 0; i < 50; i++) {
      const found = (await entries()).entries.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('no such audit entry');
  }

  it('records a write with who, what, when and its status, but not its body', async () => {
    const analyst = await t.tokenFor('analyst');
    const before = Date.now();
    await request(t.app.getHttpServer())
      .post('/api/groupings')
      .set('Authorization', `Bearer ${analyst}`)
      .send({ name: 'Audited grouping', regions: [{ code: 'R1', name: 'One', members: ['FRA'] }] })
      .expect(201);
    const entry = await waitFor((e) => e.path === '/api/groupings' && e.method === 'POST');
    expect(entry).toMatchObject({ action: 'write', role: 'analyst', status: 201, query: {} });
    expect(entry.userId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(JSON.stringify(entry)).not.toContain('Audited grouping');
  });

  it('records a refused write with its 4xx status', async () => {
    const analyst = await t.tokenFor('analyst');
    await request(t.app.getHttpServer())
      .post('/api/operations')
      .set('Authorization', `Bearer ${analyst}`)
      .send({ code: '' })
      .expect(400);
    const entry = await waitFor((e) => e.path === '/api/operations' && e.status === 400);
    expect(entry.action).toBe('write');
  });

  it('records an export with its filters, and not a plain read', async () => {
    const analyst = await t.tokenFor('analyst');
    const server = t.app.getHttpServer();
    await request(server)
      .get('/api/analytics/maturity?grouping=wco&from=2020&to=2021')
      .set('Authorization', `Bearer ${analyst}`);
    await request(server)
      .get('/api/operations/import/template?format=csv')
      .set('Authorization', `Bearer ${analyst}`)
      .expect(200);
    await request(server)
      .get('/api/analytics/maturity?grouping=wco&from=2020&to=2022&format=csv')
      .set('Authorization', `Bearer ${analyst}`);
    const entry = await waitFor((e) => e.action === 'export');
    expect(entry).toMatchObject({
      path: '/api/analytics/maturity',
      query: { grouping: 'wco', from: '2020', to: '2022', format: 'csv' },
      role: 'analyst',
    });
    // A ZIP of the CSV with its metadata is a download too.
    await request(server)
      .get('/api/analytics/levels?grouping=wco&from=2020&to=2022&format=zip')
      .set('Authorization', `Bearer ${analyst}`)
      .expect(200);
    const zip = await waitFor((e) => e.action === 'export' && e.path === '/api/analytics/levels');
    expect(zip.query).toMatchObject({ format: 'zip' });
    const all = (await entries()).entries;
    expect(all.filter((e) => e.path === '/api/analytics/maturity')).toHaveLength(1);
    expect(all.some((e) => e.path.endsWith('/template'))).toBe(false);
  });

  it('records sign-in attempts with the e-mail given, never the password', async () => {
    await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password: 'a-secret-guess' })
      .expect(401);
    const entry = await waitFor((e) => e.action === 'sign-in' && e.status === 401);
    expect(entry).toMatchObject({ email: 'nobody@example.org', userId: null, method: 'POST', path: '/api/auth/login' });
    const { entries: list } = await entries('&action=sign-in');
    expect(JSON.stringify(list)).not.toContain('a-secret-guess');
    expect(JSON.stringify(list)).not.toContain(TEST_ADMIN.password);
  });

  it('is readable by admins only, filtered by action or account', async () => {
    const server = t.app.getHttpServer();
    await request(server)
      .get('/api/audit')
      .set('Authorization', `Bearer ${await t.tokenFor('analyst')}`)
      .expect(403);
    await request(server).get('/api/audit').expect(401);
    await request(server).get('/api/audit?action=read').set('Authorization', `Bearer ${admin}`).expect(400);
    const writes = await entries('&action=write');
    expect(writes.entries.every((e) => e.action === 'write')).toBe(true);
    expect(writes.total).toBe(writes.entries.length);
  });
});
