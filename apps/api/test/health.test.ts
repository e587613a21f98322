import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ demoData: true });
});
afterAll(() => t.close());

describe('health and demo data', () => {
  it('loads demo data into an empty database and says so', async () => {
    const token = await t.tokenFor('analyst');
    const { body } = await request(t.app.getHttpServer())
      .get('/api/meta')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(body.demoData).toBe(true);
    expect(body.latestYear).toBe(2026);
    const future = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM assessments WHERE submitted_at > now()',
    );
    expect(future.rows[0]!.n).toBe(0);
  });

  it('answers 503 once the database is gone', async () => {
    await request(t.app.getHttpServer()).get('/api/health').expect(200);
    const admin = new pg.Client({ connectionString: inject('serverUrl') });
    await admin.connect();
    await admin.query(`DROP DATABASE "${new URL(t.url).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
    const { body } = await request(t.app.getHttpServer()).get('/api/health').expect(503);
    expect(body).toEqual({ status: 'error', db: 'down' });
  });
});
