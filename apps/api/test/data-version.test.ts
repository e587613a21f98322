import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The analytics data version moves once per committed transaction that wrote analytics data, at its commit:
 * never for a rollback, never before the commit, and without making other writers wait for a long
 * transaction (which a statement's bump did: it locked the version's row until its transaction ended).
 */
let t: TestApp;
const clients: pg.Client[] = [];

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  clients.push(client);
  return client;
}

async function version(): Promise<number> {
  const { rows } = await t.db.query<{ v: string }>('SELECT data_version AS v FROM analytics_state WHERE id = 1');
  return Number(rows[0]!.v);
}

async function pending(): Promise<number> {
  const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM analytics_version_pending');
  return rows[0]!.n;
}

/** A statement on a watched table: statement triggers fire even when no row matches. */
const WATCHED_WRITE = `UPDATE operations SET name = name WHERE false`;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  for (const c of clients) await c.end();
  await t.close();
});

describe('the analytics data version', () => {
  it('moves once per committed transaction, at its commit, however many statements it ran', async () => {
    const before = await version();
    const writer = await connect();
    await writer.query('BEGIN');
    for (let i = 0; i < 3; i++) await writer.query(WATCHED_WRITE);
    await writer.query(`UPDATE countries SET iso3 = iso3 WHERE false`);
    expect(await version(), 'not before the commit').toBe(before);
    await writer.query('COMMIT');
    expect(await version()).toBe(before + 1);
    expect(await pending()).toBe(0);
  });

  it('does not move for a rolled-back transaction, and counts a savepoint rolled back then written again', async () => {
    const before = await version();
    const writer = await connect();
    await writer.query('BEGIN');
    await writer.query(WATCHED_WRITE);
    await writer.query('ROLLBACK');
    expect(await version()).toBe(before);

    await writer.query('BEGIN');
    await writer.query('SAVEPOINT s');
    await writer.query(WATCHED_WRITE);
    await writer.query('ROLLBACK TO SAVEPOINT s');
    await writer.query(WATCHED_WRITE);
    await writer.query('COMMIT');
    expect(await version()).toBe(before + 1);
    expect(await pending()).toBe(0);
  });

  it('lets other writers through while a writing transaction stays open', async () => {
    const before = await version();
    const long = await connect();
    await long.query('BEGIN');
    await long.query(WATCHED_WRITE);

    // Waiting on the open transaction's lock would fail this statement instead of hanging the test.
    const other = await connect();
    await other.query(`SET lock_timeout = '3s'`);
    await other.query(WATCHED_WRITE);
    expect(await version(), 'the other writer committed').toBe(before + 1);
    const token = await t.tokenFor('analyst');
    const created = await request(t.app.getHttpServer())
      .post('/api/operations')
      .set('Authorization', `Bearer ${token}`)
      .send({
        code: 'VERSION-1',
        name: 'Written beside an open transaction',
        programme: 'wco',
        lead: 'wco',
        activities: ['interception'],
        startDate: '2025-03-01',
        endDate: '2025-03-20',
        countries: ['FRA', 'DEU'],
      });
    expect(created.status, created.text).toBe(201);
    expect(await version(), 'the API write committed').toBe(before + 2);

    await long.query('COMMIT');
    expect(await version()).toBe(before + 3);
    expect(await pending()).toBe(0);
  });
});
